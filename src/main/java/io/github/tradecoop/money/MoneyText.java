package io.github.tradecoop.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** Reading amounts from text: the canonical form of {@link Money} and plain decimals. */
final class MoneyText {

    /** Longest amount text accepted, checked before any digit is converted. */
    static final int MAX_AMOUNT_TEXT = 100;

    private MoneyText() {
    }

    /** Reads {@code "CNY 13600000000"}: see {@link Money#parse(String)}. */
    static Money parseCanonical(String canonical) {
        Objects.requireNonNull(canonical, "canonical must not be null");
        if (canonical.length() > MAX_AMOUNT_TEXT + 4) {
            throw new MoneyParseException("text longer than " + (MAX_AMOUNT_TEXT + 4) + " characters",
                    canonical, MAX_AMOUNT_TEXT + 4);
        }
        for (int i = 0; i < 3; i++) {
            if (i >= canonical.length() || canonical.charAt(i) < 'A' || canonical.charAt(i) > 'Z') {
                throw new MoneyParseException("expected a three-letter upper-case ISO 4217 code", canonical, i);
            }
        }
        Currency currency;
        try {
            currency = Currency.getInstance(canonical.substring(0, 3));
        } catch (IllegalArgumentException notIso) {
            throw new MoneyParseException("unknown ISO 4217 code " + canonical.substring(0, 3), canonical, 0);
        }
        if (canonical.length() == 3 || canonical.charAt(3) != ' ') {
            throw new MoneyParseException("expected one space after the currency code", canonical, 3);
        }
        return Money.of(currency, parseDecimal(canonical.substring(4), canonical, 4));
    }

    /**
     * Reads a plain decimal ({@code -?digits(.digits)?}) that starts at {@code offset} in
     * {@code whole}; indexes in errors refer to {@code whole}.
     */
    static BigDecimal parseDecimal(String text, String whole, int offset) {
        if (text.length() > MAX_AMOUNT_TEXT) {
            throw new MoneyParseException("amount longer than " + MAX_AMOUNT_TEXT + " characters",
                    whole, offset + MAX_AMOUNT_TEXT);
        }
        int i = 0;
        if (i < text.length() && text.charAt(i) == '-') {
            i++;
        }
        int digitsStart = i;
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        if (i == digitsStart) {
            throw new MoneyParseException("expected a digit", whole, offset + i);
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            int fractionStart = i;
            while (i < text.length() && isAsciiDigit(text.charAt(i))) {
                i++;
            }
            if (i == fractionStart) {
                throw new MoneyParseException("expected a digit after the decimal point", whole, offset + i);
            }
        }
        if (i != text.length()) {
            throw new MoneyParseException("unexpected character '" + text.charAt(i) + "'", whole, offset + i);
        }
        return new BigDecimal(text);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
