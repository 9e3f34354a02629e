package io.github.tradecoop.bench;

import io.github.tradecoop.RichFlows;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.trade.TradeFlow;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.stream.Stream;

/**
 * Reads 1,000,000 trade flows through {@code TradeJson.readLines} from input generated on the
 * fly, and prints throughput and peak heap. Run by {@code scripts/readlines-memory.sh} with
 * {@code -Xmx64m}.
 */
public final class ReadLinesMeasure {

    private ReadLinesMeasure() {
    }

    /** A million copies of one line, produced as they are read. */
    static final class Lines extends Reader {
        private final String line;
        private final int count;
        private int written;
        private int offset;

        Lines(String line, int count) {
            this.line = line + "\n";
            this.count = count;
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            if (written == count) {
                return -1;
            }
            int n = Math.min(len, line.length() - offset);
            line.getChars(offset, offset + n, buffer, off);
            offset += n;
            if (offset == line.length()) {
                offset = 0;
                written++;
            }
            return n;
        }

        @Override
        public void close() {
        }
    }

    public static void main(String[] args) {
        int flows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        TradeJson json = args.length > 1 && "jackson2".equals(args[1]) ? TradeJson.jackson2() : TradeJson.jackson3();
        String line = json.write(RichFlows.one());   // every field a release states
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        long read;
        try (Stream<TradeFlow> stream = json.readLines(new Lines(line, flows), TradeFlow.class)) {
            read = stream.count();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s readLines: %,d flows in %.1f s, %,.0f flows/s; max heap %d MiB, peak heap used %d MiB%n",
                json.engine(), read, seconds, read / seconds, Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }
}
