package io.github.tradecoop.money.internal;

import java.io.InvalidObjectException;
import java.util.function.Function;

/**
 * Values that serialise as their canonical text ({@code Money}, {@code Range}) read it back
 * through their own {@code parse}, so a deserialised value passes every check a parsed one does.
 */
public final class SerialText {

    private SerialText() {
    }

    /**
     * Parses a serial form's text, refusing a tampered one as Java serialisation expects.
     *
     * @param text  the canonical text from the stream
     * @param parse the type's {@code parse}
     * @param type  the type's name, for the message
     * @param <T>   the type
     * @return the value
     * @throws InvalidObjectException if the text does not parse
     */
    public static <T> T read(String text, Function<String, T> parse, String type) throws InvalidObjectException {
        try {
            return parse.apply(text);
        } catch (RuntimeException invalid) {
            InvalidObjectException refused = new InvalidObjectException("not a " + type + ": " + invalid.getMessage());
            refused.initCause(invalid);
            throw refused;
        }
    }
}
