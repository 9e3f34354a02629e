package io.github.tradecoop.event;

/** What was signed for a project. */
public enum ProjectKind {
    /** A binding contract. */
    CONTRACT,
    /** A framework or cooperation agreement. */
    AGREEMENT,
    /** A memorandum of understanding or letter of intent. */
    MEMORANDUM
}
