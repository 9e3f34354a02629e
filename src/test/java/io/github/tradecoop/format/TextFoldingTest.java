package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How input text is folded before it is read (full-width forms, case, spaces and minus signs),
 * and which characters count as letters of words and as Han: the rules every reader shares.
 */
class TextFoldingTest {

    private static final FigureFormat EN = FigureFormat.english();
    private static final FigureFormat ZH = FigureFormat.chinese();
    private static final FigureFormat RU = FigureFormat.russian();

    @Test
    void fullWidthDigitsAndPunctuationReadAsAscii() {
        assertEquals(Count.exactly(123), EN.parseCount("１２３"));
        assertEquals(EN.parsePercentage("12.4%"), EN.parsePercentage("１２．４％"));
        assertEquals(ZH.parseAmount("人民币136亿元"), ZH.parseAmount("人民币１３６亿元"));
    }

    @Test
    void theWholeFullWidthBlockFoldsToAscii() {
        // U+FF01 (！) to U+FF5E (～) are the full-width forms of '!' to '~'
        assertEquals("!", Text.fold("！"));
        assertEquals("~", Text.fold("～"));
        assertEquals("rmb 136", Text.fold("ＲＭＢ　１３６"));
        // just outside the block: the white parentheses and the reserved U+FF00 stay as they are
        assertEquals("\uFF5F", Text.fold("\uFF5F"));
        assertEquals("\uFF00", Text.fold("\uFF00"));
    }

    @Test
    void aFullWidthTildeSaysAboutAsTheTildeDoes() {
        Count about = EN.parseCount("～100");
        assertEquals(EN.parseCount("~100"), about);
        assertEquals(Qualifier.ABOUT, about.figure().qualifier());
    }

    @Test
    void capitalsOfLatinAndCyrillicFoldToLowerCase() {
        assertEquals("az", Text.fold("AZ"));
        assertEquals("rmb 13.6 billion", Text.fold("RMB 13.6 BILLION"));
        assertEquals("более 100 компаний", Text.fold("БОЛЕЕ 100 КОМПАНИЙ"));
        assertEquals("ё а я", Text.fold("Ё А Я"));
        // the neighbours of 'A' and 'Z' are not letters and stay as they are
        assertEquals("@[`{", Text.fold("@[`{"));
        assertEquals(Count.exactly(13), EN.parseCount("THIRTEEN"));
        assertEquals(RU.parseCount("более 100 компаний"), RU.parseCount("БОЛЕЕ 100 КОМПАНИЙ"));
    }

    @Test
    void hanCharactersAreLeftAsWritten() {
        assertEquals("㐀一个企业鿿", Text.fold("㐀一个企业\u9FFF"));
    }

    @Test
    void theIdeographicSpaceIsASpace() {
        assertEquals(" ", Text.fold("\u3000"));
        assertEquals(EN.parseAmount("RMB 13.6 billion"), EN.parseAmount("RMB\u300013.6 billion"));
        assertEquals(ZH.parseAmount("人民币 136亿元"), ZH.parseAmount("人民币\u3000136亿元"));
    }

    @Test
    void theMinusSignAndTheEnDashReadAsAHyphenMinus() {
        Percentage decrease = EN.parsePercentage("-2.6%");
        assertEquals(new BigDecimal("-2.6"), decrease.figure().value());
        assertEquals(decrease, EN.parsePercentage("\u22122.6%"));
        assertEquals(decrease, EN.parsePercentage("\u20132.6%"));
        assertEquals("-5", Text.fold("\u22125"));
        assertEquals("-5", Text.fold("\u20135"));
    }

    @Test
    void foldingKeepsTheLengthSoIndicesStayThoseOfTheInput() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
            char[] folded = Text.fold((CharSequence) text);
            assertEquals(text.length(), folded.length);
            assertEquals(new String(folded), Text.fold(text));
        });
    }

    @Test
    void anyCharSequenceFoldsAsItsString() {
        String release = "ＲＭＢ　１３.６ BILLION, up －５％";
        assertArrayEquals(Text.fold((CharSequence) release), Text.fold(new StringBuilder(release)));
        assertEquals("rmb 13.6 billion, up -5%", new String(Text.fold(new StringBuilder(release))));
    }

    @Test
    void findingReadsAStringBuilderAsItsString() {
        // find takes any CharSequence: a buffer being filled from a file is read like a String
        String release = "The fair signed 55 projects worth RMB 13.6 billion. 出口31.5亿元，同比增长51.9%。";
        List<FoundFigure> fromString = FigureFormat.findAll(release);
        List<FoundFigure> fromBuffer = FigureFormat.findAll(new StringBuilder(release));
        assertEquals(4, fromString.size());
        assertEquals(fromString, fromBuffer);
        assertEquals(EN.find(release), EN.find(new StringBuilder(release)));
    }

    @Test
    void wordLettersAreLatinAndCyrillicLettersOfEitherCase() {
        for (char c : "azAZmqюЖёЁ".toCharArray()) {
            assertTrue(Text.isWordLetter(c), String.valueOf(c));
        }
        for (char c : "@[`{09 -.,'%$".toCharArray()) {
            assertFalse(Text.isWordLetter(c), String.valueOf(c));
        }
        // the Cyrillic thousands sign is in the Cyrillic block but is no letter
        assertFalse(Text.isWordLetter('\u0482'));
    }

    @Test
    void lettersOfOtherSpacedScriptsAreWordLetters() {
        // "Zürich", "São Paulo", Korean Hangul: scripts that separate words with spaces
        assertTrue(Text.isWordLetter('ü'));
        assertTrue(Text.isWordLetter('ã'));
        assertTrue(Text.isWordLetter('é'));
        assertTrue(Text.isWordLetter('한'));
        assertTrue(Text.isWordLetter('α'));
        assertFalse(Text.isWordLetter('€'));
        assertFalse(Text.isWordLetter('\u00A0'));
    }

    @Test
    void hanKanaAndChinesePunctuationAreNotWordLetters() {
        for (char c : "企业中国家万亿あア、。\u3000\u3400\u9FA5".toCharArray()) {
            assertFalse(Text.isWordLetter(c), String.valueOf(c));
        }
        // CJK compatibility ideographs are Han too, though they lie outside the main block
        assertFalse(Text.isWordLetter('\uF900'));
        assertFalse(Text.isWordLetter('\uFA0E'));
    }

    @Test
    void hanIsTheUnifiedIdeographsWithExtensionAAndTheCompatibilityIdeographs() {
        assertTrue(Text.isHan('\u3400'));   // first of Extension A
        assertTrue(Text.isHan('\u4E00'));   // 一
        assertTrue(Text.isHan('\u9FFF'));   // last of the unified block
        assertTrue(Text.isHan('\uF900'));   // first compatibility ideograph
        assertTrue(Text.isHan('\uFAFF'));   // last of the compatibility block
        assertFalse(Text.isHan('\u33FF'));  // a CJK compatibility square, not an ideograph
        assertFalse(Text.isHan('\uA000'));  // Yi
        assertFalse(Text.isHan('\uF8FF'));  // private use
        assertFalse(Text.isHan('\uFB00'));  // the Latin ligature ff
        assertFalse(Text.isHan('あ'));
        assertFalse(Text.isHan('a'));
    }
}
