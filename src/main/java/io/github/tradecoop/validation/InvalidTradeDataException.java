package io.github.tradecoop.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link TradeValidator#requireValid(Object)}, carrying every violation found. */
public class InvalidTradeDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The violations, in path order. */
    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations the violations, at least one
     */
    public InvalidTradeDataException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns every violation found.
     *
     * @return the violations, in path order
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        return violations.size() + (violations.size() == 1 ? " violation" : " violations") + ":\n"
                + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
    }
}
