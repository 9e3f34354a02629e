package io.github.tradecoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.check.Finding;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.trade.TradeStatistics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real example fairs and trade releases in docs/examples: each reads with validation on both Jackson versions,
 * is what the library writes (nothing in the file is lost or added on a round trip), raises no
 * consistency error, and summarises in English, Chinese and Russian exactly as its golden file says.
 * Regenerate a golden file with {@code tradecoop summary --lang L FILE} after reviewing the change.
 */
class ExampleSummariesTest {

    static final List<String> FAIRS = List.of("canton-fair-135", "northeast-asia-expo-13", "innoprom-2024");
    static final List<String> STATISTICS = List.of("china-2025-01-08-trade", "henan-2020-01-07-trade");
    static final List<String> EXAMPLES = Stream.concat(FAIRS.stream(), STATISTICS.stream()).toList();

    static Stream<Arguments> summaries() {
        return EXAMPLES.stream().flatMap(e -> Stream.of("en", "zh", "ru").map(l -> Arguments.of(e, l)));
    }

    static Stream<Arguments> examples() {
        return EXAMPLES.stream().flatMap(e -> Stream.of(TradeJson.jackson2(), TradeJson.jackson3()).map(j -> Arguments.of(e, j)));
    }

    private static Path example(String name) {
        return Path.of("docs/examples", name + ".json");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsValidRoundTripsAndIsConsistent(String name, TradeJson json) throws Exception {
        boolean fair = FAIRS.contains(name);
        Class<?> type = fair ? TradeFair.class : TradeStatistics.class;
        Object value = json.withValidation().read(example(name), type);
        JsonMapper mapper = JsonMapper.builder().build();
        assertEquals(mapper.readTree(Files.readString(example(name))), mapper.readTree(json.write(value)),
                "the example is exactly what the library writes");
        assertEquals(value, json.read(json.write(value), type));
        List<Finding> errors = fair ? Consistency.check((TradeFair) value).errors()
                : Consistency.check((TradeStatistics) value).findings();
        assertEquals(List.of(), errors, "no error in a fair; no finding at all in statistics");
    }

    @ParameterizedTest
    @MethodSource("summaries")
    void summaryMatchesItsGoldenFile(String name, String language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"summary", "--lang", language, example(name).toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        Path golden = Path.of("src/test/resources/io/github/tradecoop/cli/summaries", name + "." + language + ".txt");
        assertTrue(Files.exists(golden), "no golden file " + golden);
        assertEquals(Files.readString(golden), out.toString(StandardCharsets.UTF_8));
    }
}
