package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.tradecoop.money.Currencies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schemas' shared rules against the code they restate, and the copies the jar carries. */
class SchemaRulesTest {

    private static JsonNode schema(String name) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(Path.of("docs/schema/" + name + ".schema.json")));
    }

    @Test
    void theCurrencyPatternAcceptsExactlyWhatCurrenciesKnows() throws IOException {
        for (String name : List.of("trade-fair", "trade-statistics")) {
            Pattern currency = Pattern.compile(schema(name).at("/$defs/currency/pattern").asString());
            List<String> candidates = new ArrayList<>();
            for (Currency c : Currency.getAvailableCurrencies()) {
                candidates.add(c.getCurrencyCode());
                candidates.add(c.getCurrencyCode().toLowerCase(Locale.ROOT));
            }
            for (String alias : Currencies.aliases().keySet()) {
                candidates.add(alias);
                candidates.add(alias.toUpperCase(Locale.ROOT));
                candidates.add(alias.toLowerCase(Locale.ROOT));
            }
            candidates.addAll(List.of("XYZ", "$", "¥", "dollar", "yen", "RMBB", "CN", "", "元元", "usd "));
            List<String> disagreements = new ArrayList<>();
            for (String text : candidates) {
                if (currency.matcher(text).find() != Currencies.isKnown(text)) {
                    disagreements.add(text);
                }
            }
            assertEquals(List.of(), disagreements, name + ": the schema and Currencies disagree on these");
        }
    }

    @Test
    void theJarCarriesTheSchemasOfTheDocs() throws IOException {
        for (String name : List.of("trade-fair", "trade-statistics")) {
            try (InputStream in = TradeJson.class.getResourceAsStream("/META-INF/tradecoop/schema/" + name + ".schema.json")) {
                assertNotNull(in, name + " is not in the jar");
                assertArrayEquals(Files.readAllBytes(Path.of("docs/schema/" + name + ".schema.json")), in.readAllBytes());
            }
            assertEquals("https://github.com/tradecoop/tradecoop/blob/main/docs/schema/" + name + ".schema.json",
                    schema(name).get("$id").asString());
        }
    }
}
