package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.validation.CountryCode;
import io.github.tradecoop.validation.LanguageTag;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A government, agency, chamber, company or park that takes part in trade cooperation.
 *
 * @param id          identifier that other facts refer to, e.g. {@code "shenyang-government"}
 * @param name        the name in English
 * @param otherNames  names in other languages, keyed by BCP 47 language tag ({@code "zh"}, {@code "ru"})
 * @param type        what kind of body it is
 * @param country     the ISO 3166-1 alpha-2 country code; {@code null} only for a group of organisations
 *                    or an international organisation, which belong to no one country
 * @param locality    the city or district it belongs to; {@code null} if not stated
 * @param identifiers official identifiers
 * @param parentId    the id of the organisation it is part of; {@code null} if none or not stated
 * @param memberIds for a {@link OrganizationType#GROUP}, the ids of its members the report names; empty if none are named
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Organization(@Slug String id, @MaxLength(300) String name,
        Map<@LanguageTag String, @MaxLength(300) String> otherNames, OrganizationType type,
        @CountryCode @Nullable String country, @MaxLength(200) @Nullable String locality,
        List<@Valid Identifier> identifiers, @Slug @Nullable String parentId, List<@Slug String> memberIds) implements java.io.Serializable {

    /**
     * Checks the required components and copies the collections.
     *
     * @param id identifier that other facts refer to, e.g. {@code "shenyang-government"}
     * @param name the name in English
     * @param otherNames names in other languages, keyed by BCP 47 language tag ({@code "zh"}, {@code "ru"})
     * @param type what kind of body it is
     * @param country the ISO 3166-1 alpha-2 country code; {@code null} only for a group or an international organisation
     * @param locality the city or district it belongs to; {@code null} if not stated
     * @param identifiers official identifiers
     * @param parentId the id of the organisation it is part of; {@code null} if none or not stated
     * @param memberIds for a {@link OrganizationType#GROUP}, the ids of its members the report names; empty if none are named
     */
    public Organization {
        Require.text(id, "id");
        Require.text(name, "name");
        otherNames = Require.map(otherNames, "otherNames");
        Require.present(type, "type");
        if (country != null || !type.isGroup()) {
            Require.text(country, "country");
        }
        Require.optionalText(locality, "locality");
        identifiers = Require.list(identifiers, "identifiers");
        Require.optionalText(parentId, "parentId");
        memberIds = Require.list(memberIds, "memberIds");
    }

    /**
     * Obtains an organisation from its required components.
     *
     * @param id      the id
     * @param name    the English name
     * @param type    the kind of body
     * @param country the ISO 3166-1 alpha-2 country code; {@code null} for a group or an international organisation
     * @return the organisation
     */
    public static Organization of(String id, String name, OrganizationType type, @Nullable String country) {
        return new Organization(id, name, Map.of(), type, country, null, List.of(), null, List.of());
    }

    /**
     * Returns a copy with its names in other languages.
     *
     * @param newOtherNames names keyed by language tag
     * @return the organisation
     */
    public Organization withOtherNames(Map<String, String> newOtherNames) {
        return new Organization(id, name, newOtherNames, type, country, locality, identifiers, parentId, memberIds);
    }

    /**
     * Returns a copy with a locality.
     *
     * @param newLocality the city or district
     * @return the organisation
     */
    public Organization withLocality(@Nullable String newLocality) {
        return new Organization(id, name, otherNames, type, country, newLocality, identifiers, parentId, memberIds);
    }

    /**
     * Returns a copy with official identifiers.
     *
     * @param newIdentifiers the identifiers
     * @return the organisation
     */
    public Organization withIdentifiers(List<Identifier> newIdentifiers) {
        return new Organization(id, name, otherNames, type, country, locality, newIdentifiers, parentId, memberIds);
    }

    /**
     * Returns a copy that is part of another organisation.
     *
     * @param newParentId the parent's id
     * @return the organisation
     */
    public Organization withParentId(@Nullable String newParentId) {
        return new Organization(id, name, otherNames, type, country, locality, identifiers, newParentId, memberIds);
    }

    /**
     * Returns a copy naming the members of a group.
     *
     * @param newMemberIds for a {@link OrganizationType#GROUP}, the ids of its members the report names; empty if none are named
     * @return the organization
     */
    public Organization withMemberIds(List<String> newMemberIds) {
        return new Organization(id, name, otherNames, type, country, locality, identifiers, parentId, newMemberIds);
    }
}
