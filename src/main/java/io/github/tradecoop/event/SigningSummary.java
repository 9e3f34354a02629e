package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.validation.Slug;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a fair declares it signed, whether or not the projects are listed: "a total of 55
 * projects across various fields including channel construction ... were signed, with
 * contracts valued at RMB 13.6 billion".
 *
 * @param projects          the declared number of projects; {@code null} if only a value is declared
 * @param totalValue        the declared total value; {@code null} if only a number is declared
 * @param sectors           the fields named
 * @param sectorsExhaustive {@code false} when the report says "including", i.e. other fields were signed too
 * @param sourceId          the id of the source that reports it; {@code null} if not stated
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SigningSummary(@Nullable Count projects, @Nullable ReportedAmount totalValue, List<@Valid Sector> sectors,
        boolean sectorsExhaustive, @Slug @Nullable String sourceId) implements java.io.Serializable {

    /**
     * Checks that something is declared and copies the sectors.
     *
     * @param projects the declared number of projects; {@code null} if only a value is declared
     * @param totalValue the declared total value; {@code null} if only a number is declared
     * @param sectors the fields named
     * @param sectorsExhaustive {@code false} when the report says "including", i.e. other fields were signed too
     * @param sourceId the id of the source that reports it; {@code null} if not stated
     */
    public SigningSummary {
        if (projects == null && totalValue == null) {
            throw new IllegalArgumentException("a signing summary declares projects, totalValue or both; both were null");
        }
        sectors = Require.list(sectors, "sectors");
        Require.optionalText(sourceId, "sourceId");
    }

    /**
     * Obtains a summary declaring a number of projects and their total value.
     *
     * @param projects   how many projects were signed
     * @param totalValue what they are worth
     * @return the summary, with no sectors named
     */
    public static SigningSummary of(Count projects, ReportedAmount totalValue) {
        return new SigningSummary(projects, totalValue, List.of(), false, null);
    }

    /**
     * Returns a copy naming the sectors.
     *
     * @param newSectors the sectors
     * @param exhaustive whether they are all the sectors ({@code false} for "including")
     * @return the summary
     */
    public SigningSummary withSectors(List<Sector> newSectors, boolean exhaustive) {
        return new SigningSummary(projects, totalValue, newSectors, exhaustive, sourceId);
    }

    /**
     * Returns a copy citing a source.
     *
     * @param newSourceId the source's id
     * @return the summary
     */
    public SigningSummary withSourceId(@Nullable String newSourceId) {
        return new SigningSummary(projects, totalValue, sectors, sectorsExhaustive, newSourceId);
    }
}
