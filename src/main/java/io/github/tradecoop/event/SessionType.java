package io.github.tradecoop.event;

/** The kinds of sub-event a fair is made of. */
public enum SessionType {
    /** The opening ceremony. */
    OPENING_CEREMONY,
    /** The closing ceremony. */
    CLOSING_CEREMONY,
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
    EXHIBITION,
    /** A press conference. */
    PRESS_CONFERENCE,
    /** A meeting of governments or of their commissions, such as an intergovernmental committee's session. */
    INTERGOVERNMENTAL_MEETING
}
