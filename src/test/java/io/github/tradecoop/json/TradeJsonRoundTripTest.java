package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tradecoop.Seed;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.trade.TradeStatistics;
import org.junit.jupiter.api.Test;

class TradeJsonRoundTripTest {

    @Test
    void seedFairRoundTripsWithBothVersions() {
        TradeFair fair = Seed.fair();
        for (TradeJson json : new TradeJson[] {TradeJson.jackson2(), TradeJson.jackson3()}) {
            String text = json.write(fair);
            System.out.println(json.engine() + ": " + text);
            assertEquals(fair, json.read(text, TradeFair.class));
        }
        assertEquals(TradeJson.jackson2().write(fair), TradeJson.jackson3().write(fair));
    }

    @Test
    void seedStatisticsRoundTripWithBothVersions() {
        TradeStatistics statistics = Seed.statistics();
        for (TradeJson json : new TradeJson[] {TradeJson.jackson2(), TradeJson.jackson3()}) {
            String text = json.write(statistics);
            System.out.println(json.engine() + ": " + text);
            assertEquals(statistics, json.read(text, TradeStatistics.class));
        }
        assertEquals(TradeJson.jackson2().write(statistics), TradeJson.jackson3().write(statistics));
    }
}
