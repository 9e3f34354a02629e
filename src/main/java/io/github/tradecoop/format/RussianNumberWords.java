package io.github.tradecoop.format;

import io.github.tradecoop.format.NumberReader.Written;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads Russian number words for {@link NumberReader}, in every case: "пятьсот пятьдесят", "из ста
 * сорока трёх", "полтора", "два с половиной", and a magnitude word standing for one of it ("тысяча").
 */
final class RussianNumberWords {

    /** Numbers from one to nineteen in every case, by value; ё and е both, as texts write either. */
    private static final String[][] UNITS = {{},
        {"один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну"},
        {"два", "две", "двух", "двум", "двумя"},
        {"три", "трех", "трёх", "трем", "трём", "тремя"},
        {"четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя"},
        {"пять", "пяти", "пятью"}, {"шесть", "шести", "шестью"}, {"семь", "семи", "семью"},
        {"восемь", "восьми", "восемью"}, {"девять", "девяти", "девятью"}, {"десять", "десяти", "десятью"},
        {"одиннадцать", "одиннадцати"}, {"двенадцать", "двенадцати"}, {"тринадцать", "тринадцати"},
        {"четырнадцать", "четырнадцати"}, {"пятнадцать", "пятнадцати"}, {"шестнадцать", "шестнадцати"},
        {"семнадцать", "семнадцати"}, {"восемнадцать", "восемнадцати"}, {"девятнадцать", "девятнадцати"}};
    /** Tens, twenty to ninety, by value / 10. */
    private static final String[][] TENS = {{}, {},
        {"двадцать", "двадцати", "двадцатью"}, {"тридцать", "тридцати", "тридцатью"}, {"сорок", "сорока"},
        {"пятьдесят", "пятидесяти"}, {"шестьдесят", "шестидесяти"}, {"семьдесят", "семидесяти"},
        {"восемьдесят", "восьмидесяти"}, {"девяносто", "девяноста"}};
    /** Hundreds, by value / 100. */
    private static final String[][] HUNDREDS = {{},
        {"сто", "ста"}, {"двести", "двухсот", "двумстам"}, {"триста", "трехсот", "трёхсот"},
        {"четыреста", "четырехсот", "четырёхсот"}, {"пятьсот", "пятисот"}, {"шестьсот", "шестисот"},
        {"семьсот", "семисот"}, {"восемьсот", "восьмисот"}, {"девятьсот", "девятисот"}};
    /** One and a half: "полтора миллиона", "полторы тысячи", "более полутора тысяч". */
    private static final String[] ONE_AND_A_HALF_WORDS = {"полтора", "полторы", "полутора"};
    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");
    private static final BigDecimal A_HALF = new BigDecimal("0.5");
    /** Every number word above, by its value: one look-up finds a word and its value. */
    private static final PhraseTrie<BigDecimal> WORDS = new PhraseTrie<>();

    static {
        String[][][] tables = {UNITS, TENS, HUNDREDS};
        int[] scales = {1, 10, 100};
        for (int t = 0; t < tables.length; t++) {
            for (int value = 0; value < tables[t].length; value++) {
                for (String word : tables[t][value]) {
                    WORDS.add(word, BigDecimal.valueOf((long) value * scales[t]));
                }
            }
        }
        for (String word : ONE_AND_A_HALF_WORDS) {
            WORDS.add(word, ONE_AND_A_HALF);
        }
    }

    /** "два с половиной миллиона": and a half. */
    private static final String AND_A_HALF = "с половиной";

    /** Magnitude words that state a number alone: "тысяча компаний", "около миллиона" (not "тыс.", "млн"). */
    private static final String[] MAGNITUDE_STEMS = {"тысяч", "миллион", "миллиард", "триллион", "десят", "сот"};

    private final char[] text;
    private final int limit;

    RussianNumberWords(char[] text, int limit) {
        this.text = text;
        this.limit = limit;
    }

    /** Whether a Russian number word ("пять", "ста", "полтора", "тысяча") starts at {@code at}: a number in running text. */
    static boolean isNumberWord(char[] text, int at, int limit) {
        return WORDS.longest(text, at, limit) != PhraseTrie.NONE || isMagnitudeWord(text, at, limit);
    }

    /** Whether a magnitude written out as a word ("тысяча", "миллиона") starts at {@code at}. */
    static boolean isMagnitudeWord(char[] text, int at, int limit) {
        for (String stem : MAGNITUDE_STEMS) {
            if (at + stem.length() <= limit && Text.matches(text, at, stem)) {
                return Lexicon.RUSSIAN.magnitudes.longest(text, at, limit) != PhraseTrie.NONE;
            }
        }
        return false;
    }

    /**
     * Russian number words below a thousand, hundreds, tens and units each optional and in that
     * order ("двести пятьдесят пять", "ста", "двадцати"), or one and a half ("полтора"); a magnitude
     * word alone is one of it ("тысяча", "около миллиона"), the magnitude following.
     */
    @Nullable Written read(int start) {
        if (isMagnitudeWord(text, start, limit)) {
            return new Written(BigDecimal.ONE, 0, start);
        }
        long value = 0;
        int end = start;
        int pos = start;
        long below = 1000;   // each word must be below the place of the one before: "сто двадцать пять"
        while (pos >= 0) {
            long match = WORDS.longest(text, pos, limit);
            if (match == PhraseTrie.NONE) {
                break;
            }
            BigDecimal word = WORDS.value(match);
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
        return withHalf(BigDecimal.valueOf(value), end);
    }

    /** A whole number read up to {@code end}, and a half if "с половиной" follows: "два с половиной", "13 с половиной". */
    Written withHalf(BigDecimal whole, int end) {
        int half = nextWord(end);
        if (half > 0 && NumberReader.isWord(text, half, limit, AND_A_HALF)) {
            return new Written(whole.add(A_HALF), 0, half + AND_A_HALF.length());
        }
        return new Written(whole, 0, end);
    }

    /** The start of the word after one space, or -1. */
    private int nextWord(int end) {
        return end + 1 < limit && text[end] == ' ' && Text.isWordLetter(text[end + 1]) ? end + 1 : -1;
    }
}
