package io.github.tradecoop.json;

import java.io.Reader;
import java.util.Iterator;

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

    /**
     * Reads a stream of documents, one per line, lazily, with one parser; a document that
     * does not start on a new line, or is longer than a document may be, is an error.
     * The values come with the line each starts on.
     */
    <T> Iterator<Located<T>> readLines(Reader reader, Class<T> type);

    /** A value read from JSON Lines, and the line it starts on. */
    record Located<T>(T value, int line) {
    }

    /** Writes one value compactly. */
    String write(Object value);

    /**
     * Where a stream-level failure (a limit) happened, for failures Jackson reports without
     * a location: the document is read token by token until it fails.
     *
     * @return where reading failed; {@code null} if reading does not fail
     */
    Stop whereReadingStops(String json);

    /** Where reading a document stopped. */
    record Stop(String pointer, int line, int column) {
    }

    /** The 1-based line and column where the value at the pointer (or its nearest ancestor) starts. */
    int[] locate(String json, String pointer);
}
