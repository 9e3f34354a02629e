package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tradecoop.figure.Count;
import java.util.List;
import java.util.Optional;
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

    @Test
    void zeroInAChineseNumeralKeepsTheNextDigitInItsPlace() {
        // 零 and 〇 both write the zero of "三千零五" (3,005) and "一百零八" (108)
        assertEquals(Count.exactly(3005), FigureFormat.chinese().parseCount("三千零五"));
        assertEquals(Count.exactly(108), FigureFormat.chinese().parseCount("一百零八家"));
        assertEquals(List.of("三千零五家企业"), texts(FigureFormat.chinese().find("共有三千零五家企业参展")));
        assertEquals(List.of("增长5%"), texts(FigureFormat.chinese().find("零售额增长5%，零关税商品")), "零售 and 零关税 are words");
    }

    @Test
    void aNumberRightAfterAChineseCommaStartsAFigure() {
        // "，" folds to ","; it was taken for the group separator of "1,500" and the count was lost
        assertEquals(List.of("3.5万平方米", "150余个国家和地区"),
                texts(FigureFormat.chinese().find("展览面积3.5万平方米，150余个国家和地区参展。")));
        assertEquals(List.of("5万人", "150家企业"), texts(FigureFormat.findAll("观众达5万人，150家企业签约。")));
        List<FoundFigure> grouped = FigureFormat.english().find("Then 1,500 firms came.");
        assertEquals(List.of("1,500 firms"), texts(grouped), "a comma between digits still groups them");
        assertEquals(Count.exactly(1500), grouped.get(0).count().orElseThrow());
    }

    @Test
    void aPlusAfterANumberIsAtLeast() {
        // "exhibits from 20+ nations" (eventr.io, research note of 2 December 2026)
        List<FoundFigure> found = FigureFormat.findAll("Exhibits came from 20+ nations; 500+家企业参展.");
        assertEquals(List.of("20+ nations", "500+家企业"), texts(found));
        assertEquals(Count.atLeast(20), found.get(0).count().orElseThrow());
        assertEquals(List.of(), texts(FigureFormat.english().find("the 10+1 mechanism and ASEAN+3 members")));
    }

    @Test
    void aChineseNumberOfHundredsOfMillionsWithNoNounIsNoCount() {
        // "签约金额逾3500亿" (news.001ce.com): yuan left unsaid, not 350 billion of something counted
        assertEquals(List.of("359个项目"), texts(FigureFormat.chinese().find("签约金额逾3500亿 共有359个项目")));
        assertEquals("人口", FigureFormat.chinese().find("全国14亿人口").get(0).noun().orElseThrow());
    }

    @Test
    void aDifferenceOrARatioIsNoCount() {
        // "about 100 fewer than last year" (scmp.com), "more than three times the figure" (en.people.cn)
        assertEquals(List.of("2,800 exhibitors"),
                texts(FigureFormat.english().find("A total of 2,800 exhibitors took part, about 100 fewer than last year.")));
        assertEquals(List.of("over 960 billion yuan"),
                texts(FigureFormat.english().find("Deals worth over 960 billion yuan, more than three times the figure.")));
        assertEquals(List.of(), texts(FigureFormat.russian().find("в 3 раза больше")));
        // basis points are hundredths of a percentage point, not a count of "basis"
        assertEquals(List.of(), texts(FigureFormat.findAll("The rate rose 25 basis points; 下调25个基点; на 25 базисных пунктов.")));
    }

    @Test
    void aListOfAmountsSharesTheCurrencyWrittenAfterItsLastItem() {
        // "reached 3.57 trillion and 3.14 trillion yuan respectively" (english.www.gov.cn), "of 10.15 trillion, 11
        // trillion, and 11.17 trillion yuan" (bjszhsfx.com)
        List<FoundFigure> found = FigureFormat.english().find("Trade reached 3.57 trillion and 3.14 trillion yuan respectively.");
        assertEquals(List.of("3.57 trillion", "3.14 trillion yuan"), texts(found));
        assertEquals(java.util.Optional.of(java.util.Currency.getInstance("CNY")), found.get(0).currency());
        assertEquals(List.of("10.15 trillion", "11 trillion", "11.17 trillion yuan"),
                texts(FigureFormat.english().find("with figures of 10.15 trillion, 11 trillion, and 11.17 trillion yuan")));
        assertEquals(List.of("3.5亿", "4.2亿", "5.1亿元"), texts(FigureFormat.chinese().find("分别为3.5亿、4.2亿和5.1亿元")));
        assertEquals(List.of(), texts(FigureFormat.english().find("between 3.57 trillion and 3.14 trillion yuan")), "a range");
        assertEquals(List.of("300 firms"), texts(FigureFormat.english().find("5 million and 300 firms")), "no currency follows");
    }

    @Test
    void theCurrenciesOfTradePartnersAreCurrencies() {
        // "5 млн сомов" and "10 billion tenge" were counts of soms and tenge
        assertEquals(java.util.Optional.of(java.util.Currency.getInstance("KGS")),
                FigureFormat.russian().find("товаров на 5 млн сомов").get(0).currency());
        assertEquals(java.util.Optional.of(java.util.Currency.getInstance("UZS")),
                FigureFormat.russian().find("на 12 млрд сумов").get(0).currency());
        assertEquals(java.util.Optional.of(java.util.Currency.getInstance("KZT")),
                FigureFormat.english().find("worth 10 billion tenge").get(0).currency());
        assertEquals(java.util.Optional.of(java.util.Currency.getInstance("KZT")),
                FigureFormat.chinese().find("签约10亿坚戈").get(0).currency());
        assertEquals(FoundFigure.Kind.AMOUNT, FigureFormat.russian().find("на 1,5 млрд иен").get(0).kind());
    }

    @Test
    void aChangeOnTheMonthBeforeShowsItsBasisInItsSpan() {
        // "Chinese exports increased by 2.7% month-on-month to $10.26 bln" (tass.com): the basis is not the year before
        List<FoundFigure> found = FigureFormat.english().find("Chinese exports increased by 2.7% month-on-month to $10.26 bln.");
        assertEquals(List.of("increased by 2.7% month-on-month", "$10.26 bln"), texts(found));
        assertEquals("increased by 2.7% month-on-month", found.get(1).change().orElseThrow().text());
        assertEquals(List.of("rose 2.7% from a month earlier", "$10.26 billion"),
                texts(FigureFormat.english().find("Exports rose 2.7% from a month earlier to $10.26 billion.")));
    }

    @Test
    void theTwoCountriesAreNamedNotCounted() {
        // "the two countries traded a record $240.11 billion in 2023" (tass.com)
        assertEquals(List.of("$240.11 billion"), texts(FigureFormat.english().find("The two countries traded a record $240.11 billion.")));
        assertEquals(List.of("55 projects"), texts(FigureFormat.english().find("the 55 projects signed")), "digits are a count");
    }

    @Test
    void aRankIsNoCount() {
        assertEquals(List.of("55 projects"), texts(FigureFormat.english().find(
                "China's No. 1 exporter and its #2 market signed 55 projects.")));
        assertEquals(List.of(), texts(FigureFormat.russian().find("предприятие № 5 компаний")));
    }

    @Test
    void anAreaInSquareFeetOrHectaresIsAQuantityNotACount() {
        // "passed the 900,000 net square feet (nsf) mark", "more than 100,000 nsf each" (vdocument.in, Trade Show
        // Executive); "50,000 sf of meeting space" (tradeshowexecutive.com): areas, not counts of "net" or "sf"
        assertEquals(List.of("900,000 net square feet"), texts(FigureFormat.english().find("The show passed the 900,000 net square feet (nsf) mark.")));
        assertEquals(List.of("17 shows", "more than 100,000 nsf"),
                texts(FigureFormat.english().find("Eight of the 17 shows spanned more than 100,000 nsf each.")));
        List<FoundFigure> space = FigureFormat.english().find("It offers 50,000 sf of meeting space and 616 guest rooms.");
        assertEquals(List.of("50,000 sf", "616 guest rooms"), texts(space));
        assertEquals(io.github.tradecoop.figure.Quantity.Unit.SQUARE_FOOT, space.get(0).quantity().orElseThrow().unit());
        assertEquals(List.of("300 га"), texts(FigureFormat.russian().find("участок площадью 300 га")));
    }

    @Test
    void quartersAndWeeksAreDurationsInRussian() {
        // "Положительное сальдо России за три квартала составило 16,48 миллиарда долларов" (m24.ru)
        assertEquals(List.of("16,48 миллиарда долларов"),
                texts(FigureFormat.russian().find("Сальдо за три квартала составило 16,48 миллиарда долларов.")));
        assertEquals(List.of(), texts(FigureFormat.russian().find("выставка работала две недели")));
    }

    @Test
    void aCountsNounMayJoinTwoWordsWithAnd() {
        // "more than 18,000 domestic and foreign companies" (newswire.com.pk), "360 investment and trade deals" (urdupoint.com)
        assertEquals("domestic and foreign companies", FigureFormat.english()
                .find("It has served more than 18,000 domestic and foreign companies.").get(0).noun().orElseThrow());
        assertEquals("investment and trade deals",
                FigureFormat.english().find("A total of 360 investment and trade deals were inked.").get(0).noun().orElseThrow());
        assertEquals("cats", FigureFormat.english().find("5 cats and dogs").get(0).noun().orElseThrow(), "a plural ends it");
    }

    @Test
    void aParticipleIsNoNounUnlessAPluralFollows() {
        // "four — placed out in the open" (therussophile.org): a verb
        assertEquals(List.of("34 pavilions"), texts(FigureFormat.english().find("There were 34 pavilions, and four placed out in the open.")));
        assertEquals("registered buyers", FigureFormat.english().find("300 registered buyers").get(0).noun().orElseThrow());
    }

    @Test
    void aTwoLetterWordIsNoPluralThatHeadsACountsNoun() {
        List<FoundFigure> found = FigureFormat.english().find("More than 60 exhibitors told us they would return.");
        assertEquals(List.of("More than 60 exhibitors"), texts(found));
        assertEquals("exhibitors", found.get(0).noun().orElseThrow());
    }

    @Test
    void aVerbOfVisitingEndsAChineseNoun() {
        assertEquals("人次", FigureFormat.chinese().find("展会吸引23.4万人次参观。").get(0).noun().orElseThrow());
    }

    @Test
    void aDashAfterAPercentageLinksARangeAndIsNoMinus() {
        // "5%-6%" is a range, neither end a figure on its own; "-6%" alone is a fall
        assertEquals(List.of(), texts(FigureFormat.findAll("Margins of 5%-6% were reported.")));
        assertEquals(List.of("-6%"), texts(FigureFormat.findAll("Margins moved -6% this year.")));
    }

    @Test
    void respectiveListsPairEachLevelWithItsChange() {
        // "进出口分别为3.38万亿元、3.23万亿元、2.82万亿元、1.61万亿元、1.45万亿元,同比分别增长7.7%、2.9%、2%、1.4%、1.1%"
        // (imimq.cn/zhuanti/2020/1014/12918): the i-th amount grew by the i-th percentage, not the last amount by the first
        List<FoundFigure> found = FigureFormat.chinese().find("我國對東盟、歐盟、美國、日本、韓國進出口分別為3.38萬億元、3.23萬億元、"
                + "2.82萬億元、1.61萬億元、1.45萬億元,同比分別增長7.7%、2.9%、2%、1.4%、1.1%,其中,東盟為我國第一大貿易伙伴。");
        List<String> changes = found.subList(0, 5).stream().map(f -> f.change().orElseThrow().text()).toList();
        assertEquals(List.of("同比分別增長7.7%", "2.9%", "2%", "1.4%", "1.1%"), changes);
        // constructed: the same in English and Russian
        List<FoundFigure> english = FigureFormat.english().find("Exports and imports were $5 billion and $3 billion, up 5% and 7% respectively.");
        assertEquals("up 5%", english.get(0).change().orElseThrow().text());
        assertEquals("7%", english.get(1).change().orElseThrow().text());
        List<FoundFigure> russian = FigureFormat.russian().find("Экспорт и импорт составили 5 млрд и 3 млрд долларов, увеличившись соответственно на 5% и 7%.");
        assertEquals("7%", russian.get(1).change().orElseThrow().text());
        // "全省农产品出口24.9万吨,创汇5.7亿美元,同比分别增长18.4%和 25.9%。化肥…出口化肥73.4万吨,创汇3亿美元,同比分别增长48.9%和
        // 1.02倍" (china.chinaaseantrade.com/news/show.php?itemid=6242): levels of two kinds pair up too, and a multiple in a
        // list after a change is a change of that list (1.02倍 is a rise of 102%)
        List<FoundFigure> yunnan = FigureFormat.chinese().find("全省农产品出口24.9万吨,创汇5.7亿美元,同比分别增长18.4%和 25.9%。"
                + "出口化肥73.4万吨,创汇3亿美元,同比分别增长48.9%和1.02倍。");
        assertEquals("同比分别增长18.4%", yunnan.get(0).change().orElseThrow().text());
        assertEquals("25.9%", yunnan.get(1).change().orElseThrow().text());
        assertEquals(List.of("73.4万吨", "3亿美元"), Found.texts(yunnan.subList(4, 6)));
        assertEquals(List.of("同比分别增长48.9%", "1.02倍"), yunnan.subList(4, 6).stream().map(f -> f.change().orElseThrow().text()).toList());
        assertEquals(Found.closed("101.5", "102.5"), yunnan.get(7).bounds());
        // a multiple alone, after no change, is still no figure
        assertEquals(List.of(), Found.texts(FigureFormat.chinese().find("产量有3倍。")));
        // two levels and three changes do not pair up: no level takes a change it may not have
        List<FoundFigure> unpaired = FigureFormat.chinese().find("出口和进口分别为5亿元和3亿元，分别增长5%、6%和7%。");
        assertEquals(List.of(Optional.empty(), Optional.empty()), unpaired.subList(0, 2).stream().map(FoundFigure::change).toList());
    }
}
