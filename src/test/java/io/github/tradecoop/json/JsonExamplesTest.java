package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.tradecoop.Seed;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeStatistics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped examples state the whole seed, for both Jackson versions, and match the schema. */
class JsonExamplesTest {

    static final Path FAIR = Path.of("docs/examples/shenyang-2024-fair.json");
    static final Path TRADE = Path.of("docs/examples/shenyang-2023-trade.json");

    static Stream<TradeJson> engines() {
        return Stream.of(TradeJson.jackson2(), TradeJson.jackson3());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void fairExampleStatesTheSeed(TradeJson json) {
        TradeFair fair = json.withValidation().read(FAIR, TradeFair.class);
        assertEquals(Seed.fair(), fair);
        assertEquals(Count.exactly(55), fair.signing().projects());
        assertEquals(Money.of("CNY", 13_600_000_000L), fair.signing().totalValue().value());
        assertEquals(Range.closed("13550000000", "13650000000"), fair.signing().totalValue().bounds());
        assertEquals(3, fair.hosts().size());
        assertEquals(Count.moreThan(100), fair.attendance().get(0).count());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void tradeExampleStatesTheSeed(TradeJson json) {
        TradeStatistics statistics = json.withValidation().read(TRADE, TradeStatistics.class);
        assertEquals(Seed.statistics(), statistics);
        var total = statistics.flow(Area.city("Shenyang", "CN"), Area.country("RU"), ReferencePeriod.year(2023),
                FlowDirection.TOTAL).orElseThrow();
        assertEquals(Money.of("CNY", 4_060_000_000L), total.value().value());
        assertEquals(Percentage.of("80.2"), total.yearOnYear());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void examplesAndWrittenOutputMatchTheSchema(TradeJson json) throws Exception {
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.FAIR, Files.readString(FAIR)));
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.STATISTICS, Files.readString(TRADE)));
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.FAIR, json.write(Seed.fair())));
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.STATISTICS, json.write(Seed.statistics())));
    }

    @org.junit.jupiter.api.Test
    void theRealExamplesMatchTheSchema() throws Exception {
        for (String name : List.of("canton-fair-135", "northeast-asia-expo-13", "innoprom-2024")) {
            assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.FAIR, Files.readString(Path.of("docs/examples", name + ".json"))),
                    name);
        }
        for (String name : List.of("china-2025-01-08-trade", "henan-2020-01-07-trade")) {
            assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.STATISTICS,
                    Files.readString(Path.of("docs/examples", name + ".json"))), name);
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void schemaRejectsWhatTheReaderRejects(TradeJson json) {
        assertFalse(JsonSchemas.errors(JsonSchemas.FAIR, "{\"id\":\"x\",\"name\":\"X\",\"startDate\":\"2024-01-29\",\"colour\":1}")
                .isEmpty());
        assertFalse(JsonSchemas.errors(JsonSchemas.STATISTICS,
                "{\"flows\":[{\"reporter\":{\"type\":\"country\",\"code\":\"CN\"},\"partner\":{\"type\":\"country\",\"code\":\"RU\"},"
                        + "\"period\":\"2023\",\"direction\":\"TOTAL\",\"value\":{\"currency\":\"CNY\",\"value\":406}}]}").isEmpty());
    }
}
