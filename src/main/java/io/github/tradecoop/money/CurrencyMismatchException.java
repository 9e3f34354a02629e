package io.github.tradecoop.money;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an operation combines amounts of two different currencies.
 *
 * <p>Nothing in the library converts or drops an amount silently: adding CNY to
 * RUB is an error, and converting is done explicitly with an {@link ExchangeRate}.
 */
public final class CurrencyMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The currency the operation required. */
    private final transient Currency expected;
    /** The currency it was given. */
    private final transient Currency actual;

    /**
     * Creates the exception.
     *
     * @param expected the currency the operation required
     * @param actual   the currency it was given
     */
    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("currency mismatch: expected " + expected + " but was " + actual);
        this.expected = Objects.requireNonNull(expected, "expected must not be null");
        this.actual = Objects.requireNonNull(actual, "actual must not be null");
    }

    /**
     * Returns the currency the operation required.
     *
     * @return the expected currency
     */
    public Currency expected() {
        return expected;
    }

    /**
     * Returns the currency the operation was given.
     *
     * @return the actual currency
     */
    public Currency actual() {
        return actual;
    }
}
