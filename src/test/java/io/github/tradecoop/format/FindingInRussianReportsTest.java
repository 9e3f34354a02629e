package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Range;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Russian reports of forums, customs and statistics offices in Russia, Belarus, Kazakhstan,
 * Uzbekistan and Kyrgyzstan write, and the finder misread (third pass over real reports, 2
 * December 2026). Each phrase is real; the page is named beside it.
 */
class FindingInRussianReportsTest {

    private static final FigureFormat RU = FigureFormat.russian();

    private static List<String> texts(List<FoundFigure> found) {
        return found.stream().map(FoundFigure::text).toList();
    }

    private static FoundFigure only(String text) {
        List<FoundFigure> found = RU.find(text);
        assertEquals(1, found.size(), () -> "one figure in \"" + text + "\", found " + texts(found));
        return found.get(0);
    }

    private static Range range(String low, String high) {
        return Range.closed(new BigDecimal(low), new BigDecimal(high));
    }

    @Test
    void wordsBetweenAVerbOfChangeAndItsPercentageKeepTheChange() {
        // "Импорт сократился в июле на 41,9%" (afnfn.com/news/i/211128)
        FoundFigure fall = RU.find("Импорт сократился в июле на 41,9% — до 16,975 миллиарда долларов.").get(0);
        assertEquals("сократился в июле на 41,9%", fall.text());
        assertEquals(range("-41.95", "-41.85"), fall.bounds());
        assertTrue(fall.isChange());
        assertEquals(range("17.65", "17.75"), only("экспорт увеличился в денежном выражении на 17,7%").bounds());
        assertEquals("выросли поставки на 5%", only("выросли поставки на 5%.").text());
        assertEquals(List.of("100 товаров"), texts(RU.find("выросли цены на 100 товаров")), "a count is no change");
        assertEquals("41,9%", only("сократился в июле, августе и сентябре на 41,9%").text(),
                "more than three words, or a comma, between them");
        // a verb between them has its own "на" (the Heihe paragraph of the corpus)
        assertEquals("150 процентных пунктов выше", only("Темпы роста оказались на 150 процентных пунктов выше.").text());
    }

    @Test
    void aPercentageAfterNaTakesTheVerbOfChangeLeftUnrepeated() {
        // "экспорт товаров сократился на 10,9%, до $3,37 млрд, импорт — на 9,7%" (ia-centr.ru), "импорт прирастал
        // активнее: на 22,6%" (news.zerkalo.io)
        List<FoundFigure> found = RU.find("экспорт товаров сократился на 10,9%, до $3,37 млрд, импорт — на 9,7%, до $4,77 млрд.");
        assertEquals(List.of("сократился на 10,9%", "$3,37 млрд", "9,7%", "$4,77 млрд"), texts(found));
        assertEquals(range("-9.75", "-9.65"), found.get(2).bounds());
        assertTrue(found.get(2).isChange());
        assertEquals("сократился на 10,9%", found.get(1).change().orElseThrow().text(),
                "the level reached is the change's before it, not the next one's");
        assertEquals("9,7%", found.get(3).change().orElseThrow().text());
        assertTrue(only("Но импорт прирастал активнее: на 22,6%.").isChange());
        assertFalse(only("Скидка на 20% действует.").isChange(), "no verb of change in the sentence");
    }

    @Test
    void doAfterAWordOfChangeIsToTheLevelReached() {
        // "импорт подрос сразу на треть - до 7 314,7 миллиона долларов" (uz.sputniknews.ru), "вдвое вырос экспорт свинины
        // (до 9,2 тыс. тонн)" (rodina.news), "желательно довести до $15 млрд" (kz.kursiv.media), "сальдо в июне
        // увеличилось до 1 млрд 607 млн долларов" (news.zerkalo.io)
        FoundFigure imports = only("то импорт подрос сразу на треть - до 7 314,7 миллиона долларов");
        assertEquals("7 314,7 миллиона долларов", imports.text());
        assertEquals(Qualifier.EXACT, imports.figure().qualifier());
        assertEquals("9,2 тыс. тонн", only("вдвое вырос экспорт свинины (до 9,2 тыс. тонн)").text());
        assertEquals(range("14500000000", "15500000000"), only("товарооборот желательно довести до $15 млрд.").bounds());
        assertEquals("1 млрд 607 млн долларов", only("сальдо в июне увеличилось до 1 млрд 607 млн долларов.").text());
        assertEquals("19,407 млрд долларов",
                RU.find("экспорт увеличился на 12,4% к тому же периоду прошлого года — до 19,407 млрд долларов.").get(1).text());
        // with no word of change, "до" is "up to"
        assertEquals(range("0", "100"), only("Приняли участие до 100 компаний.").bounds());
        assertEquals(range("0", "50"), only("скидки до 50%").bounds());
    }

