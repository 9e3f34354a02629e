package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The phrase look-up every lexicon category is built on. The lexicons are built once, when
 * {@link Lexicon} is loaded, so these tests build their own tries: what a lexicon relies on
 * (longest match, spaces and hyphens, word boundaries, one meaning per phrase) is checked here
 * on small tries of fair-report words.
 */
class PhraseTrieTest {

    private static <T> T valueAt(PhraseTrie<T> trie, String text, int from) {
        char[] folded = Text.fold((CharSequence) text);
        long match = trie.longest(folded, from, folded.length);
        assertNotEquals(PhraseTrie.NONE, match, "no phrase at " + from + " in \"" + text + "\"");
        return trie.value(match);
    }

    private static long match(PhraseTrie<?> trie, String text) {
        char[] folded = Text.fold((CharSequence) text);
        return trie.longest(folded, 0, folded.length);
    }

    private static String found(PhraseTrie<?> trie, String text) {
        long match = match(trie, text);
        return match == PhraseTrie.NONE ? null : text.substring(0, PhraseTrie.end(match));
    }

    @Test
    void theOnlyPhraseOfATrieIsFound() {
        // the first phrase added has meaning index 0: it must be found like any other
        PhraseTrie<Integer> magnitudes = new PhraseTrie<>();
        magnitudes.add("billion", 9);
        assertEquals("billion", found(magnitudes, "billion yuan"));
        assertEquals(9, valueAt(magnitudes, "billion yuan", 0));
        assertEquals("billion", magnitudes.phrase(match(magnitudes, "billion")));
    }

    @Test
    void theLongestPhraseWinsWhateverTheOrderOfAdding() {
        PhraseTrie<String> currencies = new PhraseTrie<>();
        currencies.add("元人民币", "CNY after");
        currencies.add("元", "yuan");
        currencies.add("亿元人民币", "hundred million CNY");
        assertEquals("元人民币", found(currencies, "元人民币，同比增长"));
        assertEquals("CNY after", valueAt(currencies, "元人民币，同比增长", 0));
        assertEquals("yuan", valueAt(currencies, "元，同比增长", 0));
        assertEquals("hundred million CNY", valueAt(currencies, "亿元人民币", 0));
    }

    @Test
    void phrasesAddedInAnyOrderAreAllFound() {
        // keys of a node are kept sorted: adding before, between and after existing keys must keep every phrase
        List<String> words = List.of("mln", "bln", "tn", "k", "m", "b", "bn", "mn", "thousand", "million", "billion",
                "trillion", "млн", "млрд", "трлн", "тыс", "万", "亿", "万亿", "千万", "百万");
        PhraseTrie<String> trie = new PhraseTrie<>();
        for (String word : words) {
            trie.add(word, word.toUpperCase());
        }
        for (String word : words) {
            assertEquals(word.toUpperCase(), valueAt(trie, word + " ", 0), word);
            assertEquals(word, trie.phrase(match(trie, word + " ")));
        }
        assertEquals(PhraseTrie.NONE, match(trie, "bb"));
        assertEquals(PhraseTrie.NONE, match(trie, "z"));
    }

    @Test
    void everyAddedPhraseIsFoundWithItsOwnMeaning() {
        qt().withExamples(200).forAll(lists().of(strings().betweenCodePoints('a', 'e').ofLengthBetween(1, 4)).ofSizeBetween(1, 12))
                .checkAssert(phrases -> {
                    PhraseTrie<String> trie = new PhraseTrie<>();
                    Map<String, String> meanings = new LinkedHashMap<>();
                    for (String phrase : phrases) {
                        trie.add(phrase, "#" + phrase);
                        meanings.put(phrase, "#" + phrase);
                    }
                    for (Map.Entry<String, String> entry : meanings.entrySet()) {
                        long match = match(trie, entry.getKey());
                        assertEquals(entry.getKey().length(), PhraseTrie.end(match), entry.getKey());
                        assertEquals(entry.getValue(), trie.value(match));
                    }
                });
    }

    @Test
    void aSpaceInAPhraseMatchesAnyRunOfSpaces() {
        PhraseTrie<String> units = new PhraseTrie<>();
        units.add("square metres", "SQUARE_METRE");
        assertEquals("square metres", found(units, "square metres of space"));
        assertEquals("square \u00A0 metres", found(units, "square \u00A0 metres of space"));
        assertEquals("square\u202Fmetres", found(units, "square\u202Fmetres"));
    }

    @Test
    void aRunOfSpacesInAPhraseIsOneSpace() {
        // a lexicon line written with two spaces or a no-break space still matches text with one space
        PhraseTrie<String> units = new PhraseTrie<>();
        units.add("кв.  м", "SQUARE_METRE");
        units.add("square\u00A0meters", "SQUARE_METRE");
        assertEquals("кв. м", found(units, "кв. м"));
        assertEquals("square meters", found(units, "square meters"));
    }

    @Test
    void aPhraseEndingInASpaceNeedsASpaceAfterItsWord() {
        PhraseTrie<String> markers = new PhraseTrie<>();
        markers.add("rmb ", "RMB then a space");
        assertEquals("rmb ", found(markers, "rmb 13.6 billion"));
        assertEquals(null, found(markers, "rmb13.6 billion"));
    }

