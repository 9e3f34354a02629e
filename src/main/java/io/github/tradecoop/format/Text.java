package io.github.tradecoop.format;

/**
 * Character rules shared by the parser, the lexicons and the finder. Text is read in a
 * folded copy of the same length, so every index into the copy is an index into the input.
 */
final class Text {

    private Text() {
    }

    /**
     * Folds text for matching: full-width forms to ASCII ("１２３，５％" → "123,5%"),
     * the ideographic space to a space, the minus sign to a hyphen, and letters to lower case.
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
            return c;   // Han: no case, the most frequent non-ASCII characters of Chinese text
        }
        if (c >= '\u0410' && c <= '\u042F') {
            return (char) (c + 32);   // Cyrillic capitals
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            return ' ';
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

    /** A letter of a script that separates words with spaces (not Han, not kana). */
    static boolean isWordLetter(char c) {
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
