package io.github.tradecoop.event;

/** What kind of body an organisation is. */
public enum OrganizationType {
    /** A people's government, ministry or municipal administration. */
    GOVERNMENT,
    /** A department, bureau or office of a government. */
    GOVERNMENT_AGENCY,
    /** A chamber of commerce and industry. */
    CHAMBER_OF_COMMERCE,
    /** A trade or industry association. */
    ASSOCIATION,
    /** A company. */
    ENTERPRISE,
    /** An industrial park or development zone. */
    INDUSTRIAL_PARK,
    /** A university or research institute. */
    ACADEMIC,
    /** A newspaper, agency or broadcaster. */
    MEDIA,
    /** An international organisation such as the Eurasian Economic Union. */
    INTERNATIONAL,
    /** Anything else. */
    OTHER
}
