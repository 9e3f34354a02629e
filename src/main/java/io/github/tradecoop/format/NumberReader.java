package io.github.tradecoop.format;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads the number of a figure: digits with the language's separators, English number words
 * ("two hundred and twenty-seven", "a million"), or Chinese numerals ("三千五百", "十", "千").
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
    /** Russian numbers from one to nineteen in every case, by value; ё and е both, as texts write either. */
    private static final String[][] RUSSIAN_UNITS = {{},
        {"один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну"},
        {"два", "две", "двух", "двум", "двумя"},
        {"три", "трех", "трёх", "трем", "трём", "тремя"},
        {"четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя"},
        {"пять", "пяти", "пятью"}, {"шесть", "шести", "шестью"}, {"семь", "семи", "семью"},
        {"восемь", "восьми", "восемью"}, {"девять", "девяти", "девятью"}, {"десять", "десяти", "десятью"},
        {"одиннадцать", "одиннадцати"}, {"двенадцать", "двенадцати"}, {"тринадцать", "тринадцати"},
        {"четырнадцать", "четырнадцати"}, {"пятнадцать", "пятнадцати"}, {"шестнадцать", "шестнадцати"},
        {"семнадцать", "семнадцати"}, {"восемнадцать", "восемнадцати"}, {"девятнадцать", "девятнадцати"}};
    /** Russian tens, twenty to ninety, by value / 10. */
    private static final String[][] RUSSIAN_TENS = {{}, {},
        {"двадцать", "двадцати", "двадцатью"}, {"тридцать", "тридцати", "тридцатью"}, {"сорок", "сорока"},
        {"пятьдесят", "пятидесяти"}, {"шестьдесят", "шестидесяти"}, {"семьдесят", "семидесяти"},
        {"восемьдесят", "восьмидесяти"}, {"девяносто", "девяноста"}};
    /** Russian hundreds, by value / 100. */
    private static final String[][] RUSSIAN_HUNDREDS = {{},
        {"сто", "ста"}, {"двести", "двухсот", "двумстам"}, {"триста", "трехсот", "трёхсот"},
        {"четыреста", "четырехсот", "четырёхсот"}, {"пятьсот", "пятисот"}, {"шестьсот", "шестисот"},
        {"семьсот", "семисот"}, {"восемьсот", "восьмисот"}, {"девятьсот", "девятисот"}};
    /** One and a half: "полтора миллиона", "полторы тысячи", "более полутора тысяч". */
    private static final String[] RUSSIAN_ONE_AND_A_HALF = {"полтора", "полторы", "полутора"};
    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");
    private static final BigDecimal A_HALF = new BigDecimal("0.5");
    /** Every Russian number word above, by its value: one look-up finds a word and its value. */
    private static final PhraseTrie<BigDecimal> RUSSIAN_WORDS = new PhraseTrie<>();

    static {
        String[][][] tables = {RUSSIAN_UNITS, RUSSIAN_TENS, RUSSIAN_HUNDREDS};
        int[] scales = {1, 10, 100};
        for (int t = 0; t < tables.length; t++) {
            for (int value = 0; value < tables[t].length; value++) {
                for (String word : tables[t][value]) {
                    RUSSIAN_WORDS.add(word, BigDecimal.valueOf((long) value * scales[t]));
                }
            }
        }
        for (String word : RUSSIAN_ONE_AND_A_HALF) {
            RUSSIAN_WORDS.add(word, ONE_AND_A_HALF);
        }
    }

    /** "два с половиной миллиона": and a half. */
    private static final String RUSSIAN_AND_A_HALF = "с половиной";

    /** Magnitude words that state a number alone: "тысяча компаний", "около миллиона" (not "тыс.", "млн"). */
    private static final String[] RUSSIAN_MAGNITUDE_STEMS = {"тысяч", "миллион", "миллиард", "триллион", "десят", "сот"};
    private static final String CHINESE_DIGITS = "零〇一二三四五六七八九";
    private static final String CHINESE_PLACES = "十百千";

    private final Lexicon lexicon;
    private final char[] text;
    private final int limit;

    NumberReader(Lexicon lexicon, char[] text, int limit) {
        this.lexicon = lexicon;
        this.text = text;
        this.limit = limit;
    }

    /** Whether the whole word {@code word} stands at {@code at}. */
    static boolean isWord(char[] text, int at, int limit, String word) {
        int end = at + word.length();
        return end <= limit && (end == limit || !Text.isWordLetter(text[end])) && Text.matches(text, at, word);
    }

    /** Whether an English number word ("one" to "ninety") starts at {@code at}: a number in running text. */
    static boolean isNumberWord(char[] text, int at, int limit) {
        for (int i = 1; i < UNITS.length; i++) {
            if (isWord(text, at, limit, UNITS[i])) {
                return true;
            }
        }
        for (int i = 2; i < TENS.length; i++) {
            if (isWord(text, at, limit, TENS[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Russian number word ("пять", "ста", "полтора", "тысяча") starts at {@code at}: a number in running text. */
    static boolean isRussianNumberWord(char[] text, int at, int limit) {
        return RUSSIAN_WORDS.longest(text, at, limit) != PhraseTrie.NONE || isRussianMagnitudeWord(text, at, limit);
    }

    /** Whether a magnitude written out as a word ("тысяча", "миллиона") starts at {@code at}. */
    static boolean isRussianMagnitudeWord(char[] text, int at, int limit) {
        for (String stem : RUSSIAN_MAGNITUDE_STEMS) {
            if (at + stem.length() <= limit && Text.matches(text, at, stem)) {
                return Lexicon.RUSSIAN.magnitudes.longest(text, at, limit) != PhraseTrie.NONE;
            }
        }
        return false;
    }

    /** Reads a number at {@code at}, or returns null if none starts there; throws only for malformed digits. */
    @Nullable Written read(int at, boolean afterArticle) {
        if (at < limit && Text.isDigit(text[at])) {
            return digits(at);
        }
        if (lexicon.chineseNumerals && at < limit) {
            return chinese(at);
        }
        if (lexicon.numberWords) {
            if (afterArticle && lexicon.magnitudes.longest(text, at, limit) != PhraseTrie.NONE) {
                return new Written(BigDecimal.ONE, 0, at);   // "a million": the magnitude follows
            }
            if (afterArticle && isWord(text, at, limit, "hundred")) {
                return new Written(BigDecimal.valueOf(100), 0, at + 7);
            }
            return words(at);
        }
        if (lexicon.russianNumberWords && at < limit && Text.isWordLetter(text[at])) {
            return russianWords(at);
        }
        return null;
    }

    /**
     * Russian number words below a thousand, hundreds, tens and units each optional and in that
     * order ("двести пятьдесят пять", "ста", "двадцати"), or one and a half ("полтора"); a magnitude
     * word alone is one of it ("тысяча", "около миллиона"), the magnitude following.
     */
    private @Nullable Written russianWords(int start) {
        if (isRussianMagnitudeWord(text, start, limit)) {
            return new Written(BigDecimal.ONE, 0, start);
        }
        long value = 0;
        int end = start;
        int pos = start;
        long below = 1000;   // each word must be below the place of the one before: "сто двадцать пять"
        while (pos >= 0) {
            long match = RUSSIAN_WORDS.longest(text, pos, limit);
            if (match == PhraseTrie.NONE) {
                break;
            }
            BigDecimal word = RUSSIAN_WORDS.value(match);
            if (word.equals(ONE_AND_A_HALF)) {   // "полтора" stands alone
                return end == start ? new Written(word, 0, PhraseTrie.end(match)) : new Written(BigDecimal.valueOf(value), 0, end);
            }
            long number = word.longValueExact();
            if (number >= below) {
                break;
            }
            value += number;
            end = PhraseTrie.end(match);
            below = number >= 100 ? 100 : number >= 20 ? 10 : 0;
            pos = nextWord(end);
        }
        if (end == start) {
            return null;
        }
        int half = nextWord(end);
        if (half > 0 && isWord(text, half, limit, RUSSIAN_AND_A_HALF)) {
            return new Written(BigDecimal.valueOf(value).add(A_HALF), 0, half + RUSSIAN_AND_A_HALF.length());
        }
        return new Written(BigDecimal.valueOf(value), 0, end);
    }

    /** The start of the word after one space, or -1. */
    private int nextWord(int end) {
        return end + 1 < limit && text[end] == ' ' && Text.isWordLetter(text[end + 1]) ? end + 1 : -1;
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
        if (firstRun <= 3) {
            while (pos + 1 < limit && lexicon.groupSeparators.indexOf(text[pos]) >= 0 && isGroupOfThree(pos + 1)) {
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
        return new Written(digits, 0, pos);
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
     * Chinese numerals below ten thousand: digits 零 to 九 and 两, places 十, 百, 千 ("三千五百",
     * "十五", "两千"); a digit after a place without one is of the next place down ("三千五" is
     * 3500). Returns null if no numeral starts here.
     */
    private @Nullable Written chinese(int start) {
        if (start + 1 < limit && chineseDigit(text[start]) > 0 && chineseDigit(text[start + 1]) >= 0) {
            return chineseDigitByDigit(start);
        }
        int pos = start;
        long total = 0;
        int digit = -1;
        int lastPlace = -1;       // place of the last unit read
        int resolutionPlace = 0;  // place of the last digit stated
        boolean zero = false;
        while (pos < limit) {
            char c = text[pos];
            int d = c == '两' ? 2 : CHINESE_DIGITS.indexOf(c) - 1;
            if (c == '〇' || c == '零') {
                d = 0;   // "三千零五", "一百〇八": a zero keeps the next digit in its own place
            }
            int place = CHINESE_PLACES.indexOf(c) + 1;
            if (d >= 0 && digit < 0) {
                if (d == 0) {
                    zero = true;
                } else {
                    digit = d;
                }
            } else if (place > 0 && (lastPlace < 0 || place < lastPlace)) {
                total += (long) (digit < 0 ? 1 : digit) * pow10(place);
                lastPlace = place;
                resolutionPlace = place;
                digit = -1;
                zero = false;
            } else {
                break;
            }
            pos++;
        }
        if (pos == start && (text[start] == '万' || text[start] == '亿')) {
            return new Written(BigDecimal.ONE, 0, start);  // "逾万名", "超过万亿元": the magnitude follows
        }
        if (pos == start || total == 0 && digit < 0) {
            return null;
        }
        if (digit >= 0) {
            resolutionPlace = lastPlace > 0 && !zero ? lastPlace - 1 : 0;
            total += digit * pow10(resolutionPlace);
        }
        int fractionEnd = chineseFractionEnd(pos);
        if (fractionEnd > pos) {
            // "四百二十七点九" is 427.9, "十点五" 10.5: the fraction is stated digit by digit
            BigDecimal fraction = new BigDecimal("0." + chineseDigits(pos + 1, fractionEnd));
            return new Written(BigDecimal.valueOf(total).add(fraction), 0, fractionEnd);
        }
        return new Written(BigDecimal.valueOf(total / pow10(resolutionPlace)), resolutionPlace, pos);
    }

    /** A Chinese digit from 0 to 9 ("〇", "零" and "○" are 0), or -1. */
    private static int chineseDigit(char c) {
        return c == '〇' || c == '○' ? 0 : CHINESE_DIGITS.indexOf(c) - 1 + (c == '零' ? 1 : 0);
    }

    /** The end of a decimal point (点, 點 folded, or ".") and the Chinese digits after it at {@code at}; else {@code at}. */
    private int chineseFractionEnd(int at) {
        if (at + 1 >= limit || text[at] != '点' && text[at] != '.' || chineseDigit(text[at + 1]) < 0) {
            return at;
        }
        int end = at + 1;
        while (end < limit && end - at <= MAX_DIGITS && chineseDigit(text[end]) >= 0) {
            end++;
        }
        return end;
    }

    /** The Chinese digits from {@code from} to {@code to} as ASCII digits. */
    private String chineseDigits(int from, int to) {
        StringBuilder digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            digits.append((char) ('0' + chineseDigit(text[i])));
        }
        return digits.toString();
    }

    /**
     * Chinese digits written one after another as places: "六八〇" is 680, "一二六" 126 (Taiwan and
     * Hong Kong papers). Two digits without a zero state "three or four" ("三四个", "三四千人"), a range
     * with no single value, and so does a run followed by a place: no number.
     */
    private @Nullable Written chineseDigitByDigit(int start) {
        int end = start;
        boolean zero = false;
        while (end < limit && end - start < MAX_DIGITS && chineseDigit(text[end]) >= 0) {
            zero |= chineseDigit(text[end]) == 0;
            end++;
        }
        boolean placeAfter = end < limit && "十百千万亿".indexOf(text[end]) >= 0;
        if (placeAfter || end - start == 2 && !zero) {
            return null;
        }
        int fractionEnd = chineseFractionEnd(end);
        String digits = chineseDigits(start, end) + (fractionEnd > end ? "." + chineseDigits(end + 1, fractionEnd) : "");
        return new Written(new BigDecimal(digits), 0, Math.max(end, fractionEnd));
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
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
