package io.github.tradecoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.check.Finding;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.json.TradeJson;
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
 * The real example fairs in docs/examples: each reads with validation on both Jackson versions,
 * is what the library writes (nothing in the file is lost or added on a round trip), raises no
 * consistency error, and summarises in English, Chinese and Russian exactly as its golden file says.
 * Regenerate a golden file with {@code tradecoop summary --lang L FILE} after reviewing the change.
 */
class ExampleSummariesTest {

    static final List<String> EXAMPLES = List.of("canton-fair-135", "northeast-asia-expo-13", "innoprom-2024");

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
        TradeFair fair = json.withValidation().read(example(name), TradeFair.class);
        JsonMapper mapper = JsonMapper.builder().build();
        assertEquals(mapper.readTree(Files.readString(example(name))), mapper.readTree(json.write(fair)),
                "the example is exactly what the library writes");
        assertEquals(fair, json.read(json.write(fair), TradeFair.class));
        List<Finding> errors = Consistency.check(fair).errors();
        assertEquals(List.of(), errors);
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
