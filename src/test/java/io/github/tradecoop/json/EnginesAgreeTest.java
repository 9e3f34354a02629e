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
}
