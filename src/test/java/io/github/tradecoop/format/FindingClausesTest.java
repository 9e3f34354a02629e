package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a clause and a sentence begin, for the finder: found by mutation testing, each a real miss before. */
class FindingClausesTest {

    private static List<String> texts(List<FoundFigure> found) {
        return found.stream().map(FoundFigure::text).toList();
    }

    @Test
    void aLineBreakStartsASentenceSoACapitalisedWordAfterItIsNoName() {
        // "Then 300 firms" after a heading is not "Route 66": the capital is the sentence's
        assertEquals(List.of("300 firms"), texts(FigureFormat.english().find("The fair closed\nThen 300 firms signed up.")));
        assertEquals(List.of(), texts(FigureFormat.english().find("The fair closed with Route 66 firms.")));
    }

    @Test
    void aYearAfterFromOpensNoRange() {
        // "from 2019" is a date; the figure after it is no second end of "from ... to"
        assertEquals(List.of("over 300 firms"), texts(FigureFormat.english().find("From 2019 over 300 firms have taken part.")));
        assertEquals(List.of(), texts(FigureFormat.english().find("from 5 to 10 firms")));
    }

    @Test
    void aClauseWithoutWordsIsInTheLanguageAskedFor() {
        // "Доля: 5,2%." has no letters in the number's clause; russian().find reads it as Russian
        assertEquals(List.of("5,2%"), texts(FigureFormat.russian().find("Доля: 5,2%.")));
        assertEquals(List.of("-5,2%"), texts(FigureFormat.russian().find("Импорт: -5,2%.")));
        assertEquals(List.of("5.2%"), texts(FigureFormat.chinese().find("进口：5.2%。")));
        assertEquals(List.of("5,2%"), texts(FigureFormat.findAll("Доля: 5,2%.")));
    }
}
