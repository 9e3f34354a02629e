package io.github.tradecoop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tradecoop.figure.Converted;
import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Qualifier;
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

/**
 * A flow's value stated in a second currency at a stated rate, and cumulative periods whose figures
 * come from one release or from several.
 */
class TradeConversionTest {

    private static final Area CHINA = Area.country("CN");
    private static final ReferencePeriod PERIOD = ReferencePeriod.parse("2025-01/2025-08");

    private static List<Finding> findings(List<TradeFlow> flows) {
        return Consistency.check(TradeStatistics.of(flows, List.of(), List.of())).findings();
    }

    private static ReportedAmount rounded(String currency, BigDecimal exact, int digits) {
        BigDecimal value = exact.round(new MathContext(digits, RoundingMode.HALF_UP));
        return ReportedAmount.of(Currency.getInstance(currency), Figure.of(value, value.ulp(), Qualifier.EXACT));
    }

    @Test
    void aConversionAtTheStatedRateIsCheckedAndWithoutARateIsNot() {
        TradeFlow total = TradeFlow.of(CHINA, Area.WORLD, PERIOD, FlowDirection.TOTAL, ReportedAmount.parse("RMB 29.57 trillion"));
        Converted dollars = Converted.of(ReportedAmount.parse("USD 4.12 trillion"));
        assertEquals(List.of(), findings(List.of(total.withConvertedValue(dollars))));
        assertEquals(List.of(), findings(List.of(total.withConvertedValue(dollars.withRate(new BigDecimal("7.18"))))));
        Finding finding = findings(List.of(total.withConvertedValue(dollars.withRate(new BigDecimal("6.50"))))).get(0);
        assertEquals("trade.conversion", finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("flows[0].convertedValue", finding.path());
        assertThrows(IllegalArgumentException.class, () -> total.withConvertedValue(Converted.of(ReportedAmount.parse("RMB 1 billion"))));
    }

    @Test
    void honestConversionsAreNeverWarnedAndConversionsFarOffAlwaysAre() {
        qt().withExamples(10_000)
                .forAll(longs().between(1_000_000L, 900_000_000_000L), integers().between(60_000, 80_000), integers().between(3, 4),
                        integers().between(3, 300))
                .check((yuan, rateTenThousandths, digits, percentOff) -> {
                    BigDecimal rate = BigDecimal.valueOf(rateTenThousandths, 4);
                    BigDecimal dollars = BigDecimal.valueOf(yuan).divide(rate, MathContext.DECIMAL64);
                    TradeFlow flow = TradeFlow.of(CHINA, Area.WORLD, PERIOD, FlowDirection.TOTAL,
                            rounded("CNY", BigDecimal.valueOf(yuan), digits));
                    BigDecimal stated = rate.setScale(2, RoundingMode.HALF_UP);
                    boolean quiet = findings(List.of(flow.withConvertedValue(
                            Converted.of(rounded("USD", dollars, digits)).withRate(stated)))).isEmpty();
                    // 3% to 300% off: beyond 1.1 × 1.1 × 1.002 − 1 at three digits and a rate of two decimals
                    BigDecimal wrong = dollars.multiply(BigDecimal.ONE.add(BigDecimal.valueOf(percentOff, 2)));
                    List<Finding> warned = findings(List.of(flow.withConvertedValue(
                            Converted.of(rounded("USD", wrong, digits)).withRate(stated))));
                    return quiet && warned.size() == 1 && warned.get(0).code().equals("trade.conversion");
                });
    }

    @Test
    void aCumulativeFigureThatDisagreesWithItsPartsIsAnErrorFromOneReleaseAndAWarningFromSeveral() {
        Area henan = Area.province("Henan", "CN");
        TradeFlow januaryToJuly = TradeFlow.of(henan, Area.WORLD, ReferencePeriod.parse("2020-01/2020-07"), FlowDirection.TOTAL,
                ReportedAmount.parse("RMB 276.29 billion")).withSourceId("july-release");
        TradeFlow firstHalf = TradeFlow.of(henan, Area.WORLD, ReferencePeriod.parse("2020-H1"), FlowDirection.TOTAL,
                ReportedAmount.parse("RMB 230.04 billion")).withSourceId("july-release");
        TradeFlow july = TradeFlow.of(henan, Area.WORLD, ReferencePeriod.parse("2020-07"), FlowDirection.TOTAL,
                ReportedAmount.parse("RMB 48.25 billion")).withSourceId("july-release");
        assertEquals(Severity.ERROR, findings(List.of(januaryToJuly, firstHalf, july)).get(0).severity());
        List<Finding> revised = findings(List.of(januaryToJuly, firstHalf.withSourceId("june-release"), july));
        assertEquals("trade.period-vs-parts", revised.get(0).code());
        assertEquals(Severity.WARNING, revised.get(0).severity(), "a later release may have revised the first half");
    }
}
