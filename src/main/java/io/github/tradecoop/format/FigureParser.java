package io.github.tradecoop.format;

import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.money.Currencies;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one figure from one string. Not thread-safe: a {@link FigureFormat} makes one per call.
 *
 * <p>The grammar, in order, each part optional unless said otherwise: a direction
 * ("an increase of", percentages only), a total marker ("a total of"), a qualifier
 * ("more than"), a currency (amounts), the number (required: digits or English number
 * words), a suffix qualifier ("多"), a magnitude ("billion", "亿", "млрд"), a suffix
 * qualifier, a currency, a classifier ("家", counts in Chinese), a suffix qualifier,
 * the percent sign (percentages, required). Then the input must end.
 */
final class FigureParser {

    enum Kind { AMOUNT, COUNT, PERCENTAGE }

    /** What was read: the figure, and for amounts the currency. */
    record Parsed(Figure figure, Currency currency) {
    }

    /** Longest digit string accepted, so hostile input is refused before conversion. */
    private static final int MAX_DIGITS = 40;
    private static final int MAX_INPUT = 200;
    /** Currency spellings by length, longest first, so "US$" wins over "$" and "美元" over "元". */
    private static final List<Map.Entry<String, Currency>> CURRENCY_ALIASES = Currencies.aliases().entrySet().stream()
            .sorted(Comparator.comparingInt((Map.Entry<String, Currency> e) -> e.getKey().length()).reversed())
            .toList();
    private static final List<String> AMBIGUOUS_SYMBOLS = List.of("$", "¥", "￥");
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    private final Lexicon lexicon;
    private final Currency defaultCurrency;
    private final String input;
    private final Kind kind;
    private int pos;

    FigureParser(Lexicon lexicon, Currency defaultCurrency, String input, Kind kind) {
        this.lexicon = lexicon;
        this.defaultCurrency = defaultCurrency;
        this.input = input;
        this.kind = kind;
    }

    Parsed parse() {
        if (input.isEmpty()) {
            throw error("expected a " + kindName() + " but the input is empty");
        }
        if (input.length() > MAX_INPUT) {
            throw new FigureParseException("input longer than " + MAX_INPUT + " characters", input, MAX_INPUT);
        }
        int direction = 0;
        // A qualifier first, so that "up to 5%" is not read as the direction "up".
        Qualifier qualifier = matchPhrase(lexicon.qualifierPrefixes, true);
        if (qualifier == null) {
            if (kind == Kind.PERCENTAGE) {
                Integer d = matchPhrase(lexicon.directions, true);
                if (d != null) {
                    direction = d;
                    skipSpaces();
                }
            }
            if (matchWord(lexicon.totalMarkers) != null) {
                skipSpaces();
            }
            qualifier = matchPhrase(lexicon.qualifierPrefixes, true);
        }
        if (qualifier != null) {
            skipSpaces();
        }
        Currency currency = null;
        if (kind == Kind.AMOUNT) {
            currency = matchCurrency();
            if (currency != null) {
                skipSpaces();
            }
        }
        int numberStart = pos;
        int sign = 1;
        if (kind != Kind.COUNT && direction == 0 && pos < input.length() && "+-−".indexOf(input.charAt(pos)) >= 0) {
            sign = input.charAt(pos) == '+' ? 1 : -1;
            pos++;
        }
        BigDecimal written = readNumber();
        qualifier = suffixQualifier(qualifier);
        int exponent = 0;
        int beforeMagnitude = pos;
        skipSpaces();
        Integer magnitude = matchPhrase(lexicon.magnitudes, false);
        if (magnitude != null) {
            exponent = magnitude;
            qualifier = suffixQualifier(qualifier);
        } else {
            pos = beforeMagnitude;
        }
        if (kind == Kind.AMOUNT) {
            int beforeCurrency = pos;
            skipSpaces();
            Currency after = matchCurrency();
            if (after == null) {
                pos = beforeCurrency;
            } else if (currency != null && !currency.equals(after)) {
                throw new FigureParseException("the currency after the number (" + after
                        + ") contradicts the one before it (" + currency + ")", input, beforeCurrency);
            } else {
                currency = after;
            }
            if (currency == null) {
                throw error("expected a currency such as RMB, CNY, yuan, 元 or юаней");
            }
        }
        if (kind == Kind.COUNT && matchWord(lexicon.countClassifiers) != null) {
            qualifier = suffixQualifier(qualifier);
        }
        if (kind == Kind.PERCENTAGE) {
            int beforePercent = pos;
            skipSpaces();
            if (matchWord(lexicon.percentWords) == null) {
                pos = beforePercent;
                throw error("expected a percent sign");
            }
        }
        if (pos != input.length()) {
            // Point at the unreadable word rather than the space before it; trailing spaces are the error themselves.
            int at = pos;
            while (at < input.length() && isSpace(input.charAt(at))) {
                at++;
            }
            throw new FigureParseException("unexpected text after the " + kindName(), input,
                    at == input.length() ? pos : at);
        }
        if (direction < 0 && qualifier != null && qualifier != Qualifier.ABOUT) {
            throw new FigureParseException("a qualified decrease cannot be stated as a single figure", input, 0);
        }
        if (direction != 0) {
            sign = direction;
        }
        BigDecimal signed = sign < 0 ? written.negate() : written;
        try {
            return new Parsed(Figure.stated(signed, qualifier == null ? Qualifier.EXACT : qualifier)
                    .scaledByPowerOfTen(exponent), currency);
        } catch (IllegalArgumentException invalid) {
            throw new FigureParseException("not a valid figure: " + invalid.getMessage(), input, numberStart);
        }
    }

