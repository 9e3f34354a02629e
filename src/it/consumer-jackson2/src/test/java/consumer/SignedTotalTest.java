package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.json.TradeDataException;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.trade.TradeFlow;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SignedTotalTest {

    @Test
    void theSeedFairSignedRmb13Point6Billion() {
        ReportedAmount total = SignedTotal.of(Path.of(System.getProperty("seedJson")));
        assertEquals(ReportedAmount.parse("RMB 13.6 billion"), total);
        assertEquals(Money.of("CNY", 13_600_000_000L), total.value());
    }

    @Test
    void theJacksonOnTheClassPathIsTheOneUsed() {
        assertEquals(System.getProperty("jackson2Version"), com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
        assertEquals(System.getProperty("expectedEngine"), TradeJson.auto().engine());
        assertThrows(IllegalStateException.class, () -> TradeJson.jackson3());
    }

    @Test
    void theLibraryIsLoadedAsAModuleExactlyWhenOnTheModulePath() {
        boolean modulePath = !"false".equals(System.getProperty("onModulePath"));
        assertEquals(modulePath, TradeJson.class.getModule().isNamed());
        assertEquals(modulePath ? "io.github.tradecoop" : null, TradeJson.class.getModule().getName());
    }

    /** TradeJson refuses duplicate keys with Jackson's own check, on every supported Jackson 2. */
    @Test
    void aDuplicateKeyIsRefusedWhereItStands() {
        TradeDataException document = assertThrows(TradeDataException.class,
                () -> TradeJson.auto().read("{\"sourceId\":\"a\",\n \"sourceId\":\"b\"}", TradeFlow.class));
        assertEquals("json.duplicate-key", document.problems().get(0).code());
        assertEquals(2, document.line());
        TradeDataException line = assertThrows(TradeDataException.class, () -> {
            try (Stream<TradeFlow> flows = TradeJson.auto().readLines(
                    new StringReader("{\"sourceId\":\"a\",\"sourceId\":\"b\"}\n"), TradeFlow.class)) {
                flows.count();
            }
        });
        assertEquals("json.duplicate-key", line.problems().get(0).code());
    }
}
