package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tradecoop.RichFlows;
import io.github.tradecoop.trade.TradeFlow;
import java.io.Reader;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own Surefire execution with {@code -Xmx64m} (see the pom): a million trade flows
 * read through {@code readLines} must fit, and a bad line is reported with its number.
 */
class JsonLinesMemoryTest {

    private static final int LINES = 1_000_000;
    private static final int BAD_LINE = 999_999;

    /** Produces the lines on demand, so the input itself takes no memory. */
    private static final class GeneratedLines extends Reader {
        private final String flow;
        private int line;
        private String current = "";
        private int offset;

        GeneratedLines(String flow) {
            this.flow = flow;
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            if (offset == current.length()) {
                if (line == LINES) {
                    return -1;
                }
                line++;
                current = (line == BAD_LINE ? "{\"reporter\":{\"type\":\"country\",\"code\":\"CN\"}}" : flow) + "\n";
                offset = 0;
            }
            int n = Math.min(len, current.length() - offset);
            current.getChars(offset, offset + n, buffer, off);
            offset += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aMillionFlowsAreReadInConstantMemoryAndABadLineIsNamed() {
        TradeFlow flow = RichFlows.one();   // every field a release states
        TradeJson json = TradeJson.auto();
        long read = 0;
        try (Stream<TradeFlow> flows = json.readLines(new GeneratedLines(json.write(flow)), TradeFlow.class)) {
            Iterator<TradeFlow> iterator = flows.iterator();
            for (int i = 1; i < BAD_LINE; i++) {
                if (!iterator.next().equals(flow)) {
                    throw new AssertionError("line " + i + " read back differently");
                }
                read++;
            }
            TradeDataException e = assertThrows(TradeDataException.class, iterator::next);
            assertEquals(BAD_LINE, e.line());
            assertEquals("json.missing-property", e.problems().get(0).code());
            iterator.next();
            read++;
        }
        assertEquals(LINES - 1, read);
        assertEquals(64, Runtime.getRuntime().maxMemory() >> 20, 8, "this test must run with -Xmx64m");
    }
}
