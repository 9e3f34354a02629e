package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.validation.Slug;

/**
 * An organisation's part in a fair: the Shenyang Municipal People's Government as {@link Role#HOST}.
 *
 * @param organizationId the id of an organisation of the fair
 * @param role           its role
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Participation(@Slug String organizationId, Role role) implements java.io.Serializable {

    /**
     * Checks both components.
     *
     * @param organizationId the id of an organisation of the fair
     * @param role its role
     */
    public Participation {
        Require.text(organizationId, "organizationId");
        Require.present(role, "role");
    }

    /**
     * Obtains a participation of an organisation.
     *
     * @param organization the organisation
     * @param role         its role
     * @return the participation
     */
    public static Participation of(Organization organization, Role role) {
        return new Participation(Require.present(organization, "organization").id(), role);
    }

    /**
     * Obtains a participation by organisation id.
     *
     * @param organizationId the organisation's id
     * @param role           its role
     * @return the participation
     */
    public static Participation of(String organizationId, Role role) {
        return new Participation(organizationId, role);
    }
}
