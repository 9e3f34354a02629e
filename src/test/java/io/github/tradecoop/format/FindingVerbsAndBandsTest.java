package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.figure.Qualifier;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which verb a figure belongs to, and when two numbers are a band rather than two levels: the
 * misreadings a review of the third and fourth passes found in constructed sentences (none of
 * these is quoted from a report).
 */
class FindingVerbsAndBandsTest {

    private static final FigureFormat EN = FigureFormat.english();
    private static final FigureFormat ZH = FigureFormat.chinese();
    private static final FigureFormat RU = FigureFormat.russian();

    @Test
    void doIsUpToWhenAVerbOfItsOwnStandsAfterTheWordOfChange() {
        FoundFigure jobs = Found.only(RU, "Рост экспорта позволит создать до 500 рабочих мест.");
        assertEquals(Qualifier.UP_TO, jobs.count().orElseThrow().qualifier());
        assertEquals(Found.closed("0", "500"), jobs.bounds());
        assertEquals(Found.closed("0", "5"), Found.only(RU, "Рост экспорта составит до 5%.").bounds());
        // a noun of change followed by its complement, and a verb of change, still reach a level
        assertEquals(Found.closed("9500000000", "10500000000"), Found.only(RU, "Рост взаимной торговли до 10 млрд долларов.").bounds());
        assertEquals(Found.closed("9500000000", "10500000000"),
                Found.only(RU, "Планируется увеличить товарооборот до 10 млрд долларов.").bounds());
    }

    @Test
    void realReportsKeepTheirLevelsAndChanges() {
        // "в 2,2 раза (с 32 тыс. тонн до 73 тыс. тонн)" (inform.kz, kazahstan-eksportiroval-26-mln-tonn-zerna): the full
        // stop of "тыс." ends no sentence, so the growth before "с" makes two levels
        assertEquals(List.of("32 тыс. тонн", "73 тыс. тонн"),
                Found.texts(RU.find("в Кыргызстан — в 2,2 раза (с 32 тыс. тонн до 73 тыс. тонн)")));
        // "доведет ее до 92 процентов" (agro.kg/ru/news/1458): "доведет" reaches a level, it is no verb of its own
        assertEquals(Found.closed("91.5", "92.5"),
                Found.only(RU, "двухэтапное повышение пенсий доведет ее до 92 процентов от прожиточного минимума").bounds());
        // "снижение было отмечено на 3,7 %" (nuz.uz, 2021/01/21): a participle, but the fall is named in its clause
        FoundFigure noted = RU.find("снизилась на 2 %. За этот же период 2018 года снижение было отмечено на 3,7 % .").get(1);
        assertTrue(noted.isChange());
        assertEquals(Found.closed("-3.75", "-3.65"), noted.bounds());
    }

    @Test
    void anAbbreviationsPointEndsNoSentence() {
        // "увеличился на 922 млн. долларов США или на 41 процент" (sugdnews.com, 2023/02/18): "млн." is no sentence end,
        // so the percentage restates the rise
        List<FoundFigure> found = RU.find("объём товарооборота увеличился на 922 млн. долларов США или на 41 процент.");
        assertTrue(found.get(1).isChange());
        assertEquals(Found.closed("40.5", "41.5"), found.get(1).bounds());
        // "в Азербайджан — на 30% (с 50 тыс. тонн до 65 тыс. тонн)" (inform.kz, kazahstan-eksportiroval-26-mln-tonn-zerna):
        // the unrepeated "увеличение" holds for 30%, which is no change of the levels in the bracket before it
        List<FoundFigure> items = RU.find("Наиболее значительное увеличение поставок отмечено в Узбекистан — на 41% (с 872 тыс. "
                + "тонн до 1 232 тыс. тонн), в Кыргызстан — в 2,2 раза (с 32 тыс. тонн до 73 тыс. тонн), в Азербайджан — на 30% "
                + "(с 50 тыс. тонн до 65 тыс. тонн).");
        assertEquals(List.of("41%", "872 тыс. тонн", "1 232 тыс. тонн", "32 тыс. тонн", "73 тыс. тонн", "30%", "50 тыс. тонн",
                "65 тыс. тонн"), Found.texts(items));
        assertTrue(items.get(5).isChange());
        assertTrue(items.get(4).change().isEmpty(), "73 thousand tonnes is Kyrgyzstan's, the 30% Azerbaijan's");
        // a bracketed figure keeps the change after it: "(9.6億元)按年上升20.7%" (Macau DSEC, round three)
        assertEquals("按年上升20.7%", ZH.find("輸往中國內地貨值(9.6億元)按年上升20.7%").get(0).change().orElseThrow().text());
        // "U.S." ends no sentence before a lower-case word
        assertEquals(Found.closed("-5.5", "-4.5"), EN.find("Exports fell 3%, and U.S. imports by 5%.").get(1).bounds());
    }

