package io.github.tradecoop.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A published exchange rate: one unit of {@code base} costs {@code rate} units of
 * {@code quote} on {@code date}, according to {@code source}.
 *
 * <p>The library never fetches rates; the caller states them, with where they came from.
 *
 * @param base   the currency converted from
 * @param quote  the currency converted to, different from {@code base}
 * @param rate   units of {@code quote} per unit of {@code base}; positive
 * @param date   the day the rate applies to
 * @param source who published the rate; {@code null} if not stated
 */
public record ExchangeRate(Currency base, Currency quote, BigDecimal rate, LocalDate date, @Nullable String source) implements java.io.Serializable {

    /** Precision of {@link #inverse()}, which is rarely exact. */
    private static final MathContext INVERSE_PRECISION = MathContext.DECIMAL64;

    /**
     * Creates a rate, checking that it is meaningful.
     *
     * @throws IllegalArgumentException if the currencies are equal or the rate is not positive
     *
     * @param base the currency converted from
     * @param quote the currency converted to, different from {@code base}
     * @param rate units of {@code quote} per unit of {@code base}; positive
     * @param date the day the rate applies to
     * @param source who published the rate; {@code null} if not stated
     */
    public ExchangeRate {
        Objects.requireNonNull(base, "base must not be null");
        Objects.requireNonNull(quote, "quote must not be null");
        Objects.requireNonNull(rate, "rate must not be null");
        Objects.requireNonNull(date, "date must not be null");
        if (base.equals(quote)) {
            throw new IllegalArgumentException("base and quote must differ but both were " + base);
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("rate must be positive but was " + rate.toPlainString());
        }
        if (rate.precision() > 34 || Math.abs((long) rate.precision() - rate.scale()) > Money.MAX_INTEGER_DIGITS) {
            throw new AmountOutOfBoundsException("rate " + rate + " is outside the supported range");
        }
    }

    /**
     * Obtains a rate without a stated source.
     *
     * @param base  the currency converted from
     * @param quote the currency converted to
     * @param rate  units of quote per unit of base, as a plain decimal
     * @param date  the day the rate applies to
     * @return the rate
     */
    public static ExchangeRate of(Currency base, Currency quote, BigDecimal rate, LocalDate date) {
        return new ExchangeRate(base, quote, rate, date, null);
    }

    /**
     * Obtains a rate from codes or aliases.
     *
     * @param base  code or alias of the currency converted from
     * @param quote code or alias of the currency converted to
     * @param rate  units of quote per unit of base, as a plain decimal
     * @param date  the day the rate applies to
     * @return the rate
     */
    public static ExchangeRate of(String base, String quote, String rate, LocalDate date) {
        Objects.requireNonNull(rate, "rate must not be null");
        return new ExchangeRate(Currencies.of(base), Currencies.of(quote), MoneyText.parseDecimal(rate, rate, 0), date, null);
    }

    /**
     * Returns a copy naming where the rate was published.
     *
     * @param newSource the publisher
     * @return the rate with that source
     */
    public ExchangeRate withSource(@Nullable String newSource) {
        return new ExchangeRate(base, quote, rate, date, newSource);
    }

    /**
     * Returns the rate the other way round, to 16 significant digits.
     *
     * @return quote to base
     */
    public ExchangeRate inverse() {
        return new ExchangeRate(quote, base, BigDecimal.ONE.divide(rate, INVERSE_PRECISION), date, source);
    }
}
