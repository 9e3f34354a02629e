package io.github.tradecoop.format;

/**
 * Tells the ends of a range from levels, for {@link FigureRules} and {@link FigureFinder}. A range
 * ("30-40%", "600 to 700 visitors", "8万到10万人", "от 4,2 до 95 млрд") is two figures' worth of
 * meaning in one, and neither end is a figure; a level reached after a change ("grew 3.7 percent
 * to 11.46 trillion yuan", "на 42,1% до 17,3 млрд юаней") and a move from one level to another
 * ("rose from $5 billion to $7 billion", "вырос с 872 тыс. тонн до 1 232 тыс. тонн") are figures.
 */
final class FigureRanges {

    /** Words that open a range before its first end: "from 5 to 10", "от 4,2 до 95". */
    private static final String[] RANGE_OPENERS = {"от", "с", "from", "between"};
    /** "с" before a figure: "с 872 тыс. тонн до 1 232 тыс. тонн" goes from one level to another. */
    private static final String[] FROM = {"с"};
    /** Words that open a range of amounts: "от $3 до $5 млрд" ("с" begins a level left: "с $3 до $5 млрд"). */
    private static final String[] RANGE_OPENERS_OF_AMOUNTS = {"от", "from", "between"};

    private final CharSequence original;
    private final char[] text;
    private final int length;

    FigureRanges(CharSequence original, char[] text) {
        this.original = original;
        this.text = text;
        this.length = text.length;
    }

    /**
     * Whether a figure is the first end of a range with a spaced dash ("минус $5,7 - 5,9 млрд", "10 -
     * 15 компаний"), a change or not: read alone, the first end would be $5.70.
     */
    boolean isFirstOfSpacedDash(ParsedFigure parsed) {
        int j = parsed.end();
        if (j + 3 >= length || !Text.isSpace(text[j])) {
            return false;
        }
        int dash = j;
        while (dash < length && Text.isSpace(text[dash])) {
            dash++;
        }
        if (dash + 2 >= length || !isSpacedDash(dash)) {
            return false;
        }
        int from = dash + 1;
        while (from < length && Text.isSpace(text[from])) {
            from++;
        }
        int to = from;
        while (to < length && (Text.isDigit(text[to])
                || (text[to] == ',' || text[to] == '.') && to + 1 < length && Text.isDigit(text[to + 1]))) {
            to++;
        }
        java.math.BigDecimal second = looseNumber(from, to);
        return second != null && parsed.digits().abs().compareTo(second) < 0;
    }

    /**
     * Whether a Chinese change in percent is the first end of a range of changes: "年增四十％至四十五％",
     * "增长5%至7%". After 至 a level reached is no percentage ("上升7.6%至76.0亿元").
     */
    boolean isFirstOfChineseChangeRange(ParsedFigure parsed) {
        int j = parsed.end();
        if (parsed.kind() != FoundFigure.Kind.PERCENTAGE || j >= length || "至到~～".indexOf(text[j]) < 0) {
            return false;
        }
        j++;
        int digits = j;
        while (j < length && j - digits < 12 && (Text.isDigit(text[j]) || text[j] == '.' || FigureFinder.isChineseNumeral(text[j]))) {
            j++;
        }
        return j > digits && j < length && (text[j] == '%' || text[j] == '％');
    }

    /**
     * Whether a hyphen or en dash with a space on both sides stands here, between two numbers: "5,7 -
     * 5,9 млрд" is a range when the first is the smaller; "в 2023 – 5,9 млрд" (a year, then the figure)
     * is not, nor "Казахстан – 12%".
     */
    private boolean isSpacedDash(int at) {
        return at > 0 && at + 1 < length && (text[at] == '-' || text[at] == '–') && Text.isSpace(text[at - 1])
                && Text.isSpace(text[at + 1]);
    }