    @Test
    void aHyphenBetweenLettersJoinsTheWordsOfAPhrase() {
        PhraseTrie<String> currencies = new PhraseTrie<>();
        currencies.add("us dollars", "USD");
        assertEquals("US-dollars", found(currencies, "US-dollars"));
        assertEquals("US dollars", found(currencies, "US dollars"));
    }

    @Test
    void aHyphenAtTheEndOfTheTextJoinsNothing() {
        PhraseTrie<String> currencies = new PhraseTrie<>();
        currencies.add("us dollars", "USD");
        currencies.add("us", "USD short");
        // "us-" at the end of a line: the phrase "us" ends before the hyphen, nothing follows it
        assertEquals("us", found(currencies, "us-"));
        PhraseTrie<String> longOnly = new PhraseTrie<>();
        longOnly.add("us dollars", "USD");
        assertEquals(null, found(longOnly, "us-"));
    }

    @Test
    void aHyphenBeforeADigitIsNotAJoin() {
        PhraseTrie<String> names = new PhraseTrie<>();
        names.add("covid 19", "name");
        assertEquals("covid 19", found(names, "covid 19"));
        assertEquals(null, found(names, "covid-19"));
    }

    @Test
    void anEmptyPhraseMatchesNothing() {
        // a match is never empty: a look-up that reads no character finds no phrase
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.add("", "nothing");
        assertEquals(PhraseTrie.NONE, match(trie, "rmb"));
        assertEquals(PhraseTrie.NONE, match(trie, ""));
    }

    @Test
    void aHyphenAfterADigitIsNotAJoin() {
        PhraseTrie<String> units = new PhraseTrie<>();
        units.add("5 g", "network");
        assertEquals(null, found(units, "5-g"));
    }

    @Test
    void aPhraseEndingInALetterDoesNotMatchInsideALongerWord() {
        PhraseTrie<Integer> magnitudes = new PhraseTrie<>();
        magnitudes.add("bn", 9);
        assertEquals(null, found(magnitudes, "bnb"));
        assertEquals("bn", found(magnitudes, "bn,"));
        assertEquals("bn", found(magnitudes, "bn"));
        PhraseTrie<Integer> chinese = new PhraseTrie<>();
        chinese.add("亿", 8);
        // Chinese is written without spaces: no boundary is needed
        assertEquals("亿", found(chinese, "亿元"));
    }

    @Test
    void lookUpStopsAtTheLimit() {
        PhraseTrie<Integer> magnitudes = new PhraseTrie<>();
        magnitudes.add("million", 6);
        magnitudes.add("mil", 3);
        char[] text = Text.fold((CharSequence) "million");
        // only "mil" lies before the limit, and nothing after the limit may extend it
        assertEquals(3, PhraseTrie.end(magnitudes.longest(text, 0, 3)));
        assertEquals(PhraseTrie.NONE, magnitudes.longest(text, 0, 2));
        assertEquals(PhraseTrie.NONE, magnitudes.longest(text, 3, 3));
    }

    @Test
    void aPhraseFoundAfterTheStartEndsWhereItsLastCharacterDoes() {
        PhraseTrie<String> classifiers = new PhraseTrie<>();
        classifiers.add("家", "enterprises");
        char[] text = Text.fold((CharSequence) "共1653家企业");
        assertEquals(6, PhraseTrie.end(classifiers.longest(text, 5, text.length)));
        assertEquals(PhraseTrie.NONE, classifiers.longest(text, 4, text.length));
    }

    @Test
    void thePhraseIsReturnedAsAddedWithItsSpaces() {
        PhraseTrie<String> totals = new PhraseTrie<>();
        totals.add("a total of", "");
        long match = match(totals, "a   total of 55 projects");
        assertEquals("a total of", totals.phrase(match));
        assertEquals("a   total of".length(), PhraseTrie.end(match));
    }

    @Test
    void addingAPhraseAgainWithTheSameMeaningIsAllowed() {
        PhraseTrie<String> qualifiers = new PhraseTrie<>();
        qualifiers.add("more than", "MORE_THAN");
        qualifiers.add("over", "MORE_THAN");
        assertDoesNotThrow(() -> qualifiers.add("more than", "MORE_THAN"));
        assertDoesNotThrow(() -> qualifiers.add("over", "MORE_THAN"));
        assertEquals("MORE_THAN", valueAt(qualifiers, "more than 100", 0));
    }

    @Test
    void aPhraseWithTwoMeaningsIsALexiconError() {
        PhraseTrie<String> qualifiers = new PhraseTrie<>();
        qualifiers.add("over", "MORE_THAN");
        qualifiers.add("under", "LESS_THAN");
        IllegalStateException first = assertThrows(IllegalStateException.class, () -> qualifiers.add("over", "ABOUT"));
        assertEquals("lexicon phrase \"over\" means both MORE_THAN and ABOUT", first.getMessage());
        assertThrows(IllegalStateException.class, () -> qualifiers.add("under", "UP_TO"));
        assertEquals("MORE_THAN", valueAt(qualifiers, "over 100", 0));
    }
}
