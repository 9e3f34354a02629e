package io.github.tradecoop.check;

import java.util.List;
import java.util.Objects;

/**
 * The findings of a consistency check, in the order of the data.
 *
 * @param findings every finding; empty when everything is consistent
 */
public record ConsistencyReport(List<Finding> findings) implements java.io.Serializable {

    /**
     * Copies the findings.
     *
     * @param findings every finding; empty when everything is consistent
     */
    public ConsistencyReport {
        Objects.requireNonNull(findings, "findings must not be null");
        findings = List.copyOf(findings);
    }

    /**
     * Tells whether nothing contradicts anything: there is no finding of severity {@link Severity#ERROR}.
     *
     * @return {@code true} if consistent
     */
    public boolean isConsistent() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * Returns the findings of severity {@link Severity#ERROR}.
     *
     * @return the errors
     */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /**
     * Returns the findings with a code.
     *
     * @param code e.g. {@code "trade.total-vs-parts"}
     * @return the findings
     */
    public List<Finding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }
}
