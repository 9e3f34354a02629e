package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the finder walks the text (docs/finding.md, "In Java" and "What a figure's span holds"):
 * where numbers start, which language reads them, where a span starts and ends, which change
 * belongs to which figure, and that no text, however cut off, makes it throw.
 */
class FigureFinderScanTest {

    private static final FigureFormat EN = FigureFormat.english();
    private static final FigureFormat ZH = FigureFormat.chinese();
    private static final FigureFormat RU = FigureFormat.russian();

    private static List<String> texts(List<FoundFigure> found) {
        return found.stream().map(FoundFigure::text).toList();
    }

    // --- where a number starts ---

    @Test
    void numberWordsFromEightToTwentyAreNumbers() {
        assertEquals(List.of("eighty countries"), texts(EN.find("Buyers came from eighty countries.")));
        assertEquals(List.of("eighteen countries", "twelve regions"),
                texts(EN.find("Buyers came from eighteen countries and twelve regions.")));
        assertEquals(List.of("twenty countries"), texts(FigureFormat.findAll("Buyers came from twenty countries.")));
    }

    @Test
    void aNumberWordAfterANumberThatIsNoFigureIsStillRead() {
        assertEquals(List.of("more than one hundred firms"),
                texts(EN.find("In 2023, more than one hundred firms came.")));
    }

    @Test
    void chineseNumeralsAreReadByTheChineseFormat() {
        assertEquals(List.of("三千家企业"), texts(ZH.find("展会吸引了三千家企业参展。")));
        assertEquals(List.of("三千家企业"), texts(FigureFormat.findAll("展会吸引了三千家企业参展。")));
    }

    @Test
    void theDecimalsOfAFractionalCountAreNotACount() {
        // counts are whole: "2.5 visitors" is an average, and its "5 visitors" is no figure either
        assertEquals(List.of(), texts(EN.find("Each booth drew 2.5 visitors a minute.")));
        assertEquals(List.of(), texts(RU.find("В среднем 2,5 посетителя на стенд.")));
    }

    // --- which language reads a number ---

    @Test
    void aFigureAtTheStartOfTheTextTakesTheLanguageOfTheWordsAfterItsDecimalComma() {
        List<FoundFigure> found = FigureFormat.findAll("3,15 млрд юаней составил экспорт.");
        assertEquals(List.of("3,15 млрд юаней"), texts(found));
        assertEquals("[3145000000, 3155000000]", found.get(0).bounds().toString());
    }

    // --- where a span starts ---

    @Test
    void aQualifierAtTheStartOfTheTextIsPartOfTheSpan() {
        List<FoundFigure> found = EN.find("More than 300 firms took part.");
        assertEquals(List.of("More than 300 firms"), texts(found));
        assertEquals(0, found.get(0).start());
        assertEquals("[301, ∞)", found.get(0).bounds().toString());
    }

    @Test
    void aSignBeforeAPercentageIsPartOfTheSpan() {
        List<FoundFigure> found = FigureFormat.findAll("Экспорт: +30,6% к прошлому году.");
        assertEquals(List.of("+30,6% к прошлому году"), texts(found));
        assertTrue(found.get(0).isChange());
        List<FoundFigure> atStart = FigureFormat.findAll("+30,6% к прошлому году.");
        assertEquals(List.of("+30,6% к прошлому году"), texts(atStart));
        assertEquals(0, atStart.get(0).start());
        List<FoundFigure> fall = EN.find("Imports: -5.2% year on year.");
        assertEquals(List.of("-5.2% year on year"), texts(fall));
        assertEquals("[-5.25, -5.15]", fall.get(0).bounds().toString());
    }

    // --- where a span ends ---

    @Test
    void aPointThatEndsAnAbbreviationAndTheSentenceIsLeftOut() {
        assertEquals(List.of("$25 млрд"), texts(RU.find("Экспорт составил $25 млрд. Российская сторона довольна.")));
        assertEquals(List.of("$25 млрд"), texts(RU.find("Экспорт составил $25 млрд.  Российская сторона довольна.")));
        assertEquals(List.of("$25 млрд"), texts(RU.find("Экспорт составил $25 млрд.\nРоссийская сторона довольна.")));
        assertEquals(List.of("$25 млрд"), texts(RU.find("Экспорт составил $25 млрд.")));
    }

    @Test
    void aPointThatEndsOnlyAnAbbreviationStaysInTheSpan() {
        // a lower-case word after it: the sentence goes on, the point is the abbreviation's
        assertEquals(List.of("$25 млрд."), texts(RU.find("Экспорт составил $25 млрд. российская сторона довольна.")));
    }

    // --- which change belongs to a figure ---

    @Test
    void aChangeInThePreviousSentenceIsNotTheChangeOfTheNextFigure() {
        List<FoundFigure> found = EN.find("Exports rose 5%. Imports were $3 billion.");
        assertEquals(List.of("rose 5%", "$3 billion"), texts(found));
        assertTrue(found.get(1).change().isEmpty());
    }

    @Test
    void aChangeFarAfterAFigureIsNotItsChange() {
        List<FoundFigure> found = EN.find(
                "Exports were RMB 3 billion, which was a level that the organisers of the fair, when they met the press, described as up 5%.");
        assertEquals(List.of("RMB 3 billion", "up 5%"), texts(found));
        assertTrue(found.get(0).change().isEmpty());
    }

    @Test
    void aChangeJustAfterAFigureIsItsChange() {
        List<FoundFigure> found = EN.find("Exports were RMB 3 billion up 5% on the year.");
        assertEquals("up 5% on the year", found.get(0).change().orElseThrow().text());
    }

    @Test
    void doAfterAChangeAndPunctuationIsTheLevelReached() {
        // "на 42,1%, до 17,3 млрд": "до" is "to" the level, so the level is exact, not "up to"
        for (String text : List.of("Экспорт сократился на 42,1%, до 17,3 млрд юаней.",
                "Экспорт сократился на 42,1% — до 17,3 млрд юаней.", "Экспорт сократился на 42,1% до 17,3 млрд юаней.")) {
            List<FoundFigure> found = RU.find(text);
            assertEquals(List.of("сократился на 42,1%", "17,3 млрд юаней"), texts(found), text);
            assertEquals("[17250000000, 17350000000]", found.get(1).bounds().toString(), text);
        }
    }

    // --- texts cut off anywhere ---

    @ParameterizedTest
    @ValueSource(strings = {"Exports rose 5% to", "Margins of 5% to 7", "Margins of 5% to 7 ", "Margins of 5% to 7.",
        "Visitors: 300,", "Visitors: 300.", "Экспорт: 3,", "600 to", "Revenue was $300.", "Revenue was $300. Costs",
        "+5", "-", "到5", "至"})
    void aTextCutOffAfterANumberOrALinkWordIsSearchedWithoutError(String text) {
        // docs/finding.md: find never throws for any text
        assertDoesNotThrow(() -> FigureFormat.findAll(text));
        assertDoesNotThrow(() -> EN.find(text));
        assertDoesNotThrow(() -> RU.find(text));
        assertDoesNotThrow(() -> ZH.find(text));
    }

    @Test
    void aFigureBeforeAPointAndAnotherSentenceIsFoundWhole() {
        assertEquals(List.of("$300", "$200"), texts(EN.find("Revenue was $300. Costs were $200.")));
        assertEquals(List.of("$300"), texts(EN.find("Revenue was $300.")));
        assertEquals(List.of("rose 5%"), texts(EN.find("Exports rose 5% to")));
    }
}
