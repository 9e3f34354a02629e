package io.github.tradecoop.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/** TradeJson on Jackson 2 ({@code com.fasterxml.jackson.databind}). */
final class Jackson2Engine implements JsonEngine {

    private final ObjectMapper mapper;
    private final JsonFactory linesFactory;
    /** One reader per type: resolving the deserializer once, not per document. */
    private final java.util.concurrent.ConcurrentMap<Class<?>, com.fasterxml.jackson.databind.ObjectReader> readers =
            new java.util.concurrent.ConcurrentHashMap<>();

    Jackson2Engine(boolean ignoreUnknownProperties) {
        JsonFactory factory = factory(TradeJson.MAX_DOCUMENT_LENGTH);
        // JSON Lines are one stream of many documents: each is measured on its own.
        this.linesFactory = factory(-1);
        ObjectMapper built = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !ignoreUnknownProperties)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // A missing boolean (sectorsExhaustive) reads as false.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .build();
        built.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        this.mapper = built;
    }

    private static JsonFactory factory(long maxDocumentLength) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(TradeJson.MAX_NESTING_DEPTH)
                        .maxStringLength(TradeJson.MAX_STRING_LENGTH)
                        .maxNumberLength(TradeJson.MAX_NUMBER_LENGTH)
                        .maxDocumentLength(maxDocumentLength)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    @Override
    public String name() {
        return "jackson2";
    }

    @Override
    public <T> T read(Reader reader, Class<T> type, int lineOffset) {
        try {
            T value = readers.computeIfAbsent(type, mapper::readerFor).readValue(reader);
            if (value == null) {
                throw new TradeDataException(new TradeDataException.Problem("", lineOffset + 1, 1, "json.empty",
                        "the document is null, not a " + type.getSimpleName()), null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw translate(e, lineOffset);
        } catch (IOException e) {
            throw new TradeDataException(new TradeDataException.Problem("", 0, 0, "json.io",
                    "cannot read the document: " + e.getMessage()), e);
        }
    }

    @Override
    public <T> Iterator<Located<T>> readLines(Reader reader, Class<T> type) {
        JsonParser parser;
        try {
            parser = linesFactory.createParser(reader);
        } catch (IOException e) {
            throw failure(e);
        }
        // The documents of a stream follow each other: only each one's own end is checked.
        var objectReader = readers.computeIfAbsent(type, mapper::readerFor)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return new Iterator<>() {
            private int lastLine;
            private boolean fetched;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (!fetched && !done) {
                    try {
                        done = parser.nextToken() == null;
                    } catch (IOException e) {
                        throw failure(e);
                    }
                    fetched = true;
                }
                return !done;
            }

            @Override
            public Located<T> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                fetched = false;
                JsonLocation start = parser.currentTokenLocation();
                int line = Math.max(start.getLineNr(), 0);
                if (line <= lastLine) {
                    throw new TradeDataException(new TradeDataException.Problem("", line, Math.max(start.getColumnNr(), 0),
                            "json.syntax", "JSON Lines hold one document per line; this one starts on the line of the last"),
                            null);
                }
                try {
                    T value = objectReader.readValue(parser);
                    JsonLocation end = parser.currentLocation();
                    lastLine = Math.max(end.getLineNr(), line);
                    if (value == null) {
                        throw new TradeDataException(new TradeDataException.Problem("", line, 1, "json.empty",
                                "the line is null, not a " + type.getSimpleName()), null);
                    }
                    if (end.getCharOffset() - start.getCharOffset() > TradeJson.MAX_DOCUMENT_LENGTH) {
                        throw new TradeDataException(new TradeDataException.Problem("", line, 1, "json.too-long",
                                "the line is longer than " + TradeJson.MAX_DOCUMENT_LENGTH + " characters"), null);
                    }
                    return new Located<>(value, line);
                } catch (IOException e) {
                    throw failure(e);
                }
            }
        };
    }

    @Override
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new TradeDataException(new TradeDataException.Problem("", 0, 0, "json.write",
                    "cannot write " + value.getClass().getSimpleName() + ": " + Wording.firstLine(e.getOriginalMessage())), e);
        }
    }

    @Override
    public Stop whereReadingStops(String json) {
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            try {
                while (parser.nextToken() != null) {
                    // read on
                }
                return null;
            } catch (IOException e) {
                int[] at = position(parser.currentLocation());
                return new Stop(parser.getParsingContext().pathAsPointer().toString(), at[0], at[1]);
            }
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public int[] locate(String json, String pointer) {
        int[] best = {1, 1};
        int bestLength = -1;
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String here = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                boolean exact = pointer.equals(here);
                if (exact && token == JsonToken.FIELD_NAME) {
                    // Point at the value, not at its name.
                    parser.nextToken();
                    return position(parser.currentTokenLocation());
                }
                if ((exact || pointer.startsWith(here + "/") || here.isEmpty()) && here.length() > bestLength) {
                    bestLength = here.length();
                    best = position(parser.currentTokenLocation());
                    if (exact) {
                        return best;
                    }
                }
            }
        } catch (IOException e) {
            return best;
        }
        return best;
    }

    /** A Jackson failure translated, or an I/O failure of the underlying reader. */
    private static TradeDataException failure(IOException e) {
        if (e instanceof JsonProcessingException processing) {
            return translate(processing, 0);
        }
        return new TradeDataException(new TradeDataException.Problem("", 0, 0, "json.io",
                e instanceof java.nio.charset.CharacterCodingException ? "the input is not UTF-8"
                        : "cannot read the document: " + e.getMessage()), e);
    }

    private static int[] position(JsonLocation location) {
        return location == null ? new int[] {0, 0}
                : new int[] {Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0)};
    }

    private static TradeDataException translate(JsonProcessingException e, int lineOffset) {
        int[] at = position(e.getLocation());
        if (at[0] > 0) {
            at[0] += lineOffset;
        }
        String pointer = e instanceof JsonMappingException mapping ? pointer(mapping.getPath()) : "";
        if (pointer.isEmpty()) {
            // Stream-level failures (limits, syntax) know where the parser was, not a binding path.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonProcessingException processing && processing.getProcessor() instanceof JsonParser parser) {
                    pointer = parser.getParsingContext().pathAsPointer().toString();
                    if (at[0] == 0) {
                        at = position(parser.currentLocation());
                        at[0] += at[0] > 0 ? lineOffset : 0;
                    }
                    break;
                }
            }
        }
        String[] wording = wording(e);
        return new TradeDataException(new TradeDataException.Problem(pointer, at[0], at[1], wording[0], wording[1]), e);
    }

    private static String[] wording(JsonProcessingException e) {
        String original = Objects.toString(e.getOriginalMessage(), "");
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                return new String[] {"json.io", "the input is not UTF-8"};
            }
        }
        Throwable constraint = e;
        while (constraint != null && !(constraint instanceof StreamConstraintsException)) {
            constraint = constraint.getCause();
        }
        if (constraint != null) {
            String[] limit = Wording.limit(Objects.toString(constraint.getMessage(), ""));
            return limit != null ? limit : new String[] {"json.too-long", Wording.firstLine(original)};
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof com.fasterxml.jackson.core.JsonParseException parse) {
                return Wording.syntax(Objects.toString(parse.getOriginalMessage(), ""));
            }
        }
        Throwable ours = ownCause(e);
        if (ours != null) {
            return Wording.invalidValue(ours);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return Wording.unknownProperty(unknown.getPropertyName(), known);
        }
        if (e instanceof InvalidTypeIdException typeId) {
            return Wording.unknownType(typeId.getTypeId());
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return Wording.unknownEnum(format.getValue(), format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return Wording.wrongType(mismatch.getTargetType(), original);
        }
        if (e instanceof JsonMappingException) {
            return new String[] {"json.invalid-value", Wording.firstLine(original)};
        }
        String[] limit = Wording.limit(original);
        return limit != null ? limit : Wording.syntax(original);
    }

    /** The first cause thrown by the library's own code (a model invariant), if any. */
    private static Throwable ownCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (!cause.getClass().getName().startsWith("com.fasterxml.jackson")) {
                return cause;
            }
        }
        return null;
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                pointer.append('/').append(Pointers.escape(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }
}