    @Test
    void aRussianPercentageToABaseIsAnIndexNotAChange() {
        // "N% к соответствующему периоду" states the level as a share of the base: 61% is a fall of 39%, not a rise of 61%
        FoundFigure index = Found.only(RU, "Экспорт в январе — ноябре (61% к соответствующему периоду прошлого года).");
        assertEquals("61%", index.text());
        assertFalse(index.isChange());
        assertFalse(Found.only(RU, "Экспорт составил 104,1% к уровню прошлого года.").isChange());
        // with "на", a word of change or a sign it is the change again
        assertTrue(Found.only(RU, "Экспорт вырос на 5% к прошлому году.").isChange());
        assertTrue(Found.only(RU, "импорт — на 5% к прошлому году").isChange());
        assertTrue(Found.only(RU, "+30,6% к прошлому году").isChange());
    }

    @Test
    void theLevelAfterAtIsTheChangesLevel() {
        List<FoundFigure> found = EN.find("Exports were down 15.85 percent at $261.14 billion against $310.34 billion.");
        assertEquals("down 15.85 percent", found.get(1).change().orElseThrow().text());
        assertTrue(found.get(2).change().isEmpty(), "the base compared with has no change of its own");
    }

    @Test
    void changesForeseenAreChanges() {
        FoundFigure rise = RU.find("Экспорт вырастет на 5% до 10 млрд долларов.").get(0);
        assertEquals("вырастет на 5%", rise.text());
        assertTrue(rise.isChange());
        FoundFigure fall = Found.only(RU, "Экспорт сократится на 3%.");
        assertTrue(fall.isChange());
        assertEquals(Found.closed("-3.5", "-2.5"), fall.bounds());
        assertTrue(Found.only(RU, "Товарооборот увеличится на 12%.").isChange());
    }

    @Test
    void aPercentageAfterAParticipleAndItsNaOrByIsNoChange() {
        List<FoundFigure> found = RU.find("Экспорт вырос на 5%, а склады заполнены на 95%.");
        assertTrue(found.get(0).isChange());
        assertFalse(found.get(1).isChange(), "filled to 95%");
        assertEquals(Found.closed("94.5", "95.5"), found.get(1).bounds());
        assertFalse(Found.only(RU, "План по экспорту выполнен на 105%.").isChange());
        assertFalse(EN.find("Exports rose by 5%, capacity was utilised by 80%.").get(1).isChange());
        // a noun before "на" or "by" still takes the verb said once
        assertTrue(RU.find("Товарооборот вырос на 5%, экспорт страны на 3%.").get(1).isChange());
        assertTrue(EN.find("Exports rose by 5% and imports by 3%.").get(1).isChange());
        assertTrue(RU.find("Экспорт вырос на 5%, импорт из Узбекистана на 3%.").get(1).isChange());
    }

