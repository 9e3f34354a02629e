package io.github.tradecoop.format;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads the number of a figure: digits with the language's separators, English number words
 * ("two hundred and twenty-seven", "a million"), Chinese numerals ({@link ChineseNumerals}) or
 * Russian number words ({@link RussianNumberWords}).
 * A number is returned as written, {@code digits × 10^exponent}, so that the figure's resolution
 * is the unit of the last written digit: "三千" is 3 × 10^3, stated to the thousand.
 */
final class NumberReader {

    /** A number as written: {@code digits} (with the scale they were written with) times {@code 10^exponent}. */
    record Written(BigDecimal digits, int exponent, int end) {
    }

    /** Longest digit string accepted, so hostile input is refused before conversion. */
    static final int MAX_DIGITS = 40;

    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    private final Lexicon lexicon;
    private final char[] text;
    private final int limit;
    private final ChineseNumerals chinese;
    private final RussianNumberWords russian;

    NumberReader(Lexicon lexicon, char[] text, int limit) {
        this.lexicon = lexicon;
        this.text = text;
        this.limit = limit;
        this.chinese = new ChineseNumerals(text, limit);
        this.russian = new RussianNumberWords(text, limit);
    }

    /** Whether the whole word {@code word} stands at {@code at}. */
    static boolean isWord(char[] text, int at, int limit, String word) {
        int end = at + word.length();
        return end <= limit && (end == limit || !Text.isWordLetter(text[end])) && Text.matches(text, at, word);
    }

    /** Whether an English number word ("one" to "ninety") starts at {@code at}: a number in running text. */
    static boolean isNumberWord(char[] text, int at, int limit) {
        char first = text[at];
        if (first < 'a' || first > 'z') {
            return false;
        }
        for (String word : NUMBER_WORDS_BY_FIRST_LETTER[first - 'a']) {   // tried for every word of English text
            if (isWord(text, at, limit, word)) {
                return true;
            }
        }
        return false;
    }

    /** The number words from "one" to "ninety", by their first letter. */
    private static final String[][] NUMBER_WORDS_BY_FIRST_LETTER = new String[26][];

