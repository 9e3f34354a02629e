package io.github.tradecoop.event;

/** The kinds of sub-event a fair is made of. */
public enum SessionType {
    /** The opening ceremony. */
    OPENING_CEREMONY,
    /** A forum, with speeches or panels. */
    FORUM,
    /** Business-to-business matchmaking. */
    B2B_MATCHMAKING,
    /** An investment promotion conference. */
    INVESTMENT_PROMOTION,
    /** Visits to parks, enterprises or sites. */
    SITE_VISIT,
    /** A signing ceremony. */
    SIGNING_CEREMONY,
    /** An exhibition. */
    EXHIBITION
}
