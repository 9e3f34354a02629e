package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers written in words and numerals: Chinese numerals across 万 and 亿, Russian number words in
 * their cases, and English magnitudes whose number is the article. Each was misread or missed before.
 */
class FindingNumbersInWordsTest {

    private static List<String> texts(List<FoundFigure> found) {
        return found.stream().map(FoundFigure::text).toList();
    }

    // --- Chinese numerals across 万 and 亿 ---

    @Test
    void chineseNumeralsAfterWanAreItsLowerPart() {
        // "两万五千人" was 20,000 with a noun "五千人"
        assertEquals(25_000, FigureFormat.chinese().parseCount("两万五千人").value());
        assertEquals(Count.moreThan(35_000).bounds(), FigureFormat.chinese().parseCount("三万五千余人").bounds());
        assertEquals(120_000_000, FigureFormat.chinese().parseCount("一亿二千万").value());
        assertEquals(108_000, FigureFormat.chinese().parseCount("十万八千人").value());
        List<FoundFigure> found = FigureFormat.chinese().find("展会吸引两万五千人参观。");
        assertEquals(List.of("两万五千人"), texts(found));
        assertEquals("人", found.get(0).noun().orElseThrow());
        assertEquals(Range.closed("24500", "25500"), found.get(0).bounds(), "stated to the thousand");
    }

    @Test
    void aLoneDigitAfterAMagnitudeIsOfThePlaceBelowUnlessAZeroKeepsItInItsOwn() {
        assertEquals(35_000, FigureFormat.chinese().parseCount("三万五").value());
        assertEquals(150_000_000, FigureFormat.chinese().parseCount("一亿五").value());
        assertEquals(30_005, FigureFormat.chinese().parseCount("三万零五").value());
        assertEquals(100_000_005, FigureFormat.chinese().parseCount("一亿零五").value());
    }

    @Test
    void everyChineseNumeralReadsAsItsValue() {
        // The law: the standard Chinese numeral of n, 零 where places are skipped, reads as n.
        qt().withExamples(20_000).forAll(longs().between(1, 999_999_999_999L))
                .checkAssert(n -> assertEquals((long) n, FigureFormat.chinese().parseCount(chinese(n)).value(), chinese(n)));
    }

    @Test
    void 签约IsToSignAndItsLastCharacterNoAbout() {
        // "签约50亿元" was "约50亿元", about five billion
        List<FoundFigure> found = FigureFormat.chinese().find("现场签约50亿元，签约总额约80亿元。");
        assertEquals(List.of("50亿元", "约80亿元"), texts(found));
        assertEquals(Qualifier.EXACT, found.get(0).amount().orElseThrow().figure().qualifier());
        assertEquals(Qualifier.ABOUT, found.get(1).amount().orElseThrow().figure().qualifier());
        assertEquals(List.of("近5亿元"), texts(FigureFormat.chinese().find("附近的项目投资近5亿元")));
    }

    @Test
    void verbsAndPostpositionsEndAChineseNoun() {
        // "为…419家企业提供了展览展示和交流平台", "将在150多个展台上展示" (itaiwannews.cn, big5.sputniknews.cn)
        assertEquals("企业", FigureFormat.chinese().find("为419家企业提供了展览平台").get(0).noun().orElseThrow());
        assertEquals("展台", FigureFormat.chinese().find("将在150多个展台上展示").get(0).noun().orElseThrow());
        assertEquals(List.of("26项"), texts(FigureFormat.chinese().find("中俄蒙三国政府和企业间共达成签约意向26项")),
                "三国 names the three countries of the report");
    }

    @Test
    void chineseNumeralsThatCountNothingAreNoFigures() {
        assertEquals(List.of(), texts(FigureFormat.chinese().find("集中签约一批项目，一家企业")), "一 is the article");
        assertEquals(List.of(), texts(FigureFormat.chinese().find("走进千家万户，打造千亿级产业")));
        assertEquals(List.of("100亿美元"), texts(FigureFormat.chinese().find("两国贸易额达100亿美元")));
        assertEquals(List.of("一千家企业", "逾万名观众"), texts(FigureFormat.chinese().find("一千家企业，逾万名观众")));
    }

    @Test
    void chineseNumeralsWithADecimalPointOrDigitByDigit() {
        // real phrasings (research note of 2 December 2026): "四百二十七點九億美元" (m.xieliaobaba.com),
        // "四．五億元" (ec.ltn.com.tw), "一二六個國家", "四六四五○人" (udn.com), "六八〇席" (news.ltn.com.tw)
        assertEquals(List.of("四百二十七點九億美元"), texts(FigureFormat.chinese().find("實際使用臺資四百二十七點九億美元")));
        assertEquals(42_790_000_000L, FigureFormat.chinese().find("四百二十七點九億美元").get(0).amount().orElseThrow()
                .figure().value().longValueExact());
        assertEquals(List.of("逾四．五億元"), texts(FigureFormat.chinese().find("斥資逾四．五億元裝修")));
        assertEquals(126, FigureFormat.chinese().parseCount("一二六个国家").value());
        assertEquals(46_450, FigureFormat.chinese().parseCount("四六四五○人").value());
        assertEquals(List.of("超過六八〇席攤位"), texts(FigureFormat.chinese().find("超過六八〇席攤位")));
        assertEquals(List.of(), texts(FigureFormat.chinese().find("每天三四千人，三四个国家，一一对应")), "three or four: a range");
    }

