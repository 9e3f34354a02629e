package io.github.tradecoop.check;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Sound and sharp: figures rounded the way a press release rounds them are never flagged,
 * and a figure moved well beyond its rounding always is.
 */
class ConsistencyPropertiesTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final MathContext WORK = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** True figures of one year: exports and imports, and their growth in percent over the year before. */
    record Truth(BigDecimal exports, BigDecimal imports, BigDecimal exportGrowth, BigDecimal importGrowth) {

        BigDecimal total() {
            return exports.add(imports);
        }

        /** The total's growth in percent, from the previous year's parts. */
        BigDecimal totalGrowth() {
            BigDecimal previous = exports.divide(BigDecimal.ONE.add(exportGrowth.movePointLeft(2)), WORK)
                    .add(imports.divide(BigDecimal.ONE.add(importGrowth.movePointLeft(2)), WORK));
            return total().divide(previous, WORK).subtract(BigDecimal.ONE).multiply(HUNDRED);
        }
    }

    private static Gen<Truth> truths() {
        Gen<BigDecimal> amount = longs().between(1_000_000L, 50_000_000_000L).map((Long units) -> BigDecimal.valueOf(units));
        Gen<BigDecimal> growth = integers().between(-900, 6_000).map((Integer perMille) -> BigDecimal.valueOf(perMille, 1));
        return amount.zip(amount, growth, growth, Truth::new);
    }

    /** Rounded to three significant digits, as "RMB 3.15 billion" is. */
    private static ReportedAmount reported(BigDecimal exact) {
        BigDecimal rounded = exact.round(new MathContext(3, RoundingMode.HALF_UP));
        return ReportedAmount.of(CNY, Figure.of(rounded, rounded.ulp(), io.github.tradecoop.figure.Qualifier.EXACT));
    }

    /** Rounded to 0.1 point, as "+51.9%" is. */
    private static Percentage growth(BigDecimal exactPercent) {
        return Percentage.of(Figure.exactly(exactPercent.setScale(1, RoundingMode.HALF_UP)));
    }

    private static TradeStatistics statistics(ReportedAmount total, Percentage totalGrowth, Truth truth) {
        Area reporter = Area.city("Shenyang", "CN");
        Area partner = Area.country("RU");
        ReferencePeriod year = ReferencePeriod.year(2023);
        return TradeStatistics.of(List.of(
                TradeFlow.of(reporter, partner, year, FlowDirection.TOTAL, total).withYearOnYear(totalGrowth),
                TradeFlow.of(reporter, partner, year, FlowDirection.EXPORT, reported(truth.exports()))
                        .withYearOnYear(growth(truth.exportGrowth())),
                TradeFlow.of(reporter, partner, year, FlowDirection.IMPORT, reported(truth.imports()))
                        .withYearOnYear(growth(truth.importGrowth()))), List.of(), List.of());
    }

    @Test
    void honestlyRoundedFiguresAreNeverFlagged() {
        qt().withExamples(3000).forAll(truths())
                .check(truth -> Consistency.check(statistics(reported(truth.total()),
                        growth(truth.totalGrowth()), truth)).findings().isEmpty());
    }

    @Test
    void aTotalMovedFivePercentBeyondItsRoundingIsFlagged() {
        qt().withExamples(2000).forAll(truths(), arbitrary().pick(List.of(new BigDecimal("0.95"), new BigDecimal("1.05"))))
                .check((truth, factor) -> Consistency.check(statistics(reported(truth.total().multiply(factor)),
                                growth(truth.totalGrowth()), truth))
                        .findings("trade.total-vs-parts").size() == 1);
    }

    @Test
    void aTotalGrowthMovedBeyondItsRoundingIsFlagged() {
        // The parts' rounding (three digits, 0.1 point) leaves the implied growth uncertain by well
        // under 5% of the growth factor; a 15% shift of the factor is beyond any honest rounding.
        qt().withExamples(2000).forAll(truths(), arbitrary().pick(List.of(new BigDecimal("0.85"), new BigDecimal("1.15"))))
                .check((truth, factor) -> {
                    BigDecimal shifted = truth.totalGrowth().add(HUNDRED).multiply(factor).subtract(HUNDRED);
                    return Consistency.check(statistics(reported(truth.total()), growth(shifted), truth))
                            .findings("trade.total-growth-vs-parts").size() == 1;
                });
    }
}
