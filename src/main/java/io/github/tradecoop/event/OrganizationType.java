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
    /**
     * Several organisations acting as one, such as "the trade ministries of the member states of a
     * regional group"; its members, where the report names them, are in
     * {@link Organization#memberIds()}.
     */
    GROUP,
    /** Anything else. */
    OTHER;

    /** Whether organisations of this type may belong to no one country: groups and international organisations. */
    boolean isGroup() {
        return this == GROUP || this == INTERNATIONAL;
    }
}
