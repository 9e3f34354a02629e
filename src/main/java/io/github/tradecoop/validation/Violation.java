package io.github.tradecoop.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found by {@link TradeValidator}.
 *
 * @param path         the property path, e.g. {@code "organizations[2].country"}; empty for the object itself
 * @param code         a stable code: the constraint's name ({@code "CountryCode"}, {@code "Size"}) or,
 *                     for consistency findings, the finding's code ({@code "trade.total-vs-parts"})
 * @param message      the message, in the requested language
 * @param invalidValue the offending value, rendered safely (control characters escaped, at most
 *                     100 characters); {@code null} when the value is null or an object
 * @param pointer      the same place as a JSON pointer (RFC 6901), e.g. {@code "/organizations/2/country"},
 *                     map keys escaped ({@code "/otherNames/a~1b"}); {@code null} if not known
 */
public record Violation(String path, String code, String message, @Nullable String invalidValue, @Nullable String pointer)
        implements java.io.Serializable {

    /**
     * Checks the required components.
     *
     * @param path the property path, e.g. {@code "organizations[2].country"}; empty for the object itself
     * @param code a stable code: the constraint's name ({@code "CountryCode"}, {@code "Size"}) or, for consistency findings, the finding's code ({@code "trade.total-vs-parts"})
     * @param message the message, in the requested language
     * @param invalidValue the offending value, rendered safely (control characters escaped, at most 100 characters); {@code null} when the value is null or an object
     * @param pointer the same place as a JSON pointer; {@code null} if not known
     */
    public Violation {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /**
     * Creates a violation whose JSON pointer is not known.
     *
     * @param path the property path
     * @param code the code
     * @param message the message
     * @param invalidValue the offending value, rendered safely; {@code null} when null or an object
     */
    public Violation(String path, String code, String message, @Nullable String invalidValue) {
        this(path, code, message, invalidValue, null);
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "(root)" : path) + ": " + message + " [" + code + "]";
    }
}
