package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 parsers TradeJson reads with refuse exactly what Jackson's own
 * {@code STRICT_DUPLICATE_DETECTION} refuses, with the same words at the same place, however
 * the parser is moved on.
 */
class Jackson2StrictKeysTest {

    private static final int CASES = 3_000;

    private static final JsonFactory JACKSONS_CHECK = new JsonFactoryBuilder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonFactory OURS = Jackson2StrictKeys.factory(new JsonFactoryBuilder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));

    @Test
    void everyTextParserChecksKeysHereAndBytesKeepJacksonsCheck() throws IOException {
        String longDocument = "{\"k\":\"" + "x".repeat(40_000) + "\"}";  // Jackson reads long strings through a Reader
        for (JsonParser parser : new JsonParser[] {OURS.createParser("{}"), OURS.createParser(longDocument),
                OURS.createParser(new StringReader("{}")), OURS.copy().createParser("{}"),
                new ObjectMapper(OURS).copy().getFactory().createParser("{}")}) {
            assertInstanceOf(Jackson2StrictKeys.Parser.class, parser);
        }
        JsonParser bytes = OURS.createParser("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8));
        assertFalse(bytes instanceof Jackson2StrictKeys.Parser);
        JsonParseException refused = assertThrows(JsonParseException.class, () -> {
            while (bytes.nextToken() != null) {
                // read on
            }
        });
        assertEquals("Duplicate field 'a'", refused.getOriginalMessage());
    }

    @Test
    void aMapperOnTheFactoryRefusesDuplicatesAtEveryDepth() throws IOException {
        ObjectMapper mapper = new ObjectMapper(OURS);
        assertEquals(Map.of("a", Map.of("a", 1), "b", java.util.List.of(Map.of("a", 1), Map.of("a", 2))),
                mapper.readValue("{\"a\":{\"a\":1},\"b\":[{\"a\":1},{\"a\":2}]}", Map.class),
                "the same key in a nested or a sibling object is not a duplicate");
        for (String json : new String[] {"{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"c\":2,\"b\":3}}",
                "[{},{\"x\":[{\"a\":1}],\"x\":2}]", "{\"a\":{\"z\":1},\"a\":2}"}) {
            JsonProcessingException refused = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Object.class));
            assertTrue(refused.getOriginalMessage().startsWith("Duplicate field"), json + ": " + refused.getOriginalMessage());
        }
    }

    @Test
    void agreesWithJacksonsOwnCheck() {
        AtomicInteger refused = new AtomicInteger();
        qt().withExamples(CASES).forAll(longs().all()).checkAssert(seed -> {
            String json = document(new Random(seed));
            String expected = walk(JACKSONS_CHECK, json, seed);
            assertEquals(expected, walk(OURS, json, seed), json);
            refused.addAndGet(expected.startsWith("Duplicate") ? 1 : 0);
        });
        // The generated documents are worth comparing only if many are refused and many are not.
        assertTrue(refused.get() > CASES / 5 && refused.get() < CASES * 4 / 5, refused + " of " + CASES + " refused");
    }

    /**
     * Moves through the whole input by every route a deserializer takes (next token, next
     * value, next name, a name matched, a container skipped), chosen by the seed; returns how it
     * ended, and where.
     */
    private static String walk(JsonFactory factory, String json, long seed) {
        Random route = new Random(~seed);
        try (JsonParser parser = seed % 2 == 0 ? factory.createParser(json) : factory.createParser(new StringReader(json))) {
            if (factory == OURS) {
                assertSame(Jackson2StrictKeys.Parser.class, parser.getClass());
            }
            while (true) {
                JsonToken token = switch (route.nextInt(5)) {
                    case 0 -> parser.nextValue();
                    case 1 -> {
                        parser.nextFieldName();
                        yield parser.currentToken();
                    }
                    case 2 -> {
                        parser.nextFieldName(new SerializedString("k1"));
                        yield parser.currentToken();
                    }
                    default -> parser.nextToken();
                };
                if (token == null) {
                    return "end";
                }
                if (token.isStructStart() && route.nextInt(4) == 0) {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage() + " at " + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** One to three JSON values, one per line, whose objects often repeat a key. */
    private static String document(Random random) {
        StringJoiner lines = new StringJoiner("\n");
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            lines.add(value(random, 0));
        }
        return lines.toString();
    }

    private static String value(Random random, int depth) {
        int kind = depth > 4 || random.nextInt(depth + 2) > 1 ? 0 : random.nextInt(5);  // smaller deeper down
        if (kind == 0) {
            return switch (random.nextInt(4)) {
                case 0 -> "1";
                case 1 -> "\"s\"";
                case 2 -> "null";
                default -> "true";
            };
        }
        if (kind == 1) {
            StringJoiner array = new StringJoiner(",", "[", "]");
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                array.add(value(random, depth + 1));
            }
            return array.toString();
        }
        // Up to 15 keys, past SeenKeys.FEW: most objects have distinct keys, some draw them from
        // a pool of 1 to 40 names.
        StringJoiner object = new StringJoiner(",", "{", "}");
        int pool = random.nextInt(8) == 0 ? 1 + random.nextInt(40) : 0;
        for (int i = 0, n = random.nextInt(depth == 0 ? 16 : 6); i < n; i++) {
            object.add("\"k" + (pool == 0 ? i : random.nextInt(pool)) + "\":" + value(random, depth + 1));
        }
        return object.toString();
    }
}
