package io.github.tradecoop.check;

/** How serious a finding is. */
public enum Severity {
    /** The figures or references contradict each other. */
    ERROR,
    /** Something is doubtful but not contradictory, such as a flow reported twice. */
    WARNING
}