    @Test
    void percentWrittenBeforeTheNumber() {
        // "同比增長百分之五點○五" (udn.com): 5.05 percent
        List<FoundFigure> found = FigureFormat.chinese().find("出口同比增長百分之五點○五。");
        assertEquals(List.of("同比增長百分之五點○五"), texts(found));
        assertEquals(io.github.tradecoop.figure.Percentage.of("5.05"), found.get(0).percentage().orElseThrow());
        assertEquals(io.github.tradecoop.figure.Percentage.of("25"), FigureFormat.chinese().parsePercentage("百分之二十五"));
        assertEquals(List.of(), texts(FigureFormat.chinese().find("百分之百满意")), "an idiom: completely");
        org.junit.jupiter.api.Assertions.assertThrows(FigureParseException.class,
                () -> FigureFormat.chinese().parseCount("百分之五"));
    }

    // --- Russian number words ---

    @Test
    void russianNumberWordsAreCountsInAnyCase() {
        List<FoundFigure> found = FigureFormat.russian().find(
                "Подписаны три соглашения; участвовали свыше двухсот компаний из тридцати стран, более ста экспонентов.");
        assertEquals(List.of("три соглашения", "свыше двухсот компаний", "тридцати стран", "более ста экспонентов"),
                texts(found));
        assertEquals(Count.exactly(3), found.get(0).count().orElseThrow());
        assertEquals(Count.moreThan(200), found.get(1).count().orElseThrow());
        assertEquals("компаний", found.get(1).noun().orElseThrow());
        assertEquals(Count.exactly(30), found.get(2).count().orElseThrow());
        assertEquals(Count.moreThan(100), found.get(3).count().orElseThrow());
        assertEquals(2_500, FigureFormat.russian().parseCount("две тысячи пятьсот участников").value());
        assertEquals(255, FigureFormat.russian().parseCount("двести пятьдесят пять").value());
    }

    @Test
    void aRussianMagnitudeWordAloneIsOneOfIt() {
        assertEquals(Count.about(1_000_000).bounds(), FigureFormat.russian().parseCount("около миллиона посетителей").bounds());
        assertEquals(1_500_000, FigureFormat.russian().parseCount("полтора миллиона посетителей").value());
        assertEquals(List.of("Тысяча компаний", "около миллиона посетителей"),
                texts(FigureFormat.russian().find("Тысяча компаний и около миллиона посетителей.")));
        // plural: "thousands of", "millions of"; and one in words is an article, as in English
        assertEquals(List.of(), texts(FigureFormat.russian().find("тысячи компаний, миллионы посетителей, одна из выставок")));
    }

    @Test
    void russianHalvesTensHundredsAndSuffixedDigits() {
        // real phrasings (research note of 2 December 2026): "почти два с половиной миллиона рублей" (tvsever.ru),
        // "четыре десятка товаропроизводителей" (regnum.ru), "из 59-ти регионов и 15-ти стран" (dayudm.ru),
        // "на 4-5 триллионов рублей" (finance-rambler.ru), "из сотни стран" (ru.sputnik.kz)
        List<FoundFigure> found = FigureFormat.russian().find("Потрачено почти два с половиной миллиона рублей.");
        assertEquals(List.of("почти два с половиной миллиона рублей"), texts(found));
        assertEquals(Range.closedOpen(new java.math.BigDecimal("2450000"), new java.math.BigDecimal("2500000")),
                found.get(0).bounds());
        assertEquals(40, FigureFormat.russian().parseCount("четыре десятка товаропроизводителей").value());
        assertEquals(List.of("59-ти регионов", "15-ти стран"), texts(FigureFormat.russian().find("из 59-ти регионов и 15-ти стран")));
        assertEquals(List.of(), texts(FigureFormat.russian().find("контракты на 4-5 триллионов рублей")), "a range; "
                + "\"триллионов\" alone is no trillion");
        assertEquals(List.of(), texts(FigureFormat.russian().find("сотни компаний, десятки стран, 8-е место")));
        assertEquals(List.of("около сотни компаний"), texts(FigureFormat.russian().find("около сотни компаний")));
    }

