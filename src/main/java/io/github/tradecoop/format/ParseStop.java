package io.github.tradecoop.format;

/** A parse failure at an index, turned into a {@link FigureParseException} with the input. */
final class ParseStop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int index;

    ParseStop(String message, int index) {
        super(message, null, false, false);
        this.index = index;
    }
}
