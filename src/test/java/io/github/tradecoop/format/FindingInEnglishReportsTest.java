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
 * What English reports of fairs and trade from India, Vietnam, the Gulf, Africa, Europe and
 * Kazakhstan write, and the finder misread (third pass over real reports, 2 December 2026). Each
 * phrase is real; the page is named beside it.
 */
class FindingInEnglishReportsTest {

    private static List<String> texts(List<FoundFigure> found) {
        return found.stream().map(FoundFigure::text).toList();
    }

    private static FoundFigure only(String text) {
        List<FoundFigure> found = FigureFormat.english().find(text);
        assertEquals(1, found.size(), () -> "one figure in \"" + text + "\", found " + texts(found));
        return found.get(0);
    }

    private static Range range(String low, String high) {
        return Range.closed(new BigDecimal(low), new BigDecimal(high));
    }

    @Test
    void lakhCroreIsATrillion() {
        // "worth Rs 26.33 lakh crore" (businesstoday.in), "Rs 2.85 lakh crore" (deccanherald.com)
        FoundFigure worth = only("memoranda for projects worth Rs 26.33 lakh crore.");
        assertEquals("Rs 26.33 lakh crore", worth.text());
        assertEquals(range("26325000000000", "26335000000000"), worth.bounds());
        List<FoundFigure> exports = FigureFormat.english().find("exports dipped to $33.98 billion (Rs 2.85 lakh crore)");
        assertEquals(List.of("$33.98 billion", "Rs 2.85 lakh crore"), texts(exports));
        assertEquals(range("2845000000000", "2855000000000"), exports.get(1).bounds());
        assertEquals(range("15000000000", "25000000000"), only("Rs 2 thousand crore").bounds(), "a thousand crore is 10^10");
        assertEquals("₹1,500 crore", only("₹1,500 crore").text());
    }

    @Test
    void indianDigitGroupsAreRead() {
        // "more than 1,00,000 sq.m" (tribuneindia.com), "more than 2,00,000 a day", "1,20,000 square metres"
        // (business-standard.com)
        FoundFigure area = only("the fair will cover more than 1,00,000 sq.m area");
        assertEquals("more than 1,00,000 sq.m", area.text());
        assertEquals(new BigDecimal("100000"), area.figure().value());
        assertEquals(new BigDecimal("120000"), only("1,20,000 square metres of space").figure().value());
        assertEquals(new BigDecimal("1234567"), only("12,34,567 visitors").figure().value());
        assertEquals(new BigDecimal("12345678"), only("1,23,45,678 visitors").figure().value());
        assertEquals(List.of(), texts(FigureFormat.english().find("1,00,00 visitors")), "a pair of pairs is no number");
        assertEquals(List.of(), texts(FigureFormat.english().find("1,000,00 visitors")), "Western groups then a pair");
    }

    @Test
    void anApostropheBetweenDigitGroupsSeparatesThousands() {
        // "45’489 visitors", "More than 3’300 companies" (bakenet.eu)
        assertEquals(new BigDecimal("45489"), only("Gulfood attracted 45’489 visitors").figure().value());
        FoundFigure companies = only("More than 3’300 companies took part.");
        assertEquals("More than 3’300 companies", companies.text());
        assertEquals(Qualifier.MORE_THAN, companies.figure().qualifier());
        assertEquals(new BigDecimal("1234567"), only("1'234'567 visitors").figure().value());
        assertEquals("300 companies", only("the firm’s 300 companies").text(), "an apostrophe after letters is no separator");
    }

    @Test
    void vndWithItsOwnLetterIsTheDong() {
        // "almost VNĐ165.7 trillion", "VNĐ375 trillion" (einpresswire.com, Việt Nam News)
        FoundFigure revenue = only("revenue reached almost VNĐ165.7 trillion in five months");
        assertEquals("almost VNĐ165.7 trillion", revenue.text());
        assertEquals("VND", revenue.currency().orElseThrow().getCurrencyCode());
    }

    @Test
    void exceedAndSurpassStateMoreThan() {
        // "expected to exceed $15 trillion" (aa.com.tr), "surpassing Rs 45 lakh crore" (businesstoday.in),
        // "exceeds 60 percent of the total" (qazaqtv.com)
        assertEquals(Qualifier.MORE_THAN, only("imports expected to exceed $15 trillion").figure().qualifier());
        assertEquals("surpassing Rs 45 lakh crore", only("investments surpassing Rs 45 lakh crore").text());
        assertEquals("exceeds 60 percent", only("trade exceeds 60 percent of the total").text());
        assertEquals(Qualifier.ABOUT, only("For that estimated $20m price tag").figure().qualifier(), "(theafricareport.com)");
    }

    @Test
    void makingUpIsAShareNotARise() {
        // "making up 52.7 percent of the total turnover" (newswire.ca)
        FoundFigure share = only("Machinery led, making up 52.7 percent of the total turnover.");
        assertEquals("52.7 percent", share.text());
        assertFalse(share.isChange());
        assertTrue(only("Exports were up 5 percent.").isChange());
    }

