package io.github.tradecoop.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** TradeJson on Jackson 2 ({@code com.fasterxml.jackson.databind}). */
final class Jackson2Engine extends JsonEngine {

    private final ObjectMapper mapper;
    /** JSON Lines are one stream of many documents: each is measured on its own. */
    private final JsonFactory linesFactory;
    /** One reader per type: resolving the deserializer once, not per document. */
    private final ConcurrentMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
    /** The same, for the documents of a stream, whose end is not the end of the input. */
    private final ConcurrentMap<Class<?>, ObjectReader> lineReaders = new ConcurrentHashMap<>();

    Jackson2Engine(boolean ignoreUnknownProperties) {
        this.linesFactory = factory(-1);
        ObjectMapper built = JsonMapper.builder(factory(TradeJson.MAX_DOCUMENT_LENGTH))
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("tradecoop-enum-names").setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                            BeanDescription description, JsonDeserializer<?> deserializer) {
                        EnumNames names = EnumNames.of(type.getRawClass());
                        return names == null ? deserializer : new EnumByName(deserializer, names);
                    }
                }))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !ignoreUnknownProperties)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // A missing boolean (sectorsExhaustive) reads as false.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .build();
        // A date is a date: "2024-01-29T10:00" is refused, not cut to its day.
        built.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        built.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        this.mapper = built;
    }

    private static JsonFactory factory(long maxDocumentLength) {
        return new JsonFactoryBuilder()
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
    String name() {
        return "jackson2";
    }

    @Override
    <T> T read(String json, Class<T> type) {
        try {
            T value = readers.computeIfAbsent(type, mapper::readerFor).readValue(json);
            if (value == null) {
                throw new TradeDataException(new TradeDataException.Problem("", 1, 1, "json.empty",
                        "the document is null, not a " + type.getSimpleName()), null);
            }
            return value;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new TradeDataException(new TradeDataException.Problem("", 0, 0, "json.write",
                    "cannot write " + value.getClass().getSimpleName() + ": " + Wording.firstLine(e.getOriginalMessage())), e);
        }
    }

    @Override
    Cursor cursor(String json) {
        try {
            return new ParserCursor(mapper.getFactory().createParser(json));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    Cursor linesCursor(Reader reader) {
        try {
            return new ParserCursor(linesFactory.createParser(reader));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** A Jackson 2 parser seen as a cursor. */
    private final class ParserCursor implements Cursor {
        private final JsonParser parser;

        ParserCursor(JsonParser parser) {
            this.parser = parser;
        }

        @Override
        public boolean next() {
            try {
                return parser.nextToken() != null;
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public boolean atContainerEnd() {
            return parser.currentToken() == JsonToken.END_OBJECT || parser.currentToken() == JsonToken.END_ARRAY;
        }

        @Override
        public boolean atName() {
            return parser.currentToken() == JsonToken.FIELD_NAME;
        }

        @Override
        public String pointer() {
            return parser.getParsingContext().pathAsPointer().toString();
        }

        @Override
        public Mark tokenStart() {
            return mark(parser.currentTokenLocation());
        }

        @Override
        public Mark position() {
            return mark(parser.currentLocation());
        }

        @Override
        public <T> T bind(Class<T> type) {
            ObjectReader reader = lineReaders.computeIfAbsent(type,
                    t -> mapper.readerFor(t).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
            try {
                return reader.readValue(parser);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }

    /** Reads an exact constant name from the parser's characters; anything else as Jackson does. */
    private static final class EnumByName extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final EnumNames names;

        EnumByName(JsonDeserializer<?> jackson, EnumNames names) {
            super(jackson);
            this.names = names;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new EnumByName(newDelegatee, names);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                Enum<?> constant = names.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                if (constant != null) {
                    return constant;
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    private static Mark mark(JsonLocation location) {
        return location == null ? Mark.UNKNOWN
                : Mark.of(location.getLineNr(), location.getColumnNr(), location.getCharOffset());
    }

    /** A Jackson failure translated, or an I/O failure of the underlying reader. */
    private static TradeDataException failure(IOException e) {
        JsonInput.MalformedLine malformed = JsonInput.malformedLine(e);
        if (malformed != null) {
            return JsonInput.failure(malformed);
        }
        if (e instanceof JsonProcessingException processing) {
            return translate(processing);
        }
        return JsonInput.failure(e);
    }

    private static TradeDataException translate(JsonProcessingException e) {
        Mark at = mark(e.getLocation());
        String pointer = e instanceof JsonMappingException mapping ? pointer(mapping.getPath()) : "";
        if (pointer.isEmpty()) {
            // Stream-level failures (limits, syntax) know where the parser was, not a binding path.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonProcessingException processing && processing.getProcessor() instanceof JsonParser parser) {
                    pointer = parser.getParsingContext().pathAsPointer().toString();
                    if (at.line() == 0) {
                        at = mark(parser.currentLocation());
                    }
                    break;
                }
            }
        }
        String[] wording = wording(e);
        return new TradeDataException(at.problem(pointer, wording[0], wording[1]), e);
    }

    private static String[] wording(JsonProcessingException e) {
        String[] fromCauses = Wording.fromCauses(e, StreamConstraintsException.class, JsonParseException.class,
                "com.fasterxml.jackson", cause -> ((JsonProcessingException) cause).getOriginalMessage());
        if (fromCauses != null) {
            return fromCauses;
        }
        String original = Objects.toString(e.getOriginalMessage(), "");
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
