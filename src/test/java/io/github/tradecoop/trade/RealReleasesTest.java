package io.github.tradecoop.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.check.Finding;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.json.TradeJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the real releases in docs/examples (cited in docs/examples/README.md) show the checks doing. */
class RealReleasesTest {

    private static TradeStatistics read(String name) {
        return TradeJson.jackson3().read(Path.of("docs/examples", name + ".json"), TradeStatistics.class);
    }

    private static List<String> codes(TradeStatistics statistics) {
        return Consistency.check(statistics).findings().stream().map(Finding::code).toList();
    }

    @Test
    void januaryToJulyIsTheFirstHalfAndJuly() {
        TradeStatistics henan = read("henan-2020-01-07-trade");
        Area province = Area.province("Henan", "CN");
        TradeFlow july = henan.flow(province, Area.WORLD, ReferencePeriod.month(2020, 7), FlowDirection.TOTAL).orElseThrow();
        assertEquals(List.of(), codes(henan), "228.04 + 48.25 = 276.29 billion yuan");
        List<TradeFlow> flows = new ArrayList<>(henan.flows());
        flows.set(flows.indexOf(july), july.withValue(ReportedAmount.parse("RMB 38.25 billion")));
        assertEquals(List.of("trade.total-vs-parts", "trade.period-vs-parts"), codes(henan.withFlows(flows)));
    }

    @Test
    void theReportedPartsOfChinasTradeWithRussiaCannotMakeItsTotal() {
        // The Moscow Times: total "down 9.4% to $143.8 billion", exports "declined 8.8% to $64.8 billion",
        // imports "fell 8.2% to $79 billion". The example keeps the total only; with its parts it is flagged.
        TradeStatistics china = read("china-2025-01-08-trade");
        Area cn = Area.country("CN");
        Area ru = Area.country("RU");
        ReferencePeriod period = ReferencePeriod.parse("2025-01/2025-08");
        List<TradeFlow> flows = new ArrayList<>(china.flows());
        flows.add(TradeFlow.of(cn, ru, period, FlowDirection.EXPORT, ReportedAmount.parse("USD 64.8 billion"))
                .withYearOnYear(Percentage.of("-8.8")));
        flows.add(TradeFlow.of(cn, ru, period, FlowDirection.IMPORT, ReportedAmount.parse("USD 79 billion"))
                .withYearOnYear(Percentage.of("-8.2")));
        assertEquals(List.of(), codes(china));
        assertEquals(List.of("trade.total-growth-vs-parts"), codes(china.withFlows(flows)));
    }
}
