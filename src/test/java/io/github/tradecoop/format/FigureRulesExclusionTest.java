package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exclusion rules of docs/finding.md ("What is not a figure, and why"), one rule and its
 * limit per test: each pairs a number that is left out with a close phrase whose figure is found,
 * so that a rule neither leaks nor overreaches.
 */
class FigureRulesExclusionTest {

    private static final FigureFormat EN = FigureFormat.english();
    private static final FigureFormat ZH = FigureFormat.chinese();
    private static final FigureFormat RU = FigureFormat.russian();

    private static List<String> texts(List<FoundFigure> found) {
        return found.stream().map(FoundFigure::text).toList();
    }

    private static List<String> bounds(List<FoundFigure> found) {
        return found.stream().map(figure -> figure.bounds().toString()).toList();
    }

    // --- numbers joined to letters: model names, ordinals, editions ---

    @Test
    void aNumberAfterAHyphenedModelNameIsNotACount() {
        // "Z-9", "MiG-29": the number is part of a name, even when a plural follows it
        assertEquals(List.of(), texts(EN.find("Z-9 helicopters were shown.")));
        assertEquals(List.of(), texts(EN.find("Its MiG-29 fighters drew crowds.")));
        assertEquals(List.of("30 helicopters"), texts(EN.find("The An-124 aircraft and 30 helicopters were shown.")));
    }

    @Test
    void aNumberBeforeAHyphenIsNotACount() {
        // "a 5-year deal", "8-е ЭКСПО": an adjective or an ordinal, not a count of anything
        assertEquals(List.of("30 firms"), texts(EN.find("They signed a 5-year deal with 30 firms.")));
        assertEquals(List.of("30 компаний"), texts(RU.find("Прошло 8-е ЭКСПО и 30 компаний.")));
        assertEquals(List.of(), texts(EN.find("The 737-800 jets were on show.")));
    }

    @Test
    void aOneLetterWordAfterANumberIsNotItsNoun() {
        // "4 p.m." is a time of day; a two-letter abbreviation such as "шт." (pieces) is a noun
        assertEquals(List.of(), texts(EN.find("The forum opens at 4 p.m. on Monday.")));
        List<FoundFigure> pieces = RU.find("Завод выпустил 30 шт. оборудования.");
        assertEquals(List.of("30 шт"), texts(pieces));
        assertEquals("шт", pieces.get(0).noun().orElseThrow());
        assertEquals(List.of("5人"), texts(ZH.find("共有5人参加。")));   // one Han character is a noun
    }

    // --- years ---

    @Test
    void fourDigitsFromOneThousandToTwoThousandNineHundredNinetyNineAreYearsInEnglish() {
        assertEquals(List.of(), texts(EN.find("In all 1999 exhibitors came.")));
        assertEquals(List.of(), texts(EN.find("In all 2999 exhibitors came.")));
        assertEquals(List.of("3000 exhibitors"), texts(EN.find("In all 3000 exhibitors came.")));
        assertEquals(List.of("999 exhibitors"), texts(EN.find("In all 999 exhibitors came.")));
        // a separator tells a count from a year
        assertEquals(List.of("1,999 exhibitors"), texts(EN.find("In all 1,999 exhibitors came.")));
    }

    // --- "one" ---

    @Test
    void theCountOneIsLeftOutButOneMillionIsACount() {
        assertEquals(List.of(), texts(EN.find("It is one of the largest fairs.")));
        assertEquals(List.of(), texts(EN.find("The fair drew one visitor.")));
        List<FoundFigure> million = EN.find("The fair drew one million visitors.");
        assertEquals(List.of("one million visitors"), texts(million));
        assertEquals(List.of("[500000, 1500000]"), bounds(million));
        assertEquals(List.of("one hundred visitors"), texts(EN.find("The fair drew one hundred visitors.")));
    }

    // --- names: a count after a capitalised word that does not begin a sentence ---

    @Test
    void aCountAfterACapitalisedNameIsLeftOut() {
        assertEquals(List.of(), texts(EN.find("The YotaPhone 3 smartphone was shown.")));
        assertEquals(List.of(), texts(EN.find("The show had Boeing 737 jets on display.")));
        assertEquals(List.of(), texts(EN.find("Visitors saw Overall 300 firms.")));
        // in quotes or brackets the capitalised word still does not begin a sentence
        assertEquals(List.of(), texts(EN.find("\"Boeing 737 jets drew crowds,\" the organiser said.")));
        assertEquals(List.of(), texts(EN.find("(Boeing 737 jets drew crowds.)")));
    }

    @Test
    void aCountAfterTheCapitalisedFirstWordOfASentenceIsFound() {
        assertEquals(List.of("300 firms"), texts(EN.find("Overall 300 firms took part.")));
        assertEquals(List.of("300 firms"), texts(EN.find("   Overall 300 firms took part.")));
        assertEquals(List.of("300 firms"), texts(EN.find("The fair closed. Then 300 firms signed up.")));
        assertEquals(List.of("300 firms"), texts(EN.find("The fair closed.  Then 300 firms signed up.")));
        assertEquals(List.of("300 firms"), texts(EN.find("The fair closed! Then 300 firms signed up.")));
        assertEquals(List.of("300 firms"), texts(EN.find("Did the fair close? Then 300 firms signed up.")));
        // after a comma the sentence goes on, so the capitalised word is a name
        assertEquals(List.of(), texts(EN.find("The fair closed, Then 300 firms signed up.")));
    }

    @Test
    void aLowerCaseWordBeforeACountIsNoName() {
        assertEquals(List.of("300 firms"), texts(EN.find("The fair drew 300 firms.")));
        assertEquals(List.of("more than 300 firms"), texts(EN.find("In 2023 more than 300 firms took part.")));
    }

