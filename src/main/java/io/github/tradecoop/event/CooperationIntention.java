package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cooperation intentions reached, short of a signed project: "a group of enterprises in the
 * fields of petroleum equipment ... reached cooperation intentions with Russian participants".
 *
 * @param sectors     the fields
 * @param partyIds    ids of the organisations involved
 * @param description the report's words; {@code null} if not kept
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CooperationIntention(List<@Valid Sector> sectors, List<@Slug String> partyIds,
        @MaxLength(2000) @Nullable String description) implements java.io.Serializable {

    /**
     * Copies the lists; at least one sector is required.
     *
     * @param sectors the fields
     * @param partyIds ids of the organisations involved
     * @param description the report's words; {@code null} if not kept
     */
    public CooperationIntention {
        sectors = Require.list(sectors, "sectors");
        if (sectors.isEmpty()) {
            throw new IllegalArgumentException("sectors must name at least one sector");
        }
        partyIds = Require.list(partyIds, "partyIds");
        Require.optionalText(description, "description");
    }

    /**
     * Obtains an intention in some sectors.
     *
     * @param sectors the sectors
     * @return the intention
     */
    public static CooperationIntention of(Sector... sectors) {
        return new CooperationIntention(List.of(Require.present(sectors, "sectors")), List.of(), null);
    }

    /**
     * Returns a copy with the parties involved.
     *
     * @param newPartyIds the organisations' ids
     * @return the intention
     */
    public CooperationIntention withPartyIds(List<String> newPartyIds) {
        return new CooperationIntention(sectors, newPartyIds, description);
    }

    /**
     * Returns a copy with the report's words.
     *
     * @param newDescription the description
     * @return the intention
     */
    public CooperationIntention withDescription(@Nullable String newDescription) {
        return new CooperationIntention(sectors, partyIds, newDescription);
    }
}
