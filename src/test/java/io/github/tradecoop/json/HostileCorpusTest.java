package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.event.TradeFair;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input: each case fails with a TradeDataException at the right pointer, never with a
 * raw Jackson exception, an ArithmeticException or an OutOfMemoryError.
 */
class HostileCorpusTest {

    private static final String HEAD = "{\"id\":\"f\",\"name\":\"Fair\",\"startDate\":\"2024-01-29\"";

    private static String amount(String value) {
        return HEAD + ",\"signing\":{\"totalValue\":{\"currency\":\"CNY\",\"value\":" + value + "}}}";
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        for (TradeJson json : List.of(TradeJson.jackson2(), TradeJson.jackson3())) {
            String e = json.engine();
            // Skipped unknown content is still parsed, so the depth limit is what stops it.
            cases.add(Arguments.of(e + " nesting 100,000 deep", json.ignoringUnknownProperties(),
                    HEAD + ",\"extra\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", "/extra", "json.too-deep"));
            cases.add(Arguments.of(e + " nesting where an object belongs", json,
                    HEAD + ",\"attendance\":[{\"who\":\"x\",\"count\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}]}",
                    "/attendance/0/count", "json.wrong-type"));
            cases.add(Arguments.of(e + " huge exponent as a string", json, amount("\"1e1000000000\""),
                    "/signing/totalValue", "json.invalid-value"));
            cases.add(Arguments.of(e + " huge exponent as a number", json, amount("1e1000000000"),
                    "/signing/totalValue/value", "json.wrong-type"));
            cases.add(Arguments.of(e + " 31 digits", json, amount("\"1" + "0".repeat(30) + "\""),
                    "/signing/totalValue", "json.invalid-value"));
            cases.add(Arguments.of(e + " 50 MB string", json,
                    "{\"id\":\"f\",\"name\":\"" + "x".repeat(50_000_000) + "\"}", "/name", "json.too-long"));
            cases.add(Arguments.of(e + " duplicate keys", json, HEAD + ",\"id\":\"g\"}", "/id", "json.duplicate-key"));
            cases.add(Arguments.of(e + " unknown property", json, HEAD + ",\"__proto__\":{}}", "/__proto__",
                    "json.unknown-property"));
            cases.add(Arguments.of(e + " trailing garbage", json, HEAD + "}garbage", "", "json.syntax"));
            cases.add(Arguments.of(e + " trailing value", json, HEAD + "}{}", "", "json.trailing-content"));
            cases.add(Arguments.of(e + " truncated", json, HEAD + ",\"venue\":{\"city\":\"Shen", "/venue/city", "json.syntax"));
            cases.add(Arguments.of(e + " null where required", json,
                    "{\"id\":\"f\",\"name\":null,\"startDate\":\"2024-01-29\"}", "", "json.missing-property"));
            cases.add(Arguments.of(e + " null figure value", json, amount("null"), "/signing/totalValue",
                    "json.invalid-value"));
            cases.add(Arguments.of(e + " wrong type", json, HEAD + ",\"organizations\":{}}", "/organizations",
                    "json.wrong-type"));
            cases.add(Arguments.of(e + " array for an object", json, HEAD + ",\"venue\":[]}", "/venue", "json.wrong-type"));
            cases.add(Arguments.of(e + " invalid currency", json,
                    HEAD + ",\"signing\":{\"totalValue\":{\"currency\":\"XYZ\",\"value\":\"1\"}}}", "/signing/totalValue",
                    "json.invalid-value"));
            cases.add(Arguments.of(e + " unknown area type", json, "{\"flows\":[{\"reporter\":{\"type\":\"planet\"}}]}",
                    "/flows/0/reporter", "json.unknown-type"));
            cases.add(Arguments.of(e + " enum as number", json, HEAD + ",\"organizers\":[{\"organizationId\":\"x\",\"role\":0}]}",
                    "/organizers/0/role", "json.unknown-value"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileInputFailsWithAPointer(String name, TradeJson json, String input, String pointer, String code) {
        Class<?> type = input.startsWith("{\"flows\"") ? io.github.tradecoop.trade.TradeStatistics.class : TradeFair.class;
        TradeDataException e = assertThrows(TradeDataException.class, () -> json.read(input, type));
        // The depth limit stops inside the value; its pointer starts with the value's.
        assertTrue(code.equals("json.too-deep") ? e.pointer().startsWith(pointer) : e.pointer().equals(pointer),
                e.getMessage());
        assertEquals(code, e.problems().get(0).code(), e.getMessage());
        assertTrue(e.getMessage().length() < 400, "messages stay short: " + e.getMessage().length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileInputFailsTheSameFromAStream(String name, TradeJson json, String input, String pointer, String code) {
        if (input.length() > 10_000_000) {
            return; // beyond the document limit, a stream is refused as a whole before parsing
        }
        Class<?> type = input.startsWith("{\"flows\"") ? io.github.tradecoop.trade.TradeStatistics.class : TradeFair.class;
        TradeDataException e = assertThrows(TradeDataException.class,
                () -> json.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), type));
        assertEquals(code, e.problems().get(0).code(), e.getMessage());
    }
}
