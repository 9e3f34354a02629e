package io.github.tradecoop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.GrowthComparison;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A growth set against another flow's ("10.9 percentage points above the national rate"), and groups
 * of countries whose members are those of a period.
 */
class GrowthComparisonTest {

    private static final Area HENAN = Area.province("Henan", "CN");
    private static final Area CHINA = Area.country("CN");
    private static final ReferencePeriod JANUARY_TO_JULY = ReferencePeriod.parse("2020-01/2020-07");

    private static TradeFlow total(Area reporter, String value, String growth) {
        return TradeFlow.of(reporter, Area.WORLD, JANUARY_TO_JULY, FlowDirection.TOTAL, ReportedAmount.parse(value))
                .withYearOnYear(Percentage.of(growth));
    }

    private static List<String> codes(List<TradeFlow> flows) {
        return Consistency.check(TradeStatistics.of(flows, List.of(), List.of())).findings().stream().map(Finding::code).toList();
    }

    @Test
    void pointsAboveTheNationalRateAgreeWithTheTwoGrowths() {
        // Henan's trade grew 9.2%, "10.9 percentage points above the national rate" of -1.7%.
        TradeFlow henan = total(HENAN, "RMB 276.29 billion", "9.2")
                .withGrowthComparison(GrowthComparison.withReporter(PercentagePoints.of("10.9"), CHINA));
        TradeFlow china = total(CHINA, "RMB 17.16 trillion", "-1.7");
        assertEquals(List.of(), codes(List.of(henan, china)));
        TradeFlow wrong = henan.withGrowthComparison(GrowthComparison.withReporter(PercentagePoints.of("7.5"), CHINA));
        Finding finding = Consistency.check(TradeStatistics.of(List.of(wrong, china), List.of(), List.of())).findings().get(0);
        assertEquals("trade.growth-comparison", finding.code());
        assertEquals("flows[0].growthComparison.points", finding.path());
        assertEquals("рост +9,2% против -1,7% — это [10,8; 11] п.п., а не 7,5 п.п.", finding.message(Locale.forLanguageTag("ru")));
    }

    @Test
    void withoutTheOtherFlowOrInAnotherCurrencyNothingIsCompared() {
        TradeFlow henan = total(HENAN, "RMB 276.29 billion", "9.2")
                .withGrowthComparison(GrowthComparison.withReporter(PercentagePoints.of("50"), CHINA));
        assertEquals(List.of(), codes(List.of(henan)));
        assertEquals(List.of(), codes(List.of(henan, total(CHINA, "USD 2.5 trillion", "-3.0"))),
                "growth in dollars differs from growth in yuan");
    }

    @Test
    void aComparisonNamesAnotherFlow() {
        assertThrows(IllegalArgumentException.class, () -> new GrowthComparison(PercentagePoints.of("1"), null, null, null));
    }

    /** A growth rounded to 0.1 point from its exact value, as releases print it. */
    private static Percentage rounded(BigDecimal exact) {
        return Percentage.of(Figure.exactly(exact.setScale(1, RoundingMode.HALF_UP)));
    }

    @Test
    void honestPointsAreNeverFlaggedAndPointsOffBeyondRoundingAlwaysAre() {
        qt().withExamples(10_000)
                .forAll(integers().between(-5_000, 50_000), integers().between(-5_000, 50_000), integers().between(0, 2_000))
                .check((mine, theirs, off) -> {
                    // growths in thousandths of a percent, printed to 0.1; their difference printed to 0.1 as well
                    BigDecimal a = BigDecimal.valueOf(mine, 3);
                    BigDecimal b = BigDecimal.valueOf(theirs, 3);
                    PercentagePoints honest = PercentagePoints.of(Figure.exactly(a.subtract(b).setScale(1, RoundingMode.HALF_UP)));
                    TradeFlow henan = total(HENAN, "RMB 276.29 billion", "1").withYearOnYear(rounded(a));
                    TradeFlow china = total(CHINA, "RMB 17.16 trillion", "1").withYearOnYear(rounded(b));
                    boolean quiet = codes(List.of(henan.withGrowthComparison(GrowthComparison.withReporter(honest, CHINA)), china))
                            .isEmpty();
                    // beyond 0.15 (the two growths' rounding) + 0.05 (the points' own): 0.3 or more off
                    BigDecimal wrong = honest.value().add(BigDecimal.valueOf(3 + off, 1));
                    boolean flagged = codes(List.of(henan.withGrowthComparison(GrowthComparison.withReporter(
                            PercentagePoints.of(Figure.exactly(wrong)), CHINA)), china)).equals(List.of("trade.growth-comparison"));
                    return quiet && flagged;
                });
    }

    @Test
    void aDatedGroupIsFlaggedExactlyOnFlowsOfPeriodsItDoesNotEnclose() {
        qt().withExamples(10_000)
                .forAll(integers().between(2000, 2030), integers().between(2000, 2030), integers().between(1, 12),
                        integers().between(1, 12))
                .check((groupYear, flowYear, first, last) -> {
                    ReferencePeriod period = first == last ? ReferencePeriod.month(flowYear, first)
                            : ReferencePeriod.parse(String.format("%d-%02d/%d-%02d", flowYear, Math.min(first, last), flowYear,
                                    Math.max(first, last)));
                    Area.Group group = new Area.Group("EU", "European Union", List.of("DE", "FR")).asOf(ReferencePeriod.year(groupYear));
                    List<String> codes = codes(List.of(TradeFlow.of(HENAN, group, period, FlowDirection.EXPORT,
                            ReportedAmount.parse("RMB 1 billion"))));
                    return codes.equals(groupYear.equals(flowYear) ? List.of() : List.of("trade.group-period"));
                });
    }

    @Test
    void aGroupDatedForAPeriodDescribesFlowsWithinItOnly() {
        Area.Group eu2020 = new Area.Group("EU", "European Union (excluding the United Kingdom)",
                List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
                        "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE")).asOf(ReferencePeriod.year(2020));
        TradeFlow withinIt = TradeFlow.of(HENAN, eu2020, JANUARY_TO_JULY, FlowDirection.TOTAL, ReportedAmount.parse("RMB 41.67 billion"));
        assertEquals(List.of(), codes(List.of(withinIt)));
        TradeFlow later = TradeFlow.of(HENAN, eu2020, ReferencePeriod.year(2021), FlowDirection.TOTAL, ReportedAmount.parse("RMB 50 billion"));
        assertEquals(List.of("trade.group-period"), codes(List.of(later)));
        assertThrows(IllegalArgumentException.class, () -> new Area.Group("BRICS", "BRICS", List.of(), ReferencePeriod.year(2024)),
                "a group dated for a period names its members for it");
    }
}
