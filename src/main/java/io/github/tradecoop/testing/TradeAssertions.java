package io.github.tradecoop.testing;

import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.check.ConsistencyReport;
import io.github.tradecoop.check.Finding;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.format.FigureParseException;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.trade.TradeStatistics;
import io.github.tradecoop.validation.TradeValidator;
import io.github.tradecoop.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Assertions for tests that check data against what a report states. A reported text is read in
 * English, Chinese or Russian, chosen by its script ("RMB 13.6 billion", "136亿元", "13,6 млрд
 * юаней"); an actual value passes when the report admits it, within its rounding and qualifier.
 *
 * <p>A failure is an {@link AssertionError} that shows the stated figure, its interval and how
 * far outside it the actual value is:
 * {@code expected RMB 13.6 billion, [13,550,000,000; 13,650,000,000] CNY, but was CNY 13,700,000,000: 50,000,000 above}.
 * A reported text that cannot be read is an {@link IllegalArgumentException} naming the text
 * and the position: the test is wrong, not the data.
 */
public final class TradeAssertions {

    private TradeAssertions() {
    }

    /**
     * Asserts that an exact amount is what the report states: "RMB 13.6 billion" admits CNY
     * 13,550,000,000 to 13,650,000,000.
     *
     * @param reported the amount as reported, in English, Chinese or Russian
     * @param actual   the exact amount, such as the sum of itemised values
     * @throws AssertionError           if the report does not admit the amount, or states another currency
     * @throws IllegalArgumentException if {@code reported} is not an amount
     */
    public static void assertReported(String reported, Money actual) {
        Objects.requireNonNull(actual, "actual must not be null");
        ReportedAmount amount = read(reported, "an amount", FigureFormat::parseAmount);
        if (!amount.currency().equals(actual.currency())) {
            throw new AssertionError("expected " + reported + " in " + amount.currency() + ", but was "
                    + actual.currency() + " " + grouped(actual.amount()) + ": another currency");
        }
        if (!amount.admits(actual)) {
            throw new AssertionError("expected " + reported + ", " + interval(amount.bounds()) + " " + amount.currency()
                    + ", but was " + actual.currency() + " " + grouped(actual.amount()) + ": "
                    + outside(amount.bounds(), actual.amount()));
        }
    }

    /**
     * Asserts that an exact count is what the report states: "more than one hundred" admits 101
     * and up, "55" only 55.
     *
     * @param reported the count as reported: "55 projects", "超过100家", "более 100 компаний"
     * @param actual   the exact count
     * @throws AssertionError           if the report does not admit the count
     * @throws IllegalArgumentException if {@code reported} is not a count
     */
    public static void assertReported(String reported, long actual) {
        Count count = read(reported, "a count", FigureFormat::parseCount);
        if (!count.admits(actual)) {
            BigDecimal value = BigDecimal.valueOf(actual);
            throw new AssertionError("expected " + reported + ", " + interval(count.bounds()) + ", but was "
                    + grouped(value) + ": " + outside(count.bounds(), value));
        }
    }

    /**
     * Asserts that an exact value is what the report states, for a percentage ("80.2%", "同比增长
     * 80.2%", "рост на 80,2%"; a decrease is negative), a difference in percentage points ("up
     * 2.3 percentage points") or a quantity ("104,000 square meters"; the value in the unit).
     *
     * @param reported the figure as reported
     * @param actual   the exact value
     * @throws AssertionError           if the report does not admit the value
     * @throws IllegalArgumentException if {@code reported} is not a percentage, points or a quantity
     */
    public static void assertReported(String reported, BigDecimal actual) {
        Objects.requireNonNull(actual, "actual must not be null");
        Range bounds;
        String unit;
        FigureFormat format = formatOf(Objects.requireNonNull(reported, "reported must not be null"));
        try {
            bounds = format.parsePercentage(reported).bounds();
            unit = "%";
        } catch (FigureParseException notPercentage) {
            try {
                bounds = format.parsePoints(reported).bounds();
                unit = " percentage points";
            } catch (FigureParseException notPoints) {
                try {
                    Quantity quantity = format.parseQuantity(reported);
                    bounds = quantity.bounds();
                    unit = " " + quantity.unit();
                } catch (FigureParseException notQuantity) {
                    throw unreadable(reported, "a percentage, percentage points or a quantity", notPercentage);
                }
            }
        }
        if (!bounds.contains(actual)) {
            throw new AssertionError("expected " + reported + ", " + interval(bounds) + unit + ", but was "
                    + grouped(actual) + unit + ": " + outside(bounds, actual));
        }
    }

    /**
     * Asserts that a fair's figures agree with each other (see {@link Consistency#check(TradeFair)}).
     *
     * @param fair the fair
     * @throws AssertionError listing every finding, if any is an error
     */
    public static void assertConsistent(TradeFair fair) {
        requireConsistent("fair " + Objects.requireNonNull(fair, "fair must not be null").id(), Consistency.check(fair));
    }

    /**
     * Asserts that trade statistics agree with each other (see {@link Consistency#check(TradeStatistics)}).
     *
     * @param statistics the statistics
     * @throws AssertionError listing every finding, if any is an error
     */
    public static void assertConsistent(TradeStatistics statistics) {
        requireConsistent("trade statistics", Consistency.check(Objects.requireNonNull(statistics,
                "statistics must not be null")));
    }

    /**
     * Asserts that an object (a fair, statistics, or an application's own class with the
     * library's constraints) is valid, with a validator shared by every call.
     *
     * @param object the object
     * @throws AssertionError listing every violation with its path
     */
    public static void assertValid(Object object) {
        Objects.requireNonNull(object, "object must not be null");
        List<Violation> violations = TradeValidator.shared().validate(object);
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder(violations.size() == 1 ? "1 violation:" : violations.size()
                    + " violations:");
            for (Violation violation : violations) {
                message.append("\n  ").append(violation.path().isEmpty() ? "(object)" : violation.path()).append(": ")
                        .append(violation.message()).append(" (").append(violation.code()).append(')');
            }
            throw new AssertionError(message.toString());
        }
    }

    private static void requireConsistent(String what, ConsistencyReport report) {
        if (!report.isConsistent()) {
            StringBuilder message = new StringBuilder(what).append(" is not consistent:");
            for (Finding finding : report.findings()) {
                message.append("\n  ").append(finding.severity()).append(' ').append(finding.path()).append(": ")
                        .append(finding.message()).append(" (").append(finding.code()).append(')');
            }
            throw new AssertionError(message.toString());
        }
    }

    private static <T> T read(String reported, String what, java.util.function.BiFunction<FigureFormat, String, T> parse) {
        Objects.requireNonNull(reported, "reported must not be null");
        try {
            return parse.apply(formatOf(reported), reported);
        } catch (FigureParseException e) {
            throw unreadable(reported, what, e);
        }
    }

    private static IllegalArgumentException unreadable(String reported, String what, FigureParseException e) {
        return new IllegalArgumentException("cannot read \"" + reported + "\" as " + what + " at index " + e.index()
                + ": " + e.getMessage(), e);
    }

    /** The format of the text's script: Chinese if it has Han characters, Russian if Cyrillic, else English. */
    private static FigureFormat formatOf(String text) {
        FigureFormat format = FigureFormat.english();
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HAN) {
                return FigureFormat.chinese();
            }
            if (script == Character.UnicodeScript.CYRILLIC) {
                format = FigureFormat.russian();
            }
        }
        return format;
    }

    /** "[13,550,000,000; 13,650,000,000]", "[101; ∞)". */
    private static String interval(Range range) {
        return (range.isLowerInclusive() ? "[" : "(") + range.lower().map(TradeAssertions::grouped).orElse("-∞") + "; "
                + range.upper().map(TradeAssertions::grouped).orElse("∞") + (range.isUpperInclusive() ? "]" : ")");
    }

    /** How far outside the range a value is: "50,000,000 above", "1 below", "at the excluded end". */
    private static String outside(Range range, BigDecimal value) {
        if (range.upper().isPresent() && value.compareTo(range.upper().get()) >= 0) {
            BigDecimal by = value.subtract(range.upper().get());
            return by.signum() == 0 ? "at the excluded upper end" : grouped(by) + " above";
        }
        BigDecimal lower = range.lower().orElseThrow();
        BigDecimal by = lower.subtract(value);
        return by.signum() == 0 ? "at the excluded lower end" : grouped(by) + " below";
    }

    /** A decimal with grouped thousands and no exponent: "13,550,000,000", "80.15". */
    private static String grouped(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String plain = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + out + (point < 0 ? "" : digits.substring(point));
    }
}