    /**
     * The number written from {@code from} to {@code to}, reading a comma before three digits as a
     * group separator and any other as a decimal point; null if there is none, or it is too long to be a figure.
     */
    private java.math.@org.jspecify.annotations.Nullable BigDecimal looseNumber(int from, int to) {
        if (from >= to || to - from > 24 || !Text.isDigit(text[from])) {
            return null;
        }
        String written = new String(text, from, to - from);
        int comma = written.lastIndexOf(',');
        if (comma >= 0 && written.indexOf('.') >= 0) {
            written = written.replace(",", "");   // "1,234.5"
        } else if (comma >= 0) {
            written = written.length() - comma - 1 == 3 ? written.replace(",", "") : written.replace(',', '.');
        }
        try {
            return new java.math.BigDecimal(written);
        } catch (NumberFormatException notOne) {
            return null;   // "1.234.567"
        }
    }

    /**
     * The second end of a range: "600 to 700 visitors", "8万到10万人" (a number, then "to"), or "от
     * 4,2 до 95 млрд", "from 5 to 10" (the "from" of a range before a number).
     */
    boolean isSecondEnd(ParsedFigure parsed) {
        int start = parsed.start();
        if (start >= 3 && start == parsed.numberStart() && Text.isSpace(text[start - 1])) {
            int dash = start - 1;
            while (dash > 0 && Text.isSpace(text[dash])) {
                dash--;
            }
            int number = dash - 1;
            if (isSpacedDash(dash)) {
                while (number > 0 && Text.isSpace(text[number])) {
                    number--;
                }
                if (text[number] == '%' && parsed.kind() == FoundFigure.Kind.PERCENTAGE) {
                    number--;   // "5% - 7%"
                }
                int from = number + 1;
                while (from > 0 && (Text.isDigit(text[from - 1])
                        || (text[from - 1] == ',' || text[from - 1] == '.') && from >= 2 && Text.isDigit(text[from - 2]))) {
                    from--;
                }
                java.math.BigDecimal first = looseNumber(from, number + 1);
                if (first != null && first.compareTo(parsed.digits().abs()) < 0) {
                    return true;   // "5,7 - 5,9 млрд долларов": the magnitude and currency are written once, after the second
                }
            }
        }
        for (int at = start; at < parsed.numberStart(); at++) {
            if ((at == start || !Text.isWordLetter(text[at - 1])) && NumberReader.isWord(text, at, length, "до")
                    && opensRangeOfAmountsBefore(at)) {
                // "от 5 млрд до 7 млрд долларов": the "до" of a range, no "up to" (read from "до", or from
                // the currency before it in "от 5 млрд долларов до 7 млрд")
                return true;
            }
        }
        boolean percentage = parsed.kind() == FoundFigure.Kind.PERCENTAGE;
        if (start > 0 && "-–~～".indexOf(text[start]) >= 0 && (Text.isDigit(text[start - 1]) || text[start - 1] == '%'
                || FigureFinder.isChineseNumeral(text[start - 1]))) {
            return true;   // "5%-6%", "三十~四十家": a dash or tilde after a number links a range; it is no minus or "about"
        }
        int j = start - 1;
        while (j >= 0 && Text.isSpace(text[j])) {
            j--;
        }
        int linkEnd = j + 1;
        while (j >= 0 && (Text.isWordLetter(text[j]) || text[j] == '至' || text[j] == '到')) {
            j--;
        }
        boolean between = isWord(j + 1, linkEnd, Text.AND) && opensBetween(j);
        if (between || Text.isOneOf(text, j + 1, linkEnd, Text.RANGE_LINKS)) {
            int k = j;
            while (k >= 0 && Text.isSpace(text[k])) {
                k--;
            }
            k = beforeMagnitude(k);   // "1 billion to 2 billion dollars": the first end's magnitude is its own
            int numberStart = numberStartBefore(k >= 0 && text[k] == '%' ? k - 1 : k);
            if (k >= 0 && text[k] == '%') {
                // "5% to 7%"; after "rose 5% to", "7 billion yuan" is the level reached; "rose from 5% to 7%" states two
                return percentage && !isLevelLeft(numberStart);
            }
            int digits = k;
            while (digits >= 0 && Text.isDigit(text[digits])) {
                digits--;
            }
            boolean year = k - digits == 4 && "12".indexOf(text[digits + 1]) >= 0
                    && (digits < 0 || !Text.isDigit(text[digits]) && text[digits] != ',' && text[digits] != '.')
                    && !isPlainFourDigits(parsed.numberStart());
            boolean named = digits >= 0 && Text.isDigit(text[k]) && Text.isWordLetter(text[digits]) && !Text.isHan(text[digits]);
            if (k >= 0 && (Text.isDigit(text[k]) && !year && !named || "十百千万亿".indexOf(text[k]) >= 0) && !isLevelLeft(numberStart)) {
                // ("in July of FY24 to $729.03 million": a number joined to letters is a name, no first end)
                return true;   // "600 to 700 visitors", "1500 to 3000 visitors", "8万到10万人";
                               // not "grew 64.7 percent in 2018 to 122 billion yuan", "с $1,5 до $4,5 миллиона"
            }
        }
        j = linkEnd - 1;
        if (j >= 0 && text[j] == '%' && percentage) {
            do {
                j--;
            } while (j >= 0 && Text.isSpace(text[j]));   // "от 5,5% до 7,5%": the figure is read from its "до"
        }
        if (j < 0 || !Text.isDigit(text[j])) {
            return false;
        }
        int numberEnd = j;
        j = numberStartBefore(j) - 1;
        if (numberEnd - j == 4 && "12".indexOf(text[j + 1]) >= 0) {
            return false;   // "from 2019 over 300 firms": a year after "from" opens no range
        }
        int firstStart = j + 1;
        while (j >= 0 && Text.isSpace(text[j])) {
            j--;
        }
        int wordEnd = j + 1;
        while (j >= 0 && Text.isWordLetter(text[j])) {
            j--;
        }
        // "с $1,5 до $4,5 миллиона", "rose from 5 to 7 billion": two levels, not a range
        return Text.isOneOf(text, j + 1, wordEnd, RANGE_OPENERS) && !isLevelLeft(firstStart);
    }

