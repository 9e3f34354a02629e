package io.github.tradecoop.money;

import io.github.tradecoop.money.internal.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * The rules for the amounts {@link Money} holds: the bounds checked before any digit work, the
 * canonical form, rounding to a currency's minor unit, and scaling a compact amount's digits.
 */
final class Amounts {

    private Amounts() {
    }

    /** Number of decimal places of the currency's minor unit; 0 for codes without one (XXX). */
    static int minorUnitScale(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** The exact result rounded to the currency's minor unit; an inexact one refused under {@code UNNECESSARY}. */
    static BigDecimal toMinorUnits(BigDecimal exact, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding must not be null");
        checkOperand(exact, "result");
        int scale = minorUnitScale(currency);
        try {
            return exact.setScale(scale, rounding);
        } catch (ArithmeticException inexact) {
            throw new IllegalArgumentException(exact.toPlainString() + " " + currency
                    + " is not exact at " + scale + " decimal places; choose a rounding mode", inexact);
        }
    }

    /** Refuses operands so large that rounding them would be costly, before any rounding. */
    static void checkOperand(BigDecimal value, String name) {
        if (value.signum() != 0 && value.precision() - value.scale() > Money.MAX_INTEGER_DIGITS) {
            throw new AmountOutOfBoundsException(name + " has " + (value.precision() - value.scale())
                    + " integer digits; at most " + Money.MAX_INTEGER_DIGITS + " are allowed");
        }
    }

    /**
     * Checks the bounds on precision and scale alone, before any digit work, so huge
     * exponents are refused cheaply; strips trailing zeros only when the scale is too large.
     */
    static BigDecimal bounded(BigDecimal amount) {
        if (amount.signum() == 0) {
            return amount.scale() == 0 ? amount : BigDecimal.ZERO;
        }
        long integerDigits = (long) amount.precision() - amount.scale();
        if (integerDigits > Money.MAX_INTEGER_DIGITS) {
            throw new AmountOutOfBoundsException("amount has " + integerDigits
                    + " integer digits; |amount| must be below 10^" + Money.MAX_INTEGER_DIGITS);
        }
        if (amount.scale() <= Money.MAX_SCALE) {
            return amount;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > Money.MAX_SCALE) {
            throw new AmountOutOfBoundsException("amount " + abbreviate(stripped) + " has " + stripped.scale()
                    + " decimal places; at most " + Money.MAX_SCALE + " are allowed");
        }
        return stripped;
    }

    /** The amount without trailing zeros and with a scale of at least zero. */
    static BigDecimal canonical(BigDecimal amount) {
        if (amount.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String abbreviate(BigDecimal value) {
        return Decimals.describe(value);
    }

    /** value × 10^digits, or Long.MIN_VALUE as a marker when that overflows. */
    static long scaled(long value, int digits) {
        if (value == Long.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        long result = value;
        for (int i = 0; i < digits; i++) {
            if (Math.abs(result) > Long.MAX_VALUE / 10) {
                return Long.MIN_VALUE;
            }
            result *= 10;
        }
        return result;
    }
}
