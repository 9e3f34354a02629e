package io.github.tradecoop.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The examples of docs/figures.md, run with the results the page states. */
class FiguresGuideTest {

    @Test
    void countsAmountsAndPercentages() {
        assertEquals("[101, ∞)", Count.moreThan(100).bounds().toString());
        assertEquals("[55, 55]", Count.exactly(55).bounds().toString());
        ReportedAmount signed = ReportedAmount.parse("RMB 13.6 billion");
        assertEquals(Money.of("CNY", 13_600_000_000L), signed.value());
        assertEquals("[13550000000, 13650000000]", signed.bounds().toString());
        assertEquals("[80.15, 80.25]", Percentage.parse("a year-on-year increase of 80.2%").bounds().toString());
        assertEquals("CNY 13.6 billion", signed.toString());
        assertEquals("more than 100", Count.moreThan(100).toString());
        assertEquals("80.2%", Percentage.of("80.2").toString());
    }

    @Test
    void seedTradeFiguresWorkedWithRanges() {
        Range exports = ReportedAmount.parse("RMB 3.15 billion").bounds();
        Range imports = ReportedAmount.parse("RMB 910 million").bounds();
        Range parts = exports.plus(imports);
        assertEquals(Range.closed("4054500000", "4065500000"), parts);
        assertTrue(ReportedAmount.parse("RMB 4.06 billion").bounds().intersects(parts));
        assertFalse(ReportedAmount.parse("RMB 4.6 billion").bounds().intersects(parts));
    }

    @Test
    void seedGrowthRatesAllowTheStatedTotalGrowth() {
        Range exportsBefore = Percentage.parse("51.9%").impliedBase(ReportedAmount.parse("RMB 3.15 billion"));
        Range importsBefore = Percentage.parse("404.9%").impliedBase(ReportedAmount.parse("RMB 910 million"));
        Range totalNow = ReportedAmount.parse("RMB 4.06 billion").bounds();
        Range growth = Percentage.growth(exportsBefore.plus(importsBefore), totalNow);
        assertTrue(growth.intersects(Percentage.parse("80.2%").bounds()), growth.toString());
        assertTrue(growth.lower().orElseThrow().compareTo(new BigDecimal("79.5")) > 0, growth.toString());
        assertTrue(growth.upper().orElseThrow().compareTo(new BigDecimal("80.8")) < 0, growth.toString());
        assertFalse(growth.intersects(Percentage.parse("90%").bounds()));
    }

    @Test
    void formatsInThreeLanguages() {
        ReportedAmount signed = FigureFormat.english().parseAmount("RMB 13.6 billion");
        assertEquals("136亿元", FigureFormat.chinese().format(signed));
        assertEquals("13,6 млрд юаней", FigureFormat.russian().format(signed));
        assertEquals(signed, FigureFormat.chinese().parseAmount("人民币136亿元"));
        assertEquals(Percentage.of("80.2"), FigureFormat.russian().parsePercentage("рост на 80,2%"));
        assertEquals(Count.moreThan(100), FigureFormat.english().parseCount("More than one hundred"));
    }
}
