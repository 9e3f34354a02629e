package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.tradecoop.Seed;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Strict, bounded, and every failure a TradeDataException that says where and why, the same for both versions. */
class TradeJsonStrictnessTest {

    private static final String FAIR_HEAD = "{\"id\":\"f\",\"name\":\"Fair\",\"startDate\":\"2024-01-29\"";

    static Stream<TradeJson> engines() {
        return Stream.of(TradeJson.jackson2(), TradeJson.jackson3());
    }

    private static TradeDataException failure(TradeJson json, String text, Class<?> type) {
        return assertThrows(TradeDataException.class, () -> json.read(text, type));
    }

    private static void assertProblem(TradeDataException e, String pointer, int line, int column, String code,
            String message) {
        TradeDataException.Problem p = e.problems().get(0);
        assertEquals(List.of(pointer, line, column, code, message), List.of(p.pointer(), p.line(), p.column(), p.code(),
                p.message()), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void unknownPropertiesAreErrors(TradeJson json) {
        TradeDataException e = failure(json, FAIR_HEAD + ",\n\"colour\":\"red\"}", TradeFair.class);
        assertEquals("/colour", e.pointer());
        assertEquals(2, e.line());
        assertEquals("json.unknown-property", e.problems().get(0).code());
        assertTrue(e.problems().get(0).message().startsWith("unknown property \"colour\"; expected one of "), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void unknownPropertiesCanBeIgnoredAndNothingElse(TradeJson json) {
        TradeFair fair = json.ignoringUnknownProperties().read(FAIR_HEAD + ",\"colour\":\"red\"}", TradeFair.class);
        assertEquals("Fair", fair.name());
        assertThrows(TradeDataException.class,
                () -> json.ignoringUnknownProperties().read(FAIR_HEAD + ",\"name\":\"Twice\"}", TradeFair.class));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void duplicateKeysAreErrors(TradeJson json) {
        assertProblem(failure(json, FAIR_HEAD + ",\"name\":\"Again\"}", TradeFair.class),
                "/name", 1, 56, "json.duplicate-key", "duplicate key \"name\"");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void trailingContentIsAnError(TradeJson json) {
        TradeDataException e = failure(json, FAIR_HEAD + "} {}", TradeFair.class);
        assertEquals("json.trailing-content", e.problems().get(0).code());
        assertEquals("unexpected content after the end of the document", e.problems().get(0).message());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aNumberWhereADecimalStringIsRequiredIsAnError(TradeJson json) {
        String text = FAIR_HEAD + ",\"signing\":{\"totalValue\":{\"currency\":\"CNY\",\"value\":13600000000}}}";
        TradeDataException e = failure(json, text, TradeFair.class);
        assertEquals("/signing/totalValue/value", e.pointer());
        assertEquals("expected a string (decimals and codes are written as strings)", e.problems().get(0).message());
        assertTrue(readGuide().contains("\n" + e.problems().get(0) + "\n"), "docs/json-format.md shows " + e.problems().get(0));
    }

    private static String readGuide() {
        try {
            return Files.readString(Path.of("docs/json-format.md"));
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aNumberWhereAStringIsRequiredIsAnError(TradeJson json) {
        TradeDataException e = failure(json, "{\"id\":\"f\",\"name\":2024,\"startDate\":\"2024-01-29\"}", TradeFair.class);
        assertProblem(e, "/name", 1, 18, "json.wrong-type", "expected a string (decimals and codes are written as strings)");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void missingRequiredPropertiesAreNamed(TradeJson json) {
        TradeDataException e = failure(json, "{\"id\":\"f\",\"startDate\":\"2024-01-29\"}", TradeFair.class);
        assertEquals("", e.pointer());
        assertEquals("json.missing-property", e.problems().get(0).code());
        assertEquals("required property \"name\" is missing or null", e.problems().get(0).message());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void unknownEnumWordsAreErrors(TradeJson json) {
        String text = FAIR_HEAD + ",\"organizers\":[{\"organizationId\":\"x\",\"role\":\"host\"}]}";
        TradeDataException e = failure(json, text, TradeFair.class);
        assertEquals("/organizers/0/role", e.pointer());
        assertEquals("unknown value \"host\"; expected one of [HOST, CO_HOST, ORGANIZER, CO_ORGANIZER, SUPPORTER, SPONSOR,"
                + " PARTNER, GUEST_OF_HONOUR]", e.problems().get(0).message());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void everyConstantOfTheModelsEnumsIsReadByItsNameAndOnlyByIt(TradeJson json) {
        for (Class<? extends Enum<?>> type : EnumNames.MODEL_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertSame(constant, json.read("\"" + constant.name() + "\"", type));
                String lower = constant.name().toLowerCase(Locale.ROOT);
                assertEquals("json.unknown-value", failure(json, "\"" + lower + "\"", type).problems().get(0).code(), lower);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void enumValuesAreReadAlsoWhenJacksonBuffersThemBeforeTheTypeName(TradeJson json) {
        // With "type" last, Jackson reads the area's other properties into a buffer first.
        Area read = json.read("{\"name\":\"Shenyang\",\"country\":\"CN\",\"level\":\"CITY\",\"type\":\"subdivision\"}",
                Area.class);
        assertEquals(Area.city("Shenyang", "CN"), read);
        TradeDataException e = failure(json,
                "{\"name\":\"Shenyang\",\"country\":\"CN\",\"level\":\"City\",\"type\":\"subdivision\"}", Area.class);
        assertEquals(List.of("/level", "json.unknown-value"), List.of(e.pointer(), e.problems().get(0).code()));
    }

    /** A user's enum read through TradeJson keeps the names its annotations give it. */
    enum Colour {
        @JsonProperty("red") RED,
        @JsonProperty("blue") BLUE
    }

    @ParameterizedTest
    @MethodSource("engines")
    void otherEnumsKeepTheirJsonNames(TradeJson json) {
        assertSame(Colour.RED, json.read("\"red\"", Colour.class));
        assertEquals("json.unknown-value", failure(json, "\"RED\"", Colour.class).problems().get(0).code());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void modelInvariantsComeBackAsPlainMessages(TradeJson json) {
        TradeDataException e = failure(json, FAIR_HEAD + ",\"endDate\":\"2024-01-01\"}", TradeFair.class);
        assertEquals("json.invalid-value", e.problems().get(0).code());
        assertEquals("endDate 2024-01-01 is before startDate 2024-01-29", e.problems().get(0).message());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void syntaxErrorsHaveLineAndColumn(TradeJson json) {
        TradeDataException e = failure(json, "{\n  \"id\": \"f\",\n  \"name\" \"Fair\"\n}", TradeFair.class);
        assertEquals("json.syntax", e.problems().get(0).code());
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.problems().get(0).message().startsWith("not valid JSON: "), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void emptyAndNullDocumentsAreErrors(TradeJson json) {
        assertEquals("json.empty", failure(json, "", TradeFair.class).problems().get(0).code());
        assertEquals("json.empty", failure(json, "null", TradeFair.class).problems().get(0).code());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void nestingIsBounded(TradeJson json) {
        String deep = FAIR_HEAD + ",\"extra\":" + "[".repeat(100) + "]".repeat(100) + "}";
        TradeDataException e = failure(json.ignoringUnknownProperties(), deep, TradeFair.class);
        assertEquals("json.too-deep", e.problems().get(0).code());
        assertEquals("the document nests deeper than 64 levels", e.problems().get(0).message());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void stringsAndNumbersAreBounded(TradeJson json) {
        TradeDataException longString = failure(json, "{\"id\":\"" + "x".repeat(TradeJson.MAX_STRING_LENGTH + 1) + "\"}",
                TradeFair.class);
        assertEquals("json.too-long", longString.problems().get(0).code());
        TradeDataException longNumber = failure(json, FAIR_HEAD + ",\"edition\":" + "9".repeat(60) + "}", TradeFair.class);
        assertEquals("json.too-long", longNumber.problems().get(0).code());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void amountsBeyondTheMoneyBoundsAreRefusedBeforeArithmetic(TradeJson json) {
        String huge = FAIR_HEAD + ",\"signing\":{\"totalValue\":{\"currency\":\"CNY\",\"value\":\"1" + "0".repeat(30) + "\"}}}";
        TradeDataException e = failure(json, huge, TradeFair.class);
        assertEquals("/signing/totalValue", e.pointer());
        assertTrue(e.problems().get(0).message().contains("10^21"), e.getMessage());
        String exponent = FAIR_HEAD + ",\"signing\":{\"totalValue\":{\"currency\":\"CNY\",\"value\":\"1e1000000000\"}}}";
        assertTrue(failure(json, exponent, TradeFair.class).problems().get(0).message().contains("plain decimal"));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void compactStringFormsAreRead(TradeJson json) {
        String text = FAIR_HEAD + ",\"signing\":{\"projects\":\"a total of 55\",\"totalValue\":\"CNY 13.6 billion\"}"
                + ",\"attendance\":[{\"who\":\"entrepreneurs\",\"count\":\"more than one hundred\"}]}";
        TradeFair fair = json.read(text, TradeFair.class);
        assertEquals(ReportedAmount.parse("RMB 13.6 billion"), fair.signing().totalValue());
        assertEquals(Count.exactly(55), fair.signing().projects());
        assertEquals(Count.moreThan(100), fair.attendance().get(0).count());
        assertTrue(json.write(fair).contains("\"totalValue\":{\"currency\":\"CNY\",\"value\":\"13600000000\","
                + "\"resolution\":\"100000000\",\"qualifier\":\"EXACT\"}"), json.write(fair));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void unparsableStringFormsSayWhy(TradeJson json) {
        TradeDataException e = failure(json, FAIR_HEAD + ",\"signing\":{\"totalValue\":\"13.6 billion\"}}", TradeFair.class);
        assertEquals("/signing/totalValue", e.pointer());
        assertTrue(e.problems().get(0).message().startsWith("expected a currency"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void validationProblemsAreLocatedInTheDocument(TradeJson json) throws Exception {
        String text = Files.readString(JsonExamplesTest.FAIR).replace("\"country\": \"CN\"\n  },", "\"country\": \"China\"\n  },");
        TradeDataException e = assertThrows(TradeDataException.class, () -> json.withValidation().read(text, TradeFair.class));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertProblem(e, "/venue/country", 8, 16, "CountryCode",
                "must be an ISO 3166-1 alpha-2 country code such as CN or RU");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void consistencyFindingsAreReportedAsProblems(TradeJson json) throws Exception {
        String text = Files.readString(JsonExamplesTest.TRADE).replace("\"value\": \"4060000000\"", "\"value\": \"4600000000\"");
        TradeDataException e = assertThrows(TradeDataException.class,
                () -> json.withValidation().read(text, TradeStatistics.class));
        assertEquals("/flows/0/value", e.pointer());
        assertEquals("trade.total-vs-parts", e.problems().get(0).code());
        assertTrue(e.line() > 1, e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void jsonLinesAreReadLazilyWithTheirLineNumbers(TradeJson json) {
        TradeFlow flow = Seed.statistics().flows().get(1);
        String lines = json.write(flow) + "\n\n" + json.write(flow) + "\n{\"period\":\"2023\"}\n";
        try (Stream<TradeFlow> flows = json.readLines(new StringReader(lines), TradeFlow.class)) {
            var iterator = flows.iterator();
            assertEquals(flow, iterator.next());
            assertEquals(flow, iterator.next());
            TradeDataException e = assertThrows(TradeDataException.class, iterator::next);
            assertEquals(4, e.line());
            assertEquals("required property \"reporter\" is missing or null", e.problems().get(0).message());
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void validatingJsonLinesNamesTheLineOfAnInvalidDocument(TradeJson json) {
        TradeFlow flow = Seed.statistics().flows().get(1);
        TradeFlow invalid = flow.withPartner(io.github.tradecoop.trade.Area.country("Russia"));
        String lines = json.write(flow) + "\n" + json.write(invalid) + "\n";
        try (Stream<TradeFlow> flows = json.withValidation().readLines(new StringReader(lines), TradeFlow.class)) {
            var iterator = flows.iterator();
            assertEquals(flow, iterator.next());
            TradeDataException e = assertThrows(TradeDataException.class, iterator::next);
            assertEquals(2, e.line());
            assertEquals("/partner/code", e.pointer());
            assertEquals("CountryCode", e.problems().get(0).code());
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void twoDocumentsOnOneLineAreNotJsonLines(TradeJson json) {
        String flow = json.write(Seed.statistics().flows().get(1));
        try (Stream<TradeFlow> flows = json.readLines(new StringReader(flow + " " + flow + "\n"), TradeFlow.class)) {
            var iterator = flows.iterator();
            iterator.next();
            TradeDataException e = assertThrows(TradeDataException.class, iterator::next);
            assertEquals("json.syntax", e.problems().get(0).code());
            assertEquals(1, e.line());
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void writeLinesWritesOneDocumentPerLine(TradeJson json) {
        StringWriter out = new StringWriter();
        json.writeLines(Seed.statistics().flows(), out);
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size());
        try (Stream<TradeFlow> back = json.readLines(new StringReader(out.toString()), TradeFlow.class)) {
            assertEquals(Seed.statistics().flows(), back.toList());
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void malformedUtf8IsAnError(TradeJson json) {
        byte[] bytes = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        TradeDataException e = assertThrows(TradeDataException.class,
                () -> json.read(new ByteArrayInputStream(bytes), TradeFair.class));
        assertEquals("the input is not UTF-8", e.problems().get(0).message());
    }

    /** JSON Lines are decoded line by line, so the refusal names the malformed line. */
    @ParameterizedTest
    @MethodSource("engines")
    void malformedUtf8InJsonLinesIsAnError(TradeJson json) {
        byte[] bytes = {'{', '"', 'r', 'e', 'p', 'o', 'r', 't', 'e', 'r', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        TradeDataException e = assertThrows(TradeDataException.class, () -> {
            try (Stream<TradeFlow> flows = json.readLines(new ByteArrayInputStream(bytes), TradeFlow.class)) {
                flows.count();
            }
        });
        assertEquals("json.io", e.problems().get(0).code(), e.getMessage());
        assertEquals("line 1 is not UTF-8", e.problems().get(0).message());
        assertEquals(1, e.line());
    }

    @Test
    void missingFilesAreTradeDataExceptions(@TempDir Path dir) {
        TradeDataException e = assertThrows(TradeDataException.class,
                () -> TradeJson.auto().read(dir.resolve("none.json"), TradeFair.class));
        assertEquals("json.io", e.problems().get(0).code());
    }

    @Test
    void bothVersionsFailWithTheSameWords() {
        List<String> inputs = List.of(FAIR_HEAD + ",\"colour\":1}", FAIR_HEAD + ",\"name\":\"x\"}", FAIR_HEAD + "} 1",
                "{\"id\":\"f\",\"startDate\":\"2024-01-29\"}", FAIR_HEAD + ",\"edition\":\"one\"}",
                FAIR_HEAD + ",\"venue\":{\"city\":\"Shenyang\",\"country\":1}}");
        for (String input : inputs) {
            TradeDataException two = failure(TradeJson.jackson2(), input, TradeFair.class);
            TradeDataException three = failure(TradeJson.jackson3(), input, TradeFair.class);
            assertEquals(two.problems().get(0).pointer(), three.problems().get(0).pointer(), input);
            assertEquals(two.problems().get(0).code(), three.problems().get(0).code(), input);
            assertEquals(two.problems().get(0).message(), three.problems().get(0).message(), input);
        }
    }

    @Test
    void percentagesAndCountsHaveTheSameObjectShape() {
        TradeJson json = TradeJson.auto();
        assertEquals("{\"value\":\"80.2\",\"resolution\":\"0.1\",\"qualifier\":\"EXACT\"}", json.write(Percentage.of("80.2")));
        assertEquals("{\"value\":\"100\",\"resolution\":\"100\",\"qualifier\":\"MORE_THAN\"}", json.write(Count.moreThan(100)));
        assertEquals(Percentage.of("80.2"), json.read("\"80.2%\"", Percentage.class));
        assertEquals(Count.about(120), json.read("{\"value\":\"120\",\"qualifier\":\"ABOUT\"}", Count.class));
    }
}
