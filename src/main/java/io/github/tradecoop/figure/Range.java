package io.github.tradecoop.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.tradecoop.money.internal.Decimals;
import io.github.tradecoop.money.internal.SerialText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A non-empty interval of decimal numbers whose ends are each closed, open or unbounded,
 * such as {@code [13550000000, 13650000000]} or {@code (100, ∞)}.
 *
 * <p>Immutable. Arithmetic is interval arithmetic: {@code A.plus(B)} contains every
 * {@code a + b} with {@code a} in A and {@code b} in B, and likewise for {@link #minus},
 * {@link #times} and {@link #dividedBy}. Results are exact where the operation allows;
 * where it does not (division), ends are rounded outwards to {@value #PRECISION}
 * significant digits, so a result is never narrower than the truth. That makes every
 * consistency check built on ranges sound: honest rounding never raises a false alarm.
 *
 * <p>Equality is numeric: {@code [1.0, 2]} equals {@code [1, 2.00]}.
 */
public final class Range implements java.io.Serializable {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    /** Significant digits kept where an end cannot be computed exactly. */
    public static final int PRECISION = 34;
    static final MathContext FLOOR = new MathContext(PRECISION, RoundingMode.FLOOR);
    static final MathContext CEILING = new MathContext(PRECISION, RoundingMode.CEILING);
    private static final Range ALL = new Range(null, false, null, false);

    /** Lower end, {@code null} when unbounded below. */
    private final @Nullable BigDecimal lower;
    private final boolean lowerInclusive;
    /** Upper end, {@code null} when unbounded above. */
    private final @Nullable BigDecimal upper;
    private final boolean upperInclusive;

    private Range(@Nullable BigDecimal lower, boolean lowerInclusive, @Nullable BigDecimal upper, boolean upperInclusive) {
        this.lower = lower == null ? null : canonical(lower);
        this.lowerInclusive = lower != null && lowerInclusive;
        this.upper = upper == null ? null : canonical(upper);
        this.upperInclusive = upper != null && upperInclusive;
        if (lower != null && upper != null) {
            int order = lower.compareTo(upper);
            if (order > 0 || order == 0 && !(lowerInclusive && upperInclusive)) {
                throw new IllegalArgumentException("range " + this + " is empty: lower end "
                        + lower.toPlainString() + " must be below upper end " + upper.toPlainString());
            }
        }
    }

    /**
     * Obtains a range from its ends.
     *
     * @param lower          the lower end, {@code null} for unbounded below
     * @param lowerInclusive whether the lower end belongs to the range (ignored when unbounded)
     * @param upper          the upper end, {@code null} for unbounded above
     * @param upperInclusive whether the upper end belongs to the range (ignored when unbounded)
     * @return the range
     * @throws IllegalArgumentException if the range would be empty
     */
    public static Range of(@Nullable BigDecimal lower, boolean lowerInclusive, @Nullable BigDecimal upper, boolean upperInclusive) {
        return new Range(lower, lowerInclusive, upper, upperInclusive);
    }

    /**
     * Returns {@code [lower, upper]}.
     *
     * @param lower the lower end
     * @param upper the upper end, not below {@code lower}
     * @return the closed range
     */
    public static Range closed(BigDecimal lower, BigDecimal upper) {
        return new Range(required(lower, "lower"), true, required(upper, "upper"), true);
    }

    /**
     * Returns {@code [lower, upper]} from decimal strings, for readable tests and examples.
     *
     * @param lower the lower end, a decimal such as {@code "13.55"}
     * @param upper the upper end
     * @return the closed range
     */
    public static Range closed(String lower, String upper) {
        return closed(decimal(lower, "lower"), decimal(upper, "upper"));
    }

    /**
     * Returns {@code (lower, upper)}.
     *
     * @param lower the lower end
     * @param upper the upper end, above {@code lower}
     * @return the open range
     */
    public static Range open(BigDecimal lower, BigDecimal upper) {
        return new Range(required(lower, "lower"), false, required(upper, "upper"), false);
    }

    /**
     * Returns {@code [lower, upper)}.
     *
     * @param lower the lower end
     * @param upper the upper end, above {@code lower}
     * @return the range
     */
    public static Range closedOpen(BigDecimal lower, BigDecimal upper) {
        return new Range(required(lower, "lower"), true, required(upper, "upper"), false);
    }

    /**
     * Returns {@code (lower, upper]}.
     *
     * @param lower the lower end
     * @param upper the upper end, above {@code lower}
     * @return the range
     */
    public static Range openClosed(BigDecimal lower, BigDecimal upper) {
        return new Range(required(lower, "lower"), false, required(upper, "upper"), true);
    }

    /**
     * Returns {@code [lower, ∞)}.
     *
     * @param lower the lower end
     * @return the range
     */
    public static Range atLeast(BigDecimal lower) {
        return new Range(required(lower, "lower"), true, null, false);
    }

    /**
     * Returns {@code (lower, ∞)}.
     *
     * @param lower the lower end
     * @return the range
     */
    public static Range greaterThan(BigDecimal lower) {
        return new Range(required(lower, "lower"), false, null, false);
    }

    /**
     * Returns {@code (-∞, upper]}.
     *
     * @param upper the upper end
     * @return the range
     */
    public static Range atMost(BigDecimal upper) {
        return new Range(null, false, required(upper, "upper"), true);
    }

    /**
     * Returns {@code (-∞, upper)}.
     *
     * @param upper the upper end
     * @return the range
     */
    public static Range lessThan(BigDecimal upper) {
        return new Range(null, false, required(upper, "upper"), false);
    }

    /**
     * Returns {@code [value, value]}.
     *
     * @param value the only member
     * @return the range
     */
    public static Range singleton(BigDecimal value) {
        return new Range(required(value, "value"), true, value, true);
    }

    /**
     * Returns {@code (-∞, ∞)}.
     *
     * @return the range of all numbers
     */
    public static Range all() {
        return ALL;
    }

    /**
     * Reads the form {@link #toString()} prints: {@code [1, 2]}, {@code (100, ∞)},
     * {@code (-∞, 5]}.
     *
     * @param text the text
     * @return the range
     * @throws IllegalArgumentException if the text is not a range
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Range parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        int comma = text.indexOf(", ");
        if (text.length() < 6 || comma < 0 || "[(".indexOf(text.charAt(0)) < 0
                || "])".indexOf(text.charAt(text.length() - 1)) < 0) {
            throw new IllegalArgumentException("not a range: \"" + text + "\"; expected a form such as [1, 2] or (100, ∞)");
        }
        String low = text.substring(1, comma);
        String high = text.substring(comma + 2, text.length() - 1);
        @Nullable BigDecimal lowValue = "-∞".equals(low) ? null : decimal(low, "lower");
        @Nullable BigDecimal highValue = "∞".equals(high) ? null : decimal(high, "upper");
        if (lowValue == null && text.charAt(0) == '[' || highValue == null && text.charAt(text.length() - 1) == ']') {
            throw new IllegalArgumentException("an unbounded end must be open: \"" + text + "\"");
        }
        return new Range(lowValue, text.charAt(0) == '[', highValue, text.charAt(text.length() - 1) == ']');
    }

    /**
     * Returns the lower end.
     *
     * @return the lower end, empty when unbounded below
     */
    public Optional<BigDecimal> lower() {
        return Optional.ofNullable(lower);
    }

    /**
     * Returns the upper end.
     *
     * @return the upper end, empty when unbounded above
     */
    public Optional<BigDecimal> upper() {
        return Optional.ofNullable(upper);
    }

    /**
     * Tells whether the lower end belongs to the range.
     *
     * @return {@code false} also when unbounded below
     */
    public boolean isLowerInclusive() {
        return lowerInclusive;
    }

    /**
     * Tells whether the upper end belongs to the range.
     *
     * @return {@code false} also when unbounded above
     */
    public boolean isUpperInclusive() {
        return upperInclusive;
    }

    /**
     * Tells whether both ends are finite.
     *
     * @return {@code true} if bounded on both sides
     */
    public boolean isBounded() {
        return lower != null && upper != null;
    }

    /**
     * Tells whether {@code value} lies in the range.
     *
     * @param value the number
     * @return {@code true} if it is a member
     */
    public boolean contains(BigDecimal value) {
        Objects.requireNonNull(value, "value must not be null");
        return aboveLower(value) && belowUpper(value);
    }

    /**
     * Tells whether every member of {@code other} lies in this range.
     *
     * @param other the range
     * @return {@code true} if this range encloses {@code other}
     */
    public boolean encloses(Range other) {
        Objects.requireNonNull(other, "other must not be null");
        boolean lowOk = lower == null || other.lower != null
                && (other.lower.compareTo(lower) > 0 || other.lower.compareTo(lower) == 0 && (lowerInclusive || !other.lowerInclusive));
        boolean highOk = upper == null || other.upper != null
                && (other.upper.compareTo(upper) < 0 || other.upper.compareTo(upper) == 0 && (upperInclusive || !other.upperInclusive));
        return lowOk && highOk;
    }

    /**
     * Tells whether the two ranges share at least one number. This is what makes a
     * stated figure consistent with a computed one.
     *
     * @param other the range
     * @return {@code true} if they overlap
     */
    public boolean intersects(Range other) {
        return intersection(other).isPresent();
    }

    /**
     * Returns the numbers both ranges contain.
     *
     * @param other the range
     * @return the intersection, empty if they do not overlap
     */
    public Optional<Range> intersection(Range other) {
        Objects.requireNonNull(other, "other must not be null");
        BigDecimal low;
        boolean lowInc;
        if (lower == null || other.lower != null && other.lower.compareTo(lower) > 0) {
            low = other.lower;
            lowInc = other.lowerInclusive;
        } else if (other.lower == null || lower.compareTo(other.lower) > 0) {
            low = lower;
            lowInc = lowerInclusive;
        } else {
            low = lower;
            lowInc = lowerInclusive && other.lowerInclusive;
        }
        BigDecimal high;
        boolean highInc;
        if (upper == null || other.upper != null && other.upper.compareTo(upper) < 0) {
            high = other.upper;
            highInc = other.upperInclusive;
        } else if (other.upper == null || upper.compareTo(other.upper) < 0) {
            high = upper;
            highInc = upperInclusive;
        } else {
            high = upper;
            highInc = upperInclusive && other.upperInclusive;
        }
        if (low != null && high != null) {
            int order = low.compareTo(high);
            if (order > 0 || order == 0 && !(lowInc && highInc)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Range(low, lowInc, high, highInc));
    }

    /**
     * Returns the smallest range that contains both ranges.
     *
     * @param other the range
     * @return the hull of the two
     */
    public Range span(Range other) {
        Objects.requireNonNull(other, "other must not be null");
        Range lowSide = lower == null || other.lower != null && (lower.compareTo(other.lower) < 0
                || lower.compareTo(other.lower) == 0 && lowerInclusive) ? this : other;
        Range highSide = upper == null || other.upper != null && (upper.compareTo(other.upper) > 0
                || upper.compareTo(other.upper) == 0 && upperInclusive) ? this : other;
        return new Range(lowSide.lower, lowSide.lowerInclusive, highSide.upper, highSide.upperInclusive);
    }

    /**
     * Returns {@code { a + b : a in this, b in other }}.
     *
     * @param other the range to add
     * @return the sum
     */
    public Range plus(Range other) {
        Objects.requireNonNull(other, "other must not be null");
        return new Range(
                lower == null || other.lower == null ? null : lower.add(other.lower),
                lowerInclusive && other.lowerInclusive,
                upper == null || other.upper == null ? null : upper.add(other.upper),
                upperInclusive && other.upperInclusive);
    }

    /**
     * Returns this range shifted by {@code value}.
     *
     * @param value the shift
     * @return the shifted range
     */
    public Range plus(BigDecimal value) {
        return plus(singleton(value));
    }

    /**
     * Returns {@code { a - b : a in this, b in other }}.
     *
     * @param other the range to subtract
     * @return the difference
     */
    public Range minus(Range other) {
        Objects.requireNonNull(other, "other must not be null");
        return plus(other.negated());
    }

    /**
     * Returns {@code { -a : a in this }}.
     *
     * @return the negated range
     */
    public Range negated() {
        return new Range(upper == null ? null : upper.negate(), upperInclusive,
                lower == null ? null : lower.negate(), lowerInclusive);
    }

    /**
     * Returns {@code { a × b : a in this, b in other }}.
     *
     * @param other the factor
     * @return the product
     */
    public Range times(Range other) {
        Objects.requireNonNull(other, "other must not be null");
        End[] mine = {End.lowerOf(this), End.upperOf(this)};
        End[] theirs = {End.lowerOf(other), End.upperOf(other)};
        End min = mine[0].times(theirs[0]);
        End max = min;
        for (End a : mine) {
            for (End b : theirs) {
                End product = a.times(b);
                min = End.lesser(min, product);
                max = End.greater(max, product);
            }
        }
        return fromEnds(min, max);
    }

    /**
     * Returns this range scaled by {@code factor}.
     *
     * @param factor the factor
     * @return the scaled range
     */
    public Range times(BigDecimal factor) {
        return times(singleton(factor));
    }

    /**
     * Returns {@code { a ÷ b : a in this, b in other }}, rounded outwards where not exact.
     *
     * @param other the divisor; must not contain zero
     * @return the quotient
     * @throws IllegalArgumentException if {@code other} contains zero
     */
    public Range dividedBy(Range other) {
        Objects.requireNonNull(other, "other must not be null");
        if (other.contains(BigDecimal.ZERO)) {
            throw new IllegalArgumentException("cannot divide by " + other + ": it contains zero");
        }
        return times(other.reciprocal());
    }

    /**
     * Returns this range divided by {@code divisor}, rounded outwards where not exact.
     *
     * @param divisor the divisor, not zero
     * @return the quotient
     * @throws IllegalArgumentException if the divisor is zero
     */
    public Range dividedBy(BigDecimal divisor) {
        return dividedBy(singleton(divisor));
    }

    /**
     * Prints the range as {@code [1, 2]}, {@code (100, ∞)} or {@code (-∞, 5]}, with plain
     * decimals; {@link #parse(String)} reads it back.
     */
    @Override
    @JsonValue
    public String toString() {
        return (lowerInclusive ? "[" : "(") + (lower == null ? "-∞" : lower.toPlainString()) + ", "
                + (upper == null ? "∞" : upper.toPlainString()) + (upperInclusive ? "]" : ")");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Range r && Objects.equals(lower, r.lower) && Objects.equals(upper, r.upper)
                && lowerInclusive == r.lowerInclusive && upperInclusive == r.upperInclusive;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lower, upper, lowerInclusive, upperInclusive);
    }

    private boolean aboveLower(BigDecimal value) {
        if (lower == null) {
            return true;
        }
        int order = value.compareTo(lower);
        return order > 0 || order == 0 && lowerInclusive;
    }

    private boolean belowUpper(BigDecimal value) {
        if (upper == null) {
            return true;
        }
        int order = value.compareTo(upper);
        return order < 0 || order == 0 && upperInclusive;
    }

    /** 1/x over this range, which does not contain zero (but may end at an open zero). */
    private Range reciprocal() {
        boolean negative = upper != null && upper.signum() <= 0;
        // For a range on one side of zero, 1/x is decreasing: the ends swap.
        End low = End.reciprocalOf(upper, upperInclusive, negative, true);
        End high = End.reciprocalOf(lower, lowerInclusive, negative, false);
        return fromEnds(low, high);
    }

    /** Builds a range from computed ends, rounding long ends outwards to {@link #PRECISION} digits. */
    private static Range fromEnds(End min, End max) {
        BigDecimal low = null;
        boolean lowInc = false;
        if (!min.infinite()) {
            low = min.value().round(FLOOR);
            lowInc = min.inclusive() || low.compareTo(min.value()) != 0;
        }
        BigDecimal high = null;
        boolean highInc = false;
        if (!max.infinite()) {
            high = max.value().round(CEILING);
            highInc = max.inclusive() || high.compareTo(max.value()) != 0;
        }
        return new Range(low, lowInc, high, highInc);
    }

    private static BigDecimal canonical(BigDecimal value) {
        // Bounded before any expansion: setScale(0) of 1E+999999999 would build a billion digits.
        BigDecimal stripped = Decimals.bounded(value, Decimals.MAX_RANGE_DIGITS, Decimals.MAX_RANGE_DIGITS, "range end")
                .stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal required(BigDecimal value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    private static BigDecimal decimal(String text, String name) {
        return Decimals.parse(text, Decimals.MAX_RANGE_DIGITS, Decimals.MAX_RANGE_DIGITS, name + " end");
    }

    /**
     * Serialises as its canonical text ("[13550000000, 13650000000]"), read back through {@code Range.parse}, so a
     * deserialised value passes every check a parsed one does.
     */
    @java.io.Serial
    private Object writeReplace() {
        return new SerialForm(toString());
    }

    /** Refuses a stream that bypasses {@link #writeReplace()}: only the serial form is accepted. */
    @java.io.Serial
    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("Range is read through its serial form only");
    }

    /** The serial form: the canonical text. */
    private record SerialForm(String text) implements java.io.Serializable {
        @java.io.Serial
        private Object readResolve() throws java.io.InvalidObjectException {
            return SerialText.read(text, Range::parse, "Range");
        }
    }
}