    @Test
    void aDipOfIsAFall() {
        // "with a dip of 1.1 per cent" (indiatvnews.com)
        FoundFigure dip = only("with a dip of 1.1 per cent in October");
        assertEquals("a dip of 1.1 per cent", dip.text());
        assertEquals(range("-1.15", "-1.05"), dip.bounds());
    }

    @Test
    void aPercentageAfterAChangeAndOrStatesTheSameChange() {
        // "it decreased by US$3.4 billion or 7.4 percent" (qazaqtv.com)
        List<FoundFigure> found = FigureFormat.english().find("it decreased by US$3.4 billion or 7.4 percent.");
        assertEquals(List.of("decreased by US$3.4 billion", "7.4 percent"), texts(found));
        assertEquals(range("-7.45", "-7.35"), found.get(1).bounds());
        assertTrue(found.get(1).isChange());
        assertEquals(range("7.35", "7.45"), FigureFormat.english().find("It reached US$3.4 billion or 7.4 percent.").get(1).bounds(),
                "after a level, a level");
    }

    @Test
    void aLevelReachedAfterAVerbOfChangeStartsAtItsNumber() {
        // "the trade deficit widened to $20.98 billion" (deccanherald.com), "Intra-euroarea trade rose to €163.4 bn"
        // (marketscreener.com, Eurostat)
        FoundFigure deficit = only("the trade deficit widened to $20.98 billion");
        assertEquals("$20.98 billion", deficit.text());
        assertFalse(deficit.isChange());
        assertEquals("€163.4 bn", only("Intra-euroarea trade rose to €163.4 bn in September").text());
        assertEquals(List.of("rose 5%", "$7 billion"), texts(FigureFormat.english().find("Exports rose 5% to $7 billion.")));
    }

    @Test
    void adjectivesBeforeThePluralBelongToTheNoun() {
        // "461 new products" (aa.com.tr), "1,400 new exhibitors" (imagesretailme.com), "more than 70 major investment
        // promotion activities" (breakinglatest.news), "1,200 civil and military aviation companies" (pressreader.com)
        assertEquals("new products", only("The event featured 461 new products.").noun().orElseThrow());
        assertEquals("new exhibitors", only("with 1,400 new exhibitors").noun().orElseThrow());
        assertEquals("other countries", only("from 20 other countries").noun().orElseThrow());
        assertEquals("major investment promotion activities",
                only("more than 70 major investment promotion activities").noun().orElseThrow());
        assertEquals("civil and military aviation companies",
                only("with 1,200 civil and military aviation companies attending").noun().orElseThrow());
        assertEquals(List.of(), texts(FigureFormat.english().find("It opened 5 new.")), "an adjective alone counts nothing");
    }

    @Test
    void unitsOfTimeAndLengthAreNoNouns() {
        // "For 16 consecutive years" (aa.com.tr), "completed two decades of existence" (imagesretailme.com),
        // "7.5 thousand meters" (eprimefeed.com)
        assertEquals(List.of(), texts(FigureFormat.english().find("For 16 consecutive years, China led.")));
        assertEquals(List.of(), texts(FigureFormat.english().find("Gulfood completed two decades of existence.")));
        assertEquals(List.of(), texts(FigureFormat.english().find("a building of 7.5 thousand meters here")));
        assertEquals("consecutive sessions", only("for 16 consecutive sessions").noun().orElseThrow());
    }

    @Test
    void theTopOfARankingIsNoCount() {
        // "eight of the top 10 companies" (newswire.ca)
        assertEquals(List.of(), texts(FigureFormat.english().find("including eight of the top 10 companies")));
        assertEquals(List.of(), texts(FigureFormat.english().find("among the Top 500 enterprises")));
        assertEquals("10 companies", only("stop 10 companies").text(), "\"top\" inside a word");
    }

    @Test
    void aPointEndingAnAbbreviationAndTheSentenceIsLeftOut() {
        // "around 72,000 sq.m.”" (tribuneindia.com)
        assertEquals("around 72,000 sq.m", only("the last edition covered around 72,000 sq.m.”").text());
        assertEquals("around 72,000 sq.m", only("It covered around 72,000 sq.m. The next one is larger.").text());
    }

    @Test
    void anAmountWithItsCurrencyBeforeItEndsWhereTheNextBegins() {
        // Eurostat headlines: "surplus €18.7 bn" then "€5.0 bn deficit" on the next line (marketscreener.com)
        assertEquals(List.of("€18.7 bn", "€5.0 bn"),
                texts(FigureFormat.english().find("Euro area trade surplus €18.7 bn\n€5.0 bn deficit for EU")));
        assertEquals(List.of("€18.7 bn", "€5.0 bn"), texts(FigureFormat.english().find("surplus €18.7 bn €5.0 bn deficit")));
    }

    @Test
    void anAmountBeforeExpansionIsAProjectNotAChange() {
        FoundFigure plant = only("The company announced a $130 million expansion of its plant.");
        assertEquals("$130 million", plant.text());
        assertFalse(plant.isChange());
        assertTrue(only("a 5.2 percent expansion").isChange(), "a percentage before \"expansion\" is a change");
        assertTrue(only("a $130 million increase in exports").isChange());
    }
}
