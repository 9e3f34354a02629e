package io.github.tradecoop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.money.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's first example, run as written, and a guard that the README still shows it. */
class ReadmeExampleTest {

    @Test
    void firstExampleComputesTheSeedsTradeTotal() {
        Money exports = Money.of("RMB", "3150000000");
        Money imports = Money.parse("CNY 910000000");
        Money total = exports.plus(imports);

        assertEquals("CNY 4060000000", total.toString());
        List<Money> halves = total.allocate(1, 1);
        assertEquals(List.of(Money.of("CNY", 2_030_000_000L), Money.of("CNY", 2_030_000_000L)), halves);
    }

    @Test
    void readmeShowsTheExampleThisTestRuns() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (String line : List.of(
                "Money exports = Money.of(\"RMB\", \"3150000000\");",
                "Money imports = Money.parse(\"CNY 910000000\");",
                "Money total = exports.plus(imports);",
                "System.out.println(total);                           // CNY 4060000000",
                "List<Money> halves = total.allocate(1, 1);")) {
            assertTrue(readme.contains(line), "README.md no longer contains: " + line);
        }
    }
}
