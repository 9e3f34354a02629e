package io.github.tradecoop.money.internal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one home for decimals taken from text or from a caller: reading them and checking their
 * bounds on precision, scale and exponent before any digit is expanded, so that
 * {@code "1e999999999"} or {@code new BigDecimal("1E-2147483647")} is refused at once instead of
 * building a number or a message of a billion digits. Money, figures and ranges each state
 * their bounds ({@link Money#MAX_INTEGER_DIGITS} and {@link Money#MAX_SCALE} for money and figures,
 * {@link #MAX_RANGE_DIGITS} for the ends of computed ranges).
 */
public final class Decimals {

    /** Most integer digits, and most decimal places, of a range's end. */
    public static final int MAX_RANGE_DIGITS = 100;
    /** Longest decimal text read. */
    public static final int MAX_TEXT = 250;

    private Decimals() {
    }

    /**
     * Reads a decimal: {@code -?digits(.digits)?} optionally followed by an exponent
     * ({@code e} or {@code E}, a sign and at most four digits), checking the bounds first.
     *
     * @param text             the text
     * @param maxIntegerDigits most digits before the point, once the exponent is applied
     * @param maxScale         most digits after the point, once the exponent is applied and trailing zeros dropped
     * @param name             what the decimal is, for messages
     * @return the decimal
     * @throws IllegalArgumentException if the text is not such a decimal or is out of bounds; the
     *                                  message quotes at most 40 characters of it
     */
    public static BigDecimal parse(String text, int maxIntegerDigits, int maxScale, String name) {
        Objects.requireNonNull(text, () -> name + " must not be null");
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(name + " is longer than " + MAX_TEXT + " characters: " + quote(text));
        }
        int i = text.startsWith("-") ? 1 : 0;
        int firstSignificant = -1;
        int integerDigits = 0;
        int fractionDigits = 0;
        int lastNonZeroFraction = 0;
        int start = i;
        for (; i < text.length() && isDigit(text.charAt(i)); i++) {
            if (firstSignificant < 0 && text.charAt(i) != '0') {
                firstSignificant = i;
            }
            if (firstSignificant >= 0) {
                integerDigits++;
            }
        }
        if (i == start) {
            throw notDecimal(text, name);
        }
        if (i < text.length() && text.charAt(i) == '.') {
            int fractionStart = ++i;
            for (; i < text.length() && isDigit(text.charAt(i)); i++) {
                fractionDigits++;
                if (text.charAt(i) != '0') {
                    lastNonZeroFraction = fractionDigits;
                }
            }
            if (i == fractionStart) {
                throw notDecimal(text, name);
            }
        }
        int exponent = 0;
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negative = i < text.length() && text.charAt(i) == '-';
            if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponentStart = i;
            for (; i < text.length() && isDigit(text.charAt(i)); i++) {
                if (i - exponentStart >= 4) {
                    throw new IllegalArgumentException(name + " has an exponent beyond 9999: " + quote(text));
                }
                exponent = exponent * 10 + (text.charAt(i) - '0');
            }
            if (i == exponentStart) {
                throw notDecimal(text, name);
            }
            exponent = negative ? -exponent : exponent;
        }
        if (i != text.length()) {
            throw notDecimal(text, name);
        }
        boolean zero = integerDigits == 0 && lastNonZeroFraction == 0;
        if (!zero && integerDigits + exponent > maxIntegerDigits) {
            throw new IllegalArgumentException(name + " must be below 10^" + maxIntegerDigits + " in absolute value: "
                    + quote(text));
        }
        if (!zero && lastNonZeroFraction - exponent > maxScale) {
            throw new IllegalArgumentException(name + " has more than " + maxScale + " decimal places: " + quote(text));
        }
        return zero ? BigDecimal.ZERO : new BigDecimal(text);
    }

    /**
     * Checks a caller's decimal against bounds on its integer digits and decimal places, looking at
     * precision and scale before any digit work.
     *
     * @param value            the decimal
     * @param maxIntegerDigits most digits before the point
     * @param maxScale         most digits after the point, trailing zeros dropped
     * @param name             what the decimal is, for messages
     * @return the decimal, without trailing zeros if it had more than {@code maxScale} places
     * @throws IllegalArgumentException if the decimal is out of bounds
     */
    public static BigDecimal bounded(BigDecimal value, int maxIntegerDigits, int maxScale, String name) {
        Objects.requireNonNull(value, () -> name + " must not be null");
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if ((long) value.precision() - value.scale() > maxIntegerDigits) {
            throw new IllegalArgumentException(name + " must be below 10^" + maxIntegerDigits + " in absolute value: "
                    + describe(value));
        }
        if (value.scale() <= maxScale) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > maxScale) {
            throw new IllegalArgumentException(name + " has more than " + maxScale + " decimal places: "
                    + describe(stripped));
        }
        return stripped;
    }

    /**
     * Describes a decimal for a message in at most about 40 characters, whatever its exponent:
     * plain when short ({@code 13.6}), else its leading digits and its power of ten
     * ({@code 1.2345…E-999999999}).
     *
     * @param value the decimal
     * @return the description
     */
    public static String describe(BigDecimal value) {
        if (value.precision() <= 30 && Math.abs((long) value.scale()) <= 30) {
            return value.toPlainString();
        }
        String digits = value.unscaledValue().abs().toString(10);
        long exponent = (long) value.precision() - value.scale() - 1;
        String lead = digits.length() > 12 ? digits.substring(0, 12) + "…" : digits;
        return (value.signum() < 0 ? "-" : "") + lead.charAt(0) + (lead.length() > 1 ? "." + lead.substring(1) : "")
                + "E" + (exponent >= 0 ? "+" : "") + exponent;
    }

    private static IllegalArgumentException notDecimal(String text, String name) {
        return new IllegalArgumentException(name + " is not a decimal such as 13.6 or 1.36E+10: " + quote(text));
    }

    /** The text in quotes, cut to a bounded prefix: messages never carry a huge input whole. */
    public static String quote(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "\"";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
