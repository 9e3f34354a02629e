package io.github.tradecoop.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The phrases of one lexicon category, for longest-match look-up at a position in folded
 * text (see {@link Text}) without building strings: one step per character, so matching
 * costs the length of the match, however many phrases the category has.
 *
 * <p>A space in a phrase matches any run of {@linkplain Text#isSpace spaces}, or a hyphen
 * between letters ("US-dollar"). A phrase that
 * ends in a letter of a spaced script (Latin, Cyrillic) matches only where no such letter
 * follows, so "bn" is not found in "bnb"; Chinese phrases need no boundary.
 *
 * @param <T> what a phrase means
 */
final class PhraseTrie<T> {

    /** No phrase matched. */
    static final long NONE = -1;

    private static final class Node {
        private char[] keys = new char[0];
        private Node[] next = new Node[0];
        private int value = -1;

        @Nullable Node child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at < 0 ? null : next[at];
        }

        Node childOrNew(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return next[at];
            }
            int insert = -at - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[next.length + 1];
            System.arraycopy(keys, 0, k, 0, insert);
            System.arraycopy(next, 0, n, 0, insert);
            k[insert] = c;
            n[insert] = new Node();
            System.arraycopy(keys, insert, k, insert + 1, keys.length - insert);
            System.arraycopy(next, insert, n, insert + 1, next.length - insert);
            keys = k;
            next = n;
            return n[insert];
        }
    }

    private final Node root = new Node();
    /** The first characters of the phrases, as bits: most positions of a text begin none, and are refused at once. */
    private final long[] firstChars = new long[1024];
    private final List<T> values = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    private int maxLength;

    /**
     * Adds a phrase, already folded. A phrase with a different meaning than an earlier equal
     * phrase is an error in the lexicon.
     */
    void add(String phrase, T value) {
        if (!phrase.isEmpty()) {
            char first = Text.isSpace(phrase.charAt(0)) ? ' ' : phrase.charAt(0);
            firstChars[first >>> 6] |= 1L << first;
        }
        Node node = root;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Text.isSpace(c)) {
                while (i + 1 < phrase.length() && Text.isSpace(phrase.charAt(i + 1))) {
                    i++;
                }
                c = ' ';
            }
            node = node.childOrNew(c);
        }
        if (node.value >= 0) {
            if (!values.get(node.value).equals(value)) {
                throw new IllegalStateException("lexicon phrase \"" + phrase + "\" means both " + values.get(node.value)
                        + " and " + value);
            }
            return;
        }
        node.value = values.size();
        values.add(value);
        phrases.add(phrase);
        maxLength = Math.max(maxLength, phrase.length());
    }

    /** The length of the longest phrase added: how far back a phrase covering a position can start. */
    int maxLength() {
        return maxLength;
    }

    /**
     * Finds the longest phrase starting at {@code from} and ending by {@code limit}.
     *
     * @return {@link #NONE}, or the match packed as end (exclusive) and meaning: read with
     *         {@link #end(long)} and {@link #value(long)}
     */
    long longest(char[] text, int from, int limit) {
        if (from >= limit) {
            return NONE;
        }
        char first = Text.isSpace(text[from]) ? ' ' : text[from];
        if ((firstChars[first >>> 6] & 1L << first) == 0) {
            return NONE;
        }
        Node node = root;
        int i = from;
        long best = NONE;
        while (true) {
            if (node.value >= 0 && i > from && atBoundary(text, i, limit)) {
                best = (long) i << 32 | node.value;
            }
            if (i >= limit) {
                return best;
            }
            char c = text[i];
            if (Text.isSpace(c)) {
                node = node.child(' ');
                if (node == null) {
                    return best;
                }
                while (i < limit && Text.isSpace(text[i])) {
                    i++;
                }
            } else if (c == '-' && node.child('-') == null && node.child(' ') != null && i > from
                    && Text.isWordLetter(text[i - 1]) && i + 1 < limit && Text.isWordLetter(text[i + 1])) {
                node = node.child(' ');  // "US-dollar", "sq-m": a hyphen joins the words of a phrase
                i++;
            } else {
                node = node.child(c);
                if (node == null) {
                    return best;
                }
                i++;
            }
        }
    }

    private static boolean atBoundary(char[] text, int end, int limit) {
        return end >= limit || !(Text.isWordLetter(text[end - 1]) && Text.isWordLetter(text[end]));
    }

    /** Where a match ends. */
    static int end(long match) {
        return (int) (match >>> 32);
    }

    /** What a match means. */
    T value(long match) {
        return values.get((int) match);
    }

    /** The phrase a match found, as in the lexicon. */
    String phrase(long match) {
        return phrases.get((int) match);
    }
}
