package io.github.tradecoop;

import static io.github.tradecoop.testing.TradeAssertions.assertConsistent;
import static io.github.tradecoop.testing.TradeAssertions.assertReported;
import static io.github.tradecoop.testing.TradeAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.money.Currencies;
import io.github.tradecoop.money.Money;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of docs/testing.md, run as the tests they show. */
class TestingGuideTest {

    /** An application's own records of the projects a fair signed: values made up for the example. */
    static final List<Money> ITEMISED = List.of(Money.of("CNY", "6200000000"), Money.of("CNY", "4150000000"),
            Money.of("CNY", "3270000000"));

    // tag::junit[]
    @Test
    void theProjectsWeRecordedAddUpToWhatTheFairDeclared() {
        TradeFair fair = TradeJson.auto().read(Path.of("docs/examples/shenyang-2024-fair.json"), TradeFair.class);
        Money sum = Money.total(Currencies.of("CNY"), ITEMISED);                  // CNY 13,620,000,000

        assertReported("RMB 13.6 billion", sum);                                  // [13.55, 13.65] billion
        assertReported(fair.signing().totalValue().toString(), sum);              // "CNY 13.6 billion"
        assertReported("more than one hundred entrepreneurs", 120);
        assertConsistent(fair);                                                   // every finding if not
        assertValid(fair);                                                        // every violation if not
    }
    // end::junit[]

    @Test
    void aSumOutsideTheRoundingFailsWithTheInterval() {
        // tag::failure[]
        AssertionError failure = assertThrows(AssertionError.class,
                () -> assertReported("RMB 13.6 billion", Money.of("CNY", 13_700_000_000L)));
        // expected RMB 13.6 billion, [13,550,000,000; 13,650,000,000] CNY, but was CNY 13,700,000,000: 50,000,000 above
        // end::failure[]
        assertEquals("expected RMB 13.6 billion, [13,550,000,000; 13,650,000,000] CNY, but was CNY 13,700,000,000:"
                + " 50,000,000 above", failure.getMessage());
    }

    @Test
    void withAssertJ() {
        // tag::assertj[]
        ReportedAmount signed = ReportedAmount.parse("RMB 13.6 billion");
        Money sum = Money.total(Currencies.of("CNY"), ITEMISED);
        assertThat(sum).matches(signed::admits, "admitted by " + signed + " " + signed.bounds());
        // end::assertj[]
        assertThrows(AssertionError.class,
                () -> assertThat(Money.of("CNY", 13_700_000_000L)).matches(signed::admits, "admitted by " + signed));
    }
}
