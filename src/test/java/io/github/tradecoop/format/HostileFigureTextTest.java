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

    /**
     * Long runs of what this pass's rules look back over: an unrepeated verb of change, a list with
     * one percent sign, levels from one to another, a declared currency. Each figure's look-back is
     * bounded, so these take about as long as their length (the fuzz test found the first one taking
     * nine seconds when the verb was looked for across every earlier change of the sentence).
     */
    @Test
    void longRunsOfThisPassesPatternsAreReadInTimeLinearInTheirLength() {
        assertEquals(20_000, FigureFormat.russian().find("почти на 10% больше".repeat(20_000)).size());
        List<FoundFigure> unrepeated = FigureFormat.russian().find("экспорт снизился на 5%" + ", импорт — на 4%".repeat(20_000));
        assertEquals(20_001, unrepeated.size());
        assertTrue(unrepeated.get(1).figure().value().signum() < 0, "the verb holds for the item after it");
        // bare numbers take a percent sign written once only near 分别 (300 characters): the rest stay bare
        assertEquals(1, FigureFormat.chinese().find("分别增长" + "5.1、".repeat(50_000) + "6.2%").size());
        assertEquals(20_000, FigureFormat.russian().find("вырос с 1,5 до 2,5 млн долларов, ".repeat(10_000)).size());
        assertEquals(20_000, FigureFormat.chinese().find("出口1亿元(澳门元,下同)，".repeat(20_000)).size());
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
