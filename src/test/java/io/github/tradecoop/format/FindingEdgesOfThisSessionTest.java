package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tradecoop.figure.Count;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of the rules added on 2 December 2026 (ranks, Russian adjectives and verbs, Chinese
 * decimals and digit-by-digit numerals, articles, 签约), found by mutation testing: each test states
 * where a rule stops.
 */
class FindingEdgesOfThisSessionTest {

    private static List<String> texts(List<FoundFigure> found) {
        return found.stream().map(FoundFigure::text).toList();
    }

    @Test
    void aRankSignIsAWordOfItsOwn() {
        assertEquals(List.of(), texts(FigureFormat.english().find("No 5 firms")), "\"No\" at the start, no point");
        assertEquals(List.of(), texts(FigureFormat.english().find("the No.5 market")), "no space after the point");
        assertEquals(List.of("5 firms"), texts(FigureFormat.english().find("At the casino 5 firms met")),
                "\"no\" at the end of a word is no rank");
        assertEquals(List.of("5 firms"), texts(FigureFormat.english().find("Then 5 firms met")));
    }

    @Test
    void aRussianAdjectiveStopsBeforeAVerbOfAnyEnding() {
        for (String verb : List.of("подписали", "участвуют", "стоят", "ожидает", "говорит", "собрались", "являются", "договорились")) {
            assertEquals("иностранных", FigureFormat.russian().find("Там 300 иностранных " + verb + " вчера.").get(0).noun()
                    .orElseThrow(), verb);
        }
        for (String noun : List.of("стендов", "компаний", "соглашения", "фирм")) {
            assertEquals("иностранных " + noun, FigureFormat.russian().find("Там 300 иностранных " + noun + " вчера.").get(0)
                    .noun().orElseThrow(), noun);
        }
        assertEquals("своих проектов", FigureFormat.russian().find("пять своих проектов").get(0).noun().orElseThrow());
        assertEquals("ключевых", FigureFormat.russian().find("приняли пять ключевых").get(0).noun().orElseThrow(),
                "the text ends after the adjective");
        assertEquals("новых", FigureFormat.russian().find("пять новых, три старых").get(0).noun().orElseThrow());
    }

    @Test
    void aChineseDecimalPointNeedsADigitAfterIt() {
        assertEquals(List.of(), texts(FigureFormat.chinese().find("下午四点钟开幕")), "four o'clock");
        assertEquals(1_050_000_000L, FigureFormat.chinese().parseAmount("十点五亿元").figure().value().longValueExact());
        assertEquals(List.of("超过三点五亿元"), texts(FigureFormat.chinese().find("投资超过三点五亿元")));
    }

    @Test
    void aZeroAnywhereMakesTwoChineseDigitsANumber() {
        assertEquals(Count.exactly(30), FigureFormat.chinese().parseCount("三〇家企业"));
        assertEquals(Count.exactly(10), FigureFormat.chinese().parseCount("一〇家企业"));
        assertEquals(List.of(), texts(FigureFormat.chinese().find("五六家企业")), "five or six");
        assertEquals(Count.exactly(1208), FigureFormat.chinese().parseCount("一二〇八个"));
    }

    @Test
    void anArticleIsAWordOfItsOwn() {
        assertEquals(List.of("A hundred firms"), texts(FigureFormat.english().find("A hundred firms came.")));
        assertEquals(List.of(), texts(FigureFormat.english().find("Santa million firms")), "an \"a\" that ends a word");
        assertEquals(List.of(), texts(FigureFormat.english().find("an extra million firms")));
    }

    @Test
    void aGroupedNumberBeforeAHyphenIsACompoundWordNotACount() {
        // "AEG plans a 4,000-capacity music hall" (tradeshowexecutive.com): "4000-capacity" was left out, "4,000-" was not
        assertEquals(List.of(), texts(FigureFormat.english().find("AEG plans a 4,000-capacity music hall.")));
        assertEquals(List.of(), texts(FigureFormat.english().find("a 1,500-seat hall")));
        assertEquals(List.of("360,000-square-meter"), texts(FigureFormat.english().find("The 360,000-square-meter exhibition")));
        assertEquals(List.of("1,500 firms"), texts(FigureFormat.english().find("1,500 firms came")));
    }

    @Test
    void signingAtTheStartOfTheText() {
        assertEquals(List.of("50亿元"), texts(FigureFormat.chinese().find("签约50亿元")));
        assertEquals(List.of("约50亿元"), texts(FigureFormat.chinese().find("约50亿元")));
    }
}