    @Test
    void fromOneLevelToAnotherIsNoRange() {
        // "(с 872 тыс. тонн до 1 232 тыс. тонн)" (inform.kz)
        assertEquals(List.of("872 тыс. тонн", "1 232 тыс. тонн"), texts(RU.find("на 41% (с 872 тыс. тонн до 1 232 тыс. тонн)")).subList(1, 3));
        assertEquals(List.of("$5 billion", "$7 billion"), texts(FigureFormat.english().find("Exports rose from $5 billion to $7 billion.")));
        assertEquals(List.of(), texts(FigureFormat.english().find("Prices range from $5 billion to $7 billion.")));
        assertEquals(List.of(), texts(RU.find("от 4,2 до 95 млрд рублей")));
    }

    @Test
    void aRangeWithACurrencySignAtEachEndIsNoFigure() {
        // "составит от $3 до $5 млрд" (dv.ee)
        assertEquals(List.of(), texts(RU.find("сумма контрактов составит от $3 до $5 млрд.")));
        assertEquals(List.of(), texts(FigureFormat.english().find("prices from $5 to $7 billion")));
    }

    @Test
    void theSamePeriodOfTheYearBeforeIsAYearOnYearPhrase() {
        // "на 12,4% к тому же периоду прошлого года" (news.zerkalo.io)
        assertEquals("увеличился на 12,4% к тому же периоду прошлого года",
                RU.find("экспорт увеличился на 12,4% к тому же периоду прошлого года — до 19,407 млрд долларов.").get(0).text());
    }

    @Test
    void adjectivesJoinedByAndOrInTheNominativeBelongToTheNoun() {
        // "11 тысяч российских и иностранных компаний" (ria24.today), "32 экономикообразующие организации" (cci.ru)
        assertEquals("российских и иностранных компаний", only("на форуме 11 тысяч российских и иностранных компаний.").noun()
                .orElseThrow());
        assertEquals("экономикообразующие организации", only("обеспечивали 32 экономикообразующие организации области.").noun()
                .orElseThrow());
        assertEquals("крупные организации", only("Участвуют 32 крупные организации.").noun().orElseThrow());
        assertEquals("соглашение", only("подписано 691 соглашение на сумму").noun().orElseThrow(), "a noun in -ние is no adjective");
        assertEquals(List.of("пять новых", "три старых"), texts(RU.find("пять новых и три старых")),
                "\"и\" joins adjectives only");
    }

    @Test
    void aVerbSidesAndTheTwoCountriesAreNoCounts() {
        // "1300 компаний, из которых 880 были представлены" (vkrizis.info), "с двух сторон" (kabar.kg), "между двумя
        // странами" (eadaily.com)
        assertEquals(List.of("1300 компаний"), texts(RU.find("участвовали 1300 компаний, из которых 880 были представлены.")));
        assertEquals(List.of(), texts(RU.find("Есть большие и средние компании с двух сторон")));
        assertEquals(List.of(), texts(RU.find("товарооборот между двумя странами составил")));
        assertEquals(List.of(), texts(RU.find("товарооборот двух стран вырос")));
        assertEquals("25 стран", only("делегации 25 стран").text());
        assertEquals("три страны", only("приехали три страны").text(), "three is a count");
    }

    @Test
    void notExceedingIsAtMost() {
        // "не превышает 2%" (uz.sputniknews.ru), "могут превысить 400 млрд рублей" (tass.ru)
        FoundFigure share = only("удельный вес не превышает 2%.");
        assertEquals("не превышает 2%", share.text());
        assertEquals(range("0", "2"), share.bounds());
        assertEquals(Qualifier.MORE_THAN, only("суммы могут превысить 400 млрд рублей").figure().qualifier());
    }

    @Test
    void aQualifiedNumberAfterACapitalisedWordIsACount() {
        // "От Кыргызстана более 100." (kabar.kg)
        assertEquals("более 100", only("От Кыргызстана более 100. Есть большие компании").text());
    }

    @Test
    void digitsAndAHalf() {
        // "более чем на 13 с половиной триллионов сумов" (darakchi.uz)
        FoundFigure contracts = only("Подписаны договоры более чем на 13 с половиной триллионов сумов, что");
        assertEquals(FoundFigure.Kind.AMOUNT, contracts.kind());
        assertEquals(new BigDecimal("13500000000000"), contracts.figure().value());
        assertEquals("UZS", contracts.currency().orElseThrow().getCurrencyCode());
    }

    @Test
    void squareMetresWithoutAPoint() {
        // "около 10 тыс. кв метров" (tass.ru)
        FoundFigure area = only("Площадь выставки составила около 10 тыс. кв метров, было");
        assertEquals(FoundFigure.Kind.QUANTITY, area.kind());
        assertEquals(range("5000", "15000"), area.bounds());
    }

    @Test
    void aPointBeforeADigitEndsTheSentence() {
        // "1,19 млн кв. м. 642 предприятия" (china.open-bridge.ru)
        assertEquals(List.of("1,19 млн кв. м", "642 предприятия"),
                texts(RU.find("Ярмарка занимает площадь в 1,19 млн кв. м. 642 предприятия приехали.")));
    }
}
