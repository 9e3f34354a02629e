package io.github.tradecoop.bench;

import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing 100,000 trade flows as JSON Lines with TradeJson, against the same
 * Jackson version binding the same JSON to plain records of strings and BigDecimals.
 */
// Five short forks: on the small shared machine these ran on, reading and writing JSON (plain
// Jackson as much as TradeJson) runs about 1.5 times slower for stretches of seconds to a whole
// fork; more forks sample both speeds for every benchmark.
@Fork(5)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {

    static final int FLOWS = 100_000;

    /** The plain equivalent of an area: every field any area type has. */
    public record PlainArea(String type, String code, String name, String country, String level, List<String> members) {
    }

    /** The plain equivalent of a reported figure. */
    public record PlainFigure(String currency, BigDecimal value, BigDecimal resolution, String qualifier) {
    }

    /** The plain equivalent of a trade flow. */
    public record PlainFlow(PlainArea reporter, PlainArea partner, String period, String direction, PlainFigure value,
            PlainFigure yearOnYear, String sourceId) {
    }

    /**
     * The flows and their JSON Lines, shared by every benchmark. Plain Jackson's mappers live in
     * {@link Plain}, which JMH builds only in the forks of the plain benchmarks: a TradeJson fork
     * never runs plain Jackson's reading, whose type profiles in the shared parser code could
     * otherwise shape how TradeJson's reading is compiled.
     */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"jackson2", "jackson3"})
        public String jackson;

        TradeJson tradeJson;
        List<TradeFlow> flows;
        String lines;

        @Setup
        public void setUp() {
            tradeJson = "jackson2".equals(jackson) ? TradeJson.jackson2() : TradeJson.jackson3();
            Random random = new Random(7);
            List<Area> areas = List.of(Area.city("Shenyang", "CN"), Area.country("RU"), Area.province("Liaoning", "CN"),
                    Area.country("KZ"));
            flows = new ArrayList<>();
            for (int i = 0; i < FLOWS; i++) {
                flows.add(TradeFlow.of(areas.get(random.nextInt(4)), areas.get(random.nextInt(4)),
                                ReferencePeriod.month(2000 + random.nextInt(25), 1 + random.nextInt(12)),
                                FlowDirection.values()[random.nextInt(3)],
                                ReportedAmount.parse("RMB " + (1 + random.nextInt(999)) + "." + random.nextInt(10) + " million"))
                        .withYearOnYear(Percentage.of(BigDecimal.valueOf(random.nextInt(2000) - 500, 1).toPlainString()))
                        .withSourceId("bureau-" + random.nextInt(10)));
            }
            StringWriter out = new StringWriter();
            tradeJson.writeLines(flows, out);
            lines = out.toString();
        }
    }

    /** Plain Jackson of the same version, and the flows as plain records. */
    @State(Scope.Benchmark)
    public static class Plain {
        com.fasterxml.jackson.databind.ObjectMapper plain2;
        tools.jackson.databind.json.JsonMapper plain3;
        /** Plain Jackson with the one rule of TradeJson's that costs the most: duplicate keys refused. */
        com.fasterxml.jackson.databind.ObjectMapper strictKeys2;
        tools.jackson.databind.json.JsonMapper strictKeys3;
        List<PlainFlow> plainFlows;

        @Setup
        public void setUp(Data data) throws IOException {
            plain2 = new com.fasterxml.jackson.databind.ObjectMapper();
            plain3 = new tools.jackson.databind.json.JsonMapper();
            strictKeys2 = new com.fasterxml.jackson.databind.ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
            strictKeys3 = tools.jackson.databind.json.JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                    .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();
            plainFlows = new ArrayList<>();
            if ("jackson2".equals(data.jackson)) {
                try (com.fasterxml.jackson.databind.MappingIterator<PlainFlow> it =
                        plain2.readerFor(PlainFlow.class).readValues(data.lines)) {
                    it.forEachRemaining(plainFlows::add);
                }
            } else {
                try (tools.jackson.databind.MappingIterator<PlainFlow> it =
                        plain3.readerFor(PlainFlow.class).readValues(data.lines)) {
                    it.forEachRemaining(plainFlows::add);
                }
            }
        }
    }

    @Benchmark
    public long readTradeJson(Data data) {
        try (Stream<TradeFlow> read = data.tradeJson.readLines(new StringReader(data.lines), TradeFlow.class)) {
            return read.count();
        }
    }

    @Benchmark
    public long readPlainJackson(Data data, Plain plain) throws IOException {
        return readPlain(data, plain.plain2, plain.plain3);
    }

    @Benchmark
    public long readPlainJacksonStrictKeys(Data data, Plain plain) throws IOException {
        return readPlain(data, plain.strictKeys2, plain.strictKeys3);
    }

    private static long readPlain(Data data, com.fasterxml.jackson.databind.ObjectMapper mapper2, tools.jackson.databind.json.JsonMapper mapper3)
            throws IOException {
        long count = 0;
        if ("jackson2".equals(data.jackson)) {
            try (com.fasterxml.jackson.databind.MappingIterator<PlainFlow> it =
                    mapper2.readerFor(PlainFlow.class).readValues(new StringReader(data.lines))) {
                while (it.hasNext()) {
                    it.next();
                    count++;
                }
            }
        } else {
            try (tools.jackson.databind.MappingIterator<PlainFlow> it =
                    mapper3.readerFor(PlainFlow.class).readValues(new StringReader(data.lines))) {
                while (it.hasNext()) {
                    it.next();
                    count++;
                }
            }
        }
        return count;
    }

    @Benchmark
    public int writeTradeJson(Data data) {
        CountingWriter out = new CountingWriter();
        data.tradeJson.writeLines(data.flows, out);
        return out.count;
    }

    @Benchmark
    public int writePlainJackson(Data data, Plain plain) throws IOException {
        CountingWriter out = new CountingWriter();
        Iterator<PlainFlow> it = plain.plainFlows.iterator();
        boolean jackson2 = "jackson2".equals(data.jackson);
        while (it.hasNext()) {
            out.write(jackson2 ? plain.plain2.writeValueAsString(it.next()) : plain.plain3.writeValueAsString(it.next()));
            out.write('\n');
        }
        return out.count;
    }

    /** Counts characters instead of keeping them. */
    static final class CountingWriter extends Writer {
        int count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void write(String text) {
            count += text.length();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