    /**
     * "around 600 to 700 Kuwaitis", "8万至10万": a figure followed by "to" and a number. Not for a
     * change: "grew 3.7 percent to 11.46 trillion yuan" states the level reached.
     */
    boolean isFirstEnd(ParsedFigure parsed) {
        FoundFigure.Kind kind = parsed.kind();
        if (isLevelLeft(parsed.start())) {
            return false;   // "с 5 до 7%", "rose from $5 billion to $7 billion": a level left for another
        }
        if (isFirstOfSpacedDash(parsed)) {
            return true;
        }
        int j = parsed.end();
        while (j < length && Text.isSpace(text[j])) {
            j++;
        }
        int word = j;
        while (j < length && (Text.isWordLetter(text[j]) || text[j] == '至' || text[j] == '到')) {
            j++;
        }
        if (kind == FoundFigure.Kind.AMOUNT || kind == FoundFigure.Kind.QUANTITY) {
            // "на 42,1% до 17,3 млрд юаней": what follows is the level, not the range's other end. But in
            // "от $3 до $5 млрд" each end has its currency sign and the magnitude follows the second, which
            // isSecondEndOfRange leaves out; with words after the first ("from $5 billion to $7 billion"),
            // both are found and FigureFinder leaves out the pair.
            // "от 5 млрд долларов до 7 млрд долларов": the second end takes "до" as its "up to", so no pair is seen
            boolean upTo = NumberReader.isWord(text, word, length, "до");
            return kind == FoundFigure.Kind.AMOUNT && (Text.isDigit(text[parsed.end() - 1]) || upTo)
                    && Text.isWordBefore(text, parsed.start(), RANGE_OPENERS_OF_AMOUNTS) && !isLevelLeft(parsed.start())
                    && Text.isOneOf(text, word, j, Text.RANGE_LINKS);
        }
        if (!Text.isOneOf(text, word, j, Text.RANGE_LINKS)
                && !(isWord(word, j, Text.AND) && opensBetween(parsed.start() - 1))) {
            return false;
        }
        while (j < length && Text.isSpace(text[j])) {
            j++;
        }
        if (j >= length || !Text.isDigit(text[j])) {
            return false;
        }
        if (kind != FoundFigure.Kind.PERCENTAGE) {
            return true;
        }
        while (j < length && (Text.isDigit(text[j]) || text[j] == ',' || text[j] == '.')) {
            j++;
        }
        while (j < length && Text.isSpace(text[j])) {
            j++;
        }
        return j < length && text[j] == '%';   // "5% to 7%"; "5% to $3 billion" is not a range
    }

