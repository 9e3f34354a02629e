package io.github.tradecoop.format;

/**
 * Character rules shared by the parser, the lexicons and the finder. Text is read in a
 * folded copy of the same length, so every index into the copy is an index into the input.
 */
final class Text {

    private Text() {
    }

    /**
     * Traditional characters of the Chinese lexicon and numerals, each followed by its simplified
     * form: Hong Kong and Taiwan reports write "164.42億元", "3000餘家企業", "近41萬名".
     */
    private static final String TRADITIONAL_SIMPLIFIED = "萬万億亿兩两個个箇个與与為为爲为舉举於于畝亩親亲從从會会餘余馀余淨净"
            + "減减幾几製制辦办動动區区單单佔占盧卢參参隻只臺台檯台噸吨週周團团國国場场塊块頭头實实對对將将屆届幣币並并"
            + "併并張张總总戶户擴扩數数時时顯显條条來来標标歐欧漲涨滿满點点環环現现蓋盖種种穩稳筆笔簽签簡简類类約约紀纪"
            + "線线組组緩缓縮缩節节觀观規规計计訂订許许談谈趕赶輪轮較较輛辆達达過过還还進进違违鄰邻裡里裏里鐘钟鍾钟銳锐"
            + "鎊镑長长間间韓韩項项預预額额駐驻驟骤連连續续陸陆繼继後后別别點点"
            + "頃顷準准負负壓压門门採采購购雙双貿贸經经買买賣卖產产業业廠厂發发議议際际務务專专眾众資资貨货灣湾"
            + "匯汇雲云齊齐";
    /** The simplified form of each Han character from U+3400 to U+9FFF that {@link #fold} changes, else 0. */
    private static final char[] SIMPLIFIED = new char['\u9FFF' - '\u3400' + 1];

    static {
        for (int i = 0; i < TRADITIONAL_SIMPLIFIED.length(); i += 2) {
            SIMPLIFIED[TRADITIONAL_SIMPLIFIED.charAt(i) - '\u3400'] = TRADITIONAL_SIMPLIFIED.charAt(i + 1);
        }
    }

    /**
     * Folds text for matching: full-width forms to ASCII ("１２３，５％" → "123,5%"),
     * the ideographic space to a space, the minus sign to a hyphen, letters to lower case, and
     * traditional Chinese characters of figures to simplified ("億" → "亿", "餘" → "余").
     * One char in, one char out.
     */
    static char[] fold(CharSequence text) {
        int length = text.length();
        char[] folded = new char[length];
        if (text instanceof String string) {
            string.getChars(0, length, folded, 0);
        } else {
            for (int i = 0; i < length; i++) {
                folded[i] = text.charAt(i);
            }
        }
        for (int i = 0; i < length; i++) {
            char c = folded[i];
            if (c >= 'A' && (c <= 'Z' || c >= 0x80)) {
                folded[i] = fold(c);
            }
        }
        return folded;
    }

