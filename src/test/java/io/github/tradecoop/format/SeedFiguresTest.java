package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every figure of the seed press release, quoted as it stands in the text. */
class SeedFiguresTest {

    private static final FigureFormat EN = FigureFormat.english();
    private static final FigureFormat ZH = FigureFormat.chinese();
    private static final FigureFormat RU = FigureFormat.russian();

    @Test
    void everyFigureOfThePressReleaseParsesAsStated() {
        Count entrepreneurs = EN.parseCount("More than one hundred");
        Count projects = EN.parseCount("A total of 55");
        ReportedAmount signed = EN.parseAmount("RMB 13.6 billion");
        Count enterprises = EN.parseCount("a total of 227");
        Count approved = EN.parseCount("a total of 122");
        ReportedAmount total = EN.parseAmount("RMB 4.06 billion");
        Percentage totalGrowth = EN.parsePercentage("a year-on-year increase of 80.2%");
        ReportedAmount exports = EN.parseAmount("RMB 3.15 billion");
        Percentage exportGrowth = EN.parsePercentage("an increase of 51.9%");
        ReportedAmount imports = EN.parseAmount("RMB 910 million");
        Percentage importGrowth = EN.parsePercentage("an increase of 404.9%");

        assertEquals(Count.moreThan(100), entrepreneurs);
        assertEquals(Count.exactly(55), projects);
        assertEquals(Count.exactly(227), enterprises);
        assertEquals(Count.exactly(122), approved);
        assertEquals(Money.of("CNY", 13_600_000_000L), signed.value());
        assertEquals(new BigDecimal("100000000"), signed.resolution());
        assertEquals(Money.of("CNY", 4_060_000_000L), total.value());
        assertEquals(Money.of("CNY", 3_150_000_000L), exports.value());
        assertEquals(Money.of("CNY", 910_000_000L), imports.value());
        assertEquals(new BigDecimal("1000000"), imports.resolution());
        assertEquals(Percentage.of("80.2"), totalGrowth);
        assertEquals(Percentage.of("51.9"), exportGrowth);
        assertEquals(Percentage.of("404.9"), importGrowth);
    }

    @Test
    void signedValueHasTheBoundsOfItsRounding() {
        ReportedAmount signed = EN.parseAmount("RMB 13.6 billion");
        assertEquals(Range.closed("13550000000", "13650000000"), signed.bounds());
        assertEquals(Qualifier.EXACT, signed.qualifier());
    }

    @Test
    void moreThanOneHundredIsOpenUpwards() {
        Range bounds = EN.parseCount("More than one hundred").bounds();
        assertEquals(Range.atLeast(new BigDecimal("101")), bounds);
        assertEquals("[101, ∞)", bounds.toString());
    }

    @Test
    void chineseRenderingsParseToTheSameFigures() {
        assertEquals(EN.parseAmount("RMB 13.6 billion"), ZH.parseAmount("136亿元"));
        assertEquals(EN.parseAmount("RMB 13.6 billion"), ZH.parseAmount("人民币136亿元"));
        assertEquals(EN.parseAmount("RMB 4.06 billion"), ZH.parseAmount("40.6亿元"));
        assertEquals(EN.parseAmount("RMB 3.15 billion"), ZH.parseAmount("31.5亿元"));
        assertEquals(EN.parsePercentage("a year-on-year increase of 80.2%"), ZH.parsePercentage("同比增长80.2%"));
        assertEquals(EN.parsePercentage("an increase of 51.9%"), ZH.parsePercentage("增长51.9%"));
        assertEquals(EN.parseCount("More than one hundred"), ZH.parseCount("超过100"));
        assertEquals(EN.parseCount("More than one hundred"), ZH.parseCount("100多"));
        assertEquals(EN.parseCount("A total of 55"), ZH.parseCount("共55个"));
        assertEquals(EN.parseCount("a total of 227"), ZH.parseCount("227家"));
    }

    @Test
    void chinese910MillionIsTheSameValueStatedToACoarserResolution() {
        // "9.1亿元" is how a Chinese release rounds RMB 910 million: same value, 0.1亿 = 10 million resolution.
        ReportedAmount chinese = ZH.parseAmount("9.1亿元");
        ReportedAmount english = EN.parseAmount("RMB 910 million");
        assertEquals(english.value(), chinese.value());
        assertEquals(new BigDecimal("10000000"), chinese.resolution());
        assertEquals(english, ZH.parseAmount("9.10亿元"));
    }

    @Test
    void russianRenderingsParseToTheSameFigures() {
        assertEquals(EN.parseAmount("RMB 13.6 billion"), RU.parseAmount("13,6 млрд юаней"));
        assertEquals(EN.parseAmount("RMB 910 million"), RU.parseAmount("910 млн юаней"));
        assertEquals(EN.parseAmount("RMB 4.06 billion"), RU.parseAmount("4,06 млрд юаней"));
        assertEquals(EN.parseAmount("RMB 3.15 billion"), RU.parseAmount("3,15 млрд юаней"));
        assertEquals(EN.parsePercentage("a year-on-year increase of 80.2%"), RU.parsePercentage("рост на 80,2%"));
        assertEquals(EN.parseCount("More than one hundred"), RU.parseCount("более 100"));
        assertEquals(EN.parseCount("More than one hundred"), RU.parseCount("свыше 100"));
        assertEquals(EN.parseCount("A total of 55"), RU.parseCount("всего 55"));
    }

    @Test
    void seedFiguresFormatCanonicallyInEachLanguage() {
        ReportedAmount signed = EN.parseAmount("RMB 13.6 billion");
        ReportedAmount imports = EN.parseAmount("RMB 910 million");
        Percentage growth = EN.parsePercentage("a year-on-year increase of 80.2%");

        assertEquals("RMB 13.6 billion", EN.format(signed));
        assertEquals("136亿元", ZH.format(signed));
        assertEquals("13,6 млрд юаней", RU.format(signed));
        assertEquals("RMB 910 million", EN.format(imports));
        assertEquals("9.10亿元", ZH.format(imports));
        assertEquals("910 млн юаней", RU.format(imports));
        assertEquals("80.2%", EN.format(growth));
        assertEquals("80,2%", RU.format(growth));
        assertEquals("more than 100", EN.format(Count.moreThan(100)));
        assertEquals("超过100", ZH.format(Count.moreThan(100)));
        assertEquals("более 100", RU.format(Count.moreThan(100)));
    }
}
