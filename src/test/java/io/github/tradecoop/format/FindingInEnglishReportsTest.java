package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.figure.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What English reports of fairs and trade from India, Vietnam, the Gulf, Africa, Europe and
 * Kazakhstan write, and the finder misread (third pass over real reports, 2 December 2026). Each
 * phrase is real; the page is named beside it.
 */
class FindingInEnglishReportsTest {

    private static final FigureFormat EN = FigureFormat.english();

    @Test
    void lakhCroreIsATrillion() {
        // "worth Rs 26.33 lakh crore" (businesstoday.in), "Rs 2.85 lakh crore" (deccanherald.com)
        FoundFigure worth = Found.only(EN, "memoranda for projects worth Rs 26.33 lakh crore.");
        assertEquals("Rs 26.33 lakh crore", worth.text());
        assertEquals(Found.closed("26325000000000", "26335000000000"), worth.bounds());
        List<FoundFigure> exports = FigureFormat.english().find("exports dipped to $33.98 billion (Rs 2.85 lakh crore)");
        assertEquals(List.of("$33.98 billion", "Rs 2.85 lakh crore"), Found.texts(exports));
        assertEquals(Found.closed("2845000000000", "2855000000000"), exports.get(1).bounds());
        assertEquals(Found.closed("15000000000", "25000000000"), Found.only(EN, "Rs 2 thousand crore").bounds(), "a thousand crore is 10^10");
        assertEquals("₹1,500 crore", Found.only(EN, "₹1,500 crore").text());
    }

    @Test
    void indianDigitGroupsAreRead() {
        // "more than 1,00,000 sq.m" (tribuneindia.com), "more than 2,00,000 a day", "1,20,000 square metres"
        // (business-standard.com)
        FoundFigure area = Found.only(EN, "the fair will cover more than 1,00,000 sq.m area");
        assertEquals("more than 1,00,000 sq.m", area.text());
        assertEquals(new BigDecimal("100000"), area.figure().value());
        assertEquals(new BigDecimal("120000"), Found.only(EN, "1,20,000 square metres of space").figure().value());
        assertEquals(new BigDecimal("1234567"), Found.only(EN, "12,34,567 visitors").figure().value());
        assertEquals(new BigDecimal("12345678"), Found.only(EN, "1,23,45,678 visitors").figure().value());
        assertEquals(List.of(), Found.texts(FigureFormat.english().find("1,00,00 visitors")), "a pair of pairs is no number");
        assertEquals(List.of(), Found.texts(FigureFormat.english().find("1,000,00 visitors")), "Western groups then a pair");
    }

    @Test
    void anApostropheBetweenDigitGroupsSeparatesThousands() {
        // "45’489 visitors", "More than 3’300 companies" (bakenet.eu)
        assertEquals(new BigDecimal("45489"), Found.only(EN, "Gulfood attracted 45’489 visitors").figure().value());
        FoundFigure companies = Found.only(EN, "More than 3’300 companies took part.");
        assertEquals("More than 3’300 companies", companies.text());
        assertEquals(Qualifier.MORE_THAN, companies.figure().qualifier());
        assertEquals(new BigDecimal("1234567"), Found.only(EN, "1'234'567 visitors").figure().value());
        assertEquals("300 companies", Found.only(EN, "the firm’s 300 companies").text(), "an apostrophe after letters is no separator");
    }

    @Test
    void vndWithItsOwnLetterIsTheDong() {
        // "almost VNĐ165.7 trillion", "VNĐ375 trillion" (einpresswire.com, Việt Nam News)
        FoundFigure revenue = Found.only(EN, "revenue reached almost VNĐ165.7 trillion in five months");
        assertEquals("almost VNĐ165.7 trillion", revenue.text());
        assertEquals("VND", revenue.currency().orElseThrow().getCurrencyCode());
    }

    @Test
    void exceedAndSurpassStateMoreThan() {
        // "expected to exceed $15 trillion" (aa.com.tr), "surpassing Rs 45 lakh crore" (businesstoday.in),
        // "exceeds 60 percent of the total" (qazaqtv.com)
        assertEquals(Qualifier.MORE_THAN, Found.only(EN, "imports expected to exceed $15 trillion").figure().qualifier());
        assertEquals("surpassing Rs 45 lakh crore", Found.only(EN, "investments surpassing Rs 45 lakh crore").text());
        assertEquals("exceeds 60 percent", Found.only(EN, "trade exceeds 60 percent of the total").text());
        assertEquals(Qualifier.ABOUT, Found.only(EN, "For that estimated $20m price tag").figure().qualifier(), "(theafricareport.com)");
    }

    @Test
    void makingUpIsAShareNotARise() {
        // "making up 52.7 percent of the total turnover" (newswire.ca)
        FoundFigure share = Found.only(EN, "Machinery led, making up 52.7 percent of the total turnover.");
        assertEquals("52.7 percent", share.text());
        assertFalse(share.isChange());
        assertTrue(Found.only(EN, "Exports were up 5 percent.").isChange());
    }

    @Test
    void aDipOfIsAFall() {
        // "with a dip of 1.1 per cent" (indiatvnews.com)
        FoundFigure dip = Found.only(EN, "with a dip of 1.1 per cent in October");
        assertEquals("a dip of 1.1 per cent", dip.text());
        assertEquals(Found.closed("-1.15", "-1.05"), dip.bounds());
    }

    @Test
    void aPercentageAfterAChangeAndOrStatesTheSameChange() {
        // "it decreased by US$3.4 billion or 7.4 percent" (qazaqtv.com)
        List<FoundFigure> found = FigureFormat.english().find("it decreased by US$3.4 billion or 7.4 percent.");
        assertEquals(List.of("decreased by US$3.4 billion", "7.4 percent"), Found.texts(found));
        assertEquals(Found.closed("-7.45", "-7.35"), found.get(1).bounds());
        assertTrue(found.get(1).isChange());
        assertEquals(Found.closed("7.35", "7.45"), FigureFormat.english().find("It reached US$3.4 billion or 7.4 percent.").get(1).bounds(),
                "after a level, a level");
    }

