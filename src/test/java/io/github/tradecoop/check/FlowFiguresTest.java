package io.github.tradecoop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A flow's share of its whole and its absolute change, against the values and the growth they come from. */
class FlowFiguresTest {

    private static final ReferencePeriod YEAR = ReferencePeriod.year(2023);

    private static TradeFlow flow(Area partner, String value) {
        return TradeFlow.of(Area.country("CN"), partner, YEAR, FlowDirection.TOTAL, ReportedAmount.parse(value));
    }

    private static List<String> codes(List<TradeFlow> flows) {
        return Consistency.check(TradeStatistics.of(flows, List.of(), List.of())).findings().stream().map(Finding::code)
                .filter(c -> c.equals("trade.share-vs-values") || c.equals("trade.change-vs-growth")).toList();
    }

    @Test
    void aShareAgreesWithItsPartAndItsWhole() {
        TradeFlow world = flow(Area.WORLD, "RMB 41.76 trillion");
        TradeFlow asean = flow(new Area.Group("ASEAN", "Association of Southeast Asian Nations", List.of("ID", "MY", "SG")),
                "RMB 6.41 trillion");
        assertEquals(List.of(), codes(List.of(world, asean.withShare(Percentage.of("15.3")))));
        assertEquals(List.of("trade.share-vs-values"), codes(List.of(world, asean.withShare(Percentage.of("17.3")))));
        assertThrows(IllegalArgumentException.class, () -> asean.withShare(Percentage.of("101")));
        assertThrows(IllegalArgumentException.class, () -> asean.withShare(Percentage.of("-2")));
    }

    @Test
    void anAbsoluteChangeAgreesWithTheValueAndItsGrowth() {
        TradeFlow exports = flow(Area.country("RU"), "RMB 3.15 billion").withYearOnYear(Percentage.of("51.9"));
        // 3.15 / 1.519 ≈ 2.074 billion a year before: an increase of about RMB 1.08 billion
        assertEquals(List.of(), codes(List.of(exports.withChange(ReportedAmount.parse("RMB 1.08 billion")))));
        assertEquals(List.of("trade.change-vs-growth"),
                codes(List.of(exports.withChange(ReportedAmount.parse("RMB 1.5 billion")))));
        assertThrows(IllegalArgumentException.class, () -> exports.withChange(ReportedAmount.parse("USD 150 million")));
    }

    @Test
    void sharesAndChangesRoundTripThroughJson() {
        TradeStatistics statistics = TradeStatistics.of(List.of(flow(Area.WORLD, "RMB 41.76 trillion"),
                flow(Area.country("RU"), "RMB 1.7 trillion").withShare(Percentage.of("4.1"))
                        .withYearOnYear(Percentage.of("26.3")).withChange(ReportedAmount.parse("RMB 354 billion"))),
                List.of(), List.of());
        for (TradeJson json : List.of(TradeJson.jackson2(), TradeJson.jackson3())) {
            assertEquals(statistics, json.withValidation().read(json.write(statistics), TradeStatistics.class));
        }
    }

    /** Soundness: shares and changes computed from true values, then honestly rounded, are never flagged. */
    @Test
    void honestSharesAndChangesAreNeverFlagged() {
        qt().withExamples(10_000)
                .forAll(longs().between(1_000_000, 1_000_000_000_000L), longs().between(1, 1000),
                        integers().between(-90_0, 500_0), integers().between(3, 8))
                .check((part, wholeFactor, growthTenths, digits) -> {
                    long whole = part * wholeFactor + part / 3;
                    BigDecimal growth = BigDecimal.valueOf(growthTenths, 1);
                    BigDecimal previous = BigDecimal.valueOf(part).divide(BigDecimal.ONE.add(growth.movePointLeft(2)),
                            MathContext.DECIMAL128);
                    BigDecimal change = BigDecimal.valueOf(part).subtract(previous);
                    BigDecimal share = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128);
                    TradeFlow partFlow = TradeFlow.of(Area.country("CN"), Area.country("RU"), YEAR, FlowDirection.TOTAL,
                                    PeriodConsistencyTest.reported(part, digits))
                            .withYearOnYear(Percentage.of(Figure.exactly(growth)))
                            .withShare(Percentage.of(Figure.exactly(share.setScale(1, RoundingMode.HALF_UP))))
                            .withChange(PeriodConsistencyTest.reported(change.setScale(0, RoundingMode.HALF_UP).longValueExact(),
                                    digits));
                    TradeFlow wholeFlow = TradeFlow.of(Area.country("CN"), Area.WORLD, YEAR, FlowDirection.TOTAL,
                            PeriodConsistencyTest.reported(whole, digits));
                    return codes(List.of(wholeFlow, partFlow)).isEmpty();
                });
    }

    @Test
    void theSameFlowsInTwoCurrenciesAreTwoSetsNotDuplicatesOrAMismatch() {
        // In the order a release states them: total, exports and imports in yuan, each with its dollar figure.
        List<TradeFlow> flows = List.of(
                flow(Area.country("RU"), "RMB 1.7 trillion"), flow(Area.country("RU"), "USD 240.1 billion"),
                TradeFlow.of(Area.country("CN"), Area.country("RU"), YEAR, FlowDirection.EXPORT, ReportedAmount.parse("USD 111 billion")),
                TradeFlow.of(Area.country("CN"), Area.country("RU"), YEAR, FlowDirection.EXPORT, ReportedAmount.parse("RMB 785 billion")),
                TradeFlow.of(Area.country("CN"), Area.country("RU"), YEAR, FlowDirection.IMPORT, ReportedAmount.parse("RMB 915 billion")),
                TradeFlow.of(Area.country("CN"), Area.country("RU"), YEAR, FlowDirection.IMPORT, ReportedAmount.parse("USD 129.1 billion")));
        List<Finding> findings = Consistency.check(TradeStatistics.of(flows, List.of(), List.of())).findings();
        assertEquals(List.of(), findings);
    }
}
