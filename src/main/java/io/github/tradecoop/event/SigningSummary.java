package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.tradecoop.figure.Converted;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
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
 * @param kind what was signed: contracts, agreements of intent, ...; {@code UNKNOWN} (the default; absent in JSON) if not said
 * @param valueYearOnYear the change of the total value on the previous edition, in percent; {@code null} if not stated
 * @param previousValue the previous edition's total value; {@code null} if not stated
 * @param convertedValue the total value as the report also states it in a second currency; {@code null} if not stated
 * @param groups parts of the signing as the report breaks it down: by sector, kind, session, delegation
 */
@JsonPropertyOrder({"kind", "projects", "totalValue", "convertedValue", "valueYearOnYear", "previousValue", "sectors",
        "sectorsExhaustive", "groups", "sourceId"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SigningSummary(@Nullable Count projects, @Nullable ReportedAmount totalValue, List<@Valid Sector> sectors,
        boolean sectorsExhaustive, @Slug @Nullable String sourceId,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = UnknownKind.class) ProjectKind kind,
        @Nullable Percentage valueYearOnYear, @Nullable ReportedAmount previousValue,
        @Valid @Nullable Converted convertedValue, List<@Valid SigningGroup> groups) implements java.io.Serializable {

    /**
     * Checks that something is declared and copies the sectors.
     *
     * @param projects the declared number of projects; {@code null} if only a value is declared
     * @param totalValue the declared total value; {@code null} if only a number is declared
     * @param sectors the fields named
     * @param sectorsExhaustive {@code false} when the report says "including", i.e. other fields were signed too
     * @param sourceId the id of the source that reports it; {@code null} if not stated
     * @param kind what was signed: contracts, agreements of intent, ...; {@code UNKNOWN} (the default; absent in JSON) if not said
     * @param valueYearOnYear the change of the total value on the previous edition, in percent; {@code null} if not stated
     * @param previousValue the previous edition's total value; {@code null} if not stated
     * @param convertedValue the total value as the report also states it in a second currency; {@code null} if not stated
     * @param groups parts of the signing as the report breaks it down: by sector, kind, session, delegation
     */
    public SigningSummary {
        if (projects == null && totalValue == null) {
            throw new IllegalArgumentException("a signing summary declares projects, totalValue or both; both were null");
        }
        sectors = Require.list(sectors, "sectors");
        Require.optionalText(sourceId, "sourceId");
        kind = kind == null ? ProjectKind.UNKNOWN : kind;
        if (previousValue != null && totalValue != null && !previousValue.currency().equals(totalValue.currency())) {
            throw new IllegalArgumentException("the previous value is in " + previousValue.currency()
                    + " but the total value in " + totalValue.currency());
        }
        if (convertedValue != null && (totalValue == null
                || convertedValue.amount().currency().equals(totalValue.currency()))) {
            throw new IllegalArgumentException("a converted value is the total value in a second currency: "
                    + (totalValue == null ? "no total value is declared" : "both are in " + totalValue.currency()));
        }
        groups = Require.list(groups, "groups");
    }

    /**
     * Obtains a summary declaring a number of projects and their total value.
     *
     * @param projects   how many projects were signed
     * @param totalValue what they are worth
     * @return the summary, with no sectors named
     */
    public static SigningSummary of(Count projects, ReportedAmount totalValue) {
        return new SigningSummary(projects, totalValue, List.of(), false, null, ProjectKind.UNKNOWN, null, null, null, List.of());
    }

    /**
     * Returns a copy with the change of the total value on the previous edition.
     *
     * @param newValueYearOnYear the change, in percent; {@code null} if not stated
     * @param newPreviousValue the previous edition's total value; {@code null} if not stated
     * @return the summary
     */
    public SigningSummary withValueChange(@Nullable Percentage newValueYearOnYear, @Nullable ReportedAmount newPreviousValue) {
        return new SigningSummary(projects, totalValue, sectors, sectorsExhaustive, sourceId, kind, newValueYearOnYear,
                newPreviousValue, convertedValue, groups);
    }

    /**
     * Returns a copy naming the sectors.
     *
     * @param newSectors the sectors
     * @param exhaustive whether they are all the sectors ({@code false} for "including")
     * @return the summary
     */
    public SigningSummary withSectors(List<Sector> newSectors, boolean exhaustive) {
        return new SigningSummary(projects, totalValue, newSectors, exhaustive, sourceId, kind, valueYearOnYear, previousValue, convertedValue, groups);
    }

    /**
     * Returns a copy citing a source.
     *
     * @param newSourceId the source's id
     * @return the summary
     */
    public SigningSummary withSourceId(@Nullable String newSourceId) {
        return new SigningSummary(projects, totalValue, sectors, sectorsExhaustive, newSourceId, kind, valueYearOnYear, previousValue, convertedValue, groups);
    }

    /**
     * Returns a copy saying what was signed.
     *
     * @param newKind what was signed: contracts, agreements of intent, ...; {@code UNKNOWN} (the default; absent in JSON) if not said
     * @return the signingSummary
     */
    public SigningSummary withKind(ProjectKind newKind) {
        return new SigningSummary(projects, totalValue, sectors, sectorsExhaustive, sourceId, newKind, valueYearOnYear, previousValue, convertedValue, groups);
    }

    /**
     * Returns a copy with the total value as the report also states it in a second currency.
     *
     * @param newConvertedValue the total value as the report also states it in a second currency; {@code null} if not stated
     * @return the signingSummary
     */
    public SigningSummary withConvertedValue(@Nullable Converted newConvertedValue) {
        return new SigningSummary(projects, totalValue, sectors, sectorsExhaustive, sourceId, kind, valueYearOnYear, previousValue, newConvertedValue, groups);
    }

    /**
     * Returns a copy with the parts of the signing as the report breaks it down.
     *
     * @param newGroups parts of the signing as the report breaks it down: by sector, kind, session, delegation
     * @return the signingSummary
     */
    public SigningSummary withGroups(List<SigningGroup> newGroups) {
        return new SigningSummary(projects, totalValue, sectors, sectorsExhaustive, sourceId, kind, valueYearOnYear, previousValue, convertedValue, newGroups);
    }

    /** Leaves an unknown kind out of JSON, where a missing kind reads as unknown: documents without one read and write unchanged. */
    static final class UnknownKind {
        @Override
        public boolean equals(@Nullable Object value) {
            return value == null || value == ProjectKind.UNKNOWN;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
