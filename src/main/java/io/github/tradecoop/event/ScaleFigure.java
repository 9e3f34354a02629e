package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How large a fair was, one figure at a time: its exhibition area, booths, halls, the countries
 * and regions taking part, the events held. Area is a {@link Quantity} in a unit of area (square metres, square feet,
 * hectares…); the
 * others are {@link Count}s.
 *
 * <p>A figure can be of part of the fair ({@code scope}: "the Russia pavilion", "Phase 3") and part
 * of another figure ({@code partOf}), and can state its change on the previous edition.
 *
 * @param measure    what it measures
 * @param count      how many, for every measure but area; {@code null} for area
 * @param area       how large, in a unit of area, for {@link ScaleMeasure#EXHIBITION_AREA}; {@code null} otherwise
 * @param what       what was counted, in plain words, e.g. "high-level forums"; {@code null} if the measure says it all
 * @param scope      the part of the fair measured, e.g. "Russia pavilion"; {@code null} for the whole fair
 * @param id         an id other figures name when they are part of this one; {@code null} if none
 * @param partOf     the id of the figure this one is part of; {@code null} if it is not a part
 * @param yearOnYear its change on the previous edition, in percent; {@code null} if not stated
 * @param sourceId   the id of the source that reports it; {@code null} if not stated
 * @param previous the previous edition's count, for every measure but area; {@code null} if not stated
 * @param previousArea the previous edition's area, for {@link ScaleMeasure#EXHIBITION_AREA}; {@code null} if not stated
 */
@JsonPropertyOrder({"id", "measure", "count", "area", "what", "scope", "partOf", "yearOnYear", "previous",
        "previousArea", "sourceId"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ScaleFigure(ScaleMeasure measure, @Nullable Count count, @Nullable Quantity area,
        @MaxLength(100) @Nullable String what, @MaxLength(300) @Nullable String scope, @Slug @Nullable String id,
        @Slug @Nullable String partOf, @Nullable Percentage yearOnYear, @Slug @Nullable String sourceId,
        @Nullable Count previous, @Nullable Quantity previousArea) implements java.io.Serializable {

    /**
     * Checks that the figure fits its measure.
     *
     * @param measure what it measures
     * @param count how many, for every measure but area; {@code null} for area
     * @param area how large, in a unit of area, for exhibition area; {@code null} otherwise
     * @param what what was counted, in plain words; {@code null} if the measure says it all
     * @param scope the part of the fair measured; {@code null} for the whole fair
     * @param id an id other figures name when they are part of this one; {@code null} if none
     * @param partOf the id of the figure this one is part of; {@code null} if it is not a part
     * @param yearOnYear its change on the previous edition, in percent; {@code null} if not stated
     * @param sourceId the id of the source that reports it; {@code null} if not stated
     * @param previous the previous edition's count, for every measure but area; {@code null} if not stated
     * @param previousArea the previous edition's area, for {@link ScaleMeasure#EXHIBITION_AREA}; {@code null} if not stated
     * @throws IllegalArgumentException if an area is not in a unit of area, the previous area is in another unit, an area
     *                                  measure has a count, or another measure has an area or no count
     */
    public ScaleFigure {
        Require.present(measure, "measure");
        if (measure == ScaleMeasure.EXHIBITION_AREA) {
            Quantity stated = Require.present(area, "area");
            if (count != null) {
                throw new IllegalArgumentException("an exhibition area is an area, not a count");
            }
            if (stated.unit().dimension() != Quantity.Dimension.AREA) {
                throw new IllegalArgumentException("an exhibition area is in a unit of area, not " + stated.unit());
            }
        } else {
            Require.present(count, measure + " count");
            if (area != null) {
                throw new IllegalArgumentException(measure + " is a count; only EXHIBITION_AREA has an area");
            }
        }
        Require.optionalText(what, "what");
        Require.optionalText(scope, "scope");
        Require.optionalText(id, "id");
        Require.part(id, partOf, null);
        Require.optionalText(sourceId, "sourceId");
        if (measure == ScaleMeasure.EXHIBITION_AREA ? previous != null : previousArea != null) {
            throw new IllegalArgumentException("the previous edition's figure of " + measure + " is "
                    + (measure == ScaleMeasure.EXHIBITION_AREA ? "an area (previousArea)" : "a count (previous)"));
        }
        if (previousArea != null && area != null && previousArea.unit() != area.unit()) {
            // compared with the area for the change stated: figures in two units would need a conversion the report did not make
            throw new IllegalArgumentException("the previous edition's area is in " + previousArea.unit()
                    + ", the area in " + area.unit() + "; state both in the unit of the report");
        }
    }

    /**
     * Obtains a counted figure: booths, halls, countries and regions, events.
     *
     * @param measure what it measures; not {@link ScaleMeasure#EXHIBITION_AREA}
     * @param count   how many
     * @return the figure
     */
    public static ScaleFigure of(ScaleMeasure measure, Count count) {
        return new ScaleFigure(measure, count, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Obtains an exhibition area.
     *
     * @param area how large, in a unit of area
     * @return the figure
     */
    public static ScaleFigure area(Quantity area) {
        return new ScaleFigure(ScaleMeasure.EXHIBITION_AREA, null, area, null, null, null, null, null, null, null, null);
    }

    /**
     * Returns a copy saying what was counted: "high-level forums".
     *
     * @param newWhat what was counted
     * @return the figure
     */
    public ScaleFigure withWhat(@Nullable String newWhat) {
        return new ScaleFigure(measure, count, area, newWhat, scope, id, partOf, yearOnYear, sourceId, previous, previousArea);
    }

    /**
     * Returns a copy measuring part of the fair: "Russia pavilion".
     *
     * @param newScope the part measured
     * @return the figure
     */
    public ScaleFigure withScope(@Nullable String newScope) {
        return new ScaleFigure(measure, count, area, what, newScope, id, partOf, yearOnYear, sourceId, previous, previousArea);
    }

    /**
     * Returns a copy with an id that parts can name.
     *
     * @param newId the id, a slug
     * @return the figure
     */
    public ScaleFigure withId(@Nullable String newId) {
        return new ScaleFigure(measure, count, area, what, scope, newId, partOf, yearOnYear, sourceId, previous, previousArea);
    }

    /**
     * Returns a copy that is part of another figure of the same measure.
     *
     * @param wholeId the id of the whole
     * @return the figure
     */
    public ScaleFigure withPartOf(@Nullable String wholeId) {
        return new ScaleFigure(measure, count, area, what, scope, id, wholeId, yearOnYear, sourceId, previous, previousArea);
    }

    /**
     * Returns a copy with its change on the previous edition and the previous edition's count.
     *
     * @param newYearOnYear the change, in percent; {@code null} if not stated
     * @param newPrevious the previous edition's count; {@code null} if not stated
     * @return the figure
     * @throws IllegalArgumentException if this is an area, whose previous figure is an area
     */
    public ScaleFigure withChange(@Nullable Percentage newYearOnYear, @Nullable Count newPrevious) {
        return new ScaleFigure(measure, count, area, what, scope, id, partOf, newYearOnYear, sourceId, newPrevious, null);
    }

    /**
     * Returns a copy of an exhibition area with its change on the previous edition and the previous
     * edition's area.
     *
     * @param newYearOnYear the change, in percent; {@code null} if not stated
     * @param newPreviousArea the previous edition's area; {@code null} if not stated
     * @return the figure
     * @throws IllegalArgumentException if this is a count, whose previous figure is a count
     */
    public ScaleFigure withAreaChange(@Nullable Percentage newYearOnYear, @Nullable Quantity newPreviousArea) {
        return new ScaleFigure(measure, count, area, what, scope, id, partOf, newYearOnYear, sourceId, null, newPreviousArea);
    }

    /**
     * Returns a copy with its change on the previous edition.
     *
     * @param newYearOnYear the change, in percent
     * @return the figure
     */
    public ScaleFigure withYearOnYear(@Nullable Percentage newYearOnYear) {
        return new ScaleFigure(measure, count, area, what, scope, id, partOf, newYearOnYear, sourceId, previous, previousArea);
    }

    /**
     * Returns a copy citing a source.
     *
     * @param newSourceId the source's id
     * @return the figure
     */
    public ScaleFigure withSourceId(@Nullable String newSourceId) {
        return new ScaleFigure(measure, count, area, what, scope, id, partOf, yearOnYear, newSourceId, previous, previousArea);
    }

    /**
     * The range the figure stands for, whichever its kind.
     *
     * @return the bounds of the count or the area
     */
    public Range bounds() {
        return count != null ? count.bounds() : Objects.requireNonNull(area).bounds();
    }

    /**
     * The range the previous edition's figure stands for, whichever its kind.
     *
     * @return the bounds of the previous count or area; empty if not stated
     */
    public Optional<Range> previousBounds() {
        return previous != null ? Optional.of(previous.bounds())
                : Optional.ofNullable(previousArea).map(Quantity::bounds);
    }
}