    /**
     * Where the number before a magnitude word ending at {@code last} ends ("1 billion", "5 млрд"), or
     * {@code last} if no magnitude word ends there or no number stands before it.
     */
    private int beforeMagnitude(int last) {
        int start = last;
        while (start >= 0 && (Text.isWordLetter(text[start]) || text[start] == '.')) {
            start--;
        }
        if (start == last || start < 1 || !Text.isSpace(text[start])) {
            return last;
        }
        for (Lexicon lexicon : new Lexicon[] {Lexicon.ENGLISH, Lexicon.RUSSIAN}) {
            long magnitude = lexicon.magnitudes.longest(text, start + 1, last + 1);
            if (magnitude != PhraseTrie.NONE && PhraseTrie.end(magnitude) == last + 1) {
                int number = start;
                while (number >= 0 && Text.isSpace(text[number])) {
                    number--;
                }
                // "grew 3 billion to 5 billion dollars", "на 1,5 млрд до": a change, then the level reached
                // "$122 billion to $131 billion", "$1 million to 200 firms": a first end with its currency is a figure
                // of its own, which FigureFinder pairs with the second or not
                return number >= 0 && Text.isDigit(text[number]) && !isChangeBefore(numberStartBefore(number))
                        && !isCurrencyBefore(numberStartBefore(number)) ? number : last;
            }
        }
        return last;
    }

    /** Whether the word before a number states a change ("grew", "decreased") or links one ("by", "на"). */
    private boolean isChangeBefore(int number) {
        int end = number;
        while (end > 0 && Text.isSpace(text[end - 1])) {
            end--;
        }
        int start = end;
        while (start > 0 && Text.isWordLetter(text[start - 1])) {
            start--;
        }
        if (start == end) {
            return false;
        }
        if (Text.isOneOf(text, start, end, CHANGE_LINKS)) {
            return true;
        }
        Lexicon lexicon = text[start] < 'z' ? Lexicon.ENGLISH : Lexicon.RUSSIAN;
        return lexicon.directions.longest(text, start, end) != PhraseTrie.NONE;
    }

    private static final String[] CHANGE_LINKS = {"by", "на"};

    /** Currency words written before a number that are not ISO codes ("RMB", the "US" of "US 5 billion dollars"). */
    private static final String[] CURRENCY_PREFIXES = {"rmb", "us"};

    /** Whether a currency sign or code stands just before a number: "$122", "US$ 5", "RMB 13.6". */
    private boolean isCurrencyBefore(int number) {
        if (Character.getType(text[number]) == Character.CURRENCY_SYMBOL) {
            return true;   // numberStartBefore takes in "$"
        }
        int j = number - 1;
        while (j >= 0 && Text.isSpace(text[j])) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        if (!Text.isWordLetter(text[j])) {
            return Character.getType(text[j]) == Character.CURRENCY_SYMBOL;
        }
        int end = j + 1;
        while (j >= 0 && Text.isWordLetter(text[j])) {
            j--;
        }
        return CurrencyWords.isIsoCode(text, j + 1, end, original) || Text.isOneOf(text, j + 1, end, CURRENCY_PREFIXES);
    }

    /**
     * Whether an amount opened by "от" or "from" ends just before {@code at}, its number followed by at
     * most three words (a magnitude, a currency): "от 5 млрд до", "от 5 млрд долларов до".
     */
    private boolean opensRangeOfAmountsBefore(int at) {
        int j = at - 1;
        for (int words = 0; words <= 3; words++) {
            while (j >= 0 && Text.isSpace(text[j])) {
                j--;
            }
            if (j < 0 || Text.isDigit(text[j])) {
                break;
            }
            int end = j;
            while (j >= 0 && (Text.isWordLetter(text[j]) || text[j] == '.' || "$€£¥".indexOf(text[j]) >= 0)) {
                j--;
            }
            if (j == end || words == 3) {
                return false;
            }
        }
        if (j < 0) {
            return false;
        }
        int first = numberStartBefore(j);
        return Text.isWordBefore(text, first, RANGE_OPENERS_OF_AMOUNTS) && !isLevelLeft(first);
    }

