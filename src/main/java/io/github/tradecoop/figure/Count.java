package io.github.tradecoop.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.tradecoop.format.FigureFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A reported count of people, enterprises, projects or delegations: "55 projects",
 * "more than one hundred entrepreneurs", "nearly 10,000 visitors".
 *
 * <p>A count is a {@link Figure} whose value is a non-negative whole number that fits
 * in a {@code long}, with a resolution of at least 1.
 *
 * @param figure the figure
 */
public record Count(Figure figure) implements java.io.Serializable {

    /**
     * Creates a count, checking that the figure is one.
     *
     * @throws IllegalArgumentException if the value is negative or fractional
     *
     * @param figure the figure
     */
    public Count {
        Objects.requireNonNull(figure, "figure must not be null");
        if (figure.value().signum() < 0) {
            throw new IllegalArgumentException("a count must not be negative but was " + figure.value().toPlainString());
        }
        if (figure.resolution().compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("a count is a whole number; resolution "
                    + figure.resolution().toPlainString() + " is finer than 1");
        }
        if (figure.qualifier() == Qualifier.NEARLY && figure.value().signum() == 0) {
            throw new IllegalArgumentException("a count of nearly 0 admits no count");
        }
        if (figure.value().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("count " + figure.value().toPlainString() + " does not fit in a long");
        }
    }

    /**
     * Obtains a count from a figure.
     *
     * @param figure the figure
     * @return the count
     */
    public static Count of(Figure figure) {
        return new Count(figure);
    }

    /**
     * Returns an unqualified count: "55 projects".
     *
     * @param value the count
     * @return the count, resolution 1
     */
    public static Count exactly(long value) {
        return of(value, Qualifier.EXACT);
    }

    /**
     * Returns "more than {@code value}".
     *
     * @param value the count exceeded
     * @return the count
     */
    public static Count moreThan(long value) {
        return of(value, Qualifier.MORE_THAN);
    }

    /**
     * Returns "at least {@code value}".
     *
     * @param value the least count
     * @return the count
     */
    public static Count atLeast(long value) {
        return of(value, Qualifier.AT_LEAST);
    }

    /**
     * Returns "about {@code value}", rounded at its last non-zero digit ("about 120" is [115, 125]).
     *
     * @param value the approximate count
     * @return the count
     */
    public static Count about(long value) {
        return of(value, Qualifier.ABOUT);
    }

    /**
     * Returns "nearly {@code value}", rounded at its last non-zero digit
     * ("nearly 10,000" is [5,000, 10,000)).
     *
     * @param value the count nearly reached
     * @return the count
     */
    public static Count nearly(long value) {
        return of(value, Qualifier.NEARLY);
    }

    /**
     * Returns "up to {@code value}".
     *
     * @param value the largest count
     * @return the count
     */
    public static Count upTo(long value) {
        return of(value, Qualifier.UP_TO);
    }

    /**
     * Returns "less than {@code value}".
     *
     * @param value the count not reached
     * @return the count
     */
    public static Count lessThan(long value) {
        return of(value, Qualifier.LESS_THAN);
    }

    /**
     * Reads a count in English, as {@link FigureFormat#english()} does: "55",
     * "more than one hundred", "a total of 227".
     *
     * @param text the text
     * @return the count
     * @throws io.github.tradecoop.format.FigureParseException if the text is not a count
     */
    public static Count parse(String text) {
        return FigureFormat.english().parseCount(text);
    }

    private static Count of(long value, Qualifier qualifier) {
        return new Count(Figure.stated(BigDecimal.valueOf(value), qualifier));
    }

    /**
     * Returns the stated count.
     *
     * @return the value, e.g. 100 for "more than one hundred"
     */
    public long value() {
        return figure.value().longValueExact();
    }

    /**
     * Returns the qualifier.
     *
     * @return the qualifier
     */
    public Qualifier qualifier() {
        return figure.qualifier();
    }

    /**
     * Tells whether an exact count is what this report states: whether {@link #bounds()}
     * contains it. "55" admits 55 only; "more than one hundred" every count from 101; "about 120"
     * 115 to 125; "nearly 3,000" 2,500 to 2,999.
     *
     * @param actual the exact count
     * @return whether the report is consistent with it
     */
    public boolean admits(long actual) {
        return bounds().contains(BigDecimal.valueOf(actual));
    }

    /**
     * Returns the whole numbers this report is consistent with, as a range with closed whole
     * ends: "55" is [55, 55], "about 120" [115, 125], "more than one hundred" [101, ∞),
     * "nearly 3,000" [2500, 2999], "less than 10" [0, 9]. A count is a whole number, so these
     * are exactly the counts within {@link Figure#bounds()}, except that "nearly" always admits
     * the whole number below the value ("nearly 15" is [14, 14], not empty).
     *
     * @return the bounds
     */
    public Range bounds() {
        Range reals = figure.bounds();
        BigDecimal low = reals.lower().orElseThrow();
        BigDecimal lower = figure.qualifier() == Qualifier.NEARLY
                ? low.setScale(0, RoundingMode.FLOOR).min(figure.value().subtract(BigDecimal.ONE))
                : wholeAbove(low, reals.isLowerInclusive());
        if (reals.upper().isEmpty()) {
            return Range.atLeast(lower);
        }
        BigDecimal high = reals.upper().get();
        BigDecimal upper = reals.isUpperInclusive() ? high.setScale(0, RoundingMode.FLOOR)
                : high.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE);
        return Range.closed(lower, upper);
    }

    /** The least whole number in [end, ∞) or (end, ∞). */
    private static BigDecimal wholeAbove(BigDecimal end, boolean inclusive) {
        BigDecimal ceiling = end.setScale(0, RoundingMode.CEILING);
        return !inclusive && ceiling.compareTo(end) == 0 ? ceiling.add(BigDecimal.ONE) : ceiling;
    }

    /**
     * Prints the count in canonical English, which {@link #parse(String)} reads back:
     * {@code "55"}, {@code "more than 100"}, {@code "4,000"}.
     */
    @Override
    public String toString() {
        return FigureFormat.english().format(this);
    }

    /** The JSON object: value, resolution and qualifier, decimals as strings. */
    @JsonValue
    private FigureJson.Written toJson() {
        return FigureJson.write(null, figure);
    }

    /** Reads a string such as {@code "more than 100"}, as {@link #parse(String)} does. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static Count fromJson(String text) {
        return parse(text);
    }

    /** Reads the JSON object; {@code resolution} and {@code qualifier} may be left out. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    private static Count fromJson(@JsonProperty("value") String value,
            @JsonProperty("resolution") String resolution, @JsonProperty("qualifier") Qualifier qualifier) {
        return new Count(FigureJson.figure(value, resolution, qualifier));
    }
}
