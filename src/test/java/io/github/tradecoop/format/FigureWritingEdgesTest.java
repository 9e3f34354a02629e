package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The canonical spellings at the edges of their rules: a value exactly at a magnitude, the
 * grouping thresholds, two decimals, the Russian plural forms, and zero.
 */
class FigureWritingEdgesTest {

    private static final FigureFormat EN = FigureFormat.english();
    private static final FigureFormat ZH = FigureFormat.chinese();
    private static final FigureFormat RU = FigureFormat.russian();
    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void amountsUseTheLargestMagnitudeNotAboveTheValueEvenAtExactlyThatMagnitude() {
        // "超200亿元" and "more than RMB 20 billion" are the same figure: one billion is written as a billion.
        Money billion = Money.of(CNY, 1_000_000_000L);
        assertEquals("more than RMB 1 billion", EN.format(ReportedAmount.moreThan(billion)));
        assertEquals("about RMB 1 billion", EN.format(ReportedAmount.of(billion, new BigDecimal("1E9"), Qualifier.ABOUT)));
        assertEquals("около 1 млрд юаней", RU.format(ReportedAmount.of(billion, new BigDecimal("1E9"), Qualifier.ABOUT)));
        assertEquals("超过1亿元", ZH.format(ReportedAmount.moreThan(Money.of(CNY, 100_000_000L))));
    }

    @Test
    void amountsKeepTwoDecimalsAtTheLargestMagnitude() {
        // docs/figures.md: "RMB 4.06 billion", and "9.10亿元" for the resolution of "910 million".
        assertEquals("RMB 4.06 billion", EN.format(EN.parseAmount("RMB 4.06 billion")));
        assertEquals("9.10亿元", ZH.format(EN.parseAmount("RMB 910 million")));
        assertEquals("more than RMB 1.25 billion", EN.format(ReportedAmount.moreThan(Money.of(CNY, 1_250_000_000L))));
        assertEquals("超过12.5亿元", ZH.format(ReportedAmount.moreThan(Money.of(CNY, 1_250_000_000L))));
        // Three decimals would be needed at the billion, so the million is used.
        assertEquals("more than RMB 1,255 million", EN.format(ReportedAmount.moreThan(Money.of(CNY, 1_255_000_000L))));
        assertEquals("RMB 4,065 million", EN.format(ReportedAmount.of(Money.of(CNY, 4_065_000_000L), new BigDecimal("1E6"))));
    }

    @Test
    void digitsAreGroupedFromTheLanguagesThreshold() {
        assertEquals("999", EN.format(Count.exactly(999)));
        assertEquals("1,000", EN.format(Count.exactly(1000)));
        assertEquals("1,234,567", EN.format(Count.exactly(1_234_567)));
        // Russian groups from ten thousand: "1764 предприятия" but "13 600".
        assertEquals("9999", RU.format(Count.exactly(9999)));
        assertEquals("10 000", RU.format(Count.exactly(10_000)));
        assertEquals("13600", ZH.format(Count.exactly(13_600)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1|1 юань", "2|2 юаня", "4|4 юаня", "5|5 юаней", "11|11 юаней", "12|12 юаней", "14|14 юаней",
        "15|15 юаней", "21|21 юань", "22|22 юаня", "24|24 юаня", "25|25 юаней", "111|111 юаней", "114|114 юаней",
        "1001|1001 юань", "1004|1004 юаня"})
    void russianCurrencyWordsAgreeWithTheNumber(long yuan, String expected) {
        assertEquals(expected, RU.format(ReportedAmount.exactly(Money.of(CNY, yuan))));
    }

    @Test
    void russianCurrencyAfterAFractionOrAMagnitudeTakesTheGenitive() {
        assertEquals("1,5 юаня", RU.format(ReportedAmount.of(Money.of(CNY, "1.5"), new BigDecimal("0.1"))));
        assertEquals("13,6 млрд юаней", RU.format(EN.parseAmount("RMB 13.6 billion")));
    }

    @Test
    void zeroIsWrittenWithoutASign() {
        assertEquals("0%", EN.format(Percentage.of("0")));
        assertEquals("0 percentage points", EN.format(PercentagePoints.of("0")));
        assertEquals("-0.5%", EN.format(Percentage.of("-0.5")));
        // "about 0%" (flat growth) is stated to the unit, and written so.
        Percentage flat = Percentage.of(Figure.of(BigDecimal.ZERO, BigDecimal.ONE, Qualifier.ABOUT));
        assertEquals("about 0%", EN.format(flat));
        assertEquals(flat, EN.parsePercentage(EN.format(flat)));
    }

    @Test
    void aRangeEndingExactlyAtAMagnitudeIsWrittenInIt() {
        Range upToABillion = Range.closed(new BigDecimal("5E8"), new BigDecimal("1E9"));
        assertEquals("[0.5, 1] billion", EN.format(upToABillion));
        assertEquals("[0,5; 1] млрд", RU.format(upToABillion));
        assertEquals("[0.5, 1]亿", ZH.format(Range.closed(new BigDecimal("5E7"), new BigDecimal("1E8"))));
        assertEquals("[0.5, 1] thousand", EN.format(Range.closed(new BigDecimal("500"), new BigDecimal("1000"))));
        assertEquals("[500, 999]", EN.format(Range.closed(new BigDecimal("500"), new BigDecimal("999"))));
    }

    @Test
    void formatThenParseGivesTheSameFigureAtEveryPowerOfTen() {
        // The rule behind every spelling: parsing it gives back an equal figure.
        for (FigureFormat format : new FigureFormat[] {EN, ZH, RU}) {
            for (int exponent = 0; exponent <= 14; exponent++) {
                BigDecimal value = BigDecimal.ONE.scaleByPowerOfTen(exponent);
                for (Qualifier qualifier : new Qualifier[] {Qualifier.EXACT, Qualifier.ABOUT, Qualifier.MORE_THAN}) {
                    BigDecimal resolution = qualifier == Qualifier.EXACT ? BigDecimal.ONE.scaleByPowerOfTen(Math.min(exponent, 12))
                            : value;
                    ReportedAmount amount;
                    try {
                        amount = ReportedAmount.of(CNY, Figure.of(value, resolution, qualifier));
                    } catch (IllegalArgumentException outsideTheBounds) {
                        continue;
                    }
                    String written = format.format(amount);
                    assertEquals(amount, format.parseAmount(written), written);
                }
            }
        }
    }

    @Test
    void roundNumbersAreWrittenInDigitsWithTheirTrailingZeros() {
        // "about 120" is stated to the ten and "nearly 3,000" to the thousand; the digits keep that.
        assertEquals("about 120", EN.format(Count.about(120)));
        assertEquals("nearly 3,000", EN.format(Count.nearly(3000)));
        assertEquals(Count.about(120), EN.parseCount(EN.format(Count.about(120))));
    }
}
