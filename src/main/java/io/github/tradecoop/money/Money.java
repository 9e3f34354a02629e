package io.github.tradecoop.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.tradecoop.money.internal.SerialText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of money in one currency, such as {@code CNY 13600000000}.
 *
 * <p>Immutable and thread-safe. Equality is numeric: {@code CNY 13600000000} and
 * {@code CNY 13600000000.00} are equal and have the same hash code, and {@link #amount()}
 * returns the canonical form without trailing zeros. {@link #toString()} prints the ISO
 * code, one space and the plain decimal amount; {@link #parse(String)} reads it back.
 *
 * <p>Amounts are bounded: the absolute value is below {@code 10^21} and at most
 * {@value #MAX_SCALE} decimal places remain after trailing zeros are removed.
 * Anything outside is refused with an {@link AmountOutOfBoundsException}, so input such
 * as {@code 1e1000000000} never becomes a value. Arithmetic never mixes currencies
 * ({@link CurrencyMismatchException}) and never drops a remainder silently.
 *
 * <p>An amount whose digits fit in a {@code long} (with at most {@value #MAX_SCALE} decimal
 * places) is held as that {@code long} and its scale, and adding or subtracting two of them
 * is {@code long} arithmetic with an overflow check: summing amounts costs about what summing
 * {@code BigDecimal}s does. Other amounts are held as a {@code BigDecimal}.
 */
public final class Money implements Comparable<Money>, java.io.Serializable {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    /** The largest number of decimal places an amount may keep. */
    public static final int MAX_SCALE = 12;
    /** Amounts must have fewer integer digits than this, i.e. |amount| &lt; 10^21. */
    public static final int MAX_INTEGER_DIGITS = 21;

    /** The currency. */
    private final Currency currency;
    /** The digits of a compact amount: amount = units × 10^-scale; unused when {@link #big} is set. */
    private final long units;
    /** The scale of a compact amount, 0 to {@value #MAX_SCALE}. */
    private final int scale;
    /** The amount when it is not compact; {@code null} otherwise. */
    private final @Nullable BigDecimal big;

    /**
     * Creates money, checking the bounds of the amount. Prefer the {@code of} factories.
     *
     * @param currency the ISO 4217 currency
     * @param amount   the exact amount
     * @throws NullPointerException       if either argument is null
     * @throws AmountOutOfBoundsException if the amount is outside the bounds
     */
    public Money(Currency currency, BigDecimal amount) {
        this.currency = Objects.requireNonNull(currency, "currency must not be null");
        BigDecimal checked = Amounts.bounded(Objects.requireNonNull(amount, "amount must not be null"));
        // At most 18 digits always fit in a long; a non-negative scale keeps the form simple.
        if (checked.scale() >= 0 && checked.precision() <= 18) {
            this.units = checked.unscaledValue().longValue();
            this.scale = checked.scale();
            this.big = null;
        } else {
            this.units = 0;
            this.scale = 0;
            this.big = checked;
        }
    }

    /** Trusted: a compact amount, always within bounds (|units| &lt; 2^63, scale 0 to 12). */
    private Money(Currency currency, long units, int scale) {
        this.currency = currency;
        this.units = units;
        this.scale = scale;
        this.big = null;
    }

    /**
     * Returns the currency.
     *
     * @return the ISO 4217 currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the amount in canonical form: no trailing zeros and no negative scale, so
     * {@code CNY 13600000000.00} gives {@code 13600000000}.
     *
     * @return the amount
     */
    public BigDecimal amount() {
        return Amounts.canonical(raw());
    }

    /** The amount as held, with whatever scale it has. */
    private BigDecimal raw() {
        return big != null ? big : BigDecimal.valueOf(units, scale);
    }

    /**
     * Tells whether the other object is money of the same currency and the same numeric amount.
     *
     * @param other the object to compare with
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Money money) || !currency.equals(money.currency)) {
            return false;
        }
        if (big == null && money.big == null && scale == money.scale) {
            return units == money.units;
        }
        return raw().compareTo(money.raw()) == 0;
    }

    /**
     * Returns a hash code consistent with numeric equality.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + Amounts.canonical(raw()).hashCode();
    }

    /**
     * Obtains money from a currency code or alias and a plain decimal amount.
     *
     * @param currencyCodeOrAlias an ISO 4217 code or an alias that {@link Currencies#of(String)} resolves
     * @param amount              a plain decimal such as {@code "13600000000"} or {@code "-0.5"}
     * @return the money
     * @throws IllegalArgumentException if the currency is unknown or ambiguous
     * @throws MoneyParseException      if the amount is not a plain decimal
     */
    public static Money of(String currencyCodeOrAlias, String amount) {
        Objects.requireNonNull(amount, "amount must not be null");
        return new Money(Currencies.of(currencyCodeOrAlias), MoneyText.parseDecimal(amount, amount, 0));
    }

    /**
     * Obtains money from a currency code or alias and an amount.
     *
     * @param currencyCodeOrAlias an ISO 4217 code or an unambiguous alias
     * @param amount              the amount
     * @return the money
     */
    public static Money of(String currencyCodeOrAlias, BigDecimal amount) {
        return new Money(Currencies.of(currencyCodeOrAlias), amount);
    }

    /**
     * Obtains money from a currency code or alias and a whole amount.
     *
     * @param currencyCodeOrAlias an ISO 4217 code or an unambiguous alias
     * @param amount              the amount in whole units of the currency
     * @return the money
     */
    public static Money of(String currencyCodeOrAlias, long amount) {
        return new Money(Currencies.of(currencyCodeOrAlias), BigDecimal.valueOf(amount));
    }

    /**
     * Obtains money from a currency and an amount.
     *
     * @param currency the currency
     * @param amount   the amount
     * @return the money
     */
    public static Money of(Currency currency, BigDecimal amount) {
        return new Money(currency, amount);
    }

    /**
     * Obtains money from a currency and a plain decimal amount.
     *
     * @param currency the currency
     * @param amount   a plain decimal such as {@code "3150000000"}
     * @return the money
     * @throws MoneyParseException if the amount is not a plain decimal
     */
    public static Money of(Currency currency, String amount) {
        Objects.requireNonNull(amount, "amount must not be null");
        return new Money(currency, MoneyText.parseDecimal(amount, amount, 0));
    }

    /**
     * Obtains money from a currency and a whole amount.
     *
     * @param currency the currency
     * @param amount   the amount in whole units
     * @return the money
     */
    public static Money of(Currency currency, long amount) {
        return new Money(currency, BigDecimal.valueOf(amount));
    }

    /**
     * Returns zero in the given currency.
     *
     * @param currency the currency
     * @return zero
     */
    public static Money zero(Currency currency) {
        return new Money(currency, BigDecimal.ZERO);
    }

    /**
     * Reads the canonical form that {@link #toString()} prints: an upper-case ISO 4217
     * code, one space and a plain decimal ({@code "CNY 13600000000"}, {@code "RUB -0.5"}).
     *
     * <p>For the forms press releases use ("RMB 13.6 billion") see
     * {@code io.github.tradecoop.format.FigureFormat}.
     *
     * @param canonical the text
     * @return the money
     * @throws MoneyParseException if the text is not in canonical form, with the index
     *                             of the first character that could not be read
     * @throws AmountOutOfBoundsException if the amount is in canonical form but beyond the
     *                             bounds of {@link Money} (|amount| &lt; 10^21, at most 12 decimal places)
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Money parse(String canonical) {
        return MoneyText.parseCanonical(canonical);
    }

    /**
     * Returns the sum of the amounts, all of which must be in {@code currency}.
     *
     * @param currency the currency of the total, also the result for no amounts
     * @param amounts  the amounts to add; no element may be null
     * @return the total, zero in {@code currency} if there are no amounts
     * @throws CurrencyMismatchException  if an amount is in another currency
     * @throws AmountOutOfBoundsException if the total exceeds the bounds
     */
    public static Money total(Currency currency, Iterable<Money> amounts) {
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(amounts, "amounts must not be null");
        BigDecimal sum = BigDecimal.ZERO;
        int index = 0;
        for (Money money : amounts) {
            if (money == null) {
                throw new NullPointerException("amounts[" + index + "] must not be null");
            }
            money.requireCurrency(currency);
            sum = sum.add(money.raw());
            index++;
        }
        return new Money(currency, sum);
    }

    /**
     * Returns a copy with another amount in the same currency.
     *
     * @param newAmount the amount
     * @return the money
     */
    public Money withAmount(BigDecimal newAmount) {
        return new Money(currency, newAmount);
    }

    /**
     * Returns this plus {@code other}.
     *
     * @param other money in the same currency
     * @return the sum
     * @throws CurrencyMismatchException if the currencies differ
     * @throws AmountOutOfBoundsException if the result is outside the bounds
     */
    public Money plus(Money other) {
        Money that = sameCurrency(other);
        if (big == null && that.big == null) {
            Money sum = compactSum(that.units, that.scale, false);
            if (sum != null) {
                return sum;
            }
        }
        return new Money(currency, raw().add(that.raw()));
    }

    /**
     * Returns this minus {@code other}.
     *
     * @param other money in the same currency
     * @return the difference
     * @throws CurrencyMismatchException if the currencies differ
     * @throws AmountOutOfBoundsException if the result is outside the bounds
     */
    public Money minus(Money other) {
        Money that = sameCurrency(other);
        if (big == null && that.big == null) {
            Money difference = compactSum(that.units, that.scale, true);
            if (difference != null) {
                return difference;
            }
        }
        return new Money(currency, raw().subtract(that.raw()));
    }

    /**
     * Returns this multiplied exactly by {@code factor}.
     *
     * @param factor the factor
     * @return the exact product
     * @throws AmountOutOfBoundsException if the exact product needs more than
     *                                    {@value #MAX_SCALE} decimal places or is too large;
     *                                    use {@link #multipliedBy(BigDecimal, RoundingMode)} to round
     */
    public Money multipliedBy(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor must not be null");
        return new Money(currency, raw().multiply(factor));
    }

    /**
     * Returns this multiplied by a whole number.
     *
     * @param factor the factor
     * @return the exact product
     */
    public Money multipliedBy(long factor) {
        return new Money(currency, raw().multiply(BigDecimal.valueOf(factor)));
    }

    /**
     * Returns this multiplied by {@code factor}, rounded to the currency's minor unit
     * (two decimal places for CNY, RUB, USD and EUR).
     *
     * @param factor   the factor
     * @param rounding how to round
     * @return the rounded product
     * @throws IllegalArgumentException if {@code rounding} is {@code UNNECESSARY} and rounding is needed
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor must not be null");
        return new Money(currency, Amounts.toMinorUnits(raw().multiply(factor), currency, rounding));
    }

    /**
     * Returns this divided by {@code divisor}, rounded to the currency's minor unit.
     *
     * @param divisor  the divisor, not zero
     * @param rounding how to round
     * @return the rounded quotient
     * @throws IllegalArgumentException if the divisor is zero, or rounding is needed under {@code UNNECESSARY}
     */
    public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
        Objects.requireNonNull(divisor, "divisor must not be null");
        Objects.requireNonNull(rounding, "rounding must not be null");
        if (divisor.signum() == 0) {
            throw new IllegalArgumentException("cannot divide " + this + " by zero");
        }
        Amounts.checkOperand(divisor, "divisor");
        int scale = Amounts.minorUnitScale(currency);
        try {
            return new Money(currency, raw().divide(divisor, scale, rounding));
        } catch (ArithmeticException inexact) {
            throw new IllegalArgumentException(this + " / " + divisor.toPlainString()
                    + " is not exact at " + scale + " decimal places; choose a rounding mode", inexact);
        }
    }

    /**
     * Returns this divided by a whole number, rounded to the currency's minor unit.
     *
     * @param divisor  the divisor, not zero
     * @param rounding how to round
     * @return the rounded quotient
     */
    public Money dividedBy(long divisor, RoundingMode rounding) {
        return dividedBy(BigDecimal.valueOf(divisor), rounding);
    }

    /**
     * Returns the amount with the opposite sign.
     *
     * @return the negation
     */
    public Money negated() {
        return new Money(currency, raw().negate());
    }

    /**
     * Returns the absolute value.
     *
     * @return this if not negative, otherwise the negation
     */
    public Money abs() {
        return signum() < 0 ? negated() : this;
    }

    /**
     * Returns the sign of the amount.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return big != null ? big.signum() : Long.signum(units);
    }

    /**
     * Tells whether the amount is zero.
     *
     * @return {@code true} for zero
     */
    public boolean isZero() {
        return signum() == 0;
    }

    /**
     * Tells whether the amount is greater than zero.
     *
     * @return {@code true} for a positive amount
     */
    public boolean isPositive() {
        return signum() > 0;
    }

    /**
     * Tells whether the amount is less than zero.
     *
     * @return {@code true} for a negative amount
     */
    public boolean isNegative() {
        return signum() < 0;
    }

    /**
     * Tells whether this is greater than {@code other}.
     *
     * @param other money in the same currency
     * @return {@code true} if this is greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Tells whether this is less than {@code other}.
     *
     * @param other money in the same currency
     * @return {@code true} if this is less
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Compares amounts of the same currency.
     *
     * @param other money in the same currency
     * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        Money that = sameCurrency(other);
        if (big == null && that.big == null && scale == that.scale) {
            return Long.compare(units, that.units);
        }
        return raw().compareTo(that.raw());
    }

    /**
     * Splits this amount into parts in proportion to {@code ratios}, losing nothing.
     *
     * <p>The parts always sum exactly to this amount. The smallest unit is the
     * currency's minor unit (0.01 for CNY), or finer if this amount already has more
     * decimal places. Each part first gets its proportional share rounded towards
     * zero; the units left over are then handed out one each to the parts with a
     * non-zero ratio, in the order the ratios are given. So {@code CNY 100} split
     * {@code 1, 1, 1} gives {@code 33.34, 33.33, 33.33}. A part with ratio zero is
     * always zero; a negative amount splits as the negation of its absolute value.
     *
     * @param ratios one non-negative ratio per part, at least one of them positive
     * @return the parts, in the order of the ratios
     * @throws IllegalArgumentException if there are no ratios, a ratio is negative or all are zero
     */
    public List<Money> allocate(int... ratios) {
        BigDecimal whole = Amounts.canonical(raw());
        int unitScale = Math.max(Amounts.minorUnitScale(currency), whole.scale());
        BigInteger units = whole.abs().movePointRight(unitScale).toBigIntegerExact();
        BigInteger[] parts = Allocation.split(units, ratios);
        List<Money> result = new ArrayList<>(parts.length);
        for (BigInteger part : parts) {
            BigDecimal value = new BigDecimal(part, unitScale);
            result.add(new Money(currency, whole.signum() < 0 ? value.negate() : value));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Converts this amount with an exchange rate whose base is this currency, rounding
     * to the minor unit of the quote currency.
     *
     * @param rate     a rate from this currency to another
     * @param rounding how to round
     * @return the converted amount, in the rate's quote currency
     * @throws CurrencyMismatchException if the rate's base is not this currency
     */
    public Money convertedTo(ExchangeRate rate, RoundingMode rounding) {
        Objects.requireNonNull(rate, "rate must not be null");
        requireCurrency(rate.base());
        return new Money(rate.quote(), Amounts.toMinorUnits(raw().multiply(rate.rate()), rate.quote(), rounding));
    }

    /**
     * Returns the canonical form: ISO code, one space, plain decimal amount,
     * e.g. {@code "CNY 13600000000"}. {@link #parse(String)} reads it back.
     *
     * @return the canonical text
     */
    @Override
    @JsonValue
    public String toString() {
        return currency.getCurrencyCode() + " " + Amounts.canonical(raw()).toPlainString();
    }

    /**
     * This plus (or minus) another compact amount in {@code long} arithmetic, or null when
     * the result would overflow a long, for the caller to fall back to BigDecimal.
     */
    private @Nullable Money compactSum(long otherUnits, int otherScale, boolean subtract) {
        long a = units;
        long b = subtract ? -otherUnits : otherUnits;
        if (subtract && otherUnits == Long.MIN_VALUE) {
            return null;
        }
        int resultScale = Math.max(scale, otherScale);
        if (scale < resultScale) {
            a = Amounts.scaled(a, resultScale - scale);
        } else if (otherScale < resultScale) {
            b = Amounts.scaled(b, resultScale - otherScale);
        }
        if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
            return null;
        }
        long sum = a + b;
        // Overflow happened exactly when both operands have the sign the sum does not.
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return null;
        }
        return new Money(currency, sum, resultScale);
    }

    private Money sameCurrency(Money other) {
        Objects.requireNonNull(other, "other must not be null");
        other.requireCurrency(currency);
        return other;
    }

    private void requireCurrency(Currency expected) {
        if (!currency.equals(expected)) {
            throw new CurrencyMismatchException(expected, currency);
        }
    }

    /**
     * Serialises as its canonical text ("CNY 13600000000"), read back through {@code Money.parse}, so a
     * deserialised value passes every check a parsed one does.
     */
    @java.io.Serial
    private Object writeReplace() {
        return new SerialForm(toString());
    }

    /** Refuses a stream that bypasses {@link #writeReplace()}: only the serial form is accepted. */
    @java.io.Serial
    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("Money is read through its serial form only");
    }

    /** The serial form: the canonical text. */
    private record SerialForm(String text) implements java.io.Serializable {
        @java.io.Serial
        private Object readResolve() throws java.io.InvalidObjectException {
            return SerialText.read(text, Money::parse, "Money");
        }
    }
}