    @Test
    void aLevelReachedAfterAVerbOfChangeStartsAtItsNumber() {
        // "the trade deficit widened to $20.98 billion" (deccanherald.com), "Intra-euroarea trade rose to €163.4 bn"
        // (marketscreener.com, Eurostat)
        FoundFigure deficit = Found.only(EN, "the trade deficit widened to $20.98 billion");
        assertEquals("$20.98 billion", deficit.text());
        assertFalse(deficit.isChange());
        assertEquals("€163.4 bn", Found.only(EN, "Intra-euroarea trade rose to €163.4 bn in September").text());
        assertEquals(List.of("rose 5%", "$7 billion"), Found.texts(FigureFormat.english().find("Exports rose 5% to $7 billion.")));
    }

    @Test
    void adjectivesBeforeThePluralBelongToTheNoun() {
        // "461 new products" (aa.com.tr), "1,400 new exhibitors" (imagesretailme.com), "more than 70 major investment
        // promotion activities" (breakinglatest.news), "1,200 civil and military aviation companies" (pressreader.com)
        assertEquals("new products", Found.only(EN, "The event featured 461 new products.").noun().orElseThrow());
        assertEquals("new exhibitors", Found.only(EN, "with 1,400 new exhibitors").noun().orElseThrow());
        assertEquals("other countries", Found.only(EN, "from 20 other countries").noun().orElseThrow());
        assertEquals("major investment promotion activities",
                Found.only(EN, "more than 70 major investment promotion activities").noun().orElseThrow());
        assertEquals("civil and military aviation companies",
                Found.only(EN, "with 1,200 civil and military aviation companies attending").noun().orElseThrow());
        assertEquals(List.of(), Found.texts(FigureFormat.english().find("It opened 5 new.")), "an adjective alone counts nothing");
    }

    @Test
    void unitsOfTimeAndLengthAreNoNouns() {
        // "For 16 consecutive years" (aa.com.tr), "completed two decades of existence" (imagesretailme.com),
        // "7.5 thousand meters" (eprimefeed.com)
        assertEquals(List.of(), Found.texts(FigureFormat.english().find("For 16 consecutive years, China led.")));
        assertEquals(List.of(), Found.texts(FigureFormat.english().find("Gulfood completed two decades of existence.")));
        assertEquals(List.of(), Found.texts(FigureFormat.english().find("a building of 7.5 thousand meters here")));
        assertEquals("consecutive sessions", Found.only(EN, "for 16 consecutive sessions").noun().orElseThrow());
    }

    @Test
    void theTopOfARankingIsNoCount() {
        // "eight of the top 10 companies" (newswire.ca)
        assertEquals(List.of(), Found.texts(FigureFormat.english().find("including eight of the top 10 companies")));
        assertEquals(List.of(), Found.texts(FigureFormat.english().find("among the Top 500 enterprises")));
        assertEquals("10 companies", Found.only(EN, "stop 10 companies").text(), "\"top\" inside a word");
    }

    @Test
    void aPointEndingAnAbbreviationAndTheSentenceIsLeftOut() {
        // "around 72,000 sq.m.”" (tribuneindia.com)
        assertEquals("around 72,000 sq.m", Found.only(EN, "the last edition covered around 72,000 sq.m.”").text());
        assertEquals("around 72,000 sq.m", Found.only(EN, "It covered around 72,000 sq.m. The next one is larger.").text());
    }

    @Test
    void anAmountWithItsCurrencyBeforeItEndsWhereTheNextBegins() {
        // Eurostat headlines: "surplus €18.7 bn" then "€5.0 bn deficit" on the next line (marketscreener.com)
        assertEquals(List.of("€18.7 bn", "€5.0 bn"),
                Found.texts(FigureFormat.english().find("Euro area trade surplus €18.7 bn\n€5.0 bn deficit for EU")));
        assertEquals(List.of("€18.7 bn", "€5.0 bn"), Found.texts(FigureFormat.english().find("surplus €18.7 bn €5.0 bn deficit")));
    }

    @Test
    void aChangeAfterWhereVisitorsCameFromIsTheVisitorsChange() {
        // "191,950 buyers from 213 countries and regions attending, up by 3.36%" (newswire.ca)
        List<FoundFigure> found = EN.find("It ended with 191,950 buyers from 213 countries and regions attending, up by 3.36%.");
        assertEquals("up by 3.36%", found.get(0).change().orElseThrow().text());
        assertTrue(found.get(1).change().isEmpty(), "the countries did not grow");
        // "$27.547 billion against … $48.354 billion …, a decline of 43.03 percent" (app.com.pk)
        List<FoundFigure> deficit = EN.find("The deficit was $27.547 billion against $48.354 billion, a decline of 43.03 percent.");
        assertEquals("a decline of 43.03 percent", deficit.get(0).change().orElseThrow().text());
        assertTrue(deficit.get(1).change().isEmpty());
        List<FoundFigure> russian = FigureFormat.russian().find("Приехали 900 участников из 40 стран, что на 5% больше.");
        assertEquals("5% больше", russian.get(0).change().orElseThrow().text());
    }