    private Qualifier suffixQualifier(Qualifier current) {
        int before = pos;
        Qualifier suffix = matchPhrase(lexicon.qualifierSuffixes, false);
        if (suffix == null) {
            return current;
        }
        if (current != null && current != suffix) {
            throw new FigureParseException("\"" + input.substring(before, pos) + "\" contradicts the qualifier before the number",
                    input, before);
        }
        return suffix;
    }

    /** Reads digits (with the language's separators) or English number words. */
    private BigDecimal readNumber() {
        int start = pos;
        if (pos < input.length() && isDigit(input.charAt(pos))) {
            return readDigits(start);
        }
        if (lexicon.numberWords) {
            BigDecimal words = readNumberWords();
            if (words != null) {
                return words;
            }
        }
        throw error("expected a number");
    }

    private BigDecimal readDigits(int start) {
        StringBuilder digits = new StringBuilder();
        int firstRun = readDigitRun(digits);
        if (firstRun > 1 && digits.charAt(0) == '0') {
            throw new FigureParseException("a number must not start with 0", input, start + 1);
        }
        if (firstRun <= 3) {
            while (pos < input.length() && lexicon.groupSeparators.indexOf(input.charAt(pos)) >= 0
                    && isGroupOfThree(pos + 1)) {
                pos++;
                readDigitRun(digits);
            }
        }
        if (pos < input.length() && input.charAt(pos) == lexicon.decimalSeparator) {
            boolean digitFollows = pos + 1 < input.length() && isDigit(input.charAt(pos + 1));
            if (digitFollows) {
                pos++;
                digits.append('.');
                readDigitRun(digits);
            } else if (lexicon.decimalSeparator == '.') {
                pos++;
                throw error("expected a digit after the decimal point");
            }
        }
        if (digits.length() > MAX_DIGITS) {
            throw new FigureParseException("number longer than " + MAX_DIGITS + " digits", input, start + MAX_DIGITS);
        }
        return new BigDecimal(digits.toString());
    }

    private int readDigitRun(StringBuilder digits) {
        int start = pos;
        while (pos < input.length() && isDigit(input.charAt(pos))) {
            if (pos - start > MAX_DIGITS) {
                throw new FigureParseException("number longer than " + MAX_DIGITS + " digits", input, pos);
            }
            digits.append(input.charAt(pos));
            pos++;
        }
        return pos - start;
    }

    /** Whether exactly three digits start at {@code at}, not followed by a fourth. */
    private boolean isGroupOfThree(int at) {
        for (int i = at; i < at + 3; i++) {
            if (i >= input.length() || !isDigit(input.charAt(i))) {
                return false;
            }
        }
        return at + 3 >= input.length() || !isDigit(input.charAt(at + 3));
    }

    /**
     * Reads English number words below a thousand: "one hundred", "fifty-five",
     * "two hundred and twenty-seven". Larger numbers take a magnitude word after them
     * ("two million"), exactly as digits do.
     */
    private BigDecimal readNumberWords() {
        int start = pos;
        Integer hundreds = readWord(UNITS, 1, 9);
        if (hundreds != null) {
            if (readSpaceThen("hundred")) {
                int afterHundred = pos;
                Integer rest = readSpaceThen("and") ? readSpaceThenBelowHundred() : null;
                if (rest == null) {
                    pos = afterHundred;
                    rest = readSpaceThenBelowHundred();
                }
                if (rest == null) {
                    pos = afterHundred;
                    rest = 0;
                }
                return BigDecimal.valueOf(hundreds * 100L + rest);
            }
            pos = start;
        }
        Integer belowHundred = readBelowHundred();
        if (belowHundred == null) {
            pos = start;
            return null;
        }
        return BigDecimal.valueOf(belowHundred);
    }

