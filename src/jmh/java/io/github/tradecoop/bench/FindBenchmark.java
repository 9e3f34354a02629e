package io.github.tradecoop.bench;

import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.format.FoundFigure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Finding figures in about 1 MB of mixed English, Chinese and Russian report text (the labelled
 * paragraphs of the test corpus and the seed press release, labels removed, repeated), beside a
 * plain {@code java.util.regex} scan for digit runs over the same text.
 */
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FindBenchmark {

    private static final Pattern DIGIT_RUNS = Pattern.compile("\\d[\\d,. ]*");
    private static final Path PARAGRAPHS = Path.of("src/test/resources/io/github/tradecoop/format/paragraphs");

    public String text;

    @Setup
    public void readText() {
        StringBuilder once = new StringBuilder();
        for (String file : List.of("en.txt", "zh.txt", "ru.txt", "seed.txt")) {
            try {
                for (String line : Files.readAllLines(PARAGRAPHS.resolve(file))) {
                    if (!line.startsWith("#") && !line.equals("---")) {
                        once.append(line.replaceAll("⟦([^|⟧]*)\\|[^⟧]*⟧", "$1")).append('\n');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_000_000) {
            text.append(once);
        }
        this.text = text.toString();
    }

    @Benchmark
    public List<FoundFigure> findAll() {
        return FigureFormat.findAll(text);
    }

    @Benchmark
    public int regexDigitRuns() {
        Matcher matcher = DIGIT_RUNS.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