    @Test
    void aChangeAfterCommaAndBelongsToItsOwnClause() {
        // "increased 4.15 per cent to $144.12 billion (Rs 12 lakh crore), and imports grew 7.57 per cent" (deccanherald.com)
        List<FoundFigure> found = EN.find("Exports increased 4.15 per cent to $144.12 billion (Rs 12 lakh crore), and imports grew"
                + " 7.57 per cent to $229.7 billion.");
        assertEquals(List.of("increased 4.15 per cent", "$144.12 billion", "Rs 12 lakh crore", "grew 7.57 per cent", "$229.7 billion"),
                Found.texts(found));
        assertTrue(found.get(2).change().isEmpty());
        assertEquals("grew 7.57 per cent", found.get(4).change().orElseThrow().text());
        assertEquals("up 80.2%", EN.find("RMB 4.06 billion, up 80.2%").get(0).change().orElseThrow().text());
    }

    @Test
    void theRandTheNairaTheKenyanShillingAndTheTaka() {
        // "exports of R191.56 billion" (sanews.gov.za), "N18.804 trillion" (stocksng.com), "a decrease of ₦320.6 billion
        // or 12.1%" (nigerianstat.gov.ng)
        assertEquals("ZAR", Found.only(EN, "exports of R191.56 billion").currency().orElseThrow().getCurrencyCode());
        assertEquals("NGN", Found.only(EN, "total trade of N18.804 trillion").currency().orElseThrow().getCurrencyCode());
        List<FoundFigure> naira = EN.find("a decrease of ₦320.6 billion or 12.1%");
        assertEquals(Found.closed("-12.15", "-12.05"), naira.get(1).bounds());
        assertEquals("KES", Found.only(EN, "KSh 50 billion").currency().orElseThrow().getCurrencyCode());
        assertEquals("BDT", Found.only(EN, "Tk 5,000 crore").currency().orElseThrow().getCurrencyCode());
        assertEquals("NGN", Found.only(EN, "18.8 trillion naira").currency().orElseThrow().getCurrencyCode());
        assertEquals(List.of(), Found.texts(EN.find("N95 masks and the R2 unit")), "a letter before a bare number is a name");
        assertEquals("R2 bn", Found.only(EN, "a R2 bn plan").text());
    }

    @Test
    void aChangeThenTheLevelReachedIsNoRange() {
        // "an increase in the goods deficit of $2.7 billion to $93.0 billion" (bankingjournal.aba.com, US Census and BEA)
        assertEquals(List.of("$2.7 billion", "$93.0 billion"),
                Found.texts(EN.find("February shows an increase in the goods deficit of $2.7 billion to $93.0 billion.")));
        assertEquals(List.of(), Found.texts(EN.find("a target of $122 billion to $131 billion")));
    }

    @Test
    void decimalsSpokenAsWords() {
        // "gained three-point-one percent year-on-year to 56-point-five billion U.S. dollars", "four-point-28" (world.kbs.co.kr)
        List<FoundFigure> found = EN.find("Shipments gained three-point-one percent year-on-year to 56-point-five billion U.S. dollars.");
        assertEquals(List.of("gained three-point-one percent year-on-year", "56-point-five billion U.S. dollars"), Found.texts(found));
        assertEquals(Found.closed("3.05", "3.15"), found.get(0).bounds());
        assertEquals(Found.closed("56450000000", "56550000000"), found.get(1).bounds());
        assertEquals(Found.closed("4275000000", "4285000000"), Found.only(EN, "a surplus of four-point-28 billion dollars").bounds());
        assertEquals(List.of(), Found.texts(EN.find("a 3-point plan and a 10-point lead")), "compound adjectives");
        assertEquals("rose 2 percentage-points", Found.only(EN, "rose 2 percentage-points").text());
    }

    @Test
    void aPercentageInBracketsOrAfterByTakesTheChangeItRestates() {
        // "fell $62m (1%)" (abs.gov.au), "as well as by 74.36%" (stocksng.com)
        List<FoundFigure> found = EN.find("Imports fell $62m (1%) to $5bn.");
        assertEquals(Found.closed("-1.5", "-0.5"), found.get(1).bounds());
        assertTrue(EN.find("Exports increased by 5% as well as by 74.36%.").get(1).isChange());
    }

    @Test
    void wordsThatOnlyLookLikeFigureWords() {
        // "(about US $17.18 billion)" (lanzhou.china.org.cn)
        assertEquals("$3 billion", Found.only(EN, "signed $3 billion’s worth of deals").text(), "a magnitude before 's");
        assertEquals("about US $17.18 billion", Found.only(EN, "(about US $17.18 billion)").text());
    }

    @Test
    void anAmountBeforeExpansionIsAProjectNotAChange() {
        FoundFigure plant = Found.only(EN, "The company announced a $130 million expansion of its plant.");
        assertEquals("$130 million", plant.text());
        assertFalse(plant.isChange());
        assertTrue(Found.only(EN, "a 5.2 percent expansion").isChange(), "a percentage before \"expansion\" is a change");
        assertTrue(Found.only(EN, "a $130 million increase in exports").isChange());
    }

    @Test
    void aProperAdjectiveCountsWithTheLowerCasePluralItQualifies() {
        // "49 African countries and 21 non-African countries had exhibition pavilions" (thisdaylive.com, IATF 2025)
        List<FoundFigure> pavilions = EN.find("He added that 49 African countries and 21 non-African countries had exhibition pavilions.");
        assertEquals(List.of("49 African countries", "21 non-African countries"), Found.texts(pavilions));
        assertEquals("African countries", pavilions.get(0).noun().orElseThrow());
        // "six ASEAN member states have" and "all 10 ASEAN member states have" (aseanstrategic.blogspot.com, 2011/08): six
        // of them are a count; all ten, as "the 10 ASEAN countries" (cantonfair.net), name the group by its number
        assertEquals(List.of("six ASEAN member states"),
                Found.texts(EN.find("So far, six ASEAN member states have lifted duties and all 10 ASEAN member states have cut them.")));
        assertEquals(List.of(), Found.texts(EN.find("the transactions of Japan, the 10 ASEAN countries, the BRIC countries")));
        // a capitalised word with no lower-case plural after it is still no noun
        assertEquals(List.of(), Found.texts(EN.find("In 2023 Chinese firms invested; they visited 10 Downing Street.")));
    }

