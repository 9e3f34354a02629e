package io.github.tradecoop.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.money.internal.Decimals;
import java.util.Objects;

/**
 * A reported difference between two percentages, in percentage points: "2.3 percentage
 * points", "增长0.5个百分点", "на 1,2 п.п.". A decrease is negative.
 *
 * <p>A type of its own, not a {@link Percentage}: growth from 10% to 12% is 2 percentage
 * points but 20 percent, and a report that says "up 2.3 percentage points" says nothing about
 * the growth rate. Keeping them apart means a points figure can never be checked as a growth
 * rate by mistake.
 *
 * @param figure the figure, in percentage points
 */
public record PercentagePoints(Figure figure) implements java.io.Serializable {

    /**
     * Creates a difference in percentage points.
     *
     * @param figure the figure, in percentage points
     */
    public PercentagePoints {
        Objects.requireNonNull(figure, "figure must not be null");
    }

    /**
     * Obtains a difference in percentage points from a figure.
     *
     * @param figure the figure
     * @return the difference
     */
    public static PercentagePoints of(Figure figure) {
        return new PercentagePoints(figure);
    }

    /**
     * Obtains an unqualified difference stated to its last written digit: {@code of("10.9")} has
     * resolution 0.1, as {@link Percentage#of(String)}.
     *
     * @param points the difference in percentage points, as written
     * @return the difference
     */
    public static PercentagePoints of(String points) {
        return new PercentagePoints(Figure.exactly(Decimals.parse(Objects.requireNonNull(points, "points must not be null"),
                Money.MAX_INTEGER_DIGITS, Money.MAX_SCALE, "percentage points")));
    }

    /**
     * Reads a difference in English, as {@link FigureFormat#english()} does:
     * "2.3 percentage points", "down 0.5 percentage point".
     *
     * @param text the text
     * @return the difference
     * @throws io.github.tradecoop.format.FigureParseException if the text is not a difference in percentage points
     */
    public static PercentagePoints parse(String text) {
        return FigureFormat.english().parsePoints(text);
    }

    /**
     * Returns the stated value in percentage points.
     *
     * @return e.g. 2.3; negative for a decrease
     */
    public java.math.BigDecimal value() {
        return figure.value();
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
     * Tells whether an exact value, in percentage points, is what this report states: whether
     * {@link #bounds()} contains it. "2.3 percentage points" admits every value from 2.25 to 2.35, both included.
     *
     * @param actual the exact value
     * @return whether the report is consistent with it
     */
    public boolean admits(java.math.BigDecimal actual) {
        return bounds().contains(Objects.requireNonNull(actual, "actual must not be null"));
    }

    /**
     * Returns the range of differences this report is consistent with.
     *
     * @return e.g. [2.25, 2.35] for "2.3 percentage points"
     */
    public Range bounds() {
        return figure.bounds();
    }

    /**
     * Prints the difference in canonical English, which {@link #parse(String)} reads back:
     * {@code "2.3 percentage points"}, {@code "-0.5 percentage points"}.
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

    /** Reads a string such as {@code "2.3 percentage points"}, as {@link #parse(String)} does. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static PercentagePoints fromJson(String text) {
        return parse(text);
    }

    /** Reads the JSON object; {@code resolution} and {@code qualifier} may be left out. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    private static PercentagePoints fromJson(@JsonProperty("value") String value,
            @JsonProperty("resolution") String resolution, @JsonProperty("qualifier") Qualifier qualifier) {
        return new PercentagePoints(FigureJson.figure(value, resolution, qualifier));
    }
}
