package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms of the phrasing issue, one behaviour each; the corpus of {@link PhrasingCorpusTest}
 * holds the real phrases. Bounds are written as {@link Range#toString()} prints them.
 */
class RealPhrasingTest {

    private static final FigureFormat EN = FigureFormat.english();
    private static final FigureFormat ZH = FigureFormat.chinese();
    private static final FigureFormat RU = FigureFormat.russian();

    private static FigureFormat format(String language) {
        return FigureFormat.of(Locale.forLanguageTag(language));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
        "en|declined 2.1 percent from a year earlier|[-2.15, -2.05]",
        "en|rose 5.2 percent|[5.15, 5.25]", "en|increased by 5.2%|[5.15, 5.25]", "en|grew 5.2 pct|[5.15, 5.25]",
        "en|expanded 5.2 per cent year on year|[5.15, 5.25]", "en|climbed 5.2%|[5.15, 5.25]",
        "en|jumped 5.2%|[5.15, 5.25]", "en|surged 5.2%|[5.15, 5.25]", "en|soared 5.2%|[5.15, 5.25]",
        "en|fell 5.2%|[-5.25, -5.15]", "en|dropped by 5.2%|[-5.25, -5.15]", "en|decreased 5.2%|[-5.25, -5.15]",
        "en|slipped 5.2%|[-5.25, -5.15]", "en|shrank 5.2 percent year-on-year|[-5.25, -5.15]",
        "en|up 5.2%|[5.15, 5.25]", "en|down 5.2%|[-5.25, -5.15]", "en|an increase of 5.2%|[5.15, 5.25]",
        "en|a decrease of 5.2%|[-5.25, -5.15]", "en|a rise of 5.2%|[5.15, 5.25]", "en|a drop of 5.2%|[-5.25, -5.15]",
        "en|growth of 5.2%|[5.15, 5.25]", "en|a 5.2 percent increase|[5.15, 5.25]",
        "en|down 5.2% compared with the same period last year|[-5.25, -5.15]",
        "en|up by nearly 10 percent|[5, 10)", "en|fell more than 5%|(-∞, -5)",
        "zh|同比增长80.2%|[80.15, 80.25]", "zh|同比下降5%|[-5.5, -4.5]", "zh|增长12.4%|[12.35, 12.45]",
        "zh|下降3.5%|[-3.55, -3.45]", "zh|增加3.5%|[3.45, 3.55]", "zh|减少3.5%|[-3.55, -3.45]",
        "zh|比去年同期增长12.4%|[12.35, 12.45]", "zh|较上年下降3.5%|[-3.55, -3.45]", "zh|增长超过10%|(10, ∞)",
        "zh|同比增长１２．４％|[12.35, 12.45]",
        "ru|рост на 80,2%|[80.15, 80.25]", "ru|вырос на 5,2%|[5.15, 5.25]", "ru|выросла на 5,2%|[5.15, 5.25]",
        "ru|выросло на 5,2%|[5.15, 5.25]", "ru|выросли на 5,2%|[5.15, 5.25]", "ru|увеличился на 5,2%|[5.15, 5.25]",
        "ru|сократился на 5,2%|[-5.25, -5.15]", "ru|снизился на 5,2%|[-5.25, -5.15]",
        "ru|уменьшился на 5,2%|[-5.25, -5.15]", "ru|снижение на 5,2%|[-5.25, -5.15]",
        "ru|на 12,3% больше|[12.25, 12.35]", "ru|на 12,3% меньше|[-12.35, -12.25]",
        "ru|на 5,2% в годовом выражении|[5.15, 5.25]", "ru|5,2 проц.|[5.15, 5.25]",
        "ru|выросла более чем на 5%|(5, ∞)", "ru|что на 51,9% больше|[51.85, 51.95]"})
    void changePhrasesAreSignedPercentages(String language, String text, String bounds) {
        assertEquals(bounds, format(language).parsePercentage(text).bounds().toString());
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
        "en|2.3 percentage points|[2.25, 2.35]", "en|down 0.5 percentage point|[-0.55, -0.45]",
        "zh|增长2.3个百分点|[2.25, 2.35]", "zh|下降0.5个百分点|[-0.55, -0.45]",
        "ru|на 1,2 п.п.|[1.15, 1.25]", "ru|снизился на 0,3 п. п.|[-0.35, -0.25]"})
    void percentagePointsAreTheirOwnKind(String language, String text, String bounds) {
        PercentagePoints points = format(language).parsePoints(text);
        assertEquals(bounds, points.bounds().toString());
        assertThrows(FigureParseException.class, () -> format(language).parsePercentage(text));
    }

    @Test
    void aPercentageIsNotReadAsPoints() {
        assertThrows(FigureParseException.class, () -> EN.parsePoints("up 2.3%"));
        assertThrows(FigureParseException.class, () -> ZH.parsePoints("增长2.3%"));
        assertThrows(FigureParseException.class, () -> EN.parsePercentage("2.3 percentage points"));
        assertEquals(PercentagePoints.of(Figure.stated(new BigDecimal("2.3"), Qualifier.EXACT)),
                EN.parsePoints("2.3 percentage points"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "en|$ 120.5 B|USD|[120450000000, 120550000000]", "en|US$1.2 billion|USD|[1150000000, 1250000000]",
        "en|$500K|USD|[499500, 500500]", "en|$1.5M|USD|[1450000, 1550000]", "en|RMB 3 bn|CNY|[2500000000, 3500000000]",
        "en|5 bln rubles|RUB|[4500000000, 5500000000]", "en|2 mn euros|EUR|[1500000, 2500000]",
        "en|7 mln yuan|CNY|[6500000, 7500000]", "en|1.2 tn yuan|CNY|[1150000000000, 1250000000000]",
        "en|2.5 trillion yuan|CNY|[2450000000000, 2550000000000]", "en|€1.2 billion|EUR|[1150000000, 1250000000]",
        "en|HK$3 billion|HKD|[2500000000, 3500000000]", "en|two hundred million yuan|CNY|[199500000, 200500000]",
        "zh|超200亿元人民币|CNY|(20000000000, ∞)", "zh|136亿元人民币|CNY|[13550000000, 13650000000]",
        "zh|人民币300亿元|CNY|[29950000000, 30050000000]", "zh|300亿人民币|CNY|[29950000000, 30050000000]",
        "zh|1.2万亿元|CNY|[1150000000000, 1250000000000]", "zh|3亿5000万元|CNY|[349995000, 350005000]",
        "zh|逾千亿元|CNY|(100000000000, ∞)", "zh|4.2亿美元|USD|[415000000, 425000000]",
        "zh|¥500万|CNY|[4995000, 5005000]",
        "ru|превысил $30 млрд|USD|(30000000000, ∞)", "ru|5,2 млрд ам. долл.|USD|[5150000000, 5250000000]",
        "ru|5 млрд 120,4 млн рублей|RUB|[5120350000, 5120450000]",
        "ru|7 млрд 220,5 млн долл.|USD|[7220450000, 7220550000]",
        "ru|1 трлн 200 млрд руб.|RUB|[1199500000000, 1200500000000]",
        "ru|3,15 млрд долл. США|USD|[3145000000, 3155000000]", "ru|10 млн евро|EUR|[9500000, 10500000]",
        "ru|€5 млрд|EUR|[4500000000, 5500000000]", "ru|13,6 млрд юаней|CNY|[13550000000, 13650000000]",
        "ru|1\u00a0200 рублей|RUB|[1199.5, 1200.5]", "ru|1\u202f200,5 млн рублей|RUB|[1200450000, 1200550000]"})
    void amountsInEveryPositionAndSpelling(String language, String text, String currency, String bounds) {
        ReportedAmount amount = format(language).parseAmount(text);
        assertEquals(currency, amount.currency().getCurrencyCode());
        assertEquals(bounds, amount.bounds().toString());
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
        "en|two hundred|[200, 200]", "en|two thousand five hundred visitors|[2500, 2500]",
        "en|three thousand|[2500, 3500]", "ru|1 миллион 887 тысяч 566 человек|[1887566, 1887566]", "en|two hundred entrepreneurs|[200, 200]", "en|10,000 person-times|[10000, 10000]",
        "en|more than 1,500 enterprises|[1501, ∞)", "en|upwards of 300 companies|[301, ∞)",
        "en|in excess of 300|[301, ∞)", "en|close to 2,000 visitors|[1500, 1999]", "en|some 300 exhibitors|[250, 350]",
        "en|no less than 50|[50, ∞)", "en|roughly 120|[115, 125]", "en|a total of 227|[227, 227]",
        "zh|227家|[227, 227]", "zh|227家企业|[227, 227]", "zh|55个项目|[55, 55]", "zh|300人|[300, 300]",
        "zh|20名|[20, 20]", "zh|10位|[10, 10]", "zh|12项|[12, 12]", "zh|3条|[3, 3]", "zh|5批|[5, 5]",
        "zh|40场|[40, 40]", "zh|8次|[8, 8]", "zh|15.3万人次|[152500, 153500]", "zh|近百|[50, 99]",
        "zh|近千家|[500, 999]", "zh|上万人|[10000, ∞)", "zh|数百家|[100, ∞)", "zh|百余家|[101, ∞)",
        "zh|300多家|[301, ∞)", "zh|100家以上|[100, ∞)", "zh|约120人|[115, 125]", "zh|不少于50家|[50, ∞)",
        "zh|将近3000人|[2500, 2999]", "zh|逾万名|[10001, ∞)", "zh|１，２３４家|[1234, 1234]",
        "ru|1500 человек|[1500, 1500]", "ru|более 100 компаний|[101, ∞)", "ru|около 300 предприятий|[250, 350]",
        "ru|40 делегаций|[40, 40]", "ru|свыше 50 соглашений|[51, ∞)", "ru|почти 3 тыс. участников|[2500, 2999]",
        "ru|не менее 20|[20, ∞)", "ru|порядка 200|[150, 250]", "ru|примерно 120|[115, 125]",
        "ru|более чем 100|[101, ∞)", "ru|до 500 человек|[0, 500]", "ru|13\u00a0600|[13600, 13600]"})
    void countsWithNounsClassifiersAndQualifiers(String language, String text, String bounds) {
        assertEquals(bounds, format(language).parseCount(text).bounds().toString());
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "en|104,000 square meters|SQUARE_METRE|[103999.5, 104000.5]", "en|50,000 sq m|SQUARE_METRE|[49999.5, 50000.5]",
        "en|12,000 m²|SQUARE_METRE|[11999.5, 12000.5]", "en|1.2 million square metres|SQUARE_METRE|[1150000, 1250000]",
        "en|1.2 million tonnes|TONNE|[1150000, 1250000]", "zh|10万平方米|SQUARE_METRE|[95000, 105000]",
        "zh|3.5万吨|TONNE|[34500, 35500]", "zh|2000平方米|SQUARE_METRE|[1999.5, 2000.5]",
        "ru|50 тыс. кв. м|SQUARE_METRE|[49500, 50500]", "ru|1200 м²|SQUARE_METRE|[1199.5, 1200.5]",
        "ru|412 900 т|TONNE|[412899.5, 412900.5]", "ru|более 3 млн тонн|TONNE|(3000000, ∞)"})
    void quantitiesWithTheirUnits(String language, String text, Quantity.Unit unit, String bounds) {
        Quantity quantity = format(language).parseQuantity(text);
        assertEquals(unit, quantity.unit());
        assertEquals(bounds, quantity.bounds().toString());
    }

    @Test
    void aQuantityIsNotNegativeAndNotAChange() {
        assertThrows(FigureParseException.class, () -> EN.parseQuantity("-5 tonnes"));
        assertThrows(FigureParseException.class, () -> EN.parseQuantity("fell 5 tonnes"));
        assertThrows(FigureParseException.class, () -> EN.parseQuantity("5 percent"));
    }

    @Test
    void aLevelReachedIsNotAChange() {
        assertEquals("[4950000000, 5050000000]", EN.parseAmount("rose to $5.0 billion").bounds().toString());
        assertEquals("[4500000000, 5500000000]", RU.parseAmount("выросла до 5 млрд долл.").bounds().toString());
        assertEquals("[450000000, 550000000]", ZH.parseAmount("增至5亿元").bounds().toString());
    }

    @Test
    void anAbsoluteChangeIsASignedAmount() {
        assertEquals("[249500000, 250500000]", EN.parseAmount("an increase of 250 million yuan").bounds().toString());
        assertEquals("[-250500000, -249500000]", EN.parseAmount("a decrease of 250 million yuan").bounds().toString());
    }

    @Test
    void contradictionsAreRefusedWhereTheyStart() {
        FigureParseException direction = assertThrows(FigureParseException.class,
                () -> RU.parsePercentage("рост на 5% меньше"));
        assertEquals(11, direction.index());
        FigureParseException qualifier = assertThrows(FigureParseException.class, () -> ZH.parseCount("超过100家左右"));
        assertEquals(6, qualifier.index());
    }

    @Test
    void formattingKeepsTheStatedForm() {
        assertEquals("nearly 3,000", EN.format(EN.parseCount("nearly 3,000")));
        assertEquals("more than RMB 20 billion", EN.format(ZH.parseAmount("超200亿元")));
        assertEquals("超过200亿元", ZH.format(ZH.parseAmount("超200亿元")));
        assertEquals("136 thousand", EN.format(ZH.parseCount("13.6万人")));
        assertEquals("13.6万", ZH.format(ZH.parseCount("13.6万人")));
        assertEquals("2.3 percentage points", EN.format(ZH.parsePoints("增长2.3个百分点")));
        assertEquals("-0,5 п.п.", RU.format(EN.parsePoints("down 0.5 percentage points")));
        assertEquals("10.4万平方米", ZH.format(EN.parseQuantity("104 thousand square metres")));
        assertEquals("104,000 square metres", EN.format(ZH.parseQuantity("104000平方米")));
    }

    @Test
    void aFigureStatedToTensOfMillionsKeepsItsResolutionInEnglish() {
        // "420 million" would read back as stated to the million; 4.2亿 is stated to ten million.
        ReportedAmount chinese = ZH.parseAmount("4.2亿美元");
        assertEquals("USD 0.42 billion", EN.format(chinese));
        assertEquals(chinese, EN.parseAmount(EN.format(chinese)));
    }

    @Test
    void wholeInputOrNothing() {
        assertTrue(assertThrows(FigureParseException.class, () -> EN.parseCount("55 projects worth")).index() == 12);
        assertEquals(Count.exactly(55), EN.parseCount("55 projects"));
    }
}