    @Test
    void theCediAndAMinusBeforeTheCurrency() {
        // "rising to GH¢41.7 billion ($8.6 billion) at the end of October from GH¢38.4 billion" (dailyguidenetwork.com/?p=214377)
        List<FoundFigure> loans = EN.find("loans advanced by banks rising to GH¢41.7 billion ($8.6 billion) at the end of October "
                + "from GH¢38.4 billion a year earlier.");
        assertEquals(List.of("GH¢41.7 billion", "$8.6 billion", "GH¢38.4 billion"), Found.texts(loans));
        assertEquals(java.util.Currency.getInstance("GHS"), loans.get(0).currency().orElseThrow());
        // "the overall balance of payment however stood at -$2.49 billion" (adomonline.com, ghana-records-1-43bn-trade-surplus)
        FoundFigure balance = Found.only(EN, "The overall balance of payment however stood at -$2.49 billion in June 2022.");
        assertEquals("-$2.49 billion", balance.text());
        assertEquals(Found.closed("-2495000000", "-2485000000"), balance.bounds());
        assertFalse(balance.isChange());
        // a dash of punctuation is no minus: "Сальдо торгового баланса сложилось положительное –$137,7 млн" (archive.urbc.ru,
        // 56754-post56754)
        assertEquals(Found.closed("137650000", "137750000"),
                Found.only(FigureFormat.russian(), "Сальдо торгового баланса сложилось положительное –$137,7 млн.").bounds());
        // "$1–$2 billion" is a range, neither end a figure
        assertEquals(List.of(), Found.texts(EN.find("Prices ranged $1–$2 billion.")));
    }

    @Test
    void aNumberWithPlusAfterItIsAtLeastThatMany() {
        // "More than 23,000 attendees engaged with 1,500-plus exhibitors across four halls and more than 740,000 square
        // feet of exhibit space" (thetradeshownetwork.com, trade-show-reboot-in-full-force)
        List<FoundFigure> found = EN.find("More than 23,000 attendees engaged with 1,500-plus exhibitors across four halls and more "
                + "than 740,000 square feet of exhibit space.");
        assertEquals(List.of("More than 23,000 attendees", "1,500-plus exhibitors", "four halls", "more than 740,000 square feet"),
                Found.texts(found));
        assertEquals(Qualifier.AT_LEAST, found.get(1).count().orElseThrow().qualifier());
        assertEquals("exhibitors", found.get(1).noun().orElseThrow());
        // a number joined by a hyphen to any other word is still no figure
        assertEquals(List.of(), Found.texts(EN.find("They built a 4,000-capacity hall.")));
    }

    @Test
    void aChangeTakesTheCurrencyWrittenOnlyAfterTheLevelReached() {
        // "Exports decreased 1.0 billion to 9.0 billion dollars and imports declined 1.9 billion to 37.0 billion dollars"
        // (en.xfafinance.com/html/World/2019/473930)
        List<FoundFigure> found = EN.find("Exports decreased 1.0 billion to 9.0 billion dollars and imports declined 1.9 billion "
                + "to 37.0 billion dollars.");
        assertEquals(List.of("decreased 1.0 billion", "9.0 billion dollars", "declined 1.9 billion", "37.0 billion dollars"),
                Found.texts(found));
        assertTrue(found.get(0).isChange());
        assertEquals(Found.closed("-1050000000", "-950000000"), found.get(0).bounds());
        assertEquals(java.util.Currency.getInstance("USD"), found.get(2).currency().orElseThrow());
        // with no word of change, "1 billion to 2 billion dollars" is a range, and neither end is found
        assertEquals(List.of(), Found.texts(EN.find("The deals were worth 1 billion to 2 billion dollars.")));
    }

    @Test
    void shillingsAreAnAmountInTheCurrencyTheReportIsIn() {
        java.util.Currency kes = java.util.Currency.getInstance("KES");
        // "Kenya raked in more than Sh30 billion ($300 million) last year in tea earning" (pulse.ng, tea-earns-kenya-more-
        // than-sh30-billion-in-3-months-alone): "Sh" is the Kenyan, Tanzanian, Ugandan or Somali shilling, read with the
        // report's currency; "$" keeps the format's dollar
        String tea = "Kenya raked in more than Sh30 billion ($300 million) last year in tea earning.";
        List<FoundFigure> found = FigureFormat.findAll(tea, kes);
        assertEquals(List.of("more than Sh30 billion", "$300 million"), Found.texts(found));
        assertEquals(kes, found.get(0).currency().orElseThrow());
        assertEquals(java.util.Currency.getInstance("USD"), found.get(1).currency().orElseThrow());
        // without it, "Sh" names no currency and states no figure
        assertEquals(List.of("$300 million"), Found.texts(FigureFormat.findAll(tea)));
        // "increased by 16.3 percent to 368 billion shillings" (kbc.co.ke, horticulture-coffee-export-revenue): shillings
        // are no count of things called shillings
        String exports = "The country's exports increased by 16.3 percent to 368 billion shillings.";
        assertEquals(List.of("increased by 16.3 percent"), Found.texts(FigureFormat.findAll(exports)));
        FoundFigure shillings = FigureFormat.findAll(exports, kes).get(1);
        assertEquals(FoundFigure.Kind.AMOUNT, shillings.kind());
        assertEquals("increased by 16.3 percent", shillings.change().orElseThrow().text());
        // "rose to 158.1 billion kenyan shillings ($1.39 billion)" (reuters.com, kenya-horticulture-export-earnings-up-5-yryr-
        // 2021-stats-office-2022-02-22): a shilling named with its country needs no default
        assertEquals(kes, Found.only(EN, "Horticulture earnings rose to 158.1 billion kenyan shillings in 2021.").currency().orElseThrow());
        assertEquals(java.util.Currency.getInstance("UGX"), Found.only(EN, "Exports reached UShs 2.1 trillion.").currency().orElseThrow());
        // "237.6 million kilogrammes" (kenyaembassyangola.com/?p=5618): a mass, no count of kilogrammes
        assertEquals(io.github.tradecoop.figure.Quantity.Unit.KILOGRAM,
                Found.only(EN, "Output stood at 237.6 million kilogrammes.").quantity().orElseThrow().unit());
    }

