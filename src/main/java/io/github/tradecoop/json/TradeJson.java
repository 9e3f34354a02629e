package io.github.tradecoop.json;

import io.github.tradecoop.validation.TradeValidator;
import io.github.tradecoop.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes fairs, trade statistics and their parts as JSON, with Jackson 2 or Jackson 3.
 *
 * <p>Immutable and thread-safe; build one and share it.
 *
 * <pre>{@code
 * TradeJson json = TradeJson.auto();                       // Jackson 3 if present, else Jackson 2
 * TradeFair fair = json.read(Path.of("fair.json"), TradeFair.class);
 * String text = json.write(fair);
 * TradeFair checked = json.withValidation().read(text, TradeFair.class);
 * }</pre>
 *
 * <p>Strict by default: unknown properties, duplicate keys, content after the document, a
 * number where a string is required, a missing required property and an unknown enum word
 * are errors. {@link #ignoringUnknownProperties()} relaxes the first of these only. Input is
 * bounded: nesting depth {@value #MAX_NESTING_DEPTH}, strings {@value #MAX_STRING_LENGTH}
 * characters, numbers {@value #MAX_NUMBER_LENGTH} characters, documents (and lines of JSON Lines)
 * {@value #MAX_DOCUMENT_LENGTH} characters. Every failure is a {@link TradeDataException}.
 *
 * <p>Both Jackson versions write byte-identical JSON for the same value, and each reads what
 * the other wrote.
 */
public final class TradeJson {

    /** Deepest nesting of arrays and objects accepted (Jackson's default is 1000 or more). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string value accepted, in characters (Jackson's default is 20 million). */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** Longest number accepted, in characters (Jackson's default is 1000). */
    public static final int MAX_NUMBER_LENGTH = 50;
    /** Longest document, or line of JSON Lines, accepted, in characters (Jackson has no default limit). */
    public static final int MAX_DOCUMENT_LENGTH = 10_000_000;

    private final JsonEngine engine;
    private final @Nullable TradeValidator validator;
    private final Locale locale;
    private final boolean ignoreUnknown;

    private TradeJson(JsonEngine engine, @Nullable TradeValidator validator, Locale locale, boolean ignoreUnknown) {
        this.engine = engine;
        this.validator = validator;
        this.locale = locale;
        this.ignoreUnknown = ignoreUnknown;
    }

    /**
     * Returns a TradeJson on Jackson 2 ({@code com.fasterxml.jackson.core:jackson-databind} and
     * {@code jackson-datatype-jsr310} must be on the class path).
     *
     * @return the instance
     * @throws IllegalStateException if Jackson 2 is not available
     */
    public static TradeJson jackson2() {
        JacksonLines.requireJackson2();
        return new TradeJson(new Jackson2Engine(false), null, Locale.ENGLISH, false);
    }

    /**
     * Returns a TradeJson on Jackson 3 ({@code tools.jackson.core:jackson-databind} must be on the class path).
     *
     * @return the instance
     * @throws IllegalStateException if Jackson 3 is not available
     */
    public static TradeJson jackson3() {
        JacksonLines.requireJackson3();
        return new TradeJson(new Jackson3Engine(false), null, Locale.ENGLISH, false);
    }

    /**
     * Returns a TradeJson on whichever Jackson is available, Jackson 3 first.
     *
     * @return the instance
     * @throws IllegalStateException if neither is on the class path, naming what to add
     */
    public static TradeJson auto() {
        if (JacksonLines.jackson3Present()) {
            return jackson3();
        }
        if (JacksonLines.jackson2Present()) {
            return jackson2();
        }
        JacksonLines.explainNone();
        throw new IllegalStateException("no Jackson on the class path: add tools.jackson.core:jackson-databind (Jackson 3)"
                + " or com.fasterxml.jackson.core:jackson-databind with jackson-datatype-jsr310 (Jackson 2)");
    }

    /**
     * Returns a copy whose {@code read} methods also validate what they read with the shared
     * {@link TradeValidator#shared()}; violations become a {@link TradeDataException} with one
     * problem per violation, located in the document. Cheap: no validator is built per call.
     *
     * @return the validating instance
     */
    public TradeJson withValidation() {
        return withValidation(locale);
    }

    /**
     * Returns a copy whose {@code read} methods also validate, with violation messages in a
     * language (English, Chinese or Russian; others get English). Messages about the JSON
     * itself are in English.
     *
     * @param messageLocale the language of validation messages
     * @return the validating instance
     */
    public TradeJson withValidation(Locale messageLocale) {
        Objects.requireNonNull(messageLocale, "messageLocale must not be null");
        return new TradeJson(engine, validator != null ? validator : TradeValidator.shared(), messageLocale, ignoreUnknown);
    }

    /**
     * Returns a copy whose {@code read} methods also validate with the given validator, such as
     * {@code TradeValidator.using(springValidator)}, with violation messages in English.
     *
     * @param tradeValidator the validator
     * @return the validating instance
     */
    public TradeJson withValidation(TradeValidator tradeValidator) {
        return new TradeJson(engine, Objects.requireNonNull(tradeValidator, "tradeValidator must not be null"), locale,
                ignoreUnknown);
    }

    /**
     * Returns a copy that skips properties it does not know, for reading documents written by
     * a newer version. Every other check stays strict.
     *
     * @return the lenient instance
     */
    public TradeJson ignoringUnknownProperties() {
        JsonEngine lenient = "jackson2".equals(engine.name()) ? new Jackson2Engine(true) : new Jackson3Engine(true);
        return new TradeJson(lenient, validator, locale, true);
    }

    /**
     * Returns which Jackson this instance uses.
     *
     * @return {@code "jackson2"} or {@code "jackson3"}
     */
    public String engine() {
        return engine.name();
    }

    /**
     * Reads a document.
     *
     * @param json the document
     * @param type what it holds, e.g. {@code TradeFair.class}
     * @param <T>  the type
     * @return the value
     * @throws TradeDataException if the document cannot be read (or, with validation, is not valid)
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(type, "type must not be null");
        // No length check here: Jackson's own limits name the offending value, the document limit included.
        String document = JsonInput.withoutByteOrderMark(json);
        return validated(engine.readDocument(document, type), document);
    }

    /**
     * Reads a document from a reader, which is read to its end but not closed.
     *
     * @param reader the document
     * @param type   what it holds
     * @param <T>    the type
     * @return the value
     * @throws TradeDataException if the document cannot be read (or is not valid)
     */
    public <T> T read(Reader reader, Class<T> type) {
        Objects.requireNonNull(reader, "reader must not be null");
        return read(JsonInput.slurp(reader), type);
    }

    /**
     * Reads a UTF-8 document from a stream, which is read to its end but not closed.
     *
     * @param input the document
     * @param type  what it holds
     * @param <T>   the type
     * @return the value
     * @throws TradeDataException if the document cannot be read (or is not valid)
     */
    public <T> T read(InputStream input, Class<T> type) {
        Objects.requireNonNull(input, "input must not be null");
        return read(new InputStreamReader(input, JsonInput.strictUtf8()), type);
    }

    /**
     * Reads a UTF-8 document from a file.
     *
     * @param file the file
     * @param type what it holds
     * @param <T>  the type
     * @return the value
     * @throws TradeDataException if the file cannot be read, or its content cannot be (or is not valid)
     */
    public <T> T read(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file must not be null");
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), JsonInput.strictUtf8())) {
            return read(reader, type);
        } catch (IOException e) {
            throw JsonInput.failure(e);
        }
    }

    /**
     * Writes a value as one line of compact JSON.
     *
     * @param value a fair, statistics, or any model value
     * @return the JSON
     */
    public String write(Object value) {
        Objects.requireNonNull(value, "value must not be null");
        return engine.write(value);
    }

    /**
     * Reads JSON Lines lazily: one document per line, blank lines skipped, read with one parser
     * so that memory stays constant whatever the number of lines; close the stream to close
     * the reader. A document that starts on the line where the previous one ended is an error.
     *
     * @param reader the lines
     * @param type   what each line holds
     * @param <T>    the type
     * @return the values, read as the stream is consumed; a failure is a {@link TradeDataException}
     *         whose line is the line in the input
     */
    public <T> Stream<T> readLines(Reader reader, Class<T> type) {
        Objects.requireNonNull(reader, "reader must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Iterator<JsonEngine.Located<T>> located = engine.readLines(JsonInput.withoutByteOrderMark(reader), type);
        Iterator<T> values = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return located.hasNext();
            }

            @Override
            public T next() {
                JsonEngine.Located<T> next = located.next();
                return validated(next.value(), pointers -> {
                    java.util.Map<String, JsonEngine.Mark> marks = new java.util.HashMap<>();
                    pointers.forEach(pointer -> marks.put(pointer, new JsonEngine.Mark(next.line(), 1, -1)));
                    return marks;
                });
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(values, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * Reads JSON Lines from a UTF-8 stream lazily; close the returned stream to close the input.
     *
     * @param input the lines
     * @param type  what each line holds
     * @param <T>   the type
     * @return the values
     */
    public <T> Stream<T> readLines(InputStream input, Class<T> type) {
        Objects.requireNonNull(input, "input must not be null");
        // Decoded line by line: the lines before a malformed one are read, and the failure names its line.
        return readLines(JsonInput.utf8Lines(input), type);
    }

    /**
     * Reads JSON Lines from a UTF-8 file lazily; close the returned stream to close the file.
     *
     * @param file the file
     * @param type what each line holds
     * @param <T>  the type
     * @return the values
     * @throws TradeDataException if the file cannot be opened
     */
    public <T> Stream<T> readLines(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file must not be null");
        try {
            return readLines(Files.newInputStream(file), type);
        } catch (IOException e) {
            throw JsonInput.failure(e);
        }
    }

    /**
     * Writes values as JSON Lines: one compact document and a line feed per value.
     *
     * @param values the values
     * @param out    where to write; flushed, not closed
     * @throws TradeDataException if writing fails
     */
    public void writeLines(Stream<?> values, Writer out) {
        Objects.requireNonNull(values, "values must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try {
            Iterator<?> iterator = values.iterator();
            while (iterator.hasNext()) {
                out.write(write(iterator.next()));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw JsonInput.failure(e);
        }
    }

    /**
     * Writes values as JSON Lines.
     *
     * @param values the values
     * @param out    where to write; flushed, not closed
     * @throws TradeDataException if writing fails
     */
    public void writeLines(Iterable<?> values, Writer out) {
        Objects.requireNonNull(values, "values must not be null");
        writeLines(StreamSupport.stream(values.spliterator(), false), out);
    }

    @Override
    public String toString() {
        return "TradeJson[" + engine.name() + (validator != null ? ", validating" : "")
                + (ignoreUnknown ? ", ignoring unknown properties" : "") + "]";
    }

    private <T> T validated(T value, String json) {
        return validated(value, pointers -> engine.locateAll(json, pointers));
    }

    private <T> T validated(T value, TradeDataException.Locator locator) {
        if (validator != null) {
            List<Violation> violations = validator.validate(value, locale);
            if (!violations.isEmpty()) {
                throw TradeDataException.invalid(violations, locator);
            }
        }
        return value;
    }
}
