package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Text that is not a figure: every parse method either reads a figure or throws a
 * {@link FigureParseException} whose index lies within the input, and none hangs.
 */
class HostileFigureTextTest {

    private static final List<FigureFormat> FORMATS = List.of(FigureFormat.english(), FigureFormat.chinese(),
            FigureFormat.russian());
    private static final List<Function<FigureFormat, Function<String, Object>>> METHODS = List.of(
            f -> f::parseAmount, f -> f::parseCount, f -> f::parsePercentage, f -> f::parsePoints, f -> f::parseQuantity);

    /** Reads the text with every method of every format; fails on any exception but a located FigureParseException. */
    private static boolean onlyLocatedParseErrors(String text) {
        for (FigureFormat format : FORMATS) {
            for (Function<FigureFormat, Function<String, Object>> method : METHODS) {
                try {
                    method.apply(format).apply(text);
                } catch (FigureParseException e) {
                    if (e.index() < 0 || e.index() > text.length() || !text.equals(e.input())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Test
    void randomUnicodeGivesOnlyLocatedParseErrors() {
        qt().withExamples(3000)
                .forAll(strings().allPossible().ofLengthBetween(0, 40))
                .check(HostileFigureTextTest::onlyLocatedParseErrors);
    }

    @Test
    void figureLikeNoiseGivesOnlyLocatedParseErrors() {
        List<String> pieces = List.of("1", "0", "13", ".", ",", " ", "\u00a0", "5", "亿", "万", "千", "百", "元", "%",
                "billion", "млрд", "тыс.", "more than", "近", "多", "余", "约", "up", "fell", "на", "больше", "$", "¥",
                "RMB", "юаней", "个百分点", "п.п.", "square meters", "吨", "-", "+", "两", "三", "十", "a", "по", "同比增长",
                "１", "％", "year on year", "в годовом выражении", "to", "до", "~");
        qt().withExamples(20000)
                .forAll(lists().of(arbitrary().pick(pieces)).ofSizeBetween(0, 12))
                .check(list -> onlyLocatedParseErrors(String.join("", list)));
    }

    @Test
    void veryLongDigitRunsAreRefusedQuickly() {
        String digits = "1".repeat(1_000_000);
        FigureParseException e = assertThrows(FigureParseException.class, () -> FigureFormat.english().parseCount(digits));
        assertEquals(FigureParser.MAX_INPUT, e.index());
        FigureParseException near = assertThrows(FigureParseException.class,
                () -> FigureFormat.russian().parseCount("1".repeat(60)));
        assertTrue(near.getMessage().contains("digits"), near.getMessage());
        assertThrows(FigureParseException.class, () -> FigureFormat.english().parseAmount("RMB " + "1,000".repeat(20)));
    }

    @Test
    void thousandsOfQualifiersAreRefusedQuickly() {
        assertThrows(FigureParseException.class, () -> FigureFormat.english().parseCount("more than ".repeat(5000) + "5"));
        FigureParseException twice = assertThrows(FigureParseException.class,
                () -> FigureFormat.english().parseCount("more than more than 5"));
        assertEquals(10, twice.index());
        assertThrows(FigureParseException.class, () -> FigureFormat.chinese().parseCount("超过".repeat(100) + "5"));
    }

    @Test
    void unpairedSurrogatesAndControlCharactersAreRefused() {
        for (String text : List.of("\uD800", "5\uDC00", "\u0000", "5\u0000%", "RMB 5\uD83D billion")) {
            assertTrue(onlyLocatedParseErrors(text), text);
        }
    }
}
