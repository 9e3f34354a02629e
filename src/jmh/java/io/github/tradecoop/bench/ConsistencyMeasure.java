package io.github.tradecoop.bench;

import io.github.tradecoop.RichFlows;
import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.check.ConsistencyReport;
import io.github.tradecoop.trade.TradeStatistics;

/**
 * Times {@code Consistency.check} over trade statistics of growing size, up to 1,000,000 flows, and
 * prints the time per flow at each size: constant per flow is linear in the number of flows. Run by
 * {@code scripts/consistency-scale.sh}.
 */
public final class ConsistencyMeasure {

    private ConsistencyMeasure() {
    }

    public static void main(String[] args) {
        int largest = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        for (int size = largest / 8; size <= largest; size *= 2) {
            TradeStatistics statistics = RichFlows.statistics(size);
            int flows = statistics.flows().size();
            Consistency.check(statistics);                 // warm up on the same data
            long best = Long.MAX_VALUE;
            ConsistencyReport report = null;
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                report = Consistency.check(statistics);
                best = Math.min(best, System.nanoTime() - start);
            }
            System.out.printf("Consistency.check: %,9d flows in %,6.0f ms (best of 5), %,5.0f ns per flow, %d findings%n",
                    flows, best / 1e6, (double) best / flows, report.findings().size());
        }
    }
}
