package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.validation.PlausibleDate;
import io.github.tradecoop.validation.Slug;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The dates of a fair as one source reports them, kept when sources disagree: an early report
 * gives 27 to 31 August, a later one 23 to 27 September. The fair's own {@code startDate} and
 * {@code endDate} are those the record keeper takes as true; the consistency check reports each
 * source that disagrees with them as a warning.
 *
 * @param startDate the first day, as this source reports it
 * @param endDate   the last day, as this source reports it; {@code null} if it does not say
 * @param sourceId  the id of the source
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReportedDates(@PlausibleDate LocalDate startDate, @PlausibleDate @Nullable LocalDate endDate, @Slug String sourceId)
        implements java.io.Serializable {

    /**
     * Checks the dates and the source.
     *
     * @param startDate the first day, as this source reports it
     * @param endDate the last day, as this source reports it; {@code null} if it does not say
     * @param sourceId the id of the source
     * @throws IllegalArgumentException if the end is before the start
     */
    public ReportedDates {
        Require.present(startDate, "startDate");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate " + endDate + " is before startDate " + startDate);
        }
        Require.text(sourceId, "sourceId");
    }

    /**
     * Obtains the dates a source reports.
     *
     * @param startDate the first day
     * @param endDate   the last day; {@code null} if not stated
     * @param sourceId  the source's id
     * @return the dates
     */
    public static ReportedDates of(LocalDate startDate, @Nullable LocalDate endDate, String sourceId) {
        return new ReportedDates(startDate, endDate, sourceId);
    }
}
