package io.github.tradecoop.format;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A reported figure found in running text by {@link FigureFormat#find(CharSequence)}: where it
 * is, how it was written, what kind of figure it is and its value, and the change stated for it
 * in the same clause.
 *
 * <pre>{@code
 * FoundFigure signed = FigureFormat.english().find("It signed 55 projects worth RMB 13.6 billion.").get(1);
 * signed.text();     // "RMB 13.6 billion"
 * signed.bounds();   // [13550000000, 13650000000]
 * signed.amount();   // Optional[CNY 13.6 billion]
 * }</pre>
 *
 * <p>Offsets are UTF-16 indexes into the text searched, the end exclusive, so that
 * {@code text.subSequence(start(), end())} is the figure as written: qualifier and words of
 * change included ("more than 100 entrepreneurs", "up 80.2%", "同比增长51.9%"), words such as
 * "a total of", "worth" or "на сумму" before it not. Immutable.
 */
public final class FoundFigure {

    /** What a found figure states. */
    public enum Kind {
        /** An amount of money: {@link #amount()}. */
        AMOUNT,
        /** A count of things or people: {@link #count()}, with {@link #noun()}. */
        COUNT,
        /** A percentage, often a change: {@link #percentage()}. */
        PERCENTAGE,
        /** A difference in percentage points: {@link #points()}. */
        POINTS,
        /** A physical quantity: {@link #quantity()}. */
        QUANTITY
    }

    private final int start;
    private final int end;
    private final String text;
    private final Kind kind;
    private final Object value;
    private final @Nullable String noun;
    private final boolean statesChange;
    private final @Nullable FoundFigure change;

    FoundFigure(int start, int end, String text, Kind kind, Object value, @Nullable String noun, boolean statesChange,
            @Nullable FoundFigure change) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.kind = kind;
        this.value = value;
        this.noun = noun;
        this.statesChange = statesChange;
        this.change = change;
    }

    /**
     * This percentage, difference in points or amount as a change, a fall if {@code fall}: one
     * restating a change before it ("or 7.4 percent", "на 34%, или на 4 миллиарда долларов"), or an
     * item of a respective list after one ("分别较全国高4.5个百分点、5.7个百分点").
     */
    FoundFigure asChange(boolean fall) {
        Object changed = value;
        if (fall && value instanceof Percentage level) {
            changed = Percentage.of(negated(level.figure()));
        } else if (fall && value instanceof PercentagePoints points) {
            changed = PercentagePoints.of(negated(points.figure()));
        } else if (fall && value instanceof ReportedAmount amount) {
            changed = ReportedAmount.of(amount.currency(), negated(amount.figure()));
        }
        return new FoundFigure(start, end, text, kind, changed, noun, true, this.change);
    }

    private static Figure negated(Figure figure) {
        return Figure.of(figure.value().negate(), figure.resolution(), figure.qualifier());
    }

    /** This amount in another currency: one a report declares for 元 ("(澳門元,下同)"). */
    FoundFigure withCurrency(Currency currency) {
        ReportedAmount amount = (ReportedAmount) value;
        return new FoundFigure(start, end, text, kind, ReportedAmount.of(currency, amount.figure()), noun, statesChange, change);
    }

    FoundFigure withChange(FoundFigure newChange) {
        return new FoundFigure(start, end, text, kind, value, noun, statesChange, newChange);
    }

    /**
     * Returns where the figure starts.
     *
     * @return the UTF-16 index of its first character
     */
    public int start() {
        return start;
    }

    /**
     * Returns where the figure ends.
     *
     * @return the UTF-16 index after its last character
     */
    public int end() {
        return end;
    }

    /**
     * Returns the figure as written.
     *
     * @return the text between {@link #start()} and {@link #end()}
     */
    public String text() {
        return text;
    }

    /**
     * Returns what the figure states.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the figure: value, resolution and qualifier, in the unit of its kind (currency
     * units, count, percent, percentage points, unit of the quantity).
     *
     * @return the figure
     */
    public Figure figure() {
        if (value instanceof ReportedAmount amount) {
            return amount.figure();
        } else if (value instanceof Count count) {
            return count.figure();
        } else if (value instanceof Percentage percentage) {
            return percentage.figure();
        } else if (value instanceof PercentagePoints points) {
            return points.figure();
        }
        return ((Quantity) value).figure();
    }

    /**
     * Returns the values the figure is consistent with: for a count, whole numbers only.
     *
     * @return the bounds
     */
    public Range bounds() {
        return value instanceof Count count ? count.bounds() : figure().bounds();
    }

    /**
     * Returns the currency of an amount.
     *
     * @return the currency; empty for other kinds
     */
    public Optional<Currency> currency() {
        return amount().map(ReportedAmount::currency);
    }

    /**
     * Returns what a count or a quantity counts, as written: "projects", "企业", "人次", "предприятий";
     * a quantity's unit, "square metres", "万吨" without its magnitude ("吨"), "кв. м".
     *
     * @return the noun; empty if none was written (an item of a list whose unit is written once, after
     *         its last item), or for other kinds
     */
    public Optional<String> noun() {
        return Optional.ofNullable(noun);
    }

    /**
     * Returns the amount.
     *
     * @return the amount, or empty if this is not an amount
     */
    public Optional<ReportedAmount> amount() {
        return value instanceof ReportedAmount amount ? Optional.of(amount) : Optional.empty();
    }

    /**
     * Returns the count.
     *
     * @return the count, or empty if this is not a count
     */
    public Optional<Count> count() {
        return value instanceof Count count ? Optional.of(count) : Optional.empty();
    }

    /**
     * Returns the percentage; a change stated as falling is negative.
     *
     * @return the percentage, or empty if this is not a percentage
     */
    public Optional<Percentage> percentage() {
        return value instanceof Percentage percentage ? Optional.of(percentage) : Optional.empty();
    }

    /**
     * Returns the difference in percentage points.
     *
     * @return the difference, or empty if this is not one
     */
    public Optional<PercentagePoints> points() {
        return value instanceof PercentagePoints points ? Optional.of(points) : Optional.empty();
    }

    /**
     * Returns the quantity.
     *
     * @return the quantity, or empty if this is not a quantity
     */
    public Optional<Quantity> quantity() {
        return value instanceof Quantity quantity ? Optional.of(quantity) : Optional.empty();
    }

    /**
     * Tells whether the figure is written as a change: with a word of change ("up", "同比增长",
     * "на … больше") or a phrase naming what it is on ("year on year", "month-on-month").
     *
     * @return {@code true} for "up 80.2%", {@code false} for "80.2%"
     */
    public boolean isChange() {
        return statesChange;
    }

    /**
     * Returns the change stated for this figure in the same clause, a percentage or percentage
     * points found just after it ("RMB 4.06 billion, up 80.2%", "出口31.5亿元，同比增长51.9%",
     * "3,15 млрд юаней, что на 51,9% больше") or just before it ("up 80.2% to RMB 4.06 billion").
     * The change is also in the list of found figures. What it is on is in its text: a year-on-year
     * phrase, "month-on-month", "环比", or none, which reports usually mean as on the year before.
     *
     * @return the change, or empty if none was stated
     */
    public Optional<FoundFigure> change() {
        return Optional.ofNullable(change);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FoundFigure f && start == f.start && end == f.end && kind == f.kind && text.equals(f.text)
                && value.equals(f.value) && Objects.equals(noun, f.noun) && statesChange == f.statesChange
                && Objects.equals(change, f.change);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, kind, value, noun);
    }

    /** Prints the span, kind, text and bounds: {@code "24-40 AMOUNT \"RMB 13.6 billion\" [13550000000, 13650000000]"}. */
    @Override
    public String toString() {
        return start + "-" + end + " " + kind + " \"" + text + "\" " + bounds() + (noun == null ? "" : " " + noun)
                + (change == null ? "" : " change " + change.text());
    }
}
