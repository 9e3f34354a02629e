package io.github.tradecoop.json;

import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * What TradeJson needs of a Jackson version: the only seam between the two. Each version
 * supplies reading, writing and a {@link Cursor} over its token stream; locating values,
 * finding where reading stops and walking JSON Lines are written once, here, on the cursor.
 */
abstract class JsonEngine {

    /** A value read from JSON Lines, and the line it starts on. */
    record Located<T>(T value, int line) {
    }

    /** A place in the input: 1-based line and column (0 if unknown) and character offset (-1 if unknown). */
    record Mark(int line, int column, long offset) {
        static final Mark UNKNOWN = new Mark(0, 0, -1);

        /** A place as a parser reports it, whose unknown parts may be negative. */
        static Mark of(int line, int column, long offset) {
            return new Mark(Math.max(line, 0), Math.max(column, 0), offset);
        }

        /** A problem found here, at {@code pointer}. */
        TradeDataException.Problem problem(String pointer, String code, String message) {
            return new TradeDataException.Problem(pointer, line, column, code, message);
        }
    }

    /** Where reading a document stopped. */
    record Stop(String pointer, Mark at) {
    }

    /**
     * A parser's position in a token stream. Failures come out as {@link TradeDataException}s;
     * after one, the cursor still tells where it stood.
     */
    interface Cursor extends AutoCloseable {

        /** Moves to the next token; false at the end of the input. */
        boolean next();

        /** Whether the current token closes an object or an array. */
        boolean atContainerEnd();

        /** Whether the current token is a property name. */
        boolean atName();

        /** The JSON pointer of the current token. */
        String pointer();

        /** Where the current token starts. */
        Mark tokenStart();

        /** Where the parser has reached. */
        Mark position();

        /** Binds the value that starts at the current token, leaving what follows unread. */
        <T> T bind(Class<T> type);

        @Override
        void close();
    }

    /** {@code "jackson2"} or {@code "jackson3"}. */
    abstract String name();

    /**
     * Reads one whole document.
     *
     * @throws TradeDataException for any failure
     */
    abstract <T> T read(String json, Class<T> type);

    /** Writes one value compactly. */
    abstract String write(Object value);

    /** A cursor over one document, with every limit of {@link TradeJson}. */
    abstract Cursor cursor(String json);

    /** A cursor over a stream of documents: every limit but the length of the whole stream. */
    abstract Cursor linesCursor(Reader reader);

    /**
     * Reads one whole document and places a failure at the start of the offending value:
     * Jackson reports limits without a location, and values the model refused at their end.
     *
     * @throws TradeDataException for any failure
     */
    final <T> T readDocument(String json, Class<T> type) {
        try {
            return read(json, type);
        } catch (TradeDataException e) {
            TradeDataException.Problem p = e.problems().get(0);
            if (!isStreamLevel(e)) {
                // A document that is not well-formed JSON, or repeats a key, is reported as such, whichever
                // error the engine met first: Jackson 2 binds "0x10" as the number 0 and stops at its type,
                // Jackson 3 at the "x"; Jackson 2 stops at an unknown property that Jackson 3 reports only
                // after it has read on past a repeated key.
                TradeDataException stream = streamError(json);
                if (stream != null) {
                    throw stream;
                }
            }
            if (p.line() == 0 && p.pointer().isEmpty()) {
                Stop stop = whereReadingStops(json);
                if (stop != null) {
                    throw new TradeDataException(stop.at().problem(stop.pointer(), p.code(), p.message()), e.getCause());
                }
            }
            boolean refusedValue = p.code().equals("json.invalid-value") || p.code().equals("json.missing-property");
            if (p.line() > 0 && !refusedValue) {
                throw e;
            }
            throw new TradeDataException(locate(json, p.pointer()).problem(p.pointer(), p.code(), p.message()),
                    e.getCause());
        }
    }

