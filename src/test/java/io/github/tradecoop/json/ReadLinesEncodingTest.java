package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.Indicator;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.figure.ReportedAmount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JSON Lines over bytes that are not all UTF-8: the lines before the malformed one are read, and
 * the failure names its line, the same on both engines.
 */
class ReadLinesEncodingTest {

    private static final String FLOW = TradeJson.jackson3().write(TradeFlow.of(Area.city("Shenyang", "CN"),
            Area.country("RU"), ReferencePeriod.parse("2023"), FlowDirection.EXPORT, ReportedAmount.parse("RMB 3.15 billion")));

    private static TradeJson engine(String name) {
        return name.equals("jackson2") ? TradeJson.jackson2() : TradeJson.jackson3();
    }

    /** Reads until the stream fails, returning how many values came first and the failure. */
    private static TradeDataException readUntilFailure(TradeJson json, byte[] input, List<TradeFlow> read) {
        return assertThrows(TradeDataException.class, () -> {
            try (Stream<TradeFlow> flows = json.readLines(new ByteArrayInputStream(input), TradeFlow.class)) {
                Iterator<TradeFlow> it = flows.iterator();
                while (it.hasNext()) {
                    read.add(it.next());
                }
            }
        });
    }

    private static byte[] lines(byte[]... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jackson2", "jackson3"})
    void theLinesBeforeAMalformedOneAreReadAndTheFailureNamesItsLine(String engine) {
        byte[] bad = {'{', '"', (byte) 0xC3, 0x28, '"', '}'};   // 0xC3 starts a sequence that 0x28 cannot continue
        List<TradeFlow> read = new ArrayList<>();
        TradeDataException e = readUntilFailure(engine(engine), lines(utf8(FLOW), utf8(FLOW), utf8(FLOW), bad, utf8(FLOW)), read);
        assertEquals(3, read.size());
        assertEquals("json.io", e.problems().get(0).code());
        assertEquals(4, e.line());
        assertEquals("line 4 is not UTF-8", e.problems().get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jackson2", "jackson3"})
    void aSequenceCutOffAtTheEndOfTheInputIsMalformedOnTheLastLine(String engine) {
        byte[] input = lines(utf8(FLOW), utf8(FLOW));
        byte[] cut = java.util.Arrays.copyOf(input, input.length + 2);
        cut[input.length] = (byte) 0xE4;        // the first two bytes of 中, and nothing after them
        cut[input.length + 1] = (byte) 0xB8;
        List<TradeFlow> read = new ArrayList<>();
        TradeDataException e = readUntilFailure(engine(engine), cut, read);
        assertEquals(2, read.size());
        assertEquals(3, e.line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jackson2", "jackson3"})
    void longLinesOfMultiByteCharactersAreDecodedAcrossChunks(String engine) {
        String description = "中".repeat(999) + "ё".repeat(1);     // 2,999 bytes, ends in a two-byte character
        Indicator indicator = Indicator.of("enterprises", io.github.tradecoop.figure.Count.parse("122"), Area.city("Shenyang", "CN"),
                ReferencePeriod.parse("2023")).withDescription(description);
        String line = TradeJson.jackson3().write(indicator);
        byte[] input = lines(utf8(line), utf8(line), utf8(line), utf8(line));    // about 12 KB: chunks split characters
        try (Stream<Indicator> indicators = engine(engine).readLines(new ByteArrayInputStream(input), Indicator.class)) {
            List<Indicator> all = indicators.toList();
            assertEquals(4, all.size());
            all.forEach(i -> assertEquals(description, i.description()));
        }
    }
}
