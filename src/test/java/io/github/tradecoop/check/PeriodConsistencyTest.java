package io.github.tradecoop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cumulative periods, halves and months against each other, as customs releases state them. */
class PeriodConsistencyTest {

    private static final String CODE = "trade.period-vs-parts";

    /** An amount honestly rounded to 10^digits: the report of a true value. */
    static ReportedAmount reported(long truth, int digits) {
        BigDecimal resolution = BigDecimal.ONE.scaleByPowerOfTen(digits);
        BigDecimal value = BigDecimal.valueOf(truth).divide(resolution).setScale(0, java.math.RoundingMode.HALF_UP)
                .multiply(resolution);
        return ReportedAmount.of(Money.of("CNY", value), resolution);
    }

    private static TradeFlow flow(ReferencePeriod period, ReportedAmount value) {
        return TradeFlow.of(Area.country("CN"), Area.country("RU"), period, FlowDirection.EXPORT, value);
    }

    private static List<Finding> findings(List<TradeFlow> flows) {
        return Consistency.check(TradeStatistics.of(flows, List.of(), List.of())).findings().stream()
                .filter(f -> f.code().equals(CODE)).toList();
    }

    @Test
    void aCumulativeFigureIsThePreviousOnePlusTheMonth() {
        List<TradeFlow> flows = List.of(
                flow(ReferencePeriod.yearToMonth(2023, 7), ReportedAmount.parse("RMB 1.32 trillion")),
                flow(ReferencePeriod.month(2023, 8), ReportedAmount.parse("RMB 201.5 billion")),
                flow(ReferencePeriod.yearToMonth(2023, 8), ReportedAmount.parse("RMB 1.52 trillion")));
        assertEquals(List.of(), findings(flows));
        List<TradeFlow> wrong = new ArrayList<>(flows);
        wrong.set(2, flow(ReferencePeriod.yearToMonth(2023, 8), ReportedAmount.parse("RMB 1.62 trillion")));
        List<Finding> found = findings(wrong);
        assertEquals(1, found.size());
        assertEquals("flows[2].value", found.get(0).path());
        assertTrue(found.get(0).message().startsWith("EXPORT 2023-01/2023-08 RMB 1.62 trillion is outside "
                + "2023-01/2023-07 + 2023-08 = "), found.get(0).message());
    }

    @Test
    void halvesMakeTheYearAndOtherGroupsAreNotCompared() {
        List<TradeFlow> flows = new ArrayList<>(List.of(
                flow(ReferencePeriod.halfYear(2023, 1), ReportedAmount.parse("RMB 100 billion")),
                flow(ReferencePeriod.halfYear(2023, 2), ReportedAmount.parse("RMB 120 billion")),
                flow(ReferencePeriod.year(2023), ReportedAmount.parse("RMB 300 billion"))));
        assertEquals(1, findings(flows).size());
        flows.set(1, TradeFlow.of(Area.country("CN"), Area.country("RU"), ReferencePeriod.halfYear(2023, 2),
                FlowDirection.IMPORT, ReportedAmount.parse("RMB 120 billion")));
        assertEquals(List.of(), findings(flows));
    }

    /** Soundness: every month honestly rounded, and cumulative figures rounded from the true sums, are never flagged. */
    @Test
    void honestlyRoundedMonthsAndCumulativeFiguresAreNeverFlagged() {
        qt().withExamples(10_000)
                .forAll(lists().of(longs().between(0, 50_000_000_000L)).ofSizeBetween(2, 12), integers().between(3, 9),
                        integers().between(3, 9), integers().between(0, 1))
                .check((months, monthDigits, cumulativeDigits, layout) -> {
                    List<TradeFlow> flows = new ArrayList<>();
                    long running = 0;
                    for (int m = 0; m < months.size(); m++) {
                        running += months.get(m);
                        flows.add(flow(ReferencePeriod.month(2023, m + 1), reported(months.get(m), monthDigits)));
                        if (m > 0 && (layout == 0 || m == months.size() - 1)) {
                            flows.add(flow(ReferencePeriod.yearToMonth(2023, m + 1), reported(running, cumulativeDigits)));
                        }
                    }
                    return findings(flows).isEmpty();
                });
    }

    /** Tightness: a cumulative figure moved beyond the rounding of its parts is flagged. */
    @Test
    void aCumulativeFigureBeyondTheRoundingOfItsPartsIsFlagged() {
        qt().withExamples(10_000)
                .forAll(lists().of(longs().between(1_000_000_000L, 50_000_000_000L)).ofSizeBetween(2, 12),
                        integers().between(3, 7), longs().between(1, 10_000_000_000L))
                .check((months, digits, beyond) -> {
                    List<TradeFlow> flows = new ArrayList<>();
                    long running = 0;
                    for (int m = 0; m < months.size(); m++) {
                        running += months.get(m);
                        flows.add(flow(ReferencePeriod.month(2023, m + 1), reported(months.get(m), digits)));
                    }
                    // every month's rounding is at most half a unit of 10^digits; move the total past all of them
                    long slack = (long) months.size() * BigDecimal.ONE.scaleByPowerOfTen(digits).longValueExact();
                    flows.add(flow(ReferencePeriod.yearToMonth(2023, months.size()),
                            ReportedAmount.of(Money.of("CNY", running + slack + beyond), BigDecimal.ONE)));
                    return findings(flows).size() == 1;
                });
    }
}
