package io.github.tradecoop.json;

import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/** TradeJson on Jackson 3 ({@code tools.jackson.databind}), configured to behave as {@link Jackson2Engine}. */
final class Jackson3Engine implements JsonEngine {

    private final JsonMapper mapper;
    private final JsonMapper linesMapper;
    /** One reader per type: resolving the deserializer once, not per document. */
    private final java.util.concurrent.ConcurrentMap<Class<?>, tools.jackson.databind.ObjectReader> readers =
            new java.util.concurrent.ConcurrentHashMap<>();

    Jackson3Engine(boolean ignoreUnknownProperties) {
        this.mapper = mapper(TradeJson.MAX_DOCUMENT_LENGTH, ignoreUnknownProperties);
        // JSON Lines are one stream of many documents: each is measured on its own.
        this.linesMapper = mapper(-1, ignoreUnknownProperties);
    }

    private static JsonMapper mapper(long maxDocumentLength, boolean ignoreUnknownProperties) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(TradeJson.MAX_NESTING_DEPTH)
                        .maxStringLength(TradeJson.MAX_STRING_LENGTH)
                        .maxNumberLength(TradeJson.MAX_NUMBER_LENGTH)
                        .maxDocumentLength(maxDocumentLength)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !ignoreUnknownProperties)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // A missing boolean (sectorsExhaustive) reads as false.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Jackson 3 sorts properties alphabetically by default; the format keeps declaration order.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    @Override
    public String name() {
        return "jackson3";
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
        } catch (JacksonException e) {
            throw translate(e, lineOffset);
        }
    }

    @Override
    public <T> Iterator<Located<T>> readLines(Reader reader, Class<T> type) {
        JsonParser parser;
        try {
            parser = linesMapper.createParser(reader);
        } catch (JacksonException e) {
            throw translate(e, 0);
        }
        // The documents of a stream follow each other: only each one's own end is checked.
        var objectReader = linesMapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return new Iterator<>() {
            private int lastLine;
            private boolean fetched;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (!fetched && !done) {
                    try {
                        done = parser.nextToken() == null;
                    } catch (JacksonException e) {
                        throw translate(e, 0);
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
                TokenStreamLocation start = parser.currentTokenLocation();
                int line = Math.max(start.getLineNr(), 0);
                if (line <= lastLine) {
                    throw new TradeDataException(new TradeDataException.Problem("", line, Math.max(start.getColumnNr(), 0),
                            "json.syntax", "JSON Lines hold one document per line; this one starts on the line of the last"),
                            null);
                }
                try {
                    T value = objectReader.readValue(parser);
                    TokenStreamLocation end = parser.currentLocation();
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
                } catch (JacksonException e) {
                    throw translate(e, 0);
                }
            }
        };
    }

    @Override
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new TradeDataException(new TradeDataException.Problem("", 0, 0, "json.write",
                    "cannot write " + value.getClass().getSimpleName() + ": " + Wording.firstLine(e.getOriginalMessage())), e);
        }
    }

    @Override
    public Stop whereReadingStops(String json) {
        try (JsonParser parser = mapper.createParser(json)) {
            try {
                while (parser.nextToken() != null) {
                    // read on
                }
                return null;
            } catch (JacksonException e) {
                int[] at = position(parser.currentLocation());
                return new Stop(parser.streamReadContext().pathAsPointer().toString(), at[0], at[1]);
            }
        } catch (JacksonException e) {
            return null;
        }
    }

    @Override
    public int[] locate(String json, String pointer) {
        int[] best = {1, 1};
        int bestLength = -1;
        try (JsonParser parser = mapper.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String here = parser.streamReadContext().pathAsPointer().toString();
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                boolean exact = pointer.equals(here);
                if (exact && token == JsonToken.PROPERTY_NAME) {
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
        } catch (JacksonException e) {
            return best;
        }
        return best;
    }

    private static int[] position(TokenStreamLocation location) {
        return location == null ? new int[] {0, 0}
                : new int[] {Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0)};
    }

    private static TradeDataException translate(JacksonException e, int lineOffset) {
        int[] at = position(e.getLocation());
        if (at[0] > 0) {
            at[0] += lineOffset;
        }
        // Jackson 3 keeps the path on every exception, stream-level ones included.
        String pointer = pointer(e.getPath());
        if (pointer.isEmpty()) {
            // Stream-level failures (limits, syntax) know where the parser was, not a binding path.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JacksonException jackson && jackson.processor() instanceof JsonParser parser) {
                    pointer = parser.streamReadContext().pathAsPointer().toString();
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

    private static String[] wording(JacksonException e) {
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
            if (cause instanceof tools.jackson.core.exc.StreamReadException read) {
                return Wording.syntax(Objects.toString(read.getOriginalMessage(), ""));
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
        if (e instanceof DatabindException) {
            return new String[] {"json.invalid-value", Wording.firstLine(original)};
        }
        String[] limit = Wording.limit(original);
        return limit != null ? limit : Wording.syntax(original);
    }

    private static Throwable ownCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (!cause.getClass().getName().startsWith("tools.jackson")) {
                return cause;
            }
        }
        return null;
    }

    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                pointer.append('/').append(Pointers.escape(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }
}