    // --- the first end of a range ---

    @Test
    void aPercentageBeforeToAndAnotherPercentageIsTheFirstEndOfARange() {
        // "5% to 7%" is a range: the first end alone is not what was reported
        assertTrue(texts(EN.find("Tariffs of 5% to 7% apply.")).stream().noneMatch(t -> t.startsWith("5")));
        assertTrue(texts(EN.find("Tariffs of 5.5% to 7.5% apply.")).stream().noneMatch(t -> t.startsWith("5")));
        assertTrue(texts(EN.find("Tariffs of 5 % to 7 % apply.")).stream().noneMatch(t -> t.startsWith("5")));
        assertTrue(texts(RU.find("Пошлины составят от 5,5% до 7,5%.")).stream().noneMatch(t -> t.startsWith("5")));
    }

    @Test
    void aPercentageBeforeToAndACountIsNoRange() {
        // "10% to 300 buyers": "to" names who got the discount, not the other end of a range
        assertEquals(List.of("10%", "300 buyers"), texts(EN.find("It offered discounts of 10% to 300 buyers.")));
    }

    @Test
    void aCountBeforeToAndAWordIsNoRange() {
        assertEquals(List.of("300 firms"), texts(EN.find("The mission brought 300 firms to the fair.")));
        assertEquals(List.of(), texts(EN.find("About 600 to 700 visitors came each session.")));
    }

    // --- the second end of a range ---

    @Test
    void aNumberAfterAnotherAndToIsTheSecondEndOfARange() {
        assertEquals(List.of(), texts(EN.find("5 to 10 firms signed contracts.")));
        assertEquals(List.of(), texts(EN.find("About 5 to 10 firms signed contracts.")));
        assertEquals(List.of(), texts(ZH.find("展会吸引了1000到2000家企业参展。")));
        assertEquals(List.of(), texts(ZH.find("展会吸引了三十-四十家企业。")));
        // a four-digit group after a decimal point is no year: "7.1250 to 7.2500" is a range
        assertEquals(List.of(), texts(EN.find("The yuan was quoted at 7.1250 to 7.2500 yuan per dollar.")));
    }

    @Test
    void aLevelReachedAfterAChangeInAYearIsNoRange() {
        // "in 2018 to 122 billion yuan": the number before "to" is a year, so what follows is a level
        assertEquals(List.of("grew 64.7 percent", "122 billion yuan"),
                texts(EN.find("Exports grew 64.7 percent in 2018 to 122 billion yuan.")));
        assertEquals(List.of("grew 12 percent", "40 billion yuan"),
                texts(EN.find("Trade grew 12 percent in 1999 to 40 billion yuan.")));
        // a year at the very start of the text is a year too
        assertEquals(List.of("122 billion yuan"), texts(EN.find("2018 to 122 billion yuan")));
    }

    @Test
    void aFigureAfterOtAndANumberIsTheSecondEndOfARange() {
        // "от 4,2 до 95 млрд": "до" joins the ends of a range opened by "от", it is not "up to"
        assertEquals(List.of(), texts(RU.find("Экспорт составил от 4,2 до 95 млрд юаней.")));
        assertEquals(List.of(), texts(RU.find("От 4,2 до 95 млрд юаней составил экспорт.")));
        assertEquals(List.of(), texts(EN.find("Contracts ranged from 4.2 up to 9.5 billion yuan.")));
        assertTrue(texts(EN.find("Contracts ranged from $5 up to $10 million.")).stream()
                .noneMatch(text -> text.contains("$10")));
    }

    @Test
    void upToAfterWordsThatOpenNoRangeIsAQualifier() {
        List<FoundFigure> found = RU.find("Экспорт вырос на 5%, а импорт составит до 3 млрд юаней.");
        assertEquals(List.of("вырос на 5%", "до 3 млрд юаней"), texts(found));
        assertEquals("[0, 3000000000]", found.get(1).bounds().toString());
    }

    @Test
    void anOrdinalsMarkHoldsForEveryItemOfItsList() {
        // "第一、二届进博会上" (the labelled corpus, zh.txt): the first and second editions, no count of two
        assertEquals(List.of("近千件"), Found.texts(ZH.find("第一、二届进博会上，全球首发的新产品累计近千件。")));
        assertEquals(List.of("增长5%"), Found.texts(ZH.find("第三、四季度出口增长5%。")));
        assertEquals(List.of("2家企业"), Found.texts(ZH.find("其中、2家企业参展。")), "a list mark without 第 before it is no ordinal");
    }

    @Test
    void aQualifiedNumberBeforeAMonthOrAUnitOfTimeIsADateOrADuration() {
        // "она продлится до 12 октября" (news.rambler.ru/other/42951330-podmoskove-namereno-podpisat-soglasheniya-na-14-
        // mlrd-rubley-na-vystavke-zolotaya-osen): the day the show ends, no count of up to twelve
        assertEquals(List.of(), Found.texts(RU.find("Выставка начала работу в 21-й раз, она продлится до 12 октября.")));
        assertEquals(List.of(), Found.texts(EN.find("It took more than 5 years and ends about 20 September.")));
        assertEquals(List.of(), Found.texts(RU.find("Проект займет более 5 лет.")));
        // a noun between keeps the count
        assertEquals(List.of("more than 100 exhibitors"), Found.texts(EN.find("There were more than 100 exhibitors in May.")));
        assertEquals(List.of("более 20 компаний"), Found.texts(RU.find("более 20 компаний в течение 3 лет")));
    }
}
