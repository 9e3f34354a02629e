package io.github.tradecoop.money;

/**
 * Thrown when an amount lies outside what {@link Money} accepts: an absolute value
 * of {@code 10^21} or more, or more than {@value Money#MAX_SCALE} decimal places.
 *
 * <p>The bounds keep hostile input such as {@code 1e1000000000} from becoming a value
 * whose arithmetic would exhaust memory; no real trade figure comes near them.
 */
public final class AmountOutOfBoundsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was out of bounds, and why
     */
    public AmountOutOfBoundsException(String message) {
        super(message);
    }
}