    /**
     * Reads a stream of documents, one per line, lazily, with one parser; a document that
     * does not start on a new line, or is longer than a document may be, is an error.
     */
    final <T> Iterator<Located<T>> readLines(Reader reader, Class<T> type) {
        Cursor cursor = linesCursor(reader);
        return new Iterator<>() {
            private int lastLine;
            private boolean fetched;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (!fetched && !done) {
                    done = !cursor.next();
                    fetched = true;
                }
                return !done;
            }

            @Override
            public Located<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                fetched = false;
                Mark start = cursor.tokenStart();
                if (start.line() <= lastLine) {
                    throw problem(start.line(), start.column(), "json.syntax",
                            "JSON Lines hold one document per line; this one starts on the line of the last");
                }
                T value;
                try {
                    value = cursor.bind(type);
                } catch (TradeDataException e) {
                    TradeDataException placed = onLine(e, start.line());
                    // As for a whole document: malformed JSON or a repeated key on the line is reported
                    // rather than the binding problem one engine met before it.
                    TradeDataException stream = isStreamLevel(placed) ? null : streamErrorOnLine(cursor, start.line());
                    throw stream != null ? stream : placed;
                }
                Mark end = cursor.position();
                lastLine = Math.max(end.line(), start.line());
                if (value == null) {
                    throw problem(start.line(), 1, "json.empty", "the line is null, not a " + type.getSimpleName());
                }
                if (end.offset() - start.offset() > TradeJson.MAX_DOCUMENT_LENGTH) {
                    throw problem(start.line(), 1, "json.too-long",
                            "the line is longer than " + TradeJson.MAX_DOCUMENT_LENGTH + " characters");
                }
                return new Located<>(value, start.line());
            }
        };
    }

    /**
     * Where the values at the pointers (or their nearest ancestors) start, in one reading of the
     * document: each token's pointer is looked up among the pointers and their ancestors, so the
     * cost is the document plus the pointers' depths, however many pointers there are.
     */
    final java.util.Map<String, Mark> locateAll(String json, java.util.Set<String> pointers) {
        java.util.Map<String, Mark> found = new java.util.HashMap<>();
        java.util.Map<String, Integer> bestLength = new java.util.HashMap<>();
        java.util.Map<String, java.util.List<String>> byPrefix = new java.util.HashMap<>();
        for (String pointer : pointers) {
            found.put(pointer, new Mark(1, 1, 0));
            bestLength.put(pointer, -1);
            byPrefix.computeIfAbsent("", k -> new java.util.ArrayList<>()).add(pointer);
            for (int slash = pointer.indexOf('/', 1); slash > 0; slash = pointer.indexOf('/', slash + 1)) {
                byPrefix.computeIfAbsent(pointer.substring(0, slash), k -> new java.util.ArrayList<>()).add(pointer);
            }
            if (!pointer.isEmpty()) {
                byPrefix.computeIfAbsent(pointer, k -> new java.util.ArrayList<>()).add(pointer);
            }
        }
        java.util.Set<String> exact = new java.util.HashSet<>();
        try (Cursor cursor = cursor(json)) {
            while (cursor.next() && exact.size() < pointers.size()) {
                if (cursor.atContainerEnd()) {
                    continue;
                }
                String here = cursor.pointer();
                java.util.List<String> under = byPrefix.get(here);
                if (under == null) {
                    continue;
                }
                Mark token = cursor.tokenStart();
                Mark value = token;
                if (pointers.contains(here) && !exact.contains(here) && cursor.atName()) {
                    cursor.next();  // point at the value, not at its name
                    value = cursor.tokenStart();
                }
                for (String pointer : under) {
                    if (exact.contains(pointer)) {
                        continue;
                    }
                    if (pointer.equals(here)) {
                        found.put(pointer, value);
                        exact.add(pointer);
                    } else if (here.length() > bestLength.getOrDefault(pointer, -1)) {
                        bestLength.put(pointer, here.length());
                        found.put(pointer, token);
                    }
                }
            }
        } catch (TradeDataException unreadable) {
            return found;
        }
        return found;
    }

    /** Where the value at the pointer (or its nearest ancestor) starts. */
    final Mark locate(String json, String pointer) {
        Mark best = new Mark(1, 1, 0);
        int bestLength = -1;
        try (Cursor cursor = cursor(json)) {
            while (cursor.next()) {
                if (cursor.atContainerEnd()) {
                    continue;
                }
                String here = cursor.pointer();
                boolean exact = pointer.equals(here);
                if (exact && cursor.atName()) {
                    cursor.next();  // point at the value, not at its name
                    return cursor.tokenStart();
                }
                if ((exact || pointer.startsWith(here + "/") || here.isEmpty()) && here.length() > bestLength) {
                    bestLength = here.length();
                    best = cursor.tokenStart();
                    if (exact) {
                        return best;
                    }
                }
            }
        } catch (TradeDataException unreadable) {
            return best;
        }
        return best;
    }

    /**
     * Where a stream-level failure (a limit) happened, for failures Jackson reports without a
     * location: the document is read token by token until it fails.
     *
     * @return where reading failed; {@code null} if reading does not fail
     */
    private @Nullable Stop whereReadingStops(String json) {
        try (Cursor cursor = cursor(json)) {
            try {
                while (cursor.next()) {
                    // read on
                }
                return null;
            } catch (TradeDataException e) {
                return new Stop(cursor.pointer(), cursor.position());
            }
        } catch (TradeDataException e) {
            return null;
        }
    }

    /** The syntax error or repeated key of a document, found by reading its tokens alone; null if none. */
    private @Nullable TradeDataException streamError(String json) {
        try (Cursor cursor = cursor(json)) {
            while (cursor.next()) {
                // read on
            }
            return null;
        } catch (TradeDataException e) {
            return isStreamLevel(e) ? e : null;
        }
    }

    private static boolean isStreamLevel(TradeDataException e) {
        String code = e.problems().get(0).code();
        return code.equals("json.syntax") || code.equals("json.duplicate-key") || code.equals("json.io");
    }

    /** The syntax error or repeated key in the rest of a line, read on from a binding failure; null if none. */
    private static @Nullable TradeDataException streamErrorOnLine(Cursor cursor, int line) {
        try {
            while (cursor.next() && cursor.tokenStart().line() <= line) {
                // read on to the end of the line
            }
            return null;
        } catch (TradeDataException e) {
            return isStreamLevel(e) && e.problems().get(0).line() == line ? e : null;
        }
    }

    /**
     * A failure inside a line whose place the engine did not give (Jackson 3 gives none for some
     * binding errors): it is put at the start of its line, as Jackson 2 places it.
     */
    private static TradeDataException onLine(TradeDataException e, int line) {
        TradeDataException.Problem p = e.problems().get(0);
        if (p.line() > 0) {
            return e;
        }
        return new TradeDataException(new TradeDataException.Problem(p.pointer(), line, 1, p.code(), p.message()),
                e.getCause());
    }

    private static TradeDataException problem(int line, int column, String code, String message) {
        return new TradeDataException(new TradeDataException.Problem("", line, column, code, message), null);
    }
}
