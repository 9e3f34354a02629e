package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.trade.TradeStatistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema is the format: mutations of the examples go through the published JSON Schema and
 * through {@code TradeJson.withValidation().read}, and both must accept or both refuse, except
 * where a probe is marked as a documented cross-field rule (dates in order, references,
 * duplicates, sums), which only the reader can check.
 */
class SchemaAgreementTest {

    private static final ObjectMapper TREES = JsonMapper.builder().build();
    private static final TradeJson READER = TradeJson.jackson3().withValidation();
    private static final TradeJson READER2 = TradeJson.jackson2().withValidation();

    private static final JsonNode FAIR = read("docs/examples/shenyang-2024-fair.json");
    /** The trade example with one flow, whose figures no sum involves. */
    private static final JsonNode FLOW = oneFlow();

    enum Expect { AGREE, CROSS_FIELD }

    record Probe(String name, boolean fair, String document, Expect expect) {
    }

    private static JsonNode read(String file) {
        try {
            return TREES.readTree(Files.readString(Path.of(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode oneFlow() {
        ObjectNode statistics = (ObjectNode) read("docs/examples/shenyang-2023-trade.json");
        ArrayNode flows = (ArrayNode) statistics.get("flows");
        JsonNode export = flows.get(1);
        flows.removeAll();
        flows.add(export);
        return statistics;
    }

    /** The document with the value at a pointer replaced by JSON text, or removed when the text is null. */
    private static String set(JsonNode base, String pointer, String json) {
        JsonNode copy = base.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        JsonNode value = json == null ? null : TREES.readTree(json);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value == null) {
                array.remove(index);
            } else if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
        } else {
            throw new IllegalArgumentException("no container at " + pointer);
        }
        return TREES.writeValueAsString(copy);
    }

    private static final List<Probe> PROBES = new ArrayList<>();

    private static void fair(String name, String pointer, String json) {
        PROBES.add(new Probe(name, true, set(FAIR, pointer, json), Expect.AGREE));
    }

    private static void flow(String name, String pointer, String json) {
        PROBES.add(new Probe(name, false, set(FLOW, pointer, json), Expect.AGREE));
    }

    private static void crossField(String name, String pointer, String json) {
        PROBES.add(new Probe(name, true, set(FAIR, pointer, json), Expect.CROSS_FIELD));
    }

    static {
        String amount = "/flows/0/value";
        String growth = "/flows/0/yearOnYear";
        String count = "/attendance/1/count";
        // decimals: forms and Money's bounds
        flow("plain value", amount + "/value", "\"3150000000\"");
        flow("value with leading zeros", amount + "/value", "\"0003150000000\"");
        flow("value in exponent form", amount + "/value", "\"3.15e9\"");
        flow("value with grouping", amount + "/value", "\"3,150,000,000\"");
        flow("empty value", amount + "/value", "\"\"");
        flow("value as a JSON number", amount + "/value", "3150000000");
        flow("value with a trailing point", amount + "/value", "\"3150000000.\"");
        flow("value with a leading point", amount + "/value", "\".5\"");
        flow("value of 21 integer digits", amount, "{\"currency\":\"CNY\",\"value\":\"123456789012345678901\"}");
        flow("value of 22 integer digits", amount, "{\"currency\":\"CNY\",\"value\":\"1234567890123456789012\"}");
        flow("value of 12 decimal places", amount, "{\"currency\":\"CNY\",\"value\":\"0.000000000001\"}");
        flow("value of 13 decimal places", amount, "{\"currency\":\"CNY\",\"value\":\"0.0000000000001\"}");
        flow("13 decimal places ending in zero", amount, "{\"currency\":\"CNY\",\"value\":\"0.1000000000000\"}");
        flow("value of 41 integer digits", amount, "{\"currency\":\"CNY\",\"value\":\"" + "0".repeat(40) + "1\"}");
        flow("value of 40 digits with leading zeros", amount, "{\"currency\":\"CNY\",\"value\":\"" + "0".repeat(39) + "1\"}");
        flow("negative value", amount + "/value", "\"-3150000000\"");
        flow("value with a plus sign", amount + "/value", "\"+3150000000\"");
        // resolutions: positive powers of ten, stated up to a trillion
        flow("resolution 1", amount + "/resolution", "\"1\"");
        flow("resolution 0.01", amount + "/resolution", "\"0.01\"");
        flow("resolution 0", amount + "/resolution", "\"0\"");
        flow("resolution 10", amount + "/resolution", "\"10\"");
        flow("resolution -1", amount + "/resolution", "\"-1\"");
        flow("resolution 3", amount + "/resolution", "\"3\"");
        flow("resolution 20", amount + "/resolution", "\"20\"");
        flow("resolution 10^12", "/flows/0/value", "{\"currency\":\"CNY\",\"value\":\"3000000000000\",\"resolution\":\"1000000000000\"}");
        flow("resolution 10^13", "/flows/0/value", "{\"currency\":\"CNY\",\"value\":\"30000000000000\",\"resolution\":\"10000000000000\"}");
        flow("resolution 10^-12", growth + "/resolution", "\"0.000000000001\"");
        flow("resolution 10^-13", growth + "/resolution", "\"0.0000000000001\"");
        flow("resolution with trailing zeros", amount + "/resolution", "\"10000000.00\"");
        flow("resolution left out", amount + "/resolution", null);
        // qualifiers
        flow("qualifier ABOUT", amount + "/qualifier", "\"ABOUT\"");
        flow("qualifier in lower case", amount + "/qualifier", "\"about\"");
        flow("unknown qualifier", amount + "/qualifier", "\"ROUGHLY\"");
        flow("qualifier left out", amount + "/qualifier", null);
        // currencies: ISO codes and aliases
        flow("currency USD", amount + "/currency", "\"USD\"");
        flow("currency XYZ", amount + "/currency", "\"XYZ\"");
        flow("currency alias RMB", amount + "/currency", "\"RMB\"");
        flow("currency in lower case", amount + "/currency", "\"cny\"");
        flow("currency alias in Chinese", amount + "/currency", "\"人民币\"");
        flow("ambiguous currency symbol", amount + "/currency", "\"$\"");
        flow("empty currency", amount + "/currency", "\"\"");
        flow("currency left out", amount + "/currency", null);
        // figures as strings
        flow("amount as English text", amount, "\"RMB 3.15 billion\"");
        flow("amount text without a currency", amount, "\"3.15 billion\"");
        flow("amount text that is no figure", amount, "\"banana\"");
        flow("empty amount text", amount, "\"\"");
        flow("growth as text", growth, "\"51.9%\"");
        fair("count as English text", count, "\"227\"");
        fair("count as qualified text", count, "\"more than 200\"");
        fair("count text that is no figure", count, "\"many\"");
        // counts: whole and not negative
        fair("count with a fraction", count + "/value", "\"227.5\"");
        fair("count with a zero fraction", count + "/value", "\"227.0\"");
        fair("count of a billion billion", count, "{\"value\":\"9223372036854775807\"}");
        fair("count past a long", count, "{\"value\":\"9223372036854775808\"}");
        fair("negative count", count + "/value", "\"-227\"");
        fair("count beyond a long", count + "/value", "\"99999999999999999999\"");
        fair("count resolution below 1", count + "/resolution", "\"0.1\"");
        // periods
        flow("period 2023-H1", "/flows/0/period", "\"2023-H1\"");
        flow("period 2023-Q3", "/flows/0/period", "\"2023-Q3\"");
        flow("period 2023-08", "/flows/0/period", "\"2023-08\"");
        flow("period 2023-01/2023-08", "/flows/0/period", "\"2023-01/2023-08\"");
        flow("period 0000", "/flows/0/period", "\"0000\"");
        flow("period 2023-13", "/flows/0/period", "\"2023-13\"");
        flow("period 2023-Q5", "/flows/0/period", "\"2023-Q5\"");
        flow("period 2023-H3", "/flows/0/period", "\"2023-H3\"");
        PROBES.add(new Probe("period 2023-08/2023-01", false, set(FLOW, "/flows/0/period", "\"2023-08/2023-01\""), Expect.CROSS_FIELD));
        flow("period 23", "/flows/0/period", "\"23\"");
        // dates
        fair("start date 2024-02-29", "/startDate", "\"2024-02-29\"");
        fair("start date 2024-02-30", "/startDate", "\"2024-02-30\"");
        fair("start date 2023-02-29", "/startDate", "\"2023-02-29\"");
        fair("start date 2024-13-01", "/startDate", "\"2024-13-01\"");
        fair("start date 1850-01-29", "/startDate", "\"1850-01-29\"");
        fair("start date 2101-01-01", "/startDate", "\"2101-01-01\"");
        fair("start date with a time", "/startDate", "\"2024-01-29T10:00\"");
        // nulls for optional properties, and for required ones
        fair("null end date", "/endDate", "null");
        fair("null venue", "/venue", "null");
        fair("null signing", "/signing", "null");
        fair("null series", "/series", "null");
        fair("null statements", "/statements", "null");
        fair("other name key zh-Hans", "/organizations/0/otherNames/zh-Hans", "\"沈阳市人民政府\"");
        fair("null list of origin countries", "/attendance/1/originCountries", "null");
        fair("null source title", "/sources/0/title", "null");
        flow("null growth", growth, "null");
        flow("null source id", "/flows/0/sourceId", "null");
        fair("null name", "/name", "null");
        fair("null start date", "/startDate", "null");
        // codes, slugs, lengths
        fair("venue country China", "/venue/country", "\"China\"");
        fair("venue country cn", "/venue/country", "\"cn\"");
        fair("organization id with capitals", "/organizations/0/id", "\"Shenyang-Government\"");
        fair("other name key not a language tag", "/organizations/0/otherNames/chinese!", "\"沈阳\"");
        fair("name of 300 characters", "/name", "\"" + "x".repeat(300) + "\"");
        fair("name of 301 characters", "/name", "\"" + "x".repeat(301) + "\"");
        fair("name of 300 supplementary characters", "/name", "\"" + "𠀀".repeat(300) + "\"");
        fair("name of 301 supplementary characters", "/name", "\"" + "𠀀".repeat(301) + "\"");
        fair("blank name", "/name", "\"   \"");
        fair("unknown property", "/colour", "\"red\"");
        // cross-field rules only the reader checks
        crossField("end date before start date", "/endDate", "\"2024-01-01\"");
        crossField("statement citing a missing source", "/statements/0/sourceId", "\"missing-source\"");
        crossField("organizer naming a missing organisation", "/organizers/0/organizationId", "\"nobody\"");
        crossField("two organisations with one id", "/organizations/1/id", "\"shenyang-government\"");
        // what real trade releases state (#18)
        flow("a growth comparison with another reporter", "/flows/0/growthComparison",
                "{\"points\":\"10.9 percentage points\",\"reporter\":{\"type\":\"country\",\"code\":\"CN\"}}");
        flow("a growth comparison with another period", "/flows/0/growthComparison",
                "{\"points\":{\"value\":\"-0.6\"},\"period\":\"2023-H1\"}");
        flow("a growth comparison naming no other flow", "/flows/0/growthComparison", "{\"points\":\"1 percentage point\"}");
        flow("a group dated for a year", "/flows/0/partner",
                "{\"type\":\"group\",\"code\":\"EU\",\"name\":\"European Union\",\"members\":[\"DE\",\"FR\"],\"asOf\":\"2023\"}");
        flow("a dated group without members", "/flows/0/partner",
                "{\"type\":\"group\",\"code\":\"EU\",\"name\":\"European Union\",\"asOf\":\"2023\"}");
        flow("a dated group with no members", "/flows/0/partner",
                "{\"type\":\"group\",\"code\":\"EU\",\"name\":\"European Union\",\"members\":[],\"asOf\":\"2023\"}");
        flow("a group dated with a bad period", "/flows/0/partner",
                "{\"type\":\"group\",\"code\":\"EU\",\"name\":\"European Union\",\"members\":[\"DE\"],\"asOf\":\"2023-H3\"}");
        flow("a value in a second currency", "/flows/0/convertedValue", "{\"amount\":\"about USD 440 million\",\"rate\":\"7.16\"}");
        flow("a flow stating only its share", "/flows/0",
                "{\"reporter\":{\"type\":\"country\",\"code\":\"CN\"},\"partner\":{\"type\":\"world\"},\"period\":\"2023\","
                + "\"direction\":\"EXPORT\",\"product\":{\"name\":\"mobile phones\"},\"share\":\"58.3%\"}");
        flow("a flow stating nothing", "/flows/0",
                "{\"reporter\":{\"type\":\"country\",\"code\":\"CN\"},\"partner\":{\"type\":\"world\"},\"period\":\"2023\","
                + "\"direction\":\"EXPORT\"}");
        // what real fair reports state (#17)
        fair("exhibitors with a part and its share", "/exhibitors", "[{\"id\":\"all\",\"who\":\"enterprises\",\"count\":\"1,001\"},"
                + "{\"who\":\"enterprises\",\"count\":\"347\",\"partOf\":\"all\",\"share\":\"34.7%\"}]");
        crossField("a share without a whole", "/attendance/0/share", "\"10%\"");
        crossField("a share above 100 percent", "/exhibitors", "[{\"id\":\"all\",\"who\":\"e\",\"count\":\"10\"},"
                + "{\"who\":\"e\",\"count\":\"3\",\"partOf\":\"all\",\"share\":\"150%\"}]");
        crossField("a part naming a missing whole", "/attendance/0/partOf", "\"nobody\"");
        fair("an exhibition area", "/scale", "[{\"measure\":\"EXHIBITION_AREA\",\"area\":\"about 70,000 square metres\"}]");
        fair("an area measure with a count", "/scale", "[{\"measure\":\"EXHIBITION_AREA\",\"count\":\"7\"}]");
        fair("booths with an area", "/scale", "[{\"measure\":\"BOOTHS\",\"count\":\"7\",\"area\":\"7 square metres\"}]");
        fair("booths without a count", "/scale", "[{\"measure\":\"BOOTHS\"}]");
        fair("a negative area", "/scale", "[{\"measure\":\"EXHIBITION_AREA\",\"area\":{\"unit\":\"SQUARE_METRE\",\"value\":\"-5\"}}]");
        crossField("an area in tonnes", "/scale", "[{\"measure\":\"EXHIBITION_AREA\",\"area\":{\"unit\":\"TONNE\",\"value\":\"5\"}}]");
        fair("a group of organisations without a country", "/organizations/7",
                "{\"id\":\"associations\",\"name\":\"Nine associations\",\"type\":\"GROUP\",\"memberIds\":[\"ccirf\"]}");
        fair("a government without a country", "/organizations/7", "{\"id\":\"g\",\"name\":\"G\",\"type\":\"GOVERNMENT\"}");
        fair("a government with a null country", "/organizations/7",
                "{\"id\":\"g\",\"name\":\"G\",\"type\":\"GOVERNMENT\",\"country\":null}");
        fair("a guest country of honour", "/organizers/0/role", "\"GUEST_OF_HONOUR\"");
        fair("signing kind UNKNOWN", "/signing/kind", "\"UNKNOWN\"");
        fair("signing kind of intent", "/signing/kind", "\"INTENTION_AGREEMENT\"");
        fair("an unknown signing kind", "/signing/kind", "\"GIFT\"");
        fair("a converted value with a rate", "/signing/convertedValue", "{\"amount\":\"about USD 1.9 billion\",\"rate\":\"7.18\"}");
        fair("a negative rate", "/signing/convertedValue", "{\"amount\":\"about USD 1.9 billion\",\"rate\":\"-7.18\"}");
        fair("a rate of zero", "/signing/convertedValue", "{\"amount\":\"about USD 1.9 billion\",\"rate\":\"0.00\"}");
        crossField("a converted value in the same currency", "/signing/convertedValue", "{\"amount\":\"RMB 1 billion\"}");
        fair("a signing group with a share", "/signing/groups", "[{\"label\":\"manufacturing\",\"share\":\"more than 60%\"}]");
        fair("a signing group without a figure", "/signing/groups", "[{\"label\":\"manufacturing\"}]");
        crossField("a signing group at a missing session", "/signing/groups",
                "[{\"label\":\"forum\",\"projects\":\"2\",\"sessionId\":\"nowhere\"}]");
        fair("dates as a source reports them", "/reportedDates", "[{\"startDate\":\"2024-01-29\",\"sourceId\":\"liaozhong-2024-02-01\"}]");
        fair("reported dates without a source", "/reportedDates", "[{\"startDate\":\"2024-01-28\"}]");
        crossField("reported dates citing a missing source", "/reportedDates", "[{\"startDate\":\"2024-01-29\",\"sourceId\":\"gone\"}]");
        fair("a session over several days", "/sessions/0/endDate", "\"2024-01-30\"");
        crossField("a session ending before it starts", "/sessions/0/endDate", "\"2024-01-28\"");
        fair("a person's name in other languages", "/statements/0/speaker/otherNames", "{\"en-GB\":\"Igor Kuimov\"}");
        fair("an event held alongside", "/coLocatedEvents", "[{\"name\":\"Expo\",\"edition\":7}]");
        fair("an event held alongside with edition 0", "/coLocatedEvents", "[{\"name\":\"Expo\",\"edition\":0}]");
        fair("a venue building", "/venue/building", "\"Expo Centre\"");
        fair("a blank venue building", "/venue/building", "\" \"");
        fair("a project of unknown kind", "/projects", "[{\"title\":\"P\",\"kind\":\"UNKNOWN\"}]");
    }

    private static boolean schemaAccepts(Probe probe) {
        Schema schema = probe.fair() ? JsonSchemas.FAIR : JsonSchemas.STATISTICS;
        return JsonSchemas.errors(schema, probe.document()).isEmpty();
    }

    private static String readerVerdict(TradeJson reader, Probe probe) {
        try {
            Class<?> type = probe.fair() ? TradeFair.class : TradeStatistics.class;
            reader.read(probe.document(), type);
            return "accepted";
        } catch (TradeDataException e) {
            return e.problems().get(0).code();
        }
    }

    @Test
    void theSchemaAndTheReaderAgreeOnEveryProbe() {
        assertTrue(PROBES.size() >= 60, "at least 60 probes: " + PROBES.size());
        List<String> disagreements = new ArrayList<>();
        for (Probe probe : PROBES) {
            boolean schema = schemaAccepts(probe);
            String reader = readerVerdict(READER, probe);
            String reader2 = readerVerdict(READER2, probe);
            if (!reader.equals(reader2)) {
                disagreements.add(probe.name() + ": Jackson 3 " + reader + ", Jackson 2 " + reader2);
            }
            boolean readerAccepts = reader.equals("accepted");
            boolean ok = probe.expect() == Expect.AGREE ? schema == readerAccepts : schema && !readerAccepts;
            if (!ok) {
                disagreements.add(probe.name() + ": schema " + (schema ? "accepts" : "refuses") + ", reader " + reader);
            }
        }
        assertEquals(List.of(), disagreements);
    }
}
