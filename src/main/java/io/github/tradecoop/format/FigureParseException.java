package io.github.tradecoop.format;

/**
 * Thrown when text is not a figure that a {@link FigureFormat} can read.
 *
 * <p>Carries the whole input and the index of the first character that could not be read
 * (equal to the input's length when the input ended too early).
 */
public class FigureParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The text that failed to parse. */
    private final String input;
    /** Where parsing failed. */
    private final int index;

    /**
     * Creates the exception.
     *
     * @param message what was expected or wrong
     * @param input   the text that failed to parse
     * @param index   the index of the first character that could not be read
     */
    public FigureParseException(String message, String input, int index) {
        super(message + " at index " + index + " of \"" + abbreviate(input) + "\"");
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
     * @return a zero-based index
     */
    public int index() {
        return index;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
