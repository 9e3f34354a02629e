package io.github.tradecoop.testing;

import static io.github.tradecoop.testing.TradeAssertions.assertConsistent;
import static io.github.tradecoop.testing.TradeAssertions.assertReported;
import static io.github.tradecoop.testing.TradeAssertions.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.money.CurrencyMismatchException;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.trade.TradeStatistics;
import io.github.tradecoop.validation.CurrencyCode;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TradeAssertionsTest {

    private static final Money SUM = Money.of("CNY", 13_600_000_000L);

    @Test
    void aReportAdmitsExactlyTheValuesWithinItsRoundingAndQualifier() {
        ReportedAmount signed = ReportedAmount.parse("RMB 13.6 billion");
        assertTrue(signed.admits(Money.of("CNY", 13_550_000_000L)));
        assertTrue(signed.admits(Money.of("CNY", 13_650_000_000L)));
        assertFalse(signed.admits(Money.of("CNY", 13_650_000_001L)));
        assertThrows(CurrencyMismatchException.class, () -> signed.admits(Money.of("USD", 1)));
        assertTrue(Count.moreThan(100).admits(101));
        assertFalse(Count.moreThan(100).admits(100));
        assertTrue(Count.exactly(55).admits(55));
        assertFalse(Count.exactly(55).admits(56));
        assertTrue(Percentage.parse("80.2%").admits(new BigDecimal("80.25")));
        assertFalse(Percentage.parse("80.2%").admits(new BigDecimal("80.26")));
    }

    @Test
    void aReportedAmountPassesInEachLanguage() {
        assertReported("RMB 13.6 billion", SUM);
        assertReported("136亿元", Money.of("CNY", 13_640_000_000L));
        assertReported("13,6 млрд юаней", Money.of("CNY", 13_550_000_000L));
        assertReported("超200亿元", Money.of("CNY", 20_000_000_001L));
    }

    @Test
    void aFailureShowsTheFigureItsIntervalAndHowFarOutside() {
        AssertionError above = assertThrows(AssertionError.class,
                () -> assertReported("RMB 13.6 billion", Money.of("CNY", 13_700_000_000L)));
        assertEquals("expected RMB 13.6 billion, [13,550,000,000; 13,650,000,000] CNY, but was CNY 13,700,000,000:"
                + " 50,000,000 above", above.getMessage());
        AssertionError below = assertThrows(AssertionError.class, () -> assertReported("more than 100", 100));
        assertEquals("expected more than 100, [101; ∞), but was 100: 1 below", below.getMessage());
        AssertionError atEnd = assertThrows(AssertionError.class,
                () -> assertReported("more than RMB 20 billion", Money.of("CNY", 20_000_000_000L)));
        assertTrue(atEnd.getMessage().endsWith("at the excluded lower end"), atEnd.getMessage());
        AssertionError growth = assertThrows(AssertionError.class,
                () -> assertReported("同比增长80.2%", new BigDecimal("80.3")));
        assertEquals("expected 同比增长80.2%, [80.15; 80.25]%, but was 80.3%: 0.05 above", growth.getMessage());
    }

    @Test
    void anotherCurrencyIsAFailureThatSaysSo() {
        AssertionError e = assertThrows(AssertionError.class, () -> assertReported("RMB 13.6 billion",
                Money.of("USD", 1_900_000_000L)));
        assertEquals("expected RMB 13.6 billion in CNY, but was USD 1,900,000,000: another currency", e.getMessage());
    }

    @Test
    void anUnreadableReportIsTheTestsFaultNotTheDatas() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assertReported("RMB 13.6 bilion", SUM));
        assertTrue(e.getMessage().contains("\"RMB 13.6 bilion\""), e.getMessage());
        assertTrue(e.getMessage().contains("index 9"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> assertReported("5 tigers", BigDecimal.ONE));
    }

    @Test
    void countsPercentagesPointsAndQuantities() {
        assertReported("more than one hundred entrepreneurs", 101);
        assertReported("227家企业", 227);
        assertReported("declined 2.1 percent", new BigDecimal("-2.1"));
        assertReported("up 2.3 percentage points", new BigDecimal("2.26"));
        assertReported("104,000 square meters", new BigDecimal("104000.5"));
        assertThrows(AssertionError.class, () -> assertReported("104,000 square meters", new BigDecimal("104001")));
    }

    @Test
    void consistencyFailuresListEveryFinding() {
        TradeStatistics seed = TradeJson.auto().read(Path.of("docs/examples/shenyang-2023-trade.json"), TradeStatistics.class);
        assertConsistent(seed);
        TradeStatistics wrong = TradeJson.auto().read(Files.read("docs/examples/shenyang-2023-trade.json")
                .replace("\"value\": \"4060000000\"", "\"value\": \"4600000000\""), TradeStatistics.class);
        AssertionError e = assertThrows(AssertionError.class, () -> assertConsistent(wrong));
        assertTrue(e.getMessage().startsWith("trade statistics is not consistent:\n  ERROR flows[0].value: TOTAL"),
                e.getMessage());
        TradeFair fair = TradeJson.auto().read(Path.of("docs/examples/shenyang-2024-fair.json"), TradeFair.class);
        assertConsistent(fair);
    }

    /** An application's own class with the library's constraint. */
    record Invoice(@CurrencyCode String currency) {
    }

    @Test
    void validityFailuresListEveryViolationWithItsPath() {
        assertValid(new Invoice("CNY"));
        AssertionError e = assertThrows(AssertionError.class, () -> assertValid(new Invoice("XYZ")));
        assertTrue(e.getMessage().startsWith("1 violation:\n  currency: "), e.getMessage());
    }

    /** Reads a file as text. */
    private static final class Files {
        static String read(String path) {
            try {
                return java.nio.file.Files.readString(Path.of(path));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
