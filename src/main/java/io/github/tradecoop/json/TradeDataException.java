package io.github.tradecoop.json;

import io.github.tradecoop.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when JSON cannot be read as trade data, or (with {@link TradeJson#withValidation()})
 * reads but is not valid. Never wraps a raw Jackson or Hibernate Validator exception as the
 * thing to catch: the pointer, line, column and plain-language message say what is wrong.
 */
public class TradeDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Every problem, the first of which the pointer, line and column describe. */
    private final transient List<Problem> problems;

    /**
     * One problem in a document.
     *
     * @param pointer the JSON pointer (RFC 6901) of the offending value; {@code ""} for the whole document
     * @param line    1-based line, 0 if unknown
     * @param column  1-based column, 0 if unknown
     * @param code    a stable code: {@code json.syntax}, {@code json.unknown-property}, ..., or a validation code
     * @param message what is wrong, in plain language
     */
    public record Problem(String pointer, int line, int column, String code, String message) {

        @Override
        public String toString() {
            return line + ":" + column + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
        }
    }

    /**
     * Creates the exception for one problem.
     *
     * @param problem the problem
     * @param cause   the underlying failure, kept for debugging
     */
    public TradeDataException(Problem problem, @Nullable Throwable cause) {
        super(problem.toString(), cause);
        this.problems = List.of(problem);
    }

    /**
     * Creates the exception for several problems, such as validation violations.
     *
     * @param problems the problems, at least one
     */
    public TradeDataException(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " problems:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem is needed");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the JSON pointer of the (first) offending value.
     *
     * @return e.g. {@code "/flows/0/value"}; {@code ""} for the whole document
     */
    public String pointer() {
        return problems.get(0).pointer();
    }

    /**
     * Returns the line of the (first) problem.
     *
     * @return 1-based line, 0 if unknown
     */
    public int line() {
        return problems.get(0).line();
    }

    /**
     * Returns the column of the (first) problem.
     *
     * @return 1-based column, 0 if unknown
     */
    public int column() {
        return problems.get(0).column();
    }

    /**
     * Returns every problem found: one for a document that could not be read, one per
     * violation for a document that read but is not valid.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Turns validation violations into problems located in the document.
     *
     * @param violations the violations
     * @param locator    finds the line and column of a pointer
     * @return the exception
     */
    static TradeDataException invalid(List<Violation> violations, Locator locator) {
        List<String> pointers = violations.stream()
                .map(v -> v.pointer() != null ? v.pointer() : Pointers.fromPropertyPath(v.path())).toList();
        java.util.Map<String, JsonEngine.Mark> marks = locator.locateAll(new java.util.LinkedHashSet<>(pointers));
        java.util.List<Problem> problems = new java.util.ArrayList<>(violations.size());
        for (int i = 0; i < violations.size(); i++) {
            // locateAll places every pointer it is given, at the nearest value it finds
            problems.add(Objects.requireNonNull(marks.get(pointers.get(i))).problem(pointers.get(i), violations.get(i).code(),
                    violations.get(i).message()));
        }
        return new TradeDataException(problems);
    }

    /**
     * Finds where the values at pointers start in the document, all in one reading of it, so that
     * locating many violations costs the document once, not once per violation.
     */
    interface Locator {
        java.util.Map<String, JsonEngine.Mark> locateAll(java.util.Set<String> pointers);
    }
}