    static {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(UNITS).subList(1, UNITS.length));
        words.addAll(java.util.List.of(TENS).subList(2, TENS.length));
        for (char c = 'a'; c <= 'z'; c++) {
            char letter = c;
            NUMBER_WORDS_BY_FIRST_LETTER[c - 'a'] = words.stream().filter(w -> w.charAt(0) == letter).toArray(String[]::new);
        }
    }

    /** Reads a number at {@code at}, or returns null if none starts there; throws only for malformed digits. */
    @Nullable Written read(int at, boolean afterArticle) {
        if (at < limit && Text.isDigit(text[at])) {
            Written digits = digits(at);
            return lexicon.numberWords && digits != null ? withSpokenFraction(digits) : digits;
        }
        if (lexicon.chineseNumerals && at < limit) {
            return chinese.read(at);
        }
        if (lexicon.numberWords) {
            if (afterArticle && lexicon.magnitudes.longest(text, at, limit) != PhraseTrie.NONE) {
                return new Written(BigDecimal.ONE, 0, at);   // "a million": the magnitude follows
            }
            if (afterArticle && isWord(text, at, limit, "hundred")) {
                return new Written(BigDecimal.valueOf(100), 0, at + 7);
            }
            Written words = words(at);
            return words == null ? null : withSpokenFraction(words);
        }
        if (lexicon.russianNumberWords && at < limit && Text.isWordLetter(text[at])) {
            return russian.read(at);
        }
        return null;
    }

    private @Nullable Written digits(int start) {
        int pos = start;
        long unscaled = 0;
        int count = 0;
        int scale = 0;
        int firstRun = 0;
        while (pos < limit && Text.isDigit(text[pos])) {
            unscaled = unscaled * 10 + (text[pos] - '0');
            count++;
            firstRun++;
            pos++;
            if (count > MAX_DIGITS) {
                throw new ParseStop("number longer than " + MAX_DIGITS + " digits", pos);
            }
        }
        if (firstRun > 1 && text[start] == '0') {
            throw new ParseStop("a number must not start with 0", start + 1);
        }
        int indian = firstRun <= 2 && lexicon.indianGroups ? indianGroupsEnd(pos) : -1;
        if (indian > 0) {
            for (; pos < indian; pos++) {   // "1,00,000", "12,34,567": lakh and crore grouping, checked whole
                if (Text.isDigit(text[pos])) {
                    unscaled = unscaled * 10 + (text[pos] - '0');
                    count++;
                }
            }
        } else if (firstRun <= 3) {
            while (pos + 1 < limit && (lexicon.groupSeparators.indexOf(text[pos]) >= 0 || isPointGroup(pos)) && isGroupOfThree(pos + 1)) {
                for (int i = pos + 1; i < pos + 4; i++) {
                    unscaled = unscaled * 10 + (text[i] - '0');
                }
                count += 3;
                pos += 4;
                if (count > MAX_DIGITS) {
                    throw new ParseStop("number longer than " + MAX_DIGITS + " digits", pos);
                }
            }
        }
        if (pos + 1 < limit && (isDecimalSeparator(text[pos])
                || lexicon.decimalCommaToo && text[pos] == ',' && isShortFraction(pos + 1)) && Text.isDigit(text[pos + 1])) {
            pos++;
            while (pos < limit && Text.isDigit(text[pos])) {
                unscaled = unscaled * 10 + (text[pos] - '0');
                count++;
                scale++;
                pos++;
                if (count > MAX_DIGITS) {
                    throw new ParseStop("number longer than " + MAX_DIGITS + " digits", pos);
                }
            }
        }
        if (pos + 1 < limit && text[pos] == '.' && lexicon.decimalSeparator == '.' && text[pos + 1] == '.') {
            throw new ParseStop("expected a digit after the decimal point", pos + 1);
        }
        BigDecimal digits = count <= 18 ? BigDecimal.valueOf(unscaled, scale)
                : new BigDecimal(unscaledDigits(start, pos), scale);
        return lexicon.russianNumberWords && scale == 0 ? russian.withHalf(digits, pos) : new Written(digits, 0, pos);
    }

    private boolean isDecimalSeparator(char c) {
        return c == lexicon.decimalSeparator || lexicon.decimalPointToo && c == '.';
    }

    /** The digits between two positions, without separators: the unscaled value of the number. */
    private java.math.BigInteger unscaledDigits(int from, int to) {
        StringBuilder digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            if (Text.isDigit(text[i])) {
                digits.append(text[i]);
            }
        }
        return new java.math.BigInteger(digits.toString());
    }

    /** Whether one or two digits start at {@code at}, not followed by a third: "198,65", "66,1". */
    private boolean isShortFraction(int at) {
        int end = at;
        while (end < limit && end < at + 3 && Text.isDigit(text[end])) {
            end++;
        }
        return end > at && end - at <= 2 && (end >= limit || !Text.isDigit(text[end]));
    }

    /**
     * Where Indian digit groups starting at {@code at} end: one or more groups of two digits and a
     * last group of three, each after a comma (",00,000" of "1,00,000"); -1 if they are not there.
     * At most 17 digits, so the number stays below 10^18.
     */
    private int indianGroupsEnd(int at) {
        int pos = at;
        int pairs = 0;
        while (pos + 3 < limit && text[pos] == ',' && Text.isDigit(text[pos + 1]) && Text.isDigit(text[pos + 2])
                && text[pos + 3] == ',' && pairs < 6) {
            pos += 3;
            pairs++;
        }
        return pairs > 0 && pos + 1 < limit && text[pos] == ',' && isGroupOfThree(pos + 1) ? pos + 4 : -1;
    }

    /**
     * Whether a point here groups thousands, as in "$1.022,4 млн.": in a language whose decimal
     * separator is the comma, three digits and a decimal comma follow it.
     */
    private boolean isPointGroup(int at) {
        return text[at] == '.' && lexicon.decimalSeparator == ',' && at + 5 < limit && text[at + 4] == ','
                && Text.isDigit(text[at + 5]);
    }

    /** Whether exactly three digits start at {@code at}, not followed by a fourth. */
    private boolean isGroupOfThree(int at) {
        if (at + 3 > limit) {
            return false;
        }
        for (int i = at; i < at + 3; i++) {
            if (!Text.isDigit(text[i])) {
                return false;
            }
        }
        return at + 3 >= limit || !Text.isDigit(text[at + 3]);
    }

    /**
     * A whole number and the fraction spoken after it, as broadcasters write numbers:
     * "three-point-one" is 3.1, "56-point-five" 56.5, "four-point-28" 4.28 (world.kbs.co.kr). The
     * number itself if no digit follows "point".
     */
    private Written withSpokenFraction(Written whole) {
        int pos = whole.end();
        if (whole.digits().scale() != 0 || whole.exponent() != 0 || pos + 7 > limit || text[pos] != '-' && text[pos] != ' '
                || !isWord(text, pos + 1, limit, "point") || text[pos + 6] != '-' && text[pos + 6] != ' ') {
            return whole;
        }
        StringBuilder fraction = new StringBuilder();
        int end = pos + 7;
        int at = end;
        while (at < limit && fraction.length() < MAX_DIGITS) {
            if (Text.isDigit(text[at])) {
                int digitsEnd = at;
                while (digitsEnd < limit && Text.isDigit(text[digitsEnd]) && fraction.length() < MAX_DIGITS) {
                    fraction.append(text[digitsEnd++]);
                }
                end = digitsEnd;
                break;   // "four-point-28": the digits are the whole fraction
            }
            int digit = at + 2 < limit && isWord(text, at, limit, "oh") ? 0 : word(UNITS, at, 0, 9);
            if (digit < 0) {
                break;
            }
            fraction.append((char) ('0' + digit));
            end = digit == 0 && text[at] == 'o' && text[at + 1] == 'h' ? at + 2 : wordEnd;
            if (end + 1 >= limit || text[end] != '-' && text[end] != ' ' || !Text.isWordLetter(text[end + 1]) && !Text.isDigit(text[end + 1])) {
                break;
            }
            at = end + 1;
        }
        if (fraction.length() == 0 || whole.digits().precision() + fraction.length() > MAX_DIGITS) {
            return whole;
        }
        return new Written(new BigDecimal(whole.digits().toPlainString() + "." + fraction), 0, end);
    }

    /** English number words below a thousand: "one hundred", "fifty-five", "two hundred and twenty-seven". */
    private @Nullable Written words(int start) {
        int pos = start;
        int hundreds = word(UNITS, pos, 1, 9);
        if (hundreds > 0) {
            int after = wordEnd;
            if (after < limit && text[after] == ' ' && isWord(text, after + 1, limit, "hundred")) {
                pos = after + 8;
                int rest = 0;
                if (pos < limit && text[pos] == ' ' && isWord(text, pos + 1, limit, "and") && belowHundred(pos + 5) >= 0) {
                    rest = belowHundred(pos + 5);
                    pos = wordEnd;
                } else if (pos < limit && text[pos] == ' ' && belowHundred(pos + 1) >= 0) {
                    rest = belowHundred(pos + 1);
                    pos = wordEnd;
                }
                return new Written(BigDecimal.valueOf(hundreds * 100L + rest), 0, pos);
            }
        }
        int value = belowHundred(start);
        return value < 0 ? null : new Written(BigDecimal.valueOf(value), 0, wordEnd);
    }

    /** End of the last word read by {@link #word} or {@link #belowHundred}. */
    private int wordEnd;

    private int belowHundred(int at) {
        int unit = word(UNITS, at, 0, 19);
        if (unit >= 0) {
            return unit;
        }
        int tens = word(TENS, at, 2, 9);
        if (tens < 0) {
            return -1;
        }
        int afterTens = wordEnd;
        if (afterTens < limit && (text[afterTens] == '-' || text[afterTens] == ' ')) {
            int ones = word(UNITS, afterTens + 1, 1, 9);
            if (ones > 0) {
                return tens * 10 + ones;
            }
        }
        wordEnd = afterTens;
        return tens * 10;
    }

    /** The index in {@code words[from..to]} of the whole word at {@code at}, or -1; sets {@link #wordEnd}. */
    private int word(String[] words, int at, int from, int to) {
        int end = at;
        while (end < limit && text[end] >= 'a' && text[end] <= 'z') {
            end++;
        }
        if (end == at || end < limit && Text.isWordLetter(text[end])) {
            return -1;
        }
        for (int i = from; i <= to; i++) {
            if (words[i].length() == end - at && isWord(text, at, limit, words[i])) {
                wordEnd = end;
                return i;
            }
        }
        return -1;
    }
}