    static String fold(String text) {
        return new String(fold((CharSequence) text));
    }

    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= '\u3400' && c <= '\u9FFF') {
            char simplified = SIMPLIFIED[c - '\u3400'];   // Han: no case, the most frequent non-ASCII characters
            return simplified == 0 ? c : simplified;
        }
        if (c >= '\u0410' && c <= '\u042F') {
            return (char) (c + 32);   // Cyrillic capitals
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            return ' ';
        } else if (c == '\u25CB') {
            return '〇';   // "相差○點九億美元": Taiwan's press writes zero as a white circle
        } else if (c == '\u2212' || c == '\u2013') {
            return '-';
        }
        return Character.toLowerCase(c);
    }

    /** Spaces that may stand between words and digit groups, line breaks included. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007' || c == '\t'
                || c == '\n' || c == '\r';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@link #isWordLetter} of every char, looked up: the finder asks it of most characters it passes. */
    private static final boolean[] WORD_LETTER = new boolean[65536];

    static {
        for (int c = 0; c < WORD_LETTER.length; c++) {
            WORD_LETTER[c] = computeIsWordLetter((char) c);
        }
    }

    /** A letter of a script that separates words with spaces (not Han, not kana). */
    static boolean isWordLetter(char c) {
        return WORD_LETTER[c];
    }

    private static boolean computeIsWordLetter(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        if (c >= '\u0400' && c <= '\u04FF') {
            return Character.isLetter(c);   // Cyrillic
        }
        if (c >= '\u3000' && c <= '\u9FFF') {
            return false;   // CJK punctuation, kana, Han
        }
        return Character.isLetter(c) && !isHan(c);
    }

    static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF';
    }

    /** The words that join the two ends of a range: "600 to 700", "от 4,2 до 95", "8万至10万". */
    static final String[] RANGE_LINKS = {"to", "до", "至", "到"};
    /** "And" in the spaced scripts: the link of a range opened by {@link #RANGE_BETWEEN} ("between 30 and 40",
     *  "между 5% и 7%") and of the items of a list ("3.57 trillion and 3.14 trillion yuan"). */
    static final String[] AND = {"and", "и"};
    /** What stands between the items of a list: "、", ",", "and", "和", "и". */
    static final String[] LIST_SEPARATORS = {"、", ",", "and", ", and", "和", "及", "и", ", и"};
    /** "Or" between two statements of one change: "decreased by US$3.4 billion or 7.4 percent". */
    static final String[] OR = {"or", ", or", "или", ", или", "或"};
    static final String[] RANGE_BETWEEN = {"between", "между"};

    /** Whether {@code text[from, to)}, spaces around it aside, is one of {@code words}; allocates nothing. */
    static boolean isOneOf(char[] text, int from, int to, String[] words) {
        while (from < to && isSpace(text[from])) {
            from++;
        }
        while (to > from && isSpace(text[to - 1])) {
            to--;
        }
        for (String word : words) {
            if (word.length() == to - from && matches(text, from, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Russian verb by its ending, words of four letters or more: past ("-л", "-ла", "-ло", "-ли"),
     * reflexive ("-ся", "-сь") and, with {@code present}, present third person ("-ет", "-ит", "-ют",
     * "-ят"), which nouns share ("валют", "бюджет").
     */
    static boolean isRussianVerb(char[] text, int start, int end, boolean present) {
        if (end - start < 4) {
            return false;
        }
        char last = text[end - 1];
        char before = text[end - 2];
        return last == 'л' || before == 'л' && (last == 'и' || last == 'а' || last == 'о')
                || present && (before == 'ю' || before == 'я' || before == 'е' || before == 'и') && last == 'т'
                || before == 'с' && (last == 'я' || last == 'ь');
    }

    /**
     * Whether the character at {@code j} ends a sentence: ";", "!", "?", a line break, a full stop
     * that is no decimal point ("11.2") and no abbreviation's: a letter right after it ("U.S.") or a
     * lower-case word after it ("тыс. тонн", "U.S. exports"). Text is folded, so capitals are told apart in {@code original}.
     */
    static boolean endsSentenceAt(char[] text, CharSequence original, int j) {
        char c = text[j];
        if (c != '.') {
            return ";!?。；！？\n".indexOf(c) >= 0;
        }
        if (j > 0 && isDigit(text[j - 1]) && j + 1 < text.length && isDigit(text[j + 1])) {
            return false;
        }
        int next = j + 1;
        while (next < text.length && text[next] == ' ') {
            next++;
        }
        if (next == j + 1 && next < text.length && isWordLetter(text[next])) {
            return false;   // "U.S.", "e.g."
        }
        return next == text.length || !isWordLetter(text[next]) || Character.isUpperCase(original.charAt(next))
                || isHan(text[next]);
    }

    /** Whether three digits and no fourth start at {@code at}: the group after the space of "1 500". */
    static boolean isGroupOfThree(char[] text, int at) {
        return at + 3 <= text.length && isDigit(text[at]) && isDigit(text[at + 1]) && isDigit(text[at + 2])
                && (at + 3 == text.length || !isDigit(text[at + 3]));
    }

    /** Whether one of {@code words} is the word just before {@code at}, spaces between: "the" of "the two countries". */
    static boolean isWordBefore(char[] text, int at, String[] words) {
        int end = at;
        while (end > 0 && isSpace(text[end - 1])) {
            end--;
        }
        int begin = end;
        while (begin > 0 && isWordLetter(text[begin - 1])) {
            begin--;
        }
        return begin < end && isOneOf(text, begin, end, words);
    }

    /** Whether {@code word} stands at {@code text[at]}; the caller has checked that it fits. */
    static boolean matches(char[] text, int at, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (text[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