    @Test
    void aRussianAdjectiveBeforeTheNounIsPartOfIt() {
        // "приняли пять ключевых документов" (islam-today.ru)
        assertEquals("ключевых документов", FigureFormat.russian().find("приняли пять ключевых документов").get(0).noun()
                .orElseThrow());
        assertEquals("крупных российских компаний",
                FigureFormat.russian().find("пять крупных российских компаний").get(0).noun().orElseThrow());
        // an adjective whose noun is left out, or followed by a verb, stays the noun
        assertEquals("иностранных", FigureFormat.russian().find("в том числе 300 иностранных представили стенды").get(0)
                .noun().orElseThrow());
        assertEquals("предприятий", FigureFormat.russian().find("500 предприятий приняли участие").get(0).noun().orElseThrow());
    }

    @Test
    void everyRussianNumberInWordsReadsAsItsValue() {
        qt().withExamples(5_000).forAll(integers().between(2, 999_999))
                .checkAssert(n -> assertEquals((long) n, FigureFormat.russian().parseCount(russian(n) + " компаний").value(),
                        russian(n)));
    }

    @Test
    void russianNumberWordsAreFoundByFindAll() {
        assertEquals(List.of("пять проектов", "more than 60 firms"),
                texts(FigureFormat.findAll("Подписаны пять проектов. Also, more than 60 firms came.")));
    }

    // --- English magnitudes after an article ---

    @Test
    void aMagnitudeAfterTheArticleIsFoundWithIt() {
        List<FoundFigure> found = FigureFormat.english().find(
                "More than a hundred exhibitors came, a million visitors, and deals worth a billion dollars.");
        assertEquals(List.of("More than a hundred exhibitors", "a million visitors", "a billion dollars"), texts(found));
        assertEquals(Count.moreThan(100), found.get(0).count().orElseThrow());
        assertEquals(1_000_000_000L, found.get(2).amount().orElseThrow().figure().value().longValueExact());
        assertEquals(List.of(), texts(FigureFormat.english().find("It was a thousand times better; a hundredfold.")));
    }

    /** The standard Chinese numeral of n (below 10^12), with 零 for skipped places. */
    static String chinese(long n) {
        long yi = n / 100_000_000;
        long wan = n / 10_000 % 10_000;
        long rest = n % 10_000;
        StringBuilder s = new StringBuilder();
        if (yi > 0) {
            s.append(belowTenThousand(yi, true)).append('亿');
        }
        if (wan > 0) {
            if (s.length() > 0 && wan < 1000) {
                s.append('零');
            }
            s.append(belowTenThousand(wan, s.length() == 0)).append('万');
        }
        if (rest > 0) {
            if (s.length() > 0 && (rest < 1000 || wan == 0)) {
                s.append('零');
            }
            s.append(belowTenThousand(rest, s.length() == 0));
        }
        return s.toString();
    }

    private static String belowTenThousand(long x, boolean first) {
        String digits = "零一二三四五六七八九";
        String places = "千百十";
        StringBuilder s = new StringBuilder();
        boolean zero = false;
        long[] units = {1000, 100, 10};
        long left = x;
        for (int i = 0; i < 3; i++) {
            int d = (int) (left / units[i]);
            left %= units[i];
            if (d == 0) {
                zero = s.length() > 0;
                continue;
            }
            if (zero) {
                s.append('零');
                zero = false;
            }
            if (!(first && s.length() == 0 && d == 1 && i == 2)) {
                s.append(digits.charAt(d));   // "十五", but "一百一十五"
            }
            s.append(places.charAt(i));
        }
        if (left > 0) {
            if (zero) {
                s.append('零');
            }
            s.append(digits.charAt((int) left));
        }
        return s.toString();
    }

    /** Russian words of n (2 to 999,999) in the nominative, as a count of companies is written. */
    static String russian(int n) {
        int thousands = n / 1000;
        int rest = n % 1000;
        StringBuilder s = new StringBuilder();
        if (thousands > 0) {
            int lastTwo = thousands % 100;
            int last = thousands % 10;
            String word = lastTwo >= 11 && lastTwo <= 14 ? "тысяч" : last == 1 ? "тысяча" : last >= 2 && last <= 4 ? "тысячи" : "тысяч";
            s.append(belowThousand(thousands, true)).append(' ').append(word);
        }
        if (rest > 0) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(belowThousand(rest, false));
        }
        return s.toString();
    }

    private static String belowThousand(int x, boolean feminine) {
        String[] units = {"", feminine ? "одна" : "один", feminine ? "две" : "два", "три", "четыре", "пять", "шесть", "семь",
            "восемь", "девять", "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
            "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"};
        String[] tens = {"", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
            "девяносто"};
        String[] hundreds = {"", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
            "девятьсот"};
        StringBuilder s = new StringBuilder(hundreds[x / 100]);
        int belowHundred = x % 100;
        if (belowHundred >= 20) {
            append(s, tens[belowHundred / 10]);
            append(s, units[belowHundred % 10]);
        } else {
            append(s, units[belowHundred]);
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String word) {
        if (!word.isEmpty()) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(word);
        }
    }
}