    /** "seven", "nineteen", "twenty", "fifty-five", "fifty five". */
    private Integer readBelowHundred() {
        Integer unit = readWord(UNITS, 0, 19);
        if (unit != null) {
            return unit;
        }
        Integer tens = readWord(TENS, 2, 9);
        if (tens == null) {
            return null;
        }
        int afterTens = pos;
        if (pos < input.length() && (input.charAt(pos) == '-' || input.charAt(pos) == ' ')) {
            pos++;
            Integer ones = readWord(UNITS, 1, 9);
            if (ones != null) {
                return tens * 10 + ones;
            }
        }
        pos = afterTens;
        return tens * 10;
    }

    private Integer readSpaceThenBelowHundred() {
        int save = pos;
        if (pos < input.length() && input.charAt(pos) == ' ') {
            pos++;
            Integer value = readBelowHundred();
            if (value != null) {
                return value;
            }
        }
        pos = save;
        return null;
    }

    private boolean readSpaceThen(String word) {
        int save = pos;
        if (pos < input.length() && input.charAt(pos) == ' ') {
            pos++;
            if (word.equals(readLetters())) {
                return true;
            }
        }
        pos = save;
        return false;
    }

    /** Reads a whole word that is one of {@code words[from..to]}; returns its index. */
    private Integer readWord(List<String> words, int from, int to) {
        int save = pos;
        int index = words.indexOf(readLetters());
        if (index >= from && index <= to) {
            return index;
        }
        pos = save;
        return null;
    }

    private String readLetters() {
        int start = pos;
        while (pos < input.length() && Character.isLetter(input.charAt(pos))) {
            pos++;
        }
        return input.substring(start, pos).toLowerCase(Locale.ROOT);
    }

    private Currency matchCurrency() {
        for (Map.Entry<String, Currency> alias : CURRENCY_ALIASES) {
            if (matchesAt(alias.getKey(), false)) {
                pos += alias.getKey().length();
                return alias.getValue();
            }
        }
        if (pos + 3 <= input.length() && isAsciiLetters(pos, pos + 3)
                && (pos + 3 == input.length() || !Character.isLetter(input.charAt(pos + 3)))) {
            String code = input.substring(pos, pos + 3);
            if (Currencies.isKnown(code)) {
                pos += 3;
                return Currencies.of(code);
            }
        }
        for (String symbol : AMBIGUOUS_SYMBOLS) {
            if (input.startsWith(symbol, pos)) {
                if (defaultCurrency == null) {
                    throw error("\"" + symbol + "\" is ambiguous; write an ISO code or set a default currency"
                            + " with FigureFormat.withDefaultCurrency");
                }
                try {
                    Currency resolved = Currencies.of(symbol, defaultCurrency);
                    pos += symbol.length();
                    return resolved;
                } catch (IllegalArgumentException ambiguous) {
                    throw error(ambiguous.getMessage());
                }
            }
        }
        return null;
    }

    private boolean isAsciiLetters(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = input.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /** Longest phrase at the current position; alphabetic phrases may need a word boundary. */
    private <T> T matchPhrase(List<Lexicon.Phrase<T>> phrases, boolean wordBoundary) {
        for (Lexicon.Phrase<T> phrase : phrases) {
            if (matchesAt(phrase.text(), wordBoundary)) {
                pos += phrase.text().length();
                return phrase.meaning();
            }
        }
        return null;
    }

    private String matchWord(List<String> words) {
        for (String word : words) {
            if (matchesAt(word, true)) {
                pos += word.length();
                return word;
            }
        }
        return null;
    }

    private boolean matchesAt(String phrase, boolean wordBoundary) {
        if (!input.regionMatches(true, pos, phrase, 0, phrase.length())) {
            return false;
        }
        int end = pos + phrase.length();
        return !wordBoundary || end == input.length()
                || !(isCasedLetter(phrase.charAt(phrase.length() - 1)) && isCasedLetter(input.charAt(end)));
    }

    /** Letters of alphabets with words separated by spaces; CJK runs on without them. */
    private static boolean isCasedLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }

    private void skipSpaces() {
        while (pos < input.length() && isSpace(input.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String kindName() {
        return switch (kind) {
            case AMOUNT -> "reported amount";
            case COUNT -> "count";
            case PERCENTAGE -> "percentage";
        };
    }

    private FigureParseException error(String message) {
        return new FigureParseException(message, input, pos);
    }
}
