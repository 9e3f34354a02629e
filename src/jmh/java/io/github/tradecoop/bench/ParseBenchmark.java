package io.github.tradecoop.bench;

import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.money.Money;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing canonical amounts, and the English form a press release uses. */
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ParseBenchmark {

    public String canonical = "CNY 13600000000.25";
    public String reported = "RMB 13.6 billion";

    @Benchmark
    public Money tradecoopMoneyParse() {
        return Money.parse(canonical);
    }

    @Benchmark
    public ReportedAmount tradecoopParseAmount() {
        return FigureFormat.english().parseAmount(reported);
    }

    @Benchmark
    public org.joda.money.Money jodaMoneyParse() {
        return org.joda.money.Money.parse(canonical);
    }
}
