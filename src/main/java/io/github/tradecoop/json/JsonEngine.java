package io.github.tradecoop.json;

import java.io.Reader;

/** What TradeJson needs of a Jackson version; the only seam between the two. */
interface JsonEngine {

    /** {@code "jackson2"} or {@code "jackson3"}. */
    String name();

    /**
     * Reads one document. Line numbers in errors are shifted by {@code lineOffset}, for JSON Lines.
     *
     * @throws TradeDataException for any failure
     */
    <T> T read(Reader reader, Class<T> type, int lineOffset);

    /** Writes one value compactly. */
    String write(Object value);

    /** The 1-based line and column where the value at the pointer (or its nearest ancestor) starts. */
    int[] locate(String json, String pointer);
}
