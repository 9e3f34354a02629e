package io.github.tradecoop.trade;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;
import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Any other count reported for an area and a period: "in 2023, a total of 122
 * Russia-invested enterprises were approved for establishment in Shenyang".
 *
 * @param kind        a stable lower-case code with hyphens, e.g. {@code "foreign-invested-enterprises-approved"}
 * @param description the report's words; {@code null} if not kept
 * @param count       the count, as reported
 * @param area        the area
 * @param period      the period
 * @param sourceId    the id of the source that reports it; {@code null} if not stated
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Indicator(@Slug String kind, @MaxLength(1000) @Nullable String description, Count count, @Valid Area area,
        ReferencePeriod period, @Slug @Nullable String sourceId) implements java.io.Serializable {

    /**
     * Checks the required components.
     *
     * @param kind a stable lower-case code with hyphens, e.g. {@code "foreign-invested-enterprises-approved"}
     * @param description the report's words; {@code null} if not kept
     * @param count the count, as reported
     * @param area the area
     * @param period the period
     * @param sourceId the id of the source that reports it; {@code null} if not stated
     */
    public Indicator {
        Objects.requireNonNull(kind, "kind must not be null");
        if (kind.isBlank()) {
            throw new IllegalArgumentException("kind must not be blank");
        }
        Objects.requireNonNull(count, "count must not be null");
        Objects.requireNonNull(area, "area must not be null");
        Objects.requireNonNull(period, "period must not be null");
        // Blank text would be dropped on writing and read back as null: refused, as on every record.
        if (description != null && description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank; leave it out (null) if not kept");
        }
        if (sourceId != null && sourceId.isBlank()) {
            throw new IllegalArgumentException("sourceId must not be blank; leave it out (null) if not stated");
        }
    }

    /**
     * Obtains an indicator.
     *
     * @param kind   the kind
     * @param count  the count
     * @param area   the area
     * @param period the period
     * @return the indicator
     */
    public static Indicator of(String kind, Count count, Area area, ReferencePeriod period) {
        return new Indicator(kind, null, count, area, period, null);
    }

    /**
     * Returns a copy with the report's words.
     *
     * @param newDescription the description
     * @return the indicator
     */
    public Indicator withDescription(@Nullable String newDescription) {
        return new Indicator(kind, newDescription, count, area, period, sourceId);
    }

    /**
     * Returns a copy citing a source.
     *
     * @param newSourceId the source's id
     * @return the indicator
     */
    public Indicator withSourceId(@Nullable String newSourceId) {
        return new Indicator(kind, description, count, area, period, newSourceId);
    }
}