    @Test
    void aBareNumberIsTheLevelOfAChangeWhoseSubjectSaysWhatItCounts() {
        // "Overall attendance increased from 1,934 to 2,225, while first-time participants rose by 52 percent, to 528"
        // (meetings-conventions.com, Attendance-at-Expo-Expo-Grew-by-15-Percent)
        List<FoundFigure> found = EN.find("Overall attendance increased from 1,934 to 2,225, while first-time participants rose by "
                + "52 percent, to 528.");
        assertEquals(List.of("1,934", "2,225", "rose by 52 percent", "528"), Found.texts(found));
        assertEquals(FoundFigure.Kind.COUNT, found.get(0).kind());
        assertEquals("rose by 52 percent", found.get(3).change().orElseThrow().text());
        // "the number of visitors fell to 461,000 from 480,000 last year" (www-scmp-com.libproxy1.nus.edu.sg, business/china-
        // business/article/3199168)
        assertEquals(List.of("461,000", "480,000"),
                Found.texts(EN.find("The number of visitors fell to 461,000 from 480,000 last year.")));
        // years stay years, and with no word of change a number after "to" is no level
        assertEquals(List.of(), Found.texts(EN.find("Sales grew from 2015 to 2020.")));
        assertEquals(List.of(), Found.texts(EN.find("The shuttle runs from 9 to 17.")));
    }

    @Test
    void aSignWrittenAfterAWordOfChangeIsTheChangesSign() {
        // "thereby registering a negative growth of -19.02 percent", "which is a decline of -11.53 percent over imports of
        // 37.99 billion U.S. dollars" (famagusta-gazette.com/2020/11/17/indias-exports-dip-by-over-14-percent-in-april-october)
        FoundFigure negative = EN.find("Exports were 150.14 billion U.S. dollars, thereby registering a negative growth of "
                + "-19.02 percent.").get(1);
        assertEquals("negative growth of -19.02 percent", negative.text());
        assertEquals(Found.closed("-19.025", "-19.015"), negative.bounds());
        FoundFigure decline = EN.find("Total imports were 33.61 billion U.S. dollars, which is a decline of -11.53 percent.").get(1);
        assertTrue(decline.isChange());
        assertEquals(Found.closed("-11.535", "-11.525"), decline.bounds(), "a decline of -11.53% is a fall, not a rise");
        // "rose approx 42.3 per cent on a year-over-year basis to touch $35.47 billion" (outlookindia.com, business-news-
        // indias-exports-increased-423-y-o-y-in-october…)
        List<FoundFigure> october = EN.find("India's merchandise exports in October rose approx 42.3 per cent on a year-over-year "
                + "basis to touch $35.47 billion.");
        assertEquals("rose approx 42.3 per cent on a year-over-year basis", october.get(0).text());
        assertEquals(october.get(0).text(), october.get(1).change().orElseThrow().text());
    }

    @Test
    void aChangeAfterAnAmountAndItsEquivalentInBracketsIsTheAmountsNotTheEquivalents() {
        // "the UAE's non-oil exports stood at 81.4 billion dirhams ($22.16 billion) in H1 2015, up 28%" (lite.poandpo.com,
        // uaes-nonoil-trade-increases-to-1454-billion-2-12-2015): the conversion's change in its own currency is not stated
        List<FoundFigure> exports = EN.find("The UAE's non-oil exports stood at 81.4 billion dirhams ($22.16 billion) in H1 2015, up 28%.");
        assertEquals("up 28%", exports.get(0).change().orElseThrow().text());
        assertTrue(exports.get(1).change().isEmpty());
        // "increased by 16.6 percent to SR26.8 billion ($7.13 billion)" (arabnews.com/node/2187501/business-economy)
        List<FoundFigure> saudi = EN.find("Non-oil exports increased by 16.6 percent to SR26.8 billion ($7.13 billion) in August 2022.");
        assertEquals(java.util.Currency.getInstance("SAR"), saudi.get(1).currency().orElseThrow());
        assertEquals("increased by 16.6 percent", saudi.get(1).change().orElseThrow().text());
        assertTrue(saudi.get(2).change().isEmpty());
        // "registered a Dh24 billion increase, growing by 14 per cent to Dh203 billion" (gulfnews.com, dubai-non-oil-trade-
        // jumps-to-dh645b-1.2280012): the percentage is the level's change and restates the increase
        List<FoundFigure> reexports = EN.find("Dubai's re-exports registered a Dh24 billion increase, growing by 14 per cent to Dh203 billion.");
        assertEquals("growing by 14 per cent", reexports.get(0).change().orElseThrow().text());
        assertEquals("growing by 14 per cent", reexports.get(2).change().orElseThrow().text());
        // "with a growth rate of 8 per cent in comparison to 2021" (khaleejtimes.com, uae-non-oil-foreign-trade-exceeds-…)
        assertTrue(Found.only(EN, "It grew with a growth rate of 8 per cent in comparison to 2021.").isChange());
        // "a 17% upsurge in total volume of traded goods" (financialtribune.com//node/51425)
        assertTrue(Found.only(EN, "Dubai also saw a 17% upsurge in total volume of traded goods.").isChange());
        // one change stated twice keeps both statements together
        List<FoundFigure> twice = EN.find("Turnover decreased by US$3.4 billion or 7.4 percent.");
        assertEquals("7.4 percent", twice.get(0).change().orElseThrow().text());
    }

