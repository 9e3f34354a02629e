package consumer;

import static io.github.tradecoop.testing.TradeAssertions.assertConsistent;
import static io.github.tradecoop.testing.TradeAssertions.assertReported;
import static io.github.tradecoop.testing.TradeAssertions.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.money.Money;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application's own test of its records against the seed fair, through the installed artifact. */
class ReportedTotalsTest {

    private final TradeFair fair = TradeJson.auto().read(Path.of(System.getProperty("seedJson")), TradeFair.class);

    @Test
    void ourProjectsAddUpToTheDeclaredTotal() {
        Money sum = Money.total(java.util.Currency.getInstance("CNY"), List.of(Money.of("CNY", "9000000000"),
                Money.of("CNY", "4620000000")));
        assertReported("RMB 13.6 billion", sum);
        assertReported(fair.signing().totalValue().toString(), sum);
        assertReported("136亿元", sum);
        assertConsistent(fair);
        assertValid(fair);
    }

    @Test
    void aTotalBeyondTheRoundingFailsWithItsInterval() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> assertReported("RMB 13.6 billion", Money.of("CNY", 13_700_000_000L)));
        assertEquals("expected RMB 13.6 billion, [13,550,000,000; 13,650,000,000] CNY, but was CNY 13,700,000,000:"
                + " 50,000,000 above", failure.getMessage());
    }
}
