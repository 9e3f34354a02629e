package io.github.tradecoop.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.format.FigureParseException;
import io.github.tradecoop.json.TradeDataException;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import io.github.tradecoop.validation.TradeValidator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of every text the library reads: fair and statistics JSON (on both engines,
 * with validation, and as JSON Lines), figure text in three languages, money and range text.
 * For each input: only documented exceptions; the two engines agree on accepting and on the
 * value; whatever is accepted prints, validates, checks and round-trips; no call takes more than
 * a second. Findings are collected and reported together.
 *
 * <p>{@code -Dfuzz.iterations=1000000} runs longer (docs/releasing.md), {@code -Dfuzz.seed=N}
 * another sequence; the default is 20,000 inputs from a fixed seed.
 */
class FuzzTest {

    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 20_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    /** A hang detector, not a speed target: every call is warmed up first, and a second is a thousand times its usual cost. */
    private static final long LIMIT_NANOS = 1_000_000_000L;

    private static final TradeJson TWO = TradeJson.jackson2().withValidation();
    private static final TradeJson THREE = TradeJson.jackson3().withValidation();
    private static final List<FigureFormat> FORMATS = List.of(FigureFormat.english(), FigureFormat.chinese(),
            FigureFormat.russian());

    private final List<String> findings = new ArrayList<>();
    private int documentsAccepted;
    private int documentsRefused;
    private int textsRead;
    private String fair;
    private String statistics;
    private List<String> phrases;
    private String flowLines;

    @Test
    void mutatedInputsOnlyEverMeetDocumentedOutcomes() throws IOException {
        fair = Files.readString(Path.of("docs/examples/shenyang-2024-fair.json"));
        statistics = Files.readString(Path.of("docs/examples/shenyang-2023-trade.json"));
        StringBuilder flowText = new StringBuilder();
        for (TradeFlow flow : TradeJson.jackson3().read(statistics, TradeStatistics.class).flows()) {
            flowText.append(TradeJson.jackson3().write(flow)).append('\n');
        }
        flowLines = flowText.toString();
        phrases = new ArrayList<>();
        for (String language : List.of("en", "zh", "ru")) {
            try (Stream<String> lines = Files.lines(Path.of("src/test/resources/io/github/tradecoop/format/phrasings/"
                    + language + ".tsv"))) {
                lines.filter(l -> !l.startsWith("#") && l.contains("\t")).forEach(l -> phrases.add(l.split("\t")[1]));
            }
        }
        // Warm up what the loop calls, so that class loading and Hibernate Validator's start are not timed.
        json(fair, TradeFair.class);
        json(statistics, TradeStatistics.class);
        figureText(phrases.get(0));
        valueText("CNY 1");
        SplittableRandom random = new SplittableRandom(SEED);
        Mutator mutator = new Mutator(random);
        for (int i = 0; i < ITERATIONS && findings.size() < 20; i++) {
            int kind = random.nextInt(100);
            boolean wellFormed = random.nextBoolean();
            if (kind < 35) {
                json(wellFormed ? mutator.mutateValues(fair) : mutator.mutate(fair), TradeFair.class);
            } else if (kind < 60) {
                json(wellFormed ? mutator.mutateValues(statistics) : mutator.mutate(statistics), TradeStatistics.class);
            } else if (kind < 65) {
                jsonLines(wellFormed ? mutator.mutateValues(flowLines) : mutator.mutate(flowLines));
            } else if (kind < 90) {
                figureText(mutator.mutateText(phrases.get(random.nextInt(phrases.size()))));
            } else {
                valueText(mutator.mutateText(mutator.valueSeed()));
            }
        }
        System.out.println("FuzzTest: " + ITERATIONS + " inputs from seed " + SEED + ": " + documentsAccepted
                + " documents accepted, " + documentsRefused + " refused, " + textsRead + " figure and value texts read; "
                + findings.size() + " findings");
        findings.forEach(f -> System.out.println("  " + f.replace("\n", "\\n")));
        assertEquals(List.of(), findings);
        assertTrue(documentsAccepted > ITERATIONS / 100, "the mutations leave too few documents readable to test reading");
    }

    /** Runs a call, recording anything undocumented and any call over a second of CPU. */
    private <T> Outcome<T> run(String what, String input, ThrowingSupplier<T> call, Class<?>... documented) {
        long start = System.nanoTime();
        try {
            return new Outcome<>(call.get(), null);
        } catch (RuntimeException | StackOverflowError e) {
            for (Class<?> type : documented) {
                if (type.isInstance(e)) {
                    return new Outcome<>(null, e);
                }
            }
            finding(what + " threw " + e, input);
            return new Outcome<>(null, e);
        } finally {
            long spent = System.nanoTime() - start;
            if (spent > LIMIT_NANOS) {
                finding(what + " took " + spent / 1_000_000 + " ms", input);
            }
        }
    }

    private void finding(String problem, String input) {
        findings.add(problem + " on input: " + (input.length() > 300 ? input.substring(0, 300) + "…" : input));
    }

