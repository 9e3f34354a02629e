package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tradecoop.event.TradeFair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A document that is not JSON is a syntax error on both engines, at the same place, whatever each met first. */
class EnginesAgreeTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":0x10}", "{\"id\":\"x\",\"name\":\"n\",\"startDate\":\"2024-01-01\",\"signing\":{\"projects\":0x10}}",
        "{\"bogus\":1,\"id\":0x10}", "{\"id\":01}", "{\"id\":-}", "{\"id\":\"x\",\"name\":\"n\",\"startDate\":\"2024-01-01\",\"venue\":{\"city\":1}x"})
    void malformedDocumentsGetTheSameCodeAndPlace(String document) {
        TradeDataException two = assertThrows(TradeDataException.class, () -> TradeJson.jackson2().read(document, TradeFair.class));
        TradeDataException three = assertThrows(TradeDataException.class, () -> TradeJson.jackson3().read(document, TradeFair.class));
        assertEquals("json.syntax", two.problems().get(0).code(), two.getMessage());
        assertEquals("json.syntax", three.problems().get(0).code(), three.getMessage());
        assertEquals(two.problems().get(0).line(), three.problems().get(0).line());
        assertEquals(two.problems().get(0).column(), three.problems().get(0).column());
    }

    /** Found by the fuzz suite: Jackson 2 stopped at the unknown property, Jackson 3 read on to the repeated key. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"flows\":[{\"reporter\":{\"type\":\"country\",\"code\":\"RU\",\"direction\":\"IMPORT\"},"
            + "\"partner\":{\"type\":\"country\",\"code\":\"CN\"},\"period\":\"2023\",\"direction\":\"TOTAL\","
            + "\"value\":{\"currency\":\"CNY\",\"value\":\"1\",\"value\":\"1\"}}]}",
        "{\"flows\":[{\"colour\":\"red\",\"reporter\":{\"type\":\"country\",\"code\":\"RU\",\"code\":\"RU\"}}]}"})
    void aRepeatedKeyIsReportedBeforeAnUnknownPropertyOnBoth(String document) {
        TradeDataException two = assertThrows(TradeDataException.class,
                () -> TradeJson.jackson2().read(document, io.github.tradecoop.trade.TradeStatistics.class));
        TradeDataException three = assertThrows(TradeDataException.class,
                () -> TradeJson.jackson3().read(document, io.github.tradecoop.trade.TradeStatistics.class));
        assertEquals("json.duplicate-key", two.problems().get(0).code(), two.getMessage());
        assertEquals("json.duplicate-key", three.problems().get(0).code(), three.getMessage());
    }

    /** Found by the fuzz suite: a number too large for an int, where an enumeration word is expected. */
    @ParameterizedTest
    @ValueSource(strings = {"1000000000000000000000", "-9223372036854775809"})
    void aNumberTooLargeForAnEnumIsARefusedValueOnBoth(String number) {
        String document = "{\"flows\":[{\"reporter\":{\"type\":\"country\",\"code\":\"RU\"},"
                + "\"partner\":{\"type\":\"country\",\"code\":\"CN\"},\"period\":\"2023\",\"direction\":" + number + "}]}";
        TradeDataException two = assertThrows(TradeDataException.class,
                () -> TradeJson.jackson2().read(document, io.github.tradecoop.trade.TradeStatistics.class));
        TradeDataException three = assertThrows(TradeDataException.class,
                () -> TradeJson.jackson3().read(document, io.github.tradecoop.trade.TradeStatistics.class));
        assertEquals(two.problems().get(0).code(), three.problems().get(0).code());
        assertEquals("json.invalid-value", three.problems().get(0).code(), three.getMessage());
        assertEquals("/flows/0/direction", three.problems().get(0).pointer());
    }

    /** Found by the fuzz suite: in JSON Lines, both engines name the same failing line with the same code. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"reporter\":{\"type\":\"country\",\"code\":\"RU\"},\"colour\":1}",
        "{\"reporter\":{\"type\":\"country\",\"code\":\"RU\"},\"partner\":{\"type\":\"country\",\"code\":\"CN\"},"
            + "\"period\":\"2023\",\"direction\":\"TOTAL\",\"value\":{\"currency\":\"CNY\",\"value\":\"1\",\"resolution\":0x10}}"})
    void aFailingLineGetsTheSameCodeAndLineOnBoth(String badLine) {
        String good = "{\"reporter\":{\"type\":\"country\",\"code\":\"RU\"},\"partner\":{\"type\":\"country\",\"code\":\"CN\"},"
                + "\"period\":\"2023\",\"direction\":\"TOTAL\",\"value\":\"CNY 1 billion\"}";
        String lines = good + "\n" + good + "\n" + badLine + "\n" + good + "\n";
        TradeDataException two = readAll(TradeJson.jackson2(), lines);
        TradeDataException three = readAll(TradeJson.jackson3(), lines);
        assertEquals(3, two.line(), two.getMessage());
        assertEquals(3, three.line(), three.getMessage());
        assertEquals(two.problems().get(0).code(), three.problems().get(0).code());
    }

    private static TradeDataException readAll(TradeJson json, String lines) {
        return assertThrows(TradeDataException.class, () -> {
            try (java.util.stream.Stream<io.github.tradecoop.trade.TradeFlow> flows =
                    json.readLines(new java.io.StringReader(lines), io.github.tradecoop.trade.TradeFlow.class)) {
                flows.count();
            }
        });
    }
}