    @Test
    void nounsOfTheSixthPass() {
        // "This year will see 550 Chinese exhibitors showcasing products, an increase from 450 in 2017" (chinaebr.com/slxx/
        // show.php?itemid=1182): the noun ends before the verb in "-ing"
        assertEquals("Chinese exhibitors", EN.find("This year will see 550 Chinese exhibitors showcasing products.").get(0).noun().orElseThrow());
        assertEquals("trading companies", Found.only(EN, "There were 50 trading companies.").noun().orElseThrow());
        // "the state has inked about 443 MoUs" (indiapost.com, global-investors-meet-to-target-employment-generation-in-mp)
        assertEquals("MoUs", Found.only(EN, "During the earlier meets, the state has inked about 443 MoUs.").noun().orElseThrow());
        // "attracted over 2,000 exhibitors annually" (dailytimesng.com, lagos-trade-fair-targets-n500bn-transactions-1m-
        // visitors-to-spur-growth): how many a year, no change
        FoundFigure annual = Found.only(EN, "The Fair has attracted over 2,000 exhibitors annually.");
        assertEquals("over 2,000 exhibitors", annual.text());
        assertFalse(annual.isChange());
        // "with an excess of 700,000 people visiting" (standardmedia.co.ke, nairobi-trade-fair-rakes-in-millions)
        assertEquals(Qualifier.MORE_THAN, Found.only(EN, "There was growth, with an excess of 700,000 people visiting.").count()
                .orElseThrow().qualifier());
    }

    @Test
    void thePesoAndThePulaShareTheirP() {
        // "Manila FAME, reached P287.34 million or $5.53 million" (philstar.com/business/2019/06/15/1926463/fame-trade-expo-
        // generates-p287-m-sales/amp); "P60 million" (sundaystandard.info, global-expo-botswana-anticipates-p60-million)
        String manila = "Sales at Manila FAME reached P287.34 million or $5.53 million.";
        assertEquals(List.of("$5.53 million"), Found.texts(FigureFormat.findAll(manila)), "P alone names no currency");
        List<FoundFigure> pesos = FigureFormat.findAll(manila, java.util.Currency.getInstance("PHP"));
        assertEquals(java.util.Currency.getInstance("PHP"), pesos.get(0).currency().orElseThrow());
        assertEquals(java.util.Currency.getInstance("USD"), pesos.get(1).currency().orElseThrow());
        assertEquals(java.util.Currency.getInstance("BWP"),
                FigureFormat.findAll("The expo anticipates P60 million this year.", java.util.Currency.getInstance("BWP")).get(0)
                        .currency().orElseThrow());
        assertEquals(List.of(), Found.texts(FigureFormat.findAll("Halls P2 and P1 are open.", java.util.Currency.getInstance("PHP"))));
    }

    @Test
    void megatonnesAndDifferencesOfTonnes() {
        // "633.5 million tonnes (Mt)", "55.9Mt, an increase of 1.8Mt or 3%", "a decrease of 463,000 tonnes or 22%"
        // (en.portnews.ru/news/222577): "Mt" is a million tonnes; what an increase or decrease added is a difference, no level;
        // the percentage after it restates the fall
        FoundFigure monthly = EN.find("PPA achieved a total monthly throughput of 55.9Mt, an increase of 1.8Mt or 3% from the "
                + "previous year.").get(0);
        assertEquals("55.9Mt", monthly.text());
        assertEquals(Found.closed("55850000", "55950000"), monthly.bounds());
        List<FoundFigure> imports = EN.find("Imports for the year totalled 1.6Mt, a decrease of 463,000 tonnes or 22% from last year.");
        assertEquals(List.of("1.6Mt", "22% from last year"), Found.texts(imports));
        assertEquals(Found.closed("-22.5", "-21.5"), imports.get(1).bounds());
        // "reaching 258 million tonnes (MT). This marks an increase of 13.1 MT (+5%)" (iifiir.org/en/news/global-liquefied-
        // natural-gas-figures): "MT" after a magnitude word is tonnes; alone it may be metric tonnes or million tonnes, and
        // here it is a difference besides
        List<FoundFigure> lng = EN.find("Trade set a record in 2016, reaching 258 million tonnes (MT). This marks an increase of "
                + "13.1 MT (+5%) from 2015.");
        assertEquals(List.of("258 million tonnes", "+5%"), Found.texts(lng));
        assertTrue(lng.get(1).isChange());
        assertEquals(List.of(), Found.texts(EN.find("Shipments came to 13.1 MT.")), "metric or million tonnes");
        // parsing reads "Mt" as finding does; "MT" given to a parse is the metric tonnes its caller means
        assertEquals(0, new BigDecimal("55900000").compareTo(EN.parseQuantity("55.9Mt").figure().value()));
        assertEquals(new BigDecimal("500"), EN.parseQuantity("500 MT").figure().value());
        assertThrows(FigureParseException.class, () -> EN.parseQuantity("2 million Mt"));
        // "represented by 50 companies" (tribune.com.pk/story/607115/buyers-from-70-countries-likely-to-visit-expo-pakistan),
        // "booked by 278 exhibitors" (ttrweekly.com/site/2024/04/54th-matta-fair-spurs-travel-sales/): "by" with no word of
        // change before it counts what it says
        assertEquals(List.of("50 companies"), Found.texts(EN.find("The board will be represented by 50 companies.")));
        assertEquals(List.of("278 exhibitors"), Found.texts(EN.find("The space was booked by 278 exhibitors.")));
    }

