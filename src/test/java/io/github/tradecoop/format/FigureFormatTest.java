package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFormatTest {

    private static final FigureFormat EN = FigureFormat.english();
    private static final FigureFormat ZH = FigureFormat.chinese();
    private static final FigureFormat RU = FigureFormat.russian();
    private static final ReportedAmount SIGNED = ReportedAmount.of(Money.of("CNY", 13_600_000_000L), new BigDecimal("1E8"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "RMB 13.6 billion", "13.6 billion yuan", "CNY 13.6 billion", "13.6 billion RMB", "RMB13.6bn",
        "RMB 13.6 bn", "rmb 13.6 Billion", "a total of RMB 13.6 billion", "RMB 13,600 million",
        "13.6 billion renminbi"})
    void englishSpellingsOfTheSignedTotal(String text) {
        ReportedAmount parsed = EN.parseAmount(text);
        assertEquals(SIGNED.value(), parsed.value());
    }

    @Test
    void englishCurrencyBeforeOrAfterGivesEqualFigures() {
        assertEquals(SIGNED, EN.parseAmount("RMB 13.6 billion"));
        assertEquals(SIGNED, EN.parseAmount("13.6 billion yuan"));
        assertEquals(SIGNED, EN.parseAmount("RMB13.6bn"));
    }

    @Test
    void usDollarSymbolWithoutSpace() {
        ReportedAmount amount = EN.parseAmount("US$3.15 billion");
        assertEquals(Money.of("USD", 3_150_000_000L), amount.value());
        assertEquals(Money.of("USD", 5_000_000L), EN.parseAmount("5 million U.S. dollars").value());
    }

    @Test
    void groupingSeparatorsAreRead() {
        ReportedAmount grouped = EN.parseAmount("RMB 13,600,000,000");
        assertEquals(Money.of("CNY", 13_600_000_000L), grouped.value());
        assertEquals(BigDecimal.ONE, grouped.resolution());
        assertEquals(Count.exactly(4000), EN.parseCount("4,000"));
        assertEquals(Count.exactly(13600), RU.parseCount("13 600"));
        assertEquals(Count.exactly(13600), RU.parseCount("13\u00A0600"));
    }

    @Test
    void numberWordsAreReadInEnglish() {
        assertEquals(Count.exactly(100), EN.parseCount("one hundred"));
        assertEquals(Count.exactly(55), EN.parseCount("fifty-five"));
        assertEquals(Count.exactly(227), EN.parseCount("two hundred and twenty-seven"));
        assertEquals(Count.exactly(13), EN.parseCount("Thirteen"));
        assertEquals(Count.of(Figure.exactly(new BigDecimal("2")).scaledByPowerOfTen(6)), EN.parseCount("two million"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "more than 100|MORE_THAN", "over 100|MORE_THAN", "at least 100|AT_LEAST", "less than 100|LESS_THAN",
        "fewer than 100|LESS_THAN", "up to 100|UP_TO", "nearly 100|NEARLY", "almost 100|NEARLY",
        "about 100|ABOUT", "around 100|ABOUT", "approximately 100|ABOUT", "100|EXACT", "a total of 100|EXACT",
        "超过100|MORE_THAN", "逾100|MORE_THAN", "100多|MORE_THAN", "100余|MORE_THAN", "近100|NEARLY", "约100|ABOUT",
        "100家左右|ABOUT", "至少100|AT_LEAST", "共100个|EXACT",
        "более 100|MORE_THAN", "свыше 100|MORE_THAN", "около 100|ABOUT", "почти 100|NEARLY", "не менее 100|AT_LEAST",
        "до 100|UP_TO", "всего 100|EXACT"})
    void qualifiersInEachLanguage(String text, Qualifier expected) {
        FigureFormat format = text.matches(".*\\p{IsHan}.*") ? ZH : text.matches(".*\\p{IsCyrillic}.*") ? RU : EN;
        Count count = format.parseCount(text);
        assertEquals(expected, count.qualifier());
        assertEquals(100, count.value());
    }

    @Test
    void nearlyTenThousandInEachLanguageIsTheSameRange() {
        Range expected = Range.closed(new BigDecimal("5000"), new BigDecimal("9999"));
        assertEquals(expected, EN.parseCount("nearly 10,000").bounds());
        assertEquals(expected, ZH.parseCount("近1万").bounds());
        assertEquals(expected, RU.parseCount("почти 10 000").bounds());
        assertEquals(expected, EN.parseCount("nearly ten thousand").bounds());
    }

    @Test
    void aboutAHundredAndTwentyIsRoundedToTens() {
        assertEquals(Range.closed("115", "125"), EN.parseCount("about 120").bounds());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "80.2%|80.2", "+80.2%|80.2", "-5.3%|-5.3", "a year-on-year increase of 80.2%|80.2",
        "an increase of 51.9%|51.9", "a decrease of 5%|-5", "a year-on-year decrease of 5.3%|-5.3",
        "up 3.5%|3.5", "down 3.5%|-3.5", "80.2 percent|80.2", "80.2 per cent|80.2"})
    void englishPercentages(String text, String points) {
        assertEquals(Percentage.of(points), EN.parsePercentage(text));
    }

    @Test
    void chineseAndRussianDecreasesAreNegative() {
        assertEquals(Percentage.of("-5.3"), ZH.parsePercentage("同比下降5.3%"));
        assertEquals(Percentage.of("-5.3"), RU.parsePercentage("снижение на 5,3%"));
        assertEquals(Percentage.of("80.2"), RU.parsePercentage("80,2 %"));
        assertEquals(Percentage.of("80.2"), RU.parsePercentage("рост на 80,2 процента"));
    }

    @Test
    void russianDecimalCommaIsNotTruncated() {
        // The JDK's CompactNumberFormat reads "13,6 млрд" as 13; every digit counts here.
        assertEquals(SIGNED, RU.parseAmount("13,6 млрд юаней"));
        assertEquals(Count.of(Figure.exactly(new BigDecimal("13.6")).scaledByPowerOfTen(9)), RU.parseCount("13,6 млрд"));
    }

    @Test
    void russianMagnitudeWordsInFullAndAbbreviated() {
        assertEquals(SIGNED, RU.parseAmount("13,6 миллиарда юаней"));
        assertEquals(SIGNED, RU.parseAmount("13,6 млрд. юаней"));
        assertEquals(Money.of("RUB", 5000), RU.parseAmount("5 тыс. рублей").value());
        assertEquals(Money.of("USD", 2_000_000), RU.parseAmount("2 млн долларов США").value());
    }

    @Test
    void chineseMagnitudesAndUnits() {
        assertEquals(Money.of("CNY", 13_600_000_000L), ZH.parseAmount("1.36万亿元").value().dividedBy(100, java.math.RoundingMode.UNNECESSARY));
        assertEquals(Money.of("USD", 50_000_000L), ZH.parseAmount("5千万美元").value());
        assertEquals(Money.of("CNY", 9_100_000L), ZH.parseAmount("910万元").value());
    }

    @Test
    void ambiguousSymbolsReadAsTheirReadersTakeThem() {
        assertEquals(Money.of("USD", 3_150_000_000L), EN.parseAmount("$3.15 billion").value());
        assertEquals(Money.of("USD", 30_000_000_000L), RU.parseAmount("$30 млрд").value());
        assertEquals(SIGNED, ZH.parseAmount("¥136亿"));
        assertEquals(SIGNED, ZH.parseAmount("￥136亿"));
        FigureParseException yen = assertThrows(FigureParseException.class, () -> EN.parseAmount("¥1.2 trillion"));
        assertEquals(0, yen.index());
        assertTrue(yen.getMessage().contains("ambiguous"), yen.getMessage());
        assertThrows(FigureParseException.class, () -> ZH.parseAmount("$5亿"));
    }

    @Test
    void theDefaultCurrencyChangesPerInstance() {
        FigureFormat canadian = EN.withDefaultCurrency(Currency.getInstance("CAD"));
        assertEquals(Money.of("CAD", 5_000_000L), canadian.parseAmount("$5 million").value());
        assertEquals(Money.of("USD", 5_000_000L), canadian.parseAmount("US$5 million").value());
        assertEquals(Money.of("HKD", 5_000_000L), EN.parseAmount("HK$5 million").value());
        assertEquals(Money.of("SGD", 5_000_000L), EN.parseAmount("S$5 million").value());
        assertEquals(Money.of("AUD", 5_000_000L), EN.parseAmount("A$5 million").value());
        assertEquals(Money.of("CAD", 5_000_000L), EN.parseAmount("C$5 million").value());
        assertEquals(Currency.getInstance("USD"), EN.defaultCurrency().orElseThrow());
        assertEquals(Currency.getInstance("CNY"), ZH.defaultCurrency().orElseThrow());
        assertEquals(Money.of("JPY", 1_000_000L), ZH.withDefaultCurrency(Currency.getInstance("JPY")).parseAmount("¥100万").value());
    }

    @Test
    void conflictingCurrenciesAreAnError() {
        FigureParseException e = assertThrows(FigureParseException.class, () -> ZH.parseAmount("人民币136亿美元"));
        assertEquals(7, e.index());
    }

    @ParameterizedTest(name = "\"{0}\" fails at {1}")
    @CsvSource(delimiter = '|', value = {
        "13.6 billionX|5", "RMB|3", "RMB 13..6 billion|7", "13..6 billion yuan|3", "''|0", "'RMB 13.6 billion '|16",
        "' RMB 13.6 billion'|0", "RMB 13,6789 billion|6", "13.6 billion|12", "RMB 013|5", "RMB 1,0000|5",
        "more than|9", "RMB thirteen point|13", "RMB thirteen point x|13"})
    void amountsThatDoNotParseReportWhere(String text, int index) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> EN.parseAmount(text));
        assertEquals(text, e.input());
        assertEquals(index, e.index(), e.getMessage());
    }

    @Test
    void countsAndPercentagesAreAlsoStrict() {
        assertEquals(16, assertThrows(FigureParseException.class, () -> EN.parseCount("227 enterprises worth")).index());
        assertEquals(4, assertThrows(FigureParseException.class, () -> EN.parseCount("227 yuan")).index());
        assertEquals(4, assertThrows(FigureParseException.class, () -> EN.parsePercentage("80.2")).index());
        assertEquals(0, assertThrows(FigureParseException.class, () -> EN.parseCount("-5")).index());
        assertThrows(FigureParseException.class, () -> EN.parseCount("2.5"));
        assertThrows(FigureParseException.class, () -> EN.parseCount("1" + "0".repeat(60)));
        assertThrows(FigureParseException.class, () -> EN.parseCount("rose 5"));
    }

    @Test
    void aQualifiedDecreaseIsQualifiedInSize() {
        assertEquals(Range.lessThan(new BigDecimal("-5")), EN.parsePercentage("a decrease of more than 5%").bounds());
        assertEquals(Range.lessThan(new BigDecimal("-5")), ZH.parsePercentage("下降超过5%").bounds());
        assertEquals(Range.lessThan(new BigDecimal("-5")), RU.parsePercentage("сократился более чем на 5%").bounds());
    }

    @Test
    void formatsWriteTheCanonicalSpelling() {
        assertEquals("RMB 13.6 billion", EN.format(SIGNED));
        assertEquals("CNY 13.6 billion", EN.withCurrencyStyle(FigureFormat.CurrencyStyle.CODE).format(SIGNED));
        assertEquals("CNY 136亿", ZH.withCurrencyStyle(FigureFormat.CurrencyStyle.CODE).format(SIGNED));
        assertEquals("13,6 млрд CNY", RU.withCurrencyStyle(FigureFormat.CurrencyStyle.CODE).format(SIGNED));
        assertEquals("4,000", EN.format(Count.exactly(4000)));
        assertEquals("4000", RU.format(Count.exactly(4000)));
        assertEquals("13 600", RU.format(Count.exactly(13600)));
        assertEquals("nearly 10,000", EN.format(Count.nearly(10_000)));
        assertEquals("about 120", EN.format(Count.about(120)));
        assertEquals("约120", ZH.format(Count.about(120)));
        assertEquals("-5.3%", EN.format(Percentage.of("-5.3")));
        assertEquals("USD 3.15 billion", EN.format(EN.parseAmount("US$3.15 billion")));
        assertEquals("3,15 млрд долларов США", RU.format(EN.parseAmount("US$3.15 billion")));
        assertEquals("31.5亿美元", ZH.format(EN.parseAmount("US$3.15 billion")));
    }

    @Test
    void russianCurrencyWordsAgreeWithTheNumber() {
        assertEquals("1 юань", RU.format(ReportedAmount.exactly(Money.of("CNY", 1))));
        assertEquals("3 юаня", RU.format(ReportedAmount.exactly(Money.of("CNY", 3))));
        assertEquals("11 юаней", RU.format(ReportedAmount.exactly(Money.of("CNY", 11))));
        assertEquals("21 рубль", RU.format(ReportedAmount.exactly(Money.of("RUB", 21))));
        assertEquals("0,5 рубля", RU.format(ReportedAmount.exactly(Money.of("RUB", "0.5"))));
    }

    @Test
    void rangesAreWrittenInTheLanguagesMagnitudesRoundedOutwards() {
        Range parts = Range.closed("4054500000", "4065500000");
        assertEquals("[4.0545, 4.0655] billion", EN.format(parts));
        assertEquals("[40.545, 40.655]亿", ZH.format(parts));
        assertEquals("[4,0545; 4,0655] млрд", RU.format(parts));
        assertEquals("(100, ∞)", EN.format(Range.greaterThan(new BigDecimal("100"))));
        Range growth = Range.closed("79.5512345", "80.6987654");
        assertEquals("[79.5512, 80.6988]", EN.format(growth));
    }

    @Test
    void formatForLocale() {
        assertEquals(ZH, FigureFormat.of(Locale.SIMPLIFIED_CHINESE));
        assertEquals(RU, FigureFormat.of(Locale.forLanguageTag("ru-RU")));
        assertEquals(EN, FigureFormat.of(Locale.UK));
        assertThrows(IllegalArgumentException.class, () -> FigureFormat.of(Locale.GERMAN));
    }
}
