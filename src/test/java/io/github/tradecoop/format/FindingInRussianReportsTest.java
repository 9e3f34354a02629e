package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.figure.Qualifier;
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

    @Test
    void wordsBetweenAVerbOfChangeAndItsPercentageKeepTheChange() {
        // "Импорт сократился в июле на 41,9%" (afnfn.com/news/i/211128)
        FoundFigure fall = RU.find("Импорт сократился в июле на 41,9% — до 16,975 миллиарда долларов.").get(0);
        assertEquals("сократился в июле на 41,9%", fall.text());
        assertEquals(Found.closed("-41.95", "-41.85"), fall.bounds());
        assertTrue(fall.isChange());
        assertEquals(Found.closed("17.65", "17.75"), Found.only(RU, "экспорт увеличился в денежном выражении на 17,7%").bounds());
        assertEquals("выросли поставки на 5%", Found.only(RU, "выросли поставки на 5%.").text());
        assertEquals(List.of("100 товаров"), Found.texts(RU.find("выросли цены на 100 товаров")), "a count is no change");
        assertEquals("41,9%", Found.only(RU, "сократился в июле, августе и сентябре на 41,9%").text(),
                "more than three words, or a comma, between them");
        // a verb between them has its own "на" (the Heihe paragraph of the corpus)
        assertEquals("150 процентных пунктов выше", Found.only(RU, "Темпы роста оказались на 150 процентных пунктов выше.").text());
    }

    @Test
    void aPercentageAfterNaTakesTheVerbOfChangeLeftUnrepeated() {
        // "экспорт товаров сократился на 10,9%, до $3,37 млрд, импорт — на 9,7%" (ia-centr.ru), "импорт прирастал
        // активнее: на 22,6%" (news.zerkalo.io)
        List<FoundFigure> found = RU.find("экспорт товаров сократился на 10,9%, до $3,37 млрд, импорт — на 9,7%, до $4,77 млрд.");
        assertEquals(List.of("сократился на 10,9%", "$3,37 млрд", "9,7%", "$4,77 млрд"), Found.texts(found));
        assertEquals(Found.closed("-9.75", "-9.65"), found.get(2).bounds());
        assertTrue(found.get(2).isChange());
        assertEquals("сократился на 10,9%", found.get(1).change().orElseThrow().text(),
                "the level reached is the change's before it, not the next one's");
        assertEquals("9,7%", found.get(3).change().orElseThrow().text());
        assertTrue(Found.only(RU, "Но импорт прирастал активнее: на 22,6%.").isChange());
        assertFalse(Found.only(RU, "Скидка на 20% действует.").isChange(), "no verb of change in the sentence");
    }

    @Test
    void doAfterAWordOfChangeIsToTheLevelReached() {
        // "импорт подрос сразу на треть - до 7 314,7 миллиона долларов" (uz.sputniknews.ru), "вдвое вырос экспорт свинины
        // (до 9,2 тыс. тонн)" (rodina.news), "желательно довести до $15 млрд" (kz.kursiv.media), "сальдо в июне
        // увеличилось до 1 млрд 607 млн долларов" (news.zerkalo.io)
        FoundFigure imports = Found.only(RU, "то импорт подрос сразу на треть - до 7 314,7 миллиона долларов");
        assertEquals("7 314,7 миллиона долларов", imports.text());
        assertEquals(Qualifier.EXACT, imports.figure().qualifier());
        assertEquals("9,2 тыс. тонн", Found.only(RU, "вдвое вырос экспорт свинины (до 9,2 тыс. тонн)").text());
        assertEquals(Found.closed("14500000000", "15500000000"), Found.only(RU, "товарооборот желательно довести до $15 млрд.").bounds());
        assertEquals("1 млрд 607 млн долларов", Found.only(RU, "сальдо в июне увеличилось до 1 млрд 607 млн долларов.").text());
        assertEquals("19,407 млрд долларов",
                RU.find("экспорт увеличился на 12,4% к тому же периоду прошлого года — до 19,407 млрд долларов.").get(1).text());
        // with no word of change, "до" is "up to"
        assertEquals(Found.closed("0", "100"), Found.only(RU, "Приняли участие до 100 компаний.").bounds());
        assertEquals(Found.closed("0", "50"), Found.only(RU, "скидки до 50%").bounds());
    }

    @Test
    void fromOneLevelToAnotherIsNoRange() {
        // "(с 872 тыс. тонн до 1 232 тыс. тонн)" (inform.kz)
        assertEquals(List.of("872 тыс. тонн", "1 232 тыс. тонн"), Found.texts(RU.find("на 41% (с 872 тыс. тонн до 1 232 тыс. тонн)")).subList(1, 3));
        assertEquals(List.of("$5 billion", "$7 billion"), Found.texts(FigureFormat.english().find("Exports rose from $5 billion to $7 billion.")));
        assertEquals(List.of(), Found.texts(FigureFormat.english().find("Prices range from $5 billion to $7 billion.")));
        assertEquals(List.of(), Found.texts(RU.find("от 4,2 до 95 млрд рублей")));
    }

    @Test
    void aRangeWithACurrencySignAtEachEndIsNoFigure() {
        // "составит от $3 до $5 млрд" (dv.ee)
        assertEquals(List.of(), Found.texts(RU.find("сумма контрактов составит от $3 до $5 млрд.")));
        assertEquals(List.of(), Found.texts(FigureFormat.english().find("prices from $5 to $7 billion")));
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
        assertEquals("российских и иностранных компаний", Found.only(RU, "на форуме 11 тысяч российских и иностранных компаний.").noun()
                .orElseThrow());
        assertEquals("экономикообразующие организации", Found.only(RU, "обеспечивали 32 экономикообразующие организации области.").noun()
                .orElseThrow());
        assertEquals("крупные организации", Found.only(RU, "Участвуют 32 крупные организации.").noun().orElseThrow());
        assertEquals("соглашение", Found.only(RU, "подписано 691 соглашение на сумму").noun().orElseThrow(), "a noun in -ние is no adjective");
        assertEquals(List.of("пять новых", "три старых"), Found.texts(RU.find("пять новых и три старых")),
                "\"и\" joins adjectives only");
    }

    @Test
    void aVerbSidesAndTheTwoCountriesAreNoCounts() {
        // "1300 компаний, из которых 880 были представлены" (vkrizis.info), "с двух сторон" (kabar.kg), "между двумя
        // странами" (eadaily.com)
        assertEquals(List.of("1300 компаний"), Found.texts(RU.find("участвовали 1300 компаний, из которых 880 были представлены.")));
        assertEquals(List.of(), Found.texts(RU.find("Есть большие и средние компании с двух сторон")));
        assertEquals(List.of(), Found.texts(RU.find("товарооборот между двумя странами составил")));
        assertEquals(List.of(), Found.texts(RU.find("товарооборот двух стран вырос")));
        assertEquals("25 стран", Found.only(RU, "делегации 25 стран").text());
        assertEquals("три страны", Found.only(RU, "приехали три страны").text(), "three is a count");
    }

    @Test
    void notExceedingIsAtMost() {
        // "не превышает 2%" (uz.sputniknews.ru), "могут превысить 400 млрд рублей" (tass.ru)
        FoundFigure share = Found.only(RU, "удельный вес не превышает 2%.");
        assertEquals("не превышает 2%", share.text());
        assertEquals(Found.closed("0", "2"), share.bounds());
        assertEquals(Qualifier.MORE_THAN, Found.only(RU, "суммы могут превысить 400 млрд рублей").figure().qualifier());
    }

    @Test
    void aQualifiedNumberAfterACapitalisedWordIsACount() {
        // "От Кыргызстана более 100." (kabar.kg)
        assertEquals("более 100", Found.only(RU, "От Кыргызстана более 100. Есть большие компании").text());
    }

    @Test
    void digitsAndAHalf() {
        // "более чем на 13 с половиной триллионов сумов" (darakchi.uz)
        FoundFigure contracts = Found.only(RU, "Подписаны договоры более чем на 13 с половиной триллионов сумов, что");
        assertEquals(FoundFigure.Kind.AMOUNT, contracts.kind());
        assertEquals(new BigDecimal("13500000000000"), contracts.figure().value());
        assertEquals("UZS", contracts.currency().orElseThrow().getCurrencyCode());
    }

    @Test
    void squareMetresWithoutAPoint() {
        // "около 10 тыс. кв метров" (tass.ru)
        FoundFigure area = Found.only(RU, "Площадь выставки составила около 10 тыс. кв метров, было");
        assertEquals(FoundFigure.Kind.QUANTITY, area.kind());
        assertEquals(Found.closed("5000", "15000"), area.bounds());
    }

    @Test
    void aPointBeforeADigitEndsTheSentence() {
        // "1,19 млн кв. м. 642 предприятия" (china.open-bridge.ru)
        assertEquals(List.of("1,19 млн кв. м", "642 предприятия"),
                Found.texts(RU.find("Ярмарка занимает площадь в 1,19 млн кв. м. 642 предприятия приехали.")));
    }

    @Test
    void fromOneLevelToAnotherWithTheMagnitudeOrPercentWrittenOnce() {
        // "(с $1,5 до $4,5 миллиона)" (24.kg), "с 120,9 до 228,3 миллиарда тенге" (ranking.kz)
        List<FoundFigure> estonia = RU.find("торговля с Эстонией увеличилась на 300 процентов (с $1,5 до $4,5 миллиона);");
        assertEquals(List.of("увеличилась на 300 процентов", "$1,5", "$4,5 миллиона"), Found.texts(estonia));
        assertEquals(Found.closed("1450000", "1550000"), estonia.get(1).bounds());
        List<FoundFigure> tenge = RU.find("вырос с 120,9 до 228,3 миллиарда тенге");
        assertEquals(Found.closed("120850000000", "120950000000"), tenge.get(0).bounds());
        assertEquals("KZT", tenge.get(0).currency().orElseThrow().getCurrencyCode());
        assertEquals(List.of("5", "7%"), Found.texts(RU.find("ставка выросла с 5 до 7%")));
        assertEquals(List.of("5%", "7%"), Found.texts(FigureFormat.english().find("Exports rose from 5% to 7%.")));
        assertEquals(List.of(), Found.texts(RU.find("Ставки от 5,5% до 7,5% действуют.")), "от … до is a range");
        assertEquals(List.of(), Found.texts(FigureFormat.english().find("Tariffs of 5% to 7% apply.")));
    }

    @Test
    void wordsOfChangeAndCurrenciesOfThisPass() {
        // "оборот сжался на 24%" (uralinform.ru), "возрос на 16,0%" (khovar.tj), "1,3 млрд манатов" (aze.az),
        // "85,1 млн.дол. США" (zak-kor.net), "на 7,4 процента уступает уровню" (orelgrad.ru), "превысил отметку в 1
        // триллион сомов" (israelan.com), "увеличению доли … до 38,9%" (uzdaily.uz)
        assertEquals(Found.closed("-24.5", "-23.5"), Found.only(RU, "оборот сжался на 24%").bounds());
        assertTrue(Found.only(RU, "импорт возрос на 16,0%").isChange());
        assertEquals("AZN", Found.only(RU, "экспорт составил 1,3 млрд манатов").currency().orElseThrow().getCurrencyCode());
        assertEquals("USD", Found.only(RU, "составил 85,1 млн.дол. США").currency().orElseThrow().getCurrencyCode());
        assertEquals(Found.closed("-7.45", "-7.35"), Found.only(RU, "Показатель на 7,4 процента уступает уровню прошлого года").bounds());
        assertEquals(Qualifier.MORE_THAN, Found.only(RU, "ВВП превысил отметку в 1 триллион сомов").figure().qualifier());
        assertEquals(Found.closed("38.85", "38.95"), Found.only(RU, "содействовать увеличению доли до 38,9%").bounds());
    }

    @Test
    void anUnrepeatedVerbHoldsForTheWholeList() {
        // "снизился на 57,5%, с Кыргызстаном – на 35,4%, …, с Казахстаном – на 10,6%" (vvptoday.ru)
        List<FoundFigure> found = RU.find("торговый оборот с Украиной снизился на 57,5%, с Кыргызстаном – на 35,4%, с Арменией — на"
                + " 28,7%, с Белоруссией – на 24,7%, с Россией – на 19,9%, с Казахстаном – на 10,6%.");
        assertEquals(6, found.size());
        assertTrue(found.stream().allMatch(f -> f.figure().value().signum() < 0), found::toString);
    }

    @Test
    void datesRanksVerbsAndLeftOutNounsAreNoCounts() {
        // "СУХУМ, 27 июн" (sputnik-abkhazia.ru), "МОСКВА, 20 ноя" (new-estate.org), "(7 место)" (kaliningrad.rbc.ru), "форум —
        // 2022 проходил" (bigasia.ru), "из которых 18 высокого уровня" (rutube.ru)
        assertEquals(List.of(), Found.texts(RU.find("СУХУМ, 27 июн – Sputnik.")));
        assertEquals(List.of(), Found.texts(RU.find("МОСКВА, 20 ноя.")));
        assertEquals(List.of("3,9%"), Found.texts(RU.find("Доля достигла 3,9% (7 место).")));
        assertEquals(List.of(), Found.texts(RU.find("Красноярский экономический форум — 2022 проходил 2–4 марта.")));
        assertEquals(List.of("92 иностранных государств"),
                Found.texts(RU.find("участвовали представители 92 иностранных государств, из которых 18 высокого уровня.")));
        assertEquals("300 мест", Found.only(RU, "Зал на 300 мест").text(), "a count of seats");
        assertEquals("5 валют", Found.only(RU, "корзина из 5 валют").text(), "a noun in -ют is no verb");
    }

    @Test
    void nounsOfThisPass() {
        // "91 двусторонняя встреча" (rutube.ru), "десять главнокомандующих военно-воздушных сил" (persona.rin.ru), "«В 173
        // мероприятиях" (niieap.com)
        assertEquals("двусторонняя встреча", Found.only(RU, "проведена 91 двусторонняя встреча").noun().orElseThrow());
        assertEquals("главнокомандующих", Found.only(RU, "побывали десять главнокомандующих военно-воздушных сил").noun().orElseThrow());
        assertEquals("173 мероприятиях", Found.only(RU, "«В 173 мероприятиях участвовали все»").text());
        assertEquals(List.of(), Found.texts(RU.find("привез на ЭКСПО 400 компаний")), "after a capitalised name");
    }

    @Test
    void aPointGroupsThousandsBeforeADecimalComma() {
        // "$1.022,4 млн." (archive.urbc.ru)
        assertEquals(Found.closed("1022350000", "1022450000"), Found.only(RU, "импорт составил $1.022,4 млн.").bounds());
        assertEquals(Found.closed("1.015", "1.025"), Found.only(RU, "вырос на 1.02%").bounds(),
                "a point alone is a decimal point");
    }

    @Test
    void anUnrepeatedNounOfChangeReachesSixteenWords() {
        // "Это обусловлено ростом объемов ввоза предметов одежды и принадлежностей к ней в 4 раза, обуви — на 36%,
        // оборудования и механических устройств — на 34%" (utrk.kg/ru/news/s/64861)
        List<FoundFigure> found = RU.find("Это обусловлено ростом объемов ввоза предметов одежды и принадлежностей к ней в 4 раза, "
                + "обуви — на 36%, оборудования и механических устройств — на 34%, подсолнечного масла так же на 34%.");
        assertEquals(List.of("36%", "34%", "34%"), Found.texts(found));
        assertTrue(found.stream().allMatch(FoundFigure::isChange), "each is a rise the one noun of change states");
    }

    @Test
    void aTrailerBetweenTheVerbAndNaKeepsTheChange() {
        // "сократился по отношению к предыдущему месяцу на 0,1%" (Minekonomrazvitiya monitoring, quoted by a news page the
        // search tool gave without an address; the phrase is checked as constructed)
        FoundFigure fall = Found.only(RU, "импорт машиностроительной продукции сократился по отношению к предыдущему месяцу на 0,1%");
        assertEquals("сократился по отношению к предыдущему месяцу на 0,1%", fall.text());
        assertEquals(Found.closed("-0.15", "-0.05"), fall.bounds());
    }

    @Test
    void aLevelReachedAfterAParticipleTakesTheChange() {
        // "вырос на 42%, достигнув $6,3 млрд" (kz.kursiv.media, 2022-07-21 tokaev-hochet-uvelichit-tovarooborot…)
        List<FoundFigure> reached = FigureFormat.russian().find("товарооборот вырос на 42%, достигнув $6,3 млрд.");
        assertEquals("вырос на 42%", reached.get(1).change().orElseThrow().text());
        // "Импорт, между тем, вырос на 14,5%, составив 43 млрд 450 млн долларов" (rki.kbs.co.kr, Seq_Code=52810)
        List<FoundFigure> imports = FigureFormat.russian().find("Импорт, между тем, вырос на 14,5%, составив 43 млрд 450 млн долларов.");
        assertEquals("43 млрд 450 млн долларов", imports.get(1).text());
        assertEquals("вырос на 14,5%", imports.get(1).change().orElseThrow().text());
        // "увеличился на 8,5% по сравнению с годом ранее – до 12,986 миллиарда долларов" (1prime.ru/20260122/oborot-866784633)
        List<FoundFigure> turnover = RU.find("Торговый оборот Узбекистана с Россией увеличился на 8,5% по сравнению с годом ранее – "
                + "до 12,986 миллиарда долларов.");
        assertEquals("увеличился на 8,5% по сравнению с годом ранее", turnover.get(0).text());
        assertEquals(turnover.get(0).text(), turnover.get(1).change().orElseThrow().text());
        // "Coffee exports rose 8.5 per cent to hit 10,200 tonnes" (pulse.ng, tea-earns-kenya-more-than-sh30-billion…)
        List<FoundFigure> coffee = FigureFormat.english().find("Coffee exports rose 8.5 per cent to hit 10,200 tonnes.");
        assertEquals("rose 8.5 per cent", coffee.get(1).change().orElseThrow().text());
    }

    @Test
    void anotherCyrillicLanguageIsNotReadAsRussian() {
        // "738 мың тоннадан 1 049 мың тоннаға дейін" (kaz.inform.kz/news/elden-kansha-astik-eksporttaldi-8e4ef7): Kazakh,
        // whose "мың" is a thousand, no noun counted; the Russian sentence after it is read
        String text = "Өзбекстанға экспорт көлемі 42%-ға артып, 738 мың тоннадан 1 049 мың тоннаға дейін артты. "
                + "Экспорт вырос на 5% до 3 млрд долларов.";
        assertEquals(List.of("вырос на 5%", "3 млрд долларов"), Found.texts(FigureFormat.findAll(text)));
        assertEquals(List.of(), Found.texts(FigureFormat.russian().find("Бұрын 85 мың тонна болса, қазір 150 мың тоннаны құрап отыр.")));
    }

    @Test
    void aCountsNounStopsBeforeAnInfinitive() {
        // "Еще 58 желающих побывать на форуме были из Индии" (saint-petersburg.ru/news/2023/6/17/3868)
        FoundFigure willing = Found.only(RU, "Еще 58 желающих побывать на форуме были из Индии.");
        assertEquals("58 желающих", willing.text());
        assertEquals("желающих", willing.noun().orElseThrow());
        assertEquals("ключевых документов", Found.only(RU, "подписано пять ключевых документов").noun().orElseThrow());
    }

    @Test
    void aTransitiveVerbStatesAChangeAndTheSumAfterOrByRestatesIt() {
        // "Белоруссия нарастила экспорт товаров в Россию в январе-сентябре текущего года на 34%, или на 4 миллиарда
        // долларов" (dzen.ru/a/Y33aOMYT93qWyc0l)
        List<FoundFigure> found = RU.find("Белоруссия нарастила экспорт товаров в Россию в январе-сентябре текущего года на 34%, "
                + "или на 4 миллиарда долларов, по сравнению с аналогичным периодом предыдущего года.");
        assertTrue(found.get(0).isChange());
        assertTrue(found.get(1).isChange(), "the same change in dollars");
        assertEquals(Found.closed("3500000000", "4500000000"), found.get(1).bounds());
        assertEquals(Found.closed("-2500000000", "-1500000000"),
                FigureFormat.english().find("Exports fell by 5 percent, or by $2 billion.").get(1).bounds());
        // "увеличила экспорт ... на 23,5%" (m.21.by/inosmi/2011/11/24/414620): a verb with its object between
        assertTrue(Found.only(RU, "Беларусь увеличила экспорт продовольственных товаров на 23,5%.").isChange());
    }

    @Test
    void aRateOfGrowthIsAnIndexNotAChange() {
        // "(темп роста 110,8%)" (bel-news.by/belarys-za-ianvar-avgyst-eksportirovala-prodykcii-na-41-mlrd): 110.8% of the
        // year before, a rise of 10.8%, not of 110.8%
        FoundFigure index = Found.only(RU, "экспорт вырос (темп роста 110,8%).");
        assertFalse(index.isChange());
        assertEquals("110,8%", index.text());
    }

    @Test
    void aLevelAfterARatioADifferenceAndADativeNoun() {
        // "Азербайджан — в 2 раза, до 12 тыс. тонн" (inform.kz/ru/eksport-kazahstanskogo-zerna-novogo-urozhaya-sostavil-
        // 777-tisyach-tonn-ffac64): the level reached, not up to
        FoundFigure level = Found.only(RU, "Азербайджан — в 2 раза, до 12 тыс. тонн.");
        assertEquals("12 тыс. тонн", level.text());
        assertEquals(Found.closed("11500", "12500"), level.bounds());
        // "посетили 180 тысяч человек — это на 20 тысяч больше, чем в прошлом году" (vesti-omsk.ru, selskohozjajstvennuju-
        // vystavku-agro-omsk-posetili-180-tysjach-chelovek): a difference, no count of "больше"
        assertEquals(List.of("180 тысяч человек"),
                Found.texts(RU.find("Выставку посетили 180 тысяч человек — это на 20 тысяч больше, чем в прошлом году.")));
        // "составил 23,7 млн тонн …, что почти на четыре млн тонн больше прошлого года" (vlast.kz/novosti/20898-79-mln-tonn-…):
        // a difference of tonnes, no level
        assertEquals(List.of("23,7 млн тонн"),
                Found.texts(RU.find("Валовый сбор зерна составил 23,7 млн тонн, что почти на четыре млн тонн больше прошлого года.")));
        // "более 200 сессий по 20 различным тематикам" (yenisafak.com/ru/news/29935): the noun after a dative adjective
        assertEquals("различным тематикам", RU.find("проходят более 200 сессий по 20 различным тематикам.").get(1).noun().orElseThrow());
    }

    @Test
    void fourWordsMayStandBetweenTheVerbAndItsNa() {
        // "достиг $19,48 млрд, уменьшившись по сравнению с июнем на 6,4%" (tass.ru/ekonomika/18464173)
        List<FoundFigure> july = RU.find("Только в июле объем торговли двух стран достиг $19,48 млрд, уменьшившись по сравнению с июнем на 6,4%.");
        assertEquals("уменьшившись по сравнению с июнем на 6,4%", july.get(1).text());
        assertEquals(Found.closed("-6.45", "-6.35"), july.get(1).bounds());
    }

    @Test
    void aDashBeforeNaTakesTheVerbOfTheSentenceBefore() {
        // "Экспорт Китая в Россию за тот же период вырос на 5,2%, до $36,3 млрд. Импорт России в Китай — на 48,8% (до $61,45
        // млрд)" (newssummedup.com, summary of Kommersant, 7 August 2022)
        List<FoundFigure> found = RU.find("Экспорт Китая в Россию за тот же период вырос на 5,2%, до $36,3 млрд. Импорт России в Китай — "
                + "на 48,8% (до $61,45 млрд), передает ТАСС.");
        assertTrue(found.get(2).isChange());
        assertEquals("48,8%", found.get(3).change().orElseThrow().text());
        // with no dash, a sentence keeps to itself
        assertFalse(RU.find("Цены выросли на 5%. Импорт на 10% состоит из нефти.").get(1).isChange());
    }

    @Test
    void portAndPowerReportsStateTheirUnitsAndSignedChanges() {
        // "почти 1,02 трлн кВт•ч" (kommersant.ru/doc/8060477), "631,5 млрд кВт-часов" (smart-lab.ru/mobile/topic/654470):
        // kilowatt-hours with a bullet or a hyphen, no count of "кВт"
        assertEquals(io.github.tradecoop.figure.Quantity.Unit.KILOWATT_HOUR,
                Found.only(RU, "Выработка составила почти 1,02 трлн кВт•ч.").quantity().orElseThrow().unit());
        assertEquals(io.github.tradecoop.figure.Quantity.Unit.KILOWATT_HOUR,
                Found.only(RU, "Потребление достигло 631,5 млрд кВт-часов.").quantity().orElseThrow().unit());
        // "1,23 млрд кВт" (china.open-bridge.ru/k-ijulju-potreblenie-jelektrichestva-v-knr.html): power, which no kind
        // states, is no count of kilowatts
        assertEquals(List.of(), Found.texts(RU.find("Установленная мощность достигнет 1,23 млрд кВт.")));
        // "287,1 тыс. TEU (+17%)" (chinalogist.ru/news/morskoy-konteynerooborot-rossii-sostavil-16-mln-teu-23528), "1,27 млн
        // TEU (-0,2%)" (dzen.ru/a/ZqyjH92Y-gOtvcei), "$52,9 млрд (+30,6%)" (kommersant.ru/doc/5063490): a signed percentage
        // in brackets is the change of the level before it
        List<FoundFigure> ports = RU.find("Порт перевалил 287,1 тыс. TEU (+17%), а другой порт 1,27 млн TEU (-0,2%).");
        assertEquals("+17%", ports.get(0).change().orElseThrow().text());
        assertTrue(ports.get(1).isChange());
        assertEquals("-0,2%", ports.get(2).change().orElseThrow().text());
        assertEquals(Found.closed("-0.25", "-0.15"), ports.get(3).bounds());
        assertEquals("+30,6%", RU.find("Экспорт составил $52,9 млрд (+30,6%).").get(0).change().orElseThrow().text());
        // a bracket with no sign restates nothing: "(61% к соответствующему периоду)" is an index
        assertFalse(RU.find("Экспорт составил 270,2 млрд рублей (61% к соответствующему периоду прошлого года).").get(1).isChange());
        // "25%-ное снижение" (uralinform.ru/news/economy/121082-yugra-na-tret-sokratila-import-tovarov/): a fall
        FoundFigure fall = Found.only(RU, "Округ зафиксировал 25%-ное снижение грузоперевозок.");
        assertTrue(fall.isChange());
        assertEquals(Found.closed("-25.5", "-24.5"), fall.bounds());
    }

    @Test
    void fractionsRanksDurationsAndDifferencesAreNoCounts() {
        // "упал на две трети" (getbits.info/main/13674-oborot-kontejnerov-za-8-mesyacev-stividory-rossii.html): no count of 2
        assertEquals(List.of(), Found.texts(RU.find("Порожний оборот упал на две трети.")));
        // "поднялся на 9 позицию" (infranews.ru, bolshoj-port-sankt-peterburg-lidiruet-po-kontejnerooborotu-…-2019-goda): a rank
        assertEquals(List.of(), Found.texts(RU.find("Порт поднялся на 9 позицию, а затем на 10 позиции рейтинга.")));
        // "с 4 месяцами прошлого года" (terradv.ru/gruzopotok-na-punktax-propuska-na-dalnem-vostoke-vyros-na-11/), "за 12
        // ярмарочных дней" (ru24.pro/naberezhnye_chelny/393015628): durations, also after adjectives
        assertEquals(List.of(), Found.texts(RU.find("По сравнению с 4 месяцами прошлого года.")));
        assertEquals(List.of(), Found.texts(RU.find("За 12 ярмарочных дней продали много товаров.")));
        assertEquals(List.of("300 иностранных компаний"), Found.texts(RU.find("Приехали 300 иностранных компаний.")));
        // "на 705 тысяч тонн или на 57% больше" (ampravda.ru/2012/12/19/41784), "на 4 тысячи человек больше"
        // (politsovet.ru/42455-innoprom-poteryal-populyarnost.html), "на 20 тонн превысил" (news.mail.ru/society/68602705/):
        // differences, no levels
        List<FoundFigure> tonnes = RU.find("Это на 705 тысяч тонн или на 57% больше.");
        assertEquals(List.of("57% больше"), Found.texts(tonnes));
        assertTrue(tonnes.get(0).isChange());
        assertEquals(List.of("57 тысяч человек"), Found.texts(RU.find("Пришли 57 тысяч человек, то есть на 4 тысячи человек больше.")));
        assertEquals(List.of(), Found.texts(RU.find("Этот результат на 20 тонн превысил показатели прошлого года.")));
        // a verb of change just before "на": what it added, no level; "до" after it is the level reached
        List<FoundFigure> output = RU.find("Выпуск сократился на 3 тысячи тонн, до 20 тонн.");
        assertEquals(List.of("20 тонн"), Found.texts(output));
        assertEquals(Found.closed("19.5", "20.5"), output.get(0).bounds());
        assertEquals(List.of("5%"), Found.texts(RU.find("Выпуск сократился на 3 тысячи тонн, или на 5%.")));
        assertEquals(Found.closed("-5.5", "-4.5"), RU.find("Выпуск сократился на 3 тысячи тонн, или на 5%.").get(0).bounds());
        // but "на" is also "for": prices rose for 100 goods, and a hall is meant for 120 companies
        assertEquals(List.of("100 товаров"), Found.texts(RU.find("Выросли цены на 100 товаров.")));
        assertEquals(List.of("120 компаний"), Found.texts(RU.find("Выставка рассчитана на 120 компаний.")));
    }

    @Test
    void approachingAFigureAndOddMoreAndASpacedRange() {
        // "Мы приближаемся к 6 триллионам рублей" (osnmedia.ru/ekonomika/na-pmef-zaklyuchili-soglashenij-na-5-6-trillionov-
        // rublej), "приблизилось к $3,2 млрд" (officelife.media/news/64587-otritsatelnoe-saldo-belarusi-…-3-mlrd): nearly
        FoundFigure approaching = Found.only(RU, "Мы приближаемся к 6 триллионам рублей.");
        assertEquals(Qualifier.NEARLY, approaching.amount().orElseThrow().figure().qualifier());
        assertEquals(Qualifier.NEARLY, Found.only(RU, "Сальдо приблизилось к $3,2 млрд.").amount().orElseThrow().figure().qualifier());
        // "примерно в $19 млрд" (the same page): about
        assertEquals(Qualifier.ABOUT, Found.only(RU, "Импорт составил примерно в $19 млрд.").amount().orElseThrow().figure().qualifier());
        // "на 80 с лишним процентов" (fotkaew.ru/putin-otmetil-khoroshiy-temp-razvitiya-otnosheniy-rossii-i-turtsii): more than 80%
        FoundFigure odd = Found.only(RU, "Наш товарооборот увеличился на 80 с лишним процентов.");
        assertEquals("увеличился на 80 с лишним процентов", odd.text());
        assertEquals(Qualifier.MORE_THAN, odd.percentage().orElseThrow().figure().qualifier());
        // "минус $5,7 - 5,9 млрд" (regnum.ru/news/1464681.html): a range written with a spaced dash, the magnitude once;
        // read alone, its first end would be $5.70
        assertEquals(List.of(), Found.texts(RU.find("Сальдо ожидается на уровне минус $5,7 - 5,9 млрд.")));
        assertEquals(List.of(), Found.texts(RU.find("Соберутся 10 - 15 компаний.")));
        // a year before a dash is no first end: the figure after it is larger
        assertEquals(List.of("5,9 млрд долларов"), Found.texts(RU.find("В 2023 – 5,9 млрд долларов.")));
    }

    @Test
    void containersCountedInTeuAndLatinUnitsInRussianSentences() {
        // "было перевезено 2,67 млн груженых и порожних контейнеров ДФЭ" (abc-rail.com/tpost/zjm96rarx1-perevozki-
        // konteinerov-vnutri-strani-za-y): containers measured in TEU, a quantity as "35,6 тыс. ДФЭ" is
        FoundFigure containers = Found.only(RU, "С начала года было перевезено 2,67 млн груженых и порожних контейнеров ДФЭ.");
        assertEquals(io.github.tradecoop.figure.Quantity.Unit.TEU, containers.quantity().orElseThrow().unit());
        assertEquals("ДФЭ", containers.noun().orElseThrow());
        assertEquals(FoundFigure.Kind.COUNT, Found.only(RU, "Порт принял 500 контейнеров.").kind());
        // "составили 5,2 млн в двадцатифутовом эквиваленте (ДФЭ)" (rcc.ru/article/perevozki-konteynerov-po-seti-rzhd-za-
        // vosem-mesyacev-vyrosli-na-8-6-105409): TEU spelled out
        assertEquals(io.github.tradecoop.figure.Quantity.Unit.TEU, RU.find("Перевозки составили 5,2 млн в двадцатифутовом "
                + "эквиваленте (ДФЭ).").get(0).quantity().orElseThrow().unit());
        // "Зарубино – в 2,9 раза, до 232 TEU" (infranews.ru, bolshoj-port-sankt-peterburg-lidiruet-…-2019-goda): a Latin
        // unit after the number of a Russian sentence; the Russian format alone found nothing
        FoundFigure zarubino = Found.only(RU, "Среди портов: Зарубино – в 2,9 раза, до 232 TEU.");
        assertEquals(io.github.tradecoop.figure.Quantity.Unit.TEU, zarubino.quantity().orElseThrow().unit());
        assertEquals(Found.closed("231.5", "232.5"), zarubino.bounds());
    }

    @Test
    void theNextItemOfAListOfLevelsReached() {
        // "нарастил оборот до 706 тыс. TEU (+54%), Калининград до 121 тыс. TEU (+85%)" (dzen.ru/a/ZqyjH92Y-gOtvcei): the
        // verb said once; "до" of the second item is the level reached too, not "up to"
        List<FoundFigure> ports = RU.find("Порт нарастил оборот до 706 тыс. TEU (+54%), Калининград до 121 тыс. TEU (+85%).");
        assertEquals(List.of("706 тыс. TEU", "+54%", "121 тыс. TEU", "+85%"), Found.texts(ports));
        assertEquals(Found.closed("120500", "121500"), ports.get(2).bounds());
        assertEquals("+85%", ports.get(2).change().orElseThrow().text());
    }

    @Test
    void anAmountByWhichMoreWasSoldIsAChange() {
        // "продали … на 2,5 млн рублей товаров больше" (tatar-inform.ru/news/za-vremya-raboty-selxozyarmarok-v-tatarstane-
        // realizovano-produkcii-na-11-mlrd-rublei-5930606): a difference in money, a change, no level of sales
        FoundFigure more = Found.only(RU, "В этот раз продали на 2,5 млн рублей товаров больше.");
        assertTrue(more.isChange());
        assertEquals(Found.closed("2450000", "2550000"), more.bounds());
        assertFalse(Found.only(RU, "Купили товаров на 5 млн рублей.").isChange());
    }
}
