package io.github.tradecoop.money;

/**
 * Thrown when text is not a canonical money string such as {@code "CNY 13600000000"}.
 *
 * <p>Carries the input and the index of the first character that could not be read,
 * as {@link java.time.format.DateTimeParseException} does.
 */
public final class MoneyParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The text that failed to parse. */
    private final String input;
    /** Index into {@link #input} where parsing failed. */
    private final int index;

    /**
     * Creates the exception.
     *
     * @param message what was wrong
     * @param input   the text that failed to parse
     * @param index   the index of the first character that could not be read
     */
    public MoneyParseException(String message, String input, int index) {
        super(message + " at index " + index + " in \"" + input + "\"");
        this.input = input;
        this.index = index;
    }

    /**
     * Returns the text that failed to parse.
     *
     * @return the input
     */
    public String input() {
        return input;
    }

    /**
     * Returns the index of the first character that could not be read.
     *
     * @return a zero-based index, equal to the input length if the input ended too early
     */
    public int index() {
        return index;
    }
}