    private <T> void json(String input, Class<T> type) {
        Outcome<T> two = run("jackson2 read", input, () -> TWO.read(input, type), TradeDataException.class);
        Outcome<T> three = run("jackson3 read", input, () -> THREE.read(input, type), TradeDataException.class);
        if ((two.value() == null) != (three.value() == null)) {
            finding("engines disagree: jackson2 " + describe(two) + ", jackson3 " + describe(three), input);
            return;
        }
        if (two.value() == null) {
            documentsRefused++;
            if (two.failure() instanceof TradeDataException a && three.failure() instanceof TradeDataException b
                    && !a.problems().get(0).code().equals(b.problems().get(0).code())) {
                finding("engines refuse with different codes: " + describe(two) + " / " + describe(three), input);
            }
            return;
        }
        if (!two.value().equals(three.value())) {
            finding("engines read different values", input);
            return;
        }
        T value = three.value();
        documentsAccepted++;
        run("toString", input, value::toString);
        run("validate", input, () -> TradeValidator.shared().validate(value));
        if (value instanceof TradeFair f) {
            run("check", input, () -> Consistency.check(f));
        } else if (value instanceof TradeStatistics s) {
            run("check", input, () -> Consistency.check(s));
        }
        Outcome<String> written2 = run("jackson2 write", input, () -> TradeJson.jackson2().write(value));
        Outcome<String> written3 = run("jackson3 write", input, () -> TradeJson.jackson3().write(value));
        if (written2.value() != null && !written2.value().equals(written3.value())) {
            finding("engines write different bytes", input);
        }
        if (written3.value() != null) {
            Outcome<T> back = run("read back", input, () -> THREE.read(written3.value(), type));
            if (back.value() != null && !back.value().equals(value)) {
                finding("written and read back is not equal", input);
            }
        }
    }

    /** JSON Lines of trade flows: both engines read the same values up to the same failure, if any. */
    private void jsonLines(String lines) {
        List<String> verdicts = new ArrayList<>();
        for (TradeJson engine : List.of(TWO, THREE)) {
            List<TradeFlow> read = new ArrayList<>();
            Outcome<Long> outcome = run("readLines", lines, () -> {
                try (Stream<TradeFlow> values = engine.readLines(new StringReader(lines), TradeFlow.class)) {
                    values.forEach(read::add);
                    return (long) read.size();
                }
            }, TradeDataException.class);
            verdicts.add(read + (outcome.failure() instanceof TradeDataException e
                    ? " then " + e.problems().get(0).code() + " at line " + e.line() : ""));
        }
        if (!verdicts.get(0).equals(verdicts.get(1))) {
            finding("engines read JSON Lines differently: " + verdicts.get(0) + " / " + verdicts.get(1), lines);
        }
    }

    private void figureText(String text) {
        for (FigureFormat format : FORMATS) {
            roundTrip("parseAmount", text, format::parseAmount, format::format, format::parseAmount);
            roundTrip("parseCount", text, format::parseCount, format::format, format::parseCount);
            roundTrip("parsePercentage", text, format::parsePercentage, format::format, format::parsePercentage);
            run("find", text, () -> format.find(text));
        }
        run("findAll", text, () -> FigureFormat.findAll(text));
    }

    /** Reads, prints and reads again: what is read prints, and its print reads back to the same value. */
    private <T> void roundTrip(String what, String text, Function<String, T> parse, Function<T, String> print,
            Function<String, T> parseAgain) {
        Outcome<T> read = run(what, text, () -> parse.apply(text), FigureParseException.class);
        if (read.value() == null) {
            return;
        }
        textsRead++;
        Outcome<String> printed = run(what + " then format", text, () -> print.apply(read.value()));
        if (printed.value() != null) {
            Outcome<T> again = run(what + " of its print", printed.value(), () -> parseAgain.apply(printed.value()),
                    FigureParseException.class);
            if (again.failure() != null || !Objects.equals(again.value(), read.value())) {
                finding(what + ": \"" + printed.value() + "\" does not read back to the same value", text);
            }
        }
    }

    private void valueText(String text) {
        Outcome<Money> money = run("Money.parse", text, () -> Money.parse(text), IllegalArgumentException.class);
        if (money.value() != null && !Money.parse(money.value().toString()).equals(money.value())) {
            finding("Money does not read back", text);
        }
        Outcome<Range> range = run("Range.parse", text, () -> Range.parse(text), IllegalArgumentException.class);
        if (range.value() != null) {
            Outcome<Range> back = run("Range.parse of toString", text, () -> Range.parse(range.value().toString()),
                    IllegalArgumentException.class);
            if (!range.value().equals(back.value())) {
                finding("Range does not read back", text);
            }
        }
        Outcome<ReferencePeriod> period = run("ReferencePeriod.parse", text, () -> ReferencePeriod.parse(text),
                IllegalArgumentException.class);
        if (period.value() != null && !ReferencePeriod.parse(period.value().toString()).equals(period.value())) {
            finding("ReferencePeriod does not read back", text);
        }
    }

    private static String describe(Outcome<?> outcome) {
        return outcome.value() != null ? "accepts"
                : outcome.failure() instanceof TradeDataException e ? "refuses " + e.problems().get(0).code()
                : "throws " + outcome.failure();
    }

    @Test
    void theMutatorMakesEveryKindOfMutation() {
        Mutator mutator = new Mutator(new SplittableRandom(1));
        String seed = "{\"value\":\"13600000000\",\"name\":\"Fair\",\"list\":[1,2]}";
        List<String> mutated = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            mutated.add(mutator.mutate(seed));
        }
        assertTrue(mutated.stream().anyMatch(m -> m.contains("e+") || m.contains("E")), "exponent forms");
        assertTrue(mutated.stream().anyMatch(m -> m.contains("null")), "nulls");
        assertTrue(mutated.stream().anyMatch(m -> m.contains("[[[[[[[[[[")), "deep nesting");
        assertTrue(mutated.stream().anyMatch(m -> m.length() < seed.length() / 2), "truncation");
        assertTrue(mutated.stream().anyMatch(m -> m.indexOf("\"name\"") != m.lastIndexOf("\"name\"")), "duplicate keys");
        assertTrue(mutated.stream().anyMatch(m -> m.length() > 5_000), "long strings");
        assertTrue(mutated.stream().anyMatch(m -> m.contains("-13600000000") || m.contains("-0")), "negative numbers");
    }

    private record Outcome<T>(T value, Throwable failure) {
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get();
    }
}
