package io.github.tradecoop.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.money.internal.Decimals;
import io.github.tradecoop.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A reported percentage, such as year-on-year growth "80.2%" (value 80.2, resolution 0.1);
 * a decrease is negative.
 *
 * <p>{@link #impliedBase(ReportedAmount)} answers the question a growth figure raises:
 * what was the previous period's value? Exports of RMB 3.15 billion that grew 51.9% imply
 * a previous year between 3.145 / 1.5195 and 3.155 / 1.5185 billion.
 *
 * @param figure the figure, in percentage points
 */
public record Percentage(Figure figure) implements java.io.Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Creates a percentage.
     *
     * @param figure the figure, in percentage points
     */
    public Percentage {
        Objects.requireNonNull(figure, "figure must not be null");
    }

    /**
     * Obtains a percentage from a figure.
     *
     * @param figure the figure, in percentage points
     * @return the percentage
     */
    public static Percentage of(Figure figure) {
        return new Percentage(figure);
    }

    /**
     * Obtains an unqualified percentage stated to its last written digit:
     * {@code of("80.2")} has resolution 0.1.
     *
     * @param points the value in percentage points, as written
     * @return the percentage
     */
    public static Percentage of(String points) {
        return new Percentage(Figure.exactly(Decimals.parse(Objects.requireNonNull(points, "points must not be null"),
                Money.MAX_INTEGER_DIGITS, Money.MAX_SCALE, "percentage points")));
    }

    /**
     * Reads a percentage in English, as {@link FigureFormat#english()} does:
     * "80.2%", "a year-on-year increase of 80.2%", "a decrease of 5%".
     *
     * @param text the text
     * @return the percentage
     * @throws io.github.tradecoop.format.FigureParseException if the text is not a percentage
     */
    public static Percentage parse(String text) {
        return FigureFormat.english().parsePercentage(text);
    }

    /**
     * Returns the growth, in percentage points, from a previous value to a current one:
     * {@code (current / previous − 1) × 100}, over ranges.
     *
     * @param previous the previous period's value; must not contain zero
     * @param current  the current period's value
     * @return the range of growth
     * @throws IllegalArgumentException if {@code previous} contains zero
     */
    public static Range growth(Range previous, Range current) {
        Objects.requireNonNull(previous, "previous must not be null");
        Objects.requireNonNull(current, "current must not be null");
        return current.dividedBy(previous).minus(Range.singleton(BigDecimal.ONE)).times(HUNDRED);
    }

    /**
     * Returns the stated value in percentage points.
     *
     * @return e.g. 80.2
     */
    public BigDecimal value() {
        return figure.value();
    }

    /**
     * Tells whether an exact value, in percentage points, is what this report states: whether
     * {@link #bounds()} contains it. "80.2%" admits every value from 80.15 to 80.25, both included; "a decrease of more than 5%"
     * every value below -5.
     *
     * @param actual the exact value
     * @return whether the report is consistent with it
     */
    public boolean admits(java.math.BigDecimal actual) {
        return bounds().contains(Objects.requireNonNull(actual, "actual must not be null"));
    }

    /**
     * Returns the range of percentages this report is consistent with.
     *
     * @return e.g. [80.15, 80.25] for "80.2%"
     */
    public Range bounds() {
        return figure.bounds();
    }

    /**
     * Whether this percentage can be a share of a whole: some value within its rounding is from 0
     * to 100 percent. "15.0 percent of the total" can; "-3%" and "120%" cannot.
     *
     * @return whether it can be a share
     */
    public boolean isPossibleShare() {
        Range bounds = bounds();
        return bounds.intersects(Range.closed(BigDecimal.ZERO, HUNDRED));
    }

    /**
     * Returns the range of the previous period's value that this growth rate and the
     * current amount imply: {@code current / (1 + growth / 100)}, over ranges.
     *
     * @param current the current period's amount
     * @return the previous period's value, in units of the amount's currency
     * @throws IllegalArgumentException if the percentage allows a decrease of 100% or more,
     *                                  which leaves the previous value undetermined
     */
    public Range impliedBase(ReportedAmount current) {
        Objects.requireNonNull(current, "current must not be null");
        return impliedBase(current.bounds());
    }

    /**
     * Returns the range of the previous period's value implied by this growth rate and
     * a range of the current value.
     *
     * @param current the current period's value
     * @return the previous period's value
     * @throws IllegalArgumentException if the percentage allows a decrease of 100% or more
     */
    public Range impliedBase(Range current) {
        Objects.requireNonNull(current, "current must not be null");
        Range factor = bounds().dividedBy(HUNDRED).plus(BigDecimal.ONE);
        if (factor.contains(BigDecimal.ZERO) || factor.lower().map(l -> l.signum() < 0).orElse(true)) {
            throw new IllegalArgumentException("a change of " + this
                    + " allows a decrease of 100% or more, which leaves the previous value undetermined");
        }
        return current.dividedBy(factor);
    }

    /**
     * Prints the percentage in canonical English, which {@link #parse(String)} reads back:
     * {@code "80.2%"}, {@code "-5%"}, {@code "more than 50%"}.
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

    /** Reads a string such as {@code "80.2%"}, as {@link #parse(String)} does. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static Percentage fromJson(String text) {
        return parse(text);
    }

    /** Reads the JSON object; {@code resolution} and {@code qualifier} may be left out. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    private static Percentage fromJson(@JsonProperty("value") String value,
            @JsonProperty("resolution") String resolution, @JsonProperty("qualifier") Qualifier qualifier) {
        return new Percentage(FigureJson.figure(value, resolution, qualifier));
    }
}
