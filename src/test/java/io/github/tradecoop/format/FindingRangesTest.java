package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Neither end of a range is a figure alone (docs/finding.md); each of these gave one end as if it
 * were the figure reported.
 */
class FindingRangesTest {

    private static List<String> texts(List<FoundFigure> found) {
        return found.stream().map(FoundFigure::text).toList();
    }

    @Test
    void theSecondEndOfAPercentageRangeIsNoFigure() {
        assertEquals(List.of(), texts(FigureFormat.english().find("Tariffs of 5% to 7% apply.")));
        assertEquals(List.of(), texts(FigureFormat.russian().find("Ставки от 5,5% до 7,5% действуют.")));
        assertEquals(List.of(), texts(FigureFormat.chinese().find("税率为5%至7%。")));
    }

    @Test
    void aLevelReachedAfterAChangeIsStillFound() {
        assertEquals(List.of("rose 5%", "7 billion yuan"), texts(FigureFormat.english().find("Exports rose 5% to 7 billion yuan.")));
        assertEquals(List.of("grew 64.7 percent", "122 billion yuan"),
                texts(FigureFormat.english().find("Trade grew 64.7 percent in 2018 to 122 billion yuan.")));
        assertEquals(List.of("сократился на 36,4%", "33,2 млрд юаней"),
                texts(FigureFormat.russian().find("Экспорт сократился на 36,4% до 33,2 млрд юаней.")));
    }

    @Test
    void betweenOpensARangeWhoseLinkIsAnd() {
        assertEquals(List.of(), texts(FigureFormat.english().find("Between 30 and 40 companies came.")));
        assertEquals(List.of(), texts(FigureFormat.english().find("between 30% and 40% of firms")));
        assertEquals(List.of(), texts(FigureFormat.russian().find("между 30 и 40 компаний")));
        assertEquals(List.of("40 companies"), texts(FigureFormat.english().find("Wine and 40 companies came.")),
                "\"and\" without \"between\" links no range");
    }

    @Test
    void fourDigitEndsOfARangeAreNoYears() {
        // "1500 to 3000 visitors" gave "3000 visitors": the first end was taken for a year
        assertEquals(List.of(), texts(FigureFormat.english().find("Some 1500 to 3000 visitors came.")));
        assertEquals(List.of("300 firms"), texts(FigureFormat.english().find("From 2019 to 2023, 300 firms took part.")));
    }

    @Test
    void rangesWhoseEndsAreFiguresOfTheirOwnAreNoFigures() {
        // real phrasings: "between $79.7 billion and $80.4 billion", "$122 billion to $131 billion", "a 6.5-percent
        // to 7.5-percent growth" (manilatimes.net), "between 6.6 percent and 8.8 percent" (manilatimes.net),
        // "$1 – $1.50 per square foot" (exhibitcitynews.com)
        assertEquals(List.of(), texts(FigureFormat.english().find("Exports may reach between $79.7 billion and $80.4 billion.")));
        assertEquals(List.of(), texts(FigureFormat.english().find("a target of $122 billion to $131 billion")));
        assertEquals(List.of(), texts(FigureFormat.english().find("a 6.5-percent to 7.5-percent growth in exports")));
        assertEquals(List.of(), texts(FigureFormat.english().find("a range of between 6.6 percent and 8.8 percent")));
        assertEquals(List.of(), texts(FigureFormat.english().find("space costs $1 – $1.50 per square foot")));
        assertEquals(List.of(), texts(FigureFormat.russian().find("между 5% и 7%")));
    }

    @Test
    void figuresOfDifferentKindsOrAChangeAndALevelAreNoRange() {
        assertEquals(List.of("$1 million", "200 firms"), texts(FigureFormat.english().find("It paid $1 million to 200 firms.")));
        assertEquals(List.of("30,000 tonnes", "20 countries"),
                texts(FigureFormat.english().find("It exported 30,000 tonnes to 20 countries.")));
        assertEquals(List.of("$5 billion", "$7 billion"),
                texts(FigureFormat.english().find("It cost $5 billion and $7 billion went to ports.")), "\"and\" without \"between\"");
        assertEquals(List.of("CNY 5 billion", "CNY 7 billion"),
                texts(FigureFormat.english().find("CNY 5 billion to banks, CNY 7 billion to ports")));
    }

    @Test
    void aTildeBetweenChineseNumeralsLinksARange() {
        // "三十~四十家企业" gave "~四十家企业", about forty
        assertEquals(List.of(), texts(FigureFormat.chinese().find("三十~四十家企业参展。")));
        assertEquals(List.of(), texts(FigureFormat.chinese().find("30~40家企业参展。")));
        assertEquals(List.of("~40家企业"), texts(FigureFormat.chinese().find("约有~40家企业参展。")));
    }

    @Test
    void aRussianRangeOfAmountsWithItsMagnitudeOrCurrencyAfterTheFirstEndIsNoFigure() {
        // "до" after "от" and an amount is the range's "to", not "up to"; neither end is what was reported
        assertEquals(List.of(), texts(FigureFormat.russian().find("Объем составит от 5 млрд до 7 млрд долларов.")));
        assertEquals(List.of(), texts(FigureFormat.russian().find("Объем составит от 5 млрд долларов до 7 млрд долларов.")));
        // after a word of change, "с … до" moves from one level to another, and "до" alone is "up to"
        assertEquals(List.of("5 млрд", "7 млрд долларов"), texts(FigureFormat.russian().find("Товарооборот вырос с 5 млрд до 7 млрд долларов.")));
        assertEquals(List.of("до 500 долларов"), texts(FigureFormat.russian().find("Зарплата до 500 долларов.")));
    }
}