    @Test
    void brazilianBillionsFallsWrittenOtherwiseAndYearsAfterOver() {
        // "$11.378 bi" (agenciabrasil.ebc.com.br/en/tags/balance-trade): "bi" is a billion
        assertEquals(Found.closed("11377500000", "11378500000"), Found.only(EN, "The surplus reached $11.378 bi.").bounds());
        // "reducing the country's foreign trade deficit by 15%" (propertyturkey.company/news/monthly-exports-from-turkey-
        // exceed-20b-for-first-time), "0.70% year-over-year negative growth" (rmgbd.net/page/118/?m=vod-map.html), "some
        // 34.4% down on the 2008 level" (container-mag.com/2011/01/05/antwerp-anticipates-178m-tonnes-for-2010/): falls
        assertEquals(Found.closed("-15.5", "-14.5"),
                EN.find("Turkey is reducing the country's foreign trade deficit by 15% to $32.4 billion.").get(0).bounds());
        assertEquals(Found.closed("-0.705", "-0.695"), Found.only(EN, "Exports saw 0.70% year-over-year negative growth.").bounds());
        assertEquals(Found.closed("-34.45", "-34.35"), Found.only(EN, "It was some 34.4% down on the 2008 level.").bounds());
        // "38.2 billion cubic feet per day" (eia.gov/todayinenergy/detail.php?id=36452), "685 TWh" (cedigaz.org/blog/page/38):
        // units the model has no kind for, no counts
        assertEquals(List.of(), Found.texts(EN.find("Production averaged 38.2 billion cubic feet per day.")));
        assertEquals(List.of("fell 5.1%"), Found.texts(EN.find("Demand fell 5.1% to 685 TWh.")));
        // "an 8.26% growth over 2019" (chileeconomico.net/2021/01/08/chilean-copper-exports-reach-36-3-billion-by-2020/):
        // no count of more than 2019; "2025 two-way trade" (sinobtd.com/news/8986.html): no count of ways
        assertEquals(List.of("8.26% growth"), Found.texts(EN.find("Exports showed an 8.26% growth over 2019.")));
        assertEquals(List.of(), Found.texts(EN.find("They aim to lift two-way trade.")));
    }

    @Test
    void wordsBetweenAChangeAndItsNumberSignedDifferencesAndMetres() {
        // "dropping just 0.2%" (auma.de/en/press/press-2017-06): a fall, "just" between
        assertEquals(Found.closed("-0.25", "-0.15"), EN.find("It stayed constant, dropping just 0.2% (2015: +2.6%).").get(0).bounds());
        // "reduced their consumption of LNG by 4.8% (-2.7 Mt)" (cedigaz.org/blog/page/38): a signed quantity is a
        // difference, no level of 2.7 million tonnes
        assertEquals(List.of("4.8%"),
                Found.texts(EN.find("Japan and Korea reduced their consumption of LNG by 4.8% (-2.7 Mt).")));
        // "a 300m southern quay extension" (drycargomag.com/antofagasta-to-quadruple-copper-concentrate-exports): 300
        // metres, no count of 300 million
        assertEquals(List.of(), Found.texts(EN.find("The port plans to implement a 300m southern quay extension.")));
        // with no article before it, "300m" is 300 million
        assertEquals(List.of("Some 300m people"), Found.texts(EN.find("Some 300m people live there.")));
    }

    @Test
    void aChangeLaterInTheClauseIsTheLevels() {
        // "sold some 83.8 million tonnes of that grain last year in global markets, up 23.1 percent from 2017"
        // (news.foodmate.com/201901/news_59006.html), "made $69 billion in exports during the first five months of 2018, up
        // 9.3 percent" (dailysabah.com/economy/2018/06/01/turkeys-exports-up-122-percent-reach-1396b-in-may): the change
        // is the level's, though words about it stand between
        assertEquals("up 23.1 percent", EN.find("Soybean growers sold some 83.8 million tonnes of that grain last year in global "
                + "markets, up 23.1 percent from 2017.").get(0).change().orElseThrow().text());
        assertEquals("up 9.3 percent over the same period last year", EN.find("Turkey made $69 billion in exports during the "
                + "first five months of 2018, up 9.3 percent over the same period last year.").get(0).change().orElseThrow().text());
        // "a crop of 143.87 million tons, 9.2% larger than the previous one" (brazzil.com/?p=9880): "larger" states a rise
        List<FoundFigure> crop = EN.find("A survey points to a crop of 143.87 million tons, 9.2% larger than the previous one.");
        assertTrue(crop.get(1).isChange());
        assertEquals("9.2% larger", crop.get(0).change().orElseThrow().text());
    }

    @Test
    void aNumberInANameBeforeToOpensNoRange() {
        // "increased by 6.31% in July of FY24 to $729.03 million" (rmgbd.net/page/118/?m=vod-map.html): "FY24" is no
        // first end of a range, and the amount is found
        List<FoundFigure> july = EN.find("Exports increased by 6.31% in July of FY24 to $729.03 million.");
        assertEquals(List.of("increased by 6.31%", "$729.03 million"), Found.texts(july));
        assertEquals(Found.closed("729025000", "729035000"), july.get(1).bounds());
    }

    @Test
    void fractionsAndApproaching() {
        // "87.1% of the enterprises' exports in the first three quarters increased" (cantonfair.net/home/news/canton-fair-
        // shows-that-china-s-foreign-trade-situation-is-still-complicated-and-grim): three quarters of a year, no count
        assertEquals(List.of("87.1%"), Found.texts(EN.find("87.1% of the enterprises' exports in the first three quarters increased.")));
        assertEquals(List.of(), Found.texts(EN.find("Two thirds of the exhibitors were foreign.")));
    }

