package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Part of what a fair signed, as a report breaks it down: by sector ("over 60 percent in
 * manufacturing"), by kind ("98 contract projects worth 117.1 billion yuan"), by session or by
 * delegation, or by any grouping the report makes ("20 projects above 5 billion, 48% of the total").
 * Groups may overlap (a sector and a session), so they are each compared with the total, never
 * added up.
 *
 * @param label     the group as the report names it, e.g. "foreign-invested projects"
 * @param kind      what was signed in this group; {@code null} if the report does not say
 * @param sector    the sector, for a breakdown by sector; {@code null} otherwise
 * @param projects  how many projects; {@code null} if not stated
 * @param value     what they are worth; {@code null} if not stated
 * @param share     their share of the total value, in percent; {@code null} if not stated
 * @param sessionId the id of the session they were signed at; {@code null} if not stated
 * @param partyIds  the organisations (a delegation, a province) that signed them
 * @param sourceId  the id of the source that reports it; {@code null} if not stated
 * @param yearOnYear the change of its value on the previous edition, in percent; {@code null} if not stated
 * @param previousValue the group's value at the previous edition; {@code null} if not stated
 */
@JsonPropertyOrder({"label", "kind", "sector", "projects", "value", "share", "yearOnYear", "previousValue", "sessionId",
        "partyIds", "sourceId"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SigningGroup(@MaxLength(300) String label, @Nullable ProjectKind kind, @Valid @Nullable Sector sector,
        @Nullable Count projects, @Nullable ReportedAmount value, @Nullable Percentage share,
        @Slug @Nullable String sessionId, List<@Slug String> partyIds, @Slug @Nullable String sourceId,
        @Nullable Percentage yearOnYear, @Nullable ReportedAmount previousValue) implements java.io.Serializable {

    /**
     * Checks that the group states a figure.
     *
     * @param label the group as the report names it
     * @param kind what was signed in this group; {@code null} if the report does not say
     * @param sector the sector, for a breakdown by sector; {@code null} otherwise
     * @param projects how many projects; {@code null} if not stated
     * @param value what they are worth; {@code null} if not stated
     * @param share their share of the total value, in percent; {@code null} if not stated
     * @param sessionId the id of the session they were signed at; {@code null} if not stated
     * @param partyIds the organisations that signed them
     * @param sourceId the id of the source that reports it; {@code null} if not stated
     * @param yearOnYear the change of its value on the previous edition, in percent; {@code null} if not stated
     * @param previousValue the group's value at the previous edition; {@code null} if not stated
     * @throws IllegalArgumentException if no figure is stated, or the share is not from 0 to 100 percent
     */
    public SigningGroup {
        Require.text(label, "label");
        if (projects == null && value == null && share == null) {
            throw new IllegalArgumentException("a signing group states projects, value or share; all were null");
        }
        Require.share(share);
        Require.optionalText(sessionId, "sessionId");
        partyIds = Require.list(partyIds, "partyIds");
        Require.optionalText(sourceId, "sourceId");
        if (previousValue != null && value != null && !previousValue.currency().equals(value.currency())) {
            throw new IllegalArgumentException("the previous value is in " + previousValue.currency()
                    + " but the value in " + value.currency());
        }
    }

    /**
     * Obtains a group with a number of projects and their value.
     *
     * @param label    the group as the report names it
     * @param projects how many projects; {@code null} if not stated
     * @param value    what they are worth; {@code null} if not stated
     * @return the group
     */
    public static SigningGroup of(String label, @Nullable Count projects, @Nullable ReportedAmount value) {
        return new SigningGroup(label, null, null, projects, value, null, null, List.of(), null, null, null);
    }

    /**
     * Obtains a group by sector with its share of the total value: "over 60 percent in manufacturing".
     *
     * @param sector the sector
     * @param share  its share of the total value
     * @return the group
     */
    public static SigningGroup ofShare(Sector sector, Percentage share) {
        return new SigningGroup(sector.label(), null, sector, null, null, share, null, List.of(), null, null, null);
    }

    /**
     * Returns a copy saying what was signed.
     *
     * @param newKind the kind
     * @return the group
     */
    public SigningGroup withKind(@Nullable ProjectKind newKind) {
        return new SigningGroup(label, newKind, sector, projects, value, share, sessionId, partyIds, sourceId, yearOnYear, previousValue);
    }

    /**
     * Returns a copy with a sector.
     *
     * @param newSector the sector
     * @return the group
     */
    public SigningGroup withSector(@Nullable Sector newSector) {
        return new SigningGroup(label, kind, newSector, projects, value, share, sessionId, partyIds, sourceId, yearOnYear, previousValue);
    }

    /**
     * Returns a copy with its share of the total value.
     *
     * @param newShare the share, in percent
     * @return the group
     */
    public SigningGroup withShare(@Nullable Percentage newShare) {
        return new SigningGroup(label, kind, sector, projects, value, newShare, sessionId, partyIds, sourceId, yearOnYear, previousValue);
    }

    /**
     * Returns a copy signed at a session.
     *
     * @param newSessionId the session's id
     * @return the group
     */
    public SigningGroup withSessionId(@Nullable String newSessionId) {
        return new SigningGroup(label, kind, sector, projects, value, share, newSessionId, partyIds, sourceId, yearOnYear, previousValue);
    }

    /**
     * Returns a copy signed by these organisations.
     *
     * @param newPartyIds the organisations' ids
     * @return the group
     */
    public SigningGroup withPartyIds(List<String> newPartyIds) {
        return new SigningGroup(label, kind, sector, projects, value, share, sessionId, newPartyIds, sourceId, yearOnYear, previousValue);
    }

    /**
     * Returns a copy citing a source.
     *
     * @param newSourceId the source's id
     * @return the group
     */
    public SigningGroup withSourceId(@Nullable String newSourceId) {
        return new SigningGroup(label, kind, sector, projects, value, share, sessionId, partyIds, newSourceId, yearOnYear, previousValue);
    }

    /**
     * Returns a copy with the change of its value on the previous edition: "contracted investment
     * rose 110.69% on the previous edition".
     *
     * @param newYearOnYear the change, in percent; {@code null} if not stated
     * @param newPreviousValue the value at the previous edition; {@code null} if not stated
     * @return the group
     */
    public SigningGroup withValueChange(@Nullable Percentage newYearOnYear, @Nullable ReportedAmount newPreviousValue) {
        return new SigningGroup(label, kind, sector, projects, value, share, sessionId, partyIds, sourceId, newYearOnYear,
                newPreviousValue);
    }
}