    @Test
    void theParticleOfAPhrasalVerbIsNoChange() {
        assertEquals(List.of(), Found.texts(EN.find("The company set up a fund of $5 million to $10 million.")), "a range");
        FoundFigure orders = Found.only(EN, "It broke down 40% of its orders.");
        assertFalse(orders.isChange());
        assertEquals(Found.closed("39.5", "40.5"), orders.bounds());
        assertTrue(Found.only(EN, "Shares ended up 5% on the day.").isChange());
    }

    @Test
    void withNoWordOfChangeSAndDoMakeABand() {
        assertEquals(List.of(), Found.texts(RU.find("Компании с 50 до 250 сотрудников получат льготы.")));
        assertEquals(List.of("5", "7%"), Found.texts(RU.find("Экспорт вырос с 5 до 7%.")));
        assertEquals(List.of("$1,5", "$4,5 миллиона"), Found.texts(RU.find("Экспорт вырос с $1,5 до $4,5 миллиона.")));
        // after a word of change, each "с" leaves a level, whose noun is the one after "до"; "1 232" is read whole
        assertEquals(List.of("50", "250 человек", "1 232", "1 500 человек"),
                Found.texts(RU.find("Число сотрудников выросло с 50 до 250 человек и с 1 232 до 1 500 человек.")));
    }

    @Test
    void aLevelGroupedWithSpacesIsReadWhole() {
        List<FoundFigure> levels = RU.find("Экспорт вырос с 1 232 до 2 500 тонн.");
        assertEquals(List.of("1 232", "2 500 тонн"), Found.texts(levels));
        assertEquals(Found.closed("2499.5", "2500.5"), levels.get(1).bounds());
        // the level left takes the unit written once, after the level reached
        assertEquals(io.github.tradecoop.figure.Quantity.Unit.TONNE, levels.get(0).quantity().orElseThrow().unit());
        assertEquals(Found.closed("1231.5", "1232.5"), levels.get(0).bounds());
        assertEquals(List.of("1 232", "1500 тонн"), Found.texts(RU.find("Экспорт вырос с 1 232 до 1500 тонн.")));
        assertEquals(List.of(), Found.texts(RU.find("Экспорт от 1 232 до 1 500 тонн.")), "a range, neither end of it");
    }

    @Test
    void aOneLetterCurrencyBeforeOneDecimalNeedsAMagnitude() {
        assertEquals(List.of("40 firms"), Found.texts(EN.find("Hall N1.2 hosted 40 firms.")));
        assertEquals(Currency.getInstance("ZAR"), Found.only(EN, "Revenue of R1.2 billion was reported.").currency().orElseThrow());
        assertEquals(Found.closed("2.495", "2.505"), Found.only(EN, "It cost R2.50 a litre.").bounds());
    }

    @Test
    void topAfterAModalOrToIsMoreThanElseARank() {
        FoundFigure sales = Found.only(EN, "Exports are expected to top $5 billion.");
        assertEquals("top $5 billion", sales.text());
        assertEquals(Qualifier.MORE_THAN, sales.amount().orElseThrow().qualifier());
        assertEquals("tops 3,000 units", Found.only(EN, "Sales tops 3,000 units.").text());
        assertEquals(List.of("3 firms"), Found.texts(EN.find("Among the top 10 exporters, 3 firms grew.")));
        assertEquals(List.of(), Found.texts(EN.find("The fair's top 20 buyers signed.")));
    }

    @Test
    void chineseSumsLeftUnsaidAndCompoundsWithZhong() {
        assertEquals(List.of(), Found.texts(ZH.find("签约金额5000多万")), "yuan left unsaid: no count");
        assertEquals(List.of("超过1000万"), Found.texts(ZH.find("游客超过1000万")));
        assertEquals("外资中小企业", Found.only(ZH, "300家外资中小企业参展").noun().orElseThrow());
        assertEquals("项目", ZH.find("55个项目中有20个外资项目").get(0).noun().orElseThrow());
    }
}