    @Test
    void rupiahAndLiras() {
        // "equivalent to Rp473.08 trillion" (voi.id/en/amp/340838): "Rp" is the rupiah
        FoundFigure rupiah = EN.find("Transactions reached 30.5 billion US dollars, equivalent to Rp473.08 trillion.").get(1);
        assertEquals(java.util.Currency.getInstance("IDR"), rupiah.currency().orElseThrow());
        assertEquals(Found.closed("473075000000000", "473085000000000"), rupiah.bounds());
        // "an additional 70 billion liras of financial support" (alanyabrand.ru/en/article/ministr-torgovli-emer-bolat-my-
        // vpervye-dostigli-obema-eksporta-v-odin-milliard-dollarov-v-den): liras are money, no count of things called
        // liras; Lebanon and Syria call their pounds lira too, so the report's currency says which
        String support = "The capital increase will bring an additional 70 billion liras of financial support for exporters.";
        assertEquals(List.of(), Found.texts(FigureFormat.findAll(support)));
        FoundFigure liras = FigureFormat.findAll(support, java.util.Currency.getInstance("TRY")).get(0);
        assertEquals(FoundFigure.Kind.AMOUNT, liras.kind());
        assertEquals(java.util.Currency.getInstance("TRY"), liras.currency().orElseThrow());
        assertEquals(java.util.Currency.getInstance("TRY"),
                Found.only(EN, "Exports reached 4 billion Turkish liras.").currency().orElseThrow());
    }

    @Test
    void adjectivesListedBeforeTheNounAndACurrencyNamingTheSubject() {
        // "the latest products from 5,000 local, regional and international exhibitors" (tradearabia.com/news/IND_351134)
        FoundFigure exhibitors = Found.only(EN, "It showed the latest products from 5,000 local, regional and international exhibitors.");
        assertEquals("5,000 local, regional and international exhibitors", exhibitors.text());
        assertEquals(List.of("500 delegates", "300 companies"), Found.texts(EN.find("There were 500 delegates, 300 companies.")));
        // "the entrance will be 10,000 thus calling upon Ugandans" (radiosapientia.com, 2023-trade-fair-at-uma-…): an
        // adverb is no noun
        assertEquals(List.of(), Found.texts(EN.find("The entrance will be 10,000 thus calling upon Ugandans to go.")));
        // "the trade surplus of the 19 countries sharing the euro rose to 28.0 billion euros ($30.9 billion)" (investing.com,
        // euro-zone-trade-surplus-jumps-more-than-expected-in-october-2042735): the euro is the subject's, the figure starts
        // at its number
        assertEquals("28.0 billion euros", EN.find("The surplus of the 19 countries sharing the euro rose to 28.0 billion euros "
                + "($30.9 billion) in October.").get(1).text());
    }

    @Test
    void aChangeAfterAPlaceIsTheCountBeforeItAndAnAdjectiveAloneIsNoNoun() {
        // "held 1,766 exhibitions in 73 countries in 2019, an increase of 5.6 percent year on year" (peoplesdaily.pdnews.cn/
        // business/er/30001365556): the exhibitions grew, not the countries
        List<FoundFigure> found = EN.find("Over 90 Chinese organizers held 1,766 exhibitions in 73 countries in 2019, an increase of "
                + "5.6 percent year on year.");
        assertEquals("an increase of 5.6 percent year on year", found.get(1).change().orElseThrow().text());
        assertTrue(found.get(2).change().isEmpty());
        // "organised 13 overseas exhibitions, including 12 online and one offline" (aninews.in, china-hosts-over-1800-…)
        assertEquals(List.of("13 overseas exhibitions"),
                Found.texts(EN.find("The council organised 13 overseas exhibitions, including 12 online and one offline.")));
        assertEquals("online exhibitors", Found.only(EN, "There were 300 online exhibitors.").noun().orElseThrow());
    }

    @Test
    void partsOfOneAmountJoinedByAnd() {
        // "over KZT 400 billion (nearly 1 billion and 300 million US dollars)" (en.inform.kz, over-88-000-people-visit-expo-
        // 2017-within-4-days_a3036290)
        FoundFigure dollars = EN.find("The amount spent is over KZT 400 billion (nearly 1 billion and 300 million US dollars).").get(1);
        assertEquals("nearly 1 billion and 300 million US dollars", dollars.text());
        assertEquals(new BigDecimal("1300000000"), dollars.amount().orElseThrow().figure().value());
        // a list of equal magnitudes, a currency before the first, or a part with no magnitude are not joined
        assertEquals(List.of("3.57 trillion", "3.14 trillion yuan"), Found.texts(EN.find("It reached 3.57 trillion and 3.14 trillion yuan.")));
        assertEquals(List.of("$1 billion", "300 million tonnes"), Found.texts(EN.find("It cost $1 billion and 300 million tonnes.")));
        assertEquals(List.of("500 companies"), Found.texts(EN.find("It had 1 million and 500 companies.")));
    }

    @Test
    void anAccountantsNegativeInBracketsBeforeThePercentSign() {
        // "Te result was a (51.2)% drop in attendance", "Total attendance dropped (7.0)%" (tradeshowexecutive.epubxp.com/i/
        // 76788/25); "a decline of (18.8)%" (tradeshowexecutive.com, attendance-outperforms-other-metrics)
        FoundFigure drop = EN.find("The result was a (51.2)% drop in attendance.").get(0);
        assertEquals("(51.2)% drop", drop.text());
        assertEquals(Found.closed("-51.25", "-51.15"), drop.bounds());
        assertEquals(Found.closed("-7.05", "-6.95"), Found.only(EN, "Total attendance dropped (7.0)% but that was offset.").bounds());
        assertEquals("a decline of (18.8)%", Found.only(EN, "The growth was actually a decline of (18.8)%.").text());
        // a percentage in brackets is no negative
        assertEquals(Found.closed("9.5", "10.5"), Found.only(EN, "Sales (10%) rose.").bounds());
    }
}