    /** Whether "between" ("между") is the word before the number that ends at or before {@code at}: "between 30 and 40". */
    private boolean opensBetween(int at) {
        int j = at;
        while (j >= 0 && Text.isSpace(text[j])) {
            j--;
        }
        if (j >= 0 && text[j] == '%') {
            j--;
        }
        while (j >= 0 && (Text.isDigit(text[j]) || text[j] == ',' || text[j] == '.')) {
            j--;
        }
        return Text.isWordBefore(text, j + 1, Text.RANGE_BETWEEN);
    }

    /** Whether four digits with no separator start here, as a year is written: "1500 to 3000" is a range of two. */
    private boolean isPlainFourDigits(int at) {
        int end = at;
        while (end < length && Text.isDigit(text[end])) {
            end++;
        }
        return end - at == 4 && (end == length || text[end] != ',' && text[end] != '.');
    }

    /**
     * Whether the figure starting here is a level left for another: "с 872 тыс. тонн до 1 232 тыс.
     * тонн", "rose from $5 billion to $7 billion" state two levels, not a range.
     */
    boolean isLevelLeft(int start) {
        if (Text.isWordBefore(text, start, FROM)) {
            // "вырос с 5 до 7%" moves from one level to another; "компании с 50 до 250 сотрудников" is a band
            return isRussianChangeWordBefore(start);
        }
        int j = start;
        while (j > 0 && Text.isSpace(text[j - 1])) {
            j--;
        }
        if (j < 5 || !NumberReader.isWord(text, j - 4, length, "from") || Text.isWordLetter(text[j - 5])) {
            return false;
        }
        j -= 5;
        while (j > 0 && Text.isSpace(text[j - 1])) {
            j--;
        }
        int word = j;
        while (word > 0 && Text.isWordLetter(text[word - 1])) {
            word--;
        }
        return word < j && PhraseTrie.end(Lexicon.ENGLISH.directions.longest(text, word, length)) == j;
    }

    /**
     * Where the number ending at {@code last} starts: back over digits, separators, "$" and the
     * groups of three a space sets apart ("1 232" of "с 1 232 до 1 500 тонн"), at most 40 characters.
     */
    private int numberStartBefore(int last) {
        int start = last;
        while (start > Math.max(0, last - 40)) {
            char c = text[start - 1];
            if (Text.isDigit(c) || c == ',' || c == '.' || c == '$') {
                start--;
            } else if (c == ' ' && start >= 2 && Text.isDigit(text[start - 2]) && Text.isGroupOfThree(text, start)) {
                start--;
            } else {
                break;
            }
        }
        return start;
    }

    /**
     * Whether a Russian word of change ("выросло", "в 2,2 раза") or a percentage ("на 41% (с 872 тыс.
     * тонн до") stands among the twelve words before {@code at}, in its sentence.
     */
    private boolean isRussianChangeWordBefore(int at) {
        int words = 0;
        for (int j = at - 1; j >= Math.max(0, at - 300) && words < 12; j--) {
            if (Text.endsSentenceAt(text, original, j)) {
                return false;
            }
            if (text[j] == '%') {
                return true;
            }
            if (Text.isWordLetter(text[j]) && (j == 0 || !Text.isWordLetter(text[j - 1]))) {
                words++;
                if (Lexicon.RUSSIAN.directions.longest(text, j, length) != PhraseTrie.NONE
                        || Lexicon.RUSSIAN.levelReached.longest(text, j, length) != PhraseTrie.NONE) {
                    return true;   // "выросло", "в 2,2 раза"
                }
            }
        }
        return false;
    }

    private boolean isWord(int from, int to, String[] words) {
        return from < to && Text.isOneOf(text, from, to, words);
    }
}
