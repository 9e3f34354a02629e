package io.github.tradecoop.figure;

import io.github.tradecoop.money.internal.Decimals;
import io.github.tradecoop.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A number as it was reported: the stated {@code value}, the {@code resolution} it was
 * stated to, and a {@link Qualifier}.
 *
 * <p>"13.6 billion" has value 13600000000 and resolution 100000000 (the unit of its last
 * stated digit, 0.1 billion); "227" has resolution 1; "about 120" has resolution 10 (with
 * "about" or "nearly", a whole number's resolution is the place of its last non-zero digit).
 * {@link #bounds()} turns the three into the {@link Range} of true numbers the report is
 * consistent with; {@link Qualifier} lists the rules.
 *
 * <p>Invariants, checked at construction: the resolution is a positive power of ten; the
 * value is a whole multiple of it; "less than" and "up to" figures are not zero (their
 * bounds start at zero); values have fewer than 22 integer digits and resolutions are at
 * least 10^-12. Value and resolution are kept without trailing zeros, so equality is numeric.
 * A one-sided figure ("more than", "at least", "less than", "up to") has bounds that do not
 * depend on its resolution, so its resolution is always the unit of its value's last non-zero
 * digit: "more than 20 billion" and "超200亿" are the same figure. A resolution coarser than a
 * trillion is refused unless it is an "about" or "nearly" figure's last non-zero digit: no
 * report can state it, and no format could write it.
 *
 * @param value      the stated value
 * @param resolution the unit of the last stated digit, a power of ten
 * @param qualifier  how the value relates to the true number
 */
public record Figure(BigDecimal value, BigDecimal resolution, Qualifier qualifier) implements java.io.Serializable {

    /**
     * Creates a figure, checking its invariants.
     *
     * @throws IllegalArgumentException if an invariant does not hold
     *
     * @param value the stated value
     * @param resolution the unit of the last stated digit, a power of ten
     * @param qualifier how the value relates to the true number
     */
    public Figure {
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(resolution, "resolution must not be null");
        Objects.requireNonNull(qualifier, "qualifier must not be null");
        if (resolution.signum() <= 0) {
            throw new IllegalArgumentException("resolution must be positive but was " + resolution.toPlainString());
        }
        if (isSmallWhole(value) && isSmallWhole(resolution)) {
            checkSmallWhole(value, resolution);
        } else {
            BigDecimal[] canonical = canonical(value, resolution);
            value = canonical[0];
            resolution = canonical[1];
        }
        if ((qualifier == Qualifier.LESS_THAN || qualifier == Qualifier.UP_TO) && value.signum() == 0) {
            throw new IllegalArgumentException(qualifier + " figures must not be zero, their bounds start at 0");
        }
        if (qualifier.isOneSided()) {
            // The resolution of "more than 20 billion" changes nothing in its bounds: keep one, so equal bounds are equal figures.
            resolution = lastDigitPlace(value);
        } else if (qualifier == Qualifier.ABOUT || qualifier == Qualifier.NEARLY
                ? resolution.compareTo(MAX_STATED_RESOLUTION) >= 0 && resolution.compareTo(lastDigitPlace(value)) != 0
                : resolution.compareTo(MAX_STATED_RESOLUTION) > 0) {
            // No report can state it: "20 trillion" is stated to the trillion, "about 20 trillion" to 10 trillion.
            throw new IllegalArgumentException("resolution " + Decimals.describe(resolution) + " cannot be stated: a"
                    + " trillion (10^12) is the largest magnitude a report writes, and \"about\" and \"nearly\" figures"
                    + " from a trillion up are stated to their last non-zero digit");
        }
    }

    /** The coarsest resolution written with digits and a magnitude word: a trillion. */
    private static final BigDecimal MAX_STATED_RESOLUTION = BigDecimal.ONE.scaleByPowerOfTen(12);

    /** The unit of a value's last non-zero digit: 1 for zero. */
    private static BigDecimal lastDigitPlace(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return nonNegativeScale(BigDecimal.ONE.scaleByPowerOfTen(-stripped.scale()));
    }

    /** 10^0 to 10^17. */
    private static final long[] POWERS_OF_TEN = new long[18];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /**
     * Whether a number is written without a fraction and with at most 18 digits: the usual
     * figure read from JSON or text. Such a number is already in the canonical form (scale 0)
     * and its invariants can be checked in {@code long} arithmetic, without building numbers.
     */
    private static boolean isSmallWhole(BigDecimal number) {
        return number.scale() == 0 && number.precision() <= 18;
    }

    /** The invariants for {@link #isSmallWhole} value and resolution; the resolution is positive. */
    private static void checkSmallWhole(BigDecimal value, BigDecimal resolution) {
        long unit = resolution.longValue();
        if (unit != POWERS_OF_TEN[resolution.precision() - 1]) {
            throw notAPowerOfTen(resolution);
        }
        if (value.longValue() % unit != 0) {
            throw notAMultiple(value, resolution);
        }
    }

    private static IllegalArgumentException notAPowerOfTen(BigDecimal resolution) {
        return new IllegalArgumentException("resolution must be a power of ten (1, 10, 0.1, ...) but was "
                + resolution.toPlainString());
    }

    private static IllegalArgumentException notAMultiple(BigDecimal value, BigDecimal resolution) {
        return new IllegalArgumentException("value " + value.toPlainString() + " is not a whole multiple of its resolution "
                + resolution.toPlainString());
    }

    /** Checks the invariants of any value and resolution, and returns them in canonical form. */
    private static BigDecimal[] canonical(BigDecimal value, BigDecimal resolution) {
        BigDecimal strippedValue = stripped(value, "value");
        BigDecimal strippedResolution = stripped(resolution, "resolution");
        if (!strippedResolution.unscaledValue().equals(BigInteger.ONE)) {
            throw notAPowerOfTen(resolution);
        }
        // Without trailing zeros, a multiple of 10^k has no digit below 10^k: no division needed.
        if (strippedValue.signum() != 0 && strippedValue.scale() > strippedResolution.scale()) {
            throw notAMultiple(value, resolution);
        }
        return new BigDecimal[] {nonNegativeScale(strippedValue), nonNegativeScale(strippedResolution)};
    }

    /**
     * Obtains a figure.
     *
     * @param value      the stated value
     * @param resolution the unit of the last stated digit, a power of ten
     * @param qualifier  the qualifier
     * @return the figure
     */
    public static Figure of(BigDecimal value, BigDecimal resolution, Qualifier qualifier) {
        return new Figure(value, resolution, qualifier);
    }

    /**
     * Obtains an unqualified figure whose resolution is the unit of its last digit as
     * written: {@code 3.15} → 0.01, {@code 227} → 1.
     *
     * @param value the value, with the scale it was written with
     * @return the figure
     */
    public static Figure exactly(BigDecimal value) {
        return stated(value, Qualifier.EXACT);
    }

    /**
     * Obtains a figure from a number as written, following the rules for resolution:
     * the unit of the last written digit ({@code 13.6} → 0.1, {@code 4000} → 1), except that
     * a whole number qualified by {@link Qualifier#ABOUT} or {@link Qualifier#NEARLY} is
     * rounded at its last non-zero digit ({@code about 120} → 10, {@code nearly 10000} → 10000).
     *
     * @param written   the number as written, with its scale ({@code new BigDecimal("13.60")} keeps two places)
     * @param qualifier the qualifier
     * @return the figure
     */
    public static Figure stated(BigDecimal written, Qualifier qualifier) {
        Objects.requireNonNull(written, "written must not be null");
        Objects.requireNonNull(qualifier, "qualifier must not be null");
        int scale = Math.max(written.scale(), 0);
        boolean roundNumber = (qualifier == Qualifier.ABOUT || qualifier == Qualifier.NEARLY) && scale == 0;
        if (roundNumber && written.signum() != 0) {
            scale = Math.min(written.stripTrailingZeros().scale(), 0);
        }
        return new Figure(written, BigDecimal.ONE.scaleByPowerOfTen(-scale), qualifier);
    }

    /**
     * Returns this figure multiplied by a magnitude such as a billion: value and
     * resolution scale together, so "13.6" × 10^9 is "13.6 billion".
     *
     * @param powerOfTen the exponent, e.g. 9 for billion
     * @return the scaled figure
     */
    public Figure scaledByPowerOfTen(int powerOfTen) {
        return new Figure(value.scaleByPowerOfTen(powerOfTen), resolution.scaleByPowerOfTen(powerOfTen), qualifier);
    }

    /**
     * Returns a copy with another qualifier.
     *
     * @param newQualifier the qualifier
     * @return the figure
     */
    public Figure withQualifier(Qualifier newQualifier) {
        return new Figure(value, resolution, newQualifier);
    }

    /**
     * Strips trailing zeros and applies the same bounds as {@link Money}, looking at
     * precision and scale before any digit work so that huge exponents are refused cheaply.
     */
    private static BigDecimal stripped(BigDecimal number, String name) {
        if (number.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if ((long) number.precision() - number.scale() > Money.MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(name + " must be below 10^" + Money.MAX_INTEGER_DIGITS
                    + " in absolute value");
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() > Money.MAX_SCALE) {
            throw new IllegalArgumentException(name + " " + Decimals.describe(stripped) + " has more than "
                    + Money.MAX_SCALE + " decimal places");
        }
        return stripped;
    }

    private static BigDecimal nonNegativeScale(BigDecimal number) {
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /**
     * Returns the range of true numbers this report is consistent with (see {@link Qualifier}).
     * A negative figure states a decrease, and its qualifier applies to the size of the decrease:
     * "a decrease of more than 5%" (−5, more than) is (−∞, −5), the mirror of (5, ∞).
     *
     * @return the bounds
     */
    public Range bounds() {
        if (value.signum() < 0) {
            return new Figure(value.negate(), resolution, qualifier).bounds().negated();
        }
        BigDecimal half = resolution.divide(BigDecimal.valueOf(2));
        return switch (qualifier) {
            case EXACT, ABOUT -> Range.closed(value.subtract(half), value.add(half));
            case MORE_THAN -> Range.greaterThan(value);
            case AT_LEAST -> Range.atLeast(value);
            case LESS_THAN -> Range.closedOpen(BigDecimal.ZERO, value);
            case UP_TO -> Range.closed(BigDecimal.ZERO, value);
            case NEARLY -> Range.closedOpen(value.subtract(half), value);
        };
    }
}
