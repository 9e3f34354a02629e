package io.github.tradecoop.check;

import io.github.tradecoop.figure.Range;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem a consistency check found.
 *
 * @param severity how serious it is
 * @param code     a stable code such as {@code "trade.total-vs-parts"}; see {@link Consistency} for the list
 * @param path     the property path of the offending value, e.g. {@code "flows[0].value"}
 * @param message  a sentence a person can act on
 * @param stated   the range of the stated figure; {@code null} for findings that compare no figures
 * @param computed the range computed from other figures; {@code null} for findings that compare no figures
 * @param arguments the facts the message is made of, by name, for rendering it in other languages:
 *                  reported figures ({@code ReportedAmount}, {@code Count}, {@code Percentage}),
 *                  {@code Range}s, strings and numbers; user text appears here only as values
 */
public record Finding(Severity severity, String code, String path, String message, @Nullable Range stated, @Nullable Range computed,
        Map<String, Object> arguments) implements java.io.Serializable {

    /**
     * Checks the required components.
     *
     * @param severity how serious it is
     * @param code a stable code such as {@code "trade.total-vs-parts"}; see {@link Consistency} for the list
     * @param path the property path of the offending value, e.g. {@code "flows[0].value"}
     * @param message a sentence a person can act on
     * @param stated the range of the stated figure; {@code null} for findings that compare no figures
     * @param computed the range computed from other figures; {@code null} for findings that compare no figures
     * @param arguments the facts the message is made of, by name, for rendering it in other languages: reported figures ({@code ReportedAmount}, {@code Count}, {@code Percentage}), {@code Range}s, strings and numbers; user text appears here only as values
     */
    public Finding {
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(arguments, "arguments must not be null");
        arguments = Map.copyOf(arguments);
    }

    /**
     * The message in a language: English, Chinese or Russian, with the figures formatted in that
     * language ({@link #message()} is the English one). Other languages get English.
     *
     * @param locale the language
     * @return the message
     */
    public String message(java.util.Locale locale) {
        Objects.requireNonNull(locale, "locale must not be null");
        return FindingMessages.render(this, locale);
    }

    @Override
    public String toString() {
        return severity + " " + code + " at " + path + ": " + message;
    }
}
