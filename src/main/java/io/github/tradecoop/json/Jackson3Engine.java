package io.github.tradecoop.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/** TradeJson on Jackson 3 ({@code tools.jackson.databind}), configured to behave as {@link Jackson2Engine}. */
final class Jackson3Engine extends JsonEngine {

    private final JsonMapper mapper;
    /** JSON Lines are one stream of many documents: each is measured on its own. */
    private final JsonMapper linesMapper;
    /** One reader per type: resolving the deserializer once, not per document. */
    private final ConcurrentMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
    /** The same, for the documents of a stream, whose end is not the end of the input. */
    private final ConcurrentMap<Class<?>, ObjectReader> lineReaders = new ConcurrentHashMap<>();

    Jackson3Engine(boolean ignoreUnknownProperties) {
        this.mapper = mapper(TradeJson.MAX_DOCUMENT_LENGTH, ignoreUnknownProperties);
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
                .addModule(new Jackson3Creators())
                .addModule(new SimpleModule("tradecoop-enum-names").setDeserializerModifier(new ValueDeserializerModifier() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                            BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                        EnumNames names = EnumNames.of(type.getRawClass());
                        return names == null ? deserializer : new EnumByName(deserializer, names);
                    }
                }))
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
                // A date is a date: "2024-01-29T10:00" is refused, not cut to its day.
                .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    @Override
    String name() {
        return "jackson3";
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
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    @Override
    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new TradeDataException(new TradeDataException.Problem("", 0, 0, "json.write",
                    "cannot write " + value.getClass().getSimpleName() + ": " + Wording.firstLine(e.getOriginalMessage())), e);
        }
    }

    @Override
    Cursor cursor(String json) {
        try {
            return new ParserCursor(mapper.createParser(json));
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    @Override
    Cursor linesCursor(Reader reader) {
        try {
            return new ParserCursor(linesMapper.createParser(reader));
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /** A Jackson 3 parser seen as a cursor. */
    private final class ParserCursor implements Cursor {
        private final JsonParser parser;

        ParserCursor(JsonParser parser) {
            this.parser = parser;
        }

        @Override
        public boolean next() {
            try {
                return parser.nextToken() != null;
            } catch (JacksonException e) {
                throw translate(e);
            }
        }

        @Override
        public boolean atContainerEnd() {
            return parser.currentToken() == JsonToken.END_OBJECT || parser.currentToken() == JsonToken.END_ARRAY;
        }

        @Override
        public boolean atName() {
            return parser.currentToken() == JsonToken.PROPERTY_NAME;
        }

        @Override
        public String pointer() {
            return parser.streamReadContext().pathAsPointer().toString();
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
            } catch (JacksonException e) {
                throw translate(e);
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (JacksonException e) {
                throw translate(e);
            }
        }
    }

    /** Reads an exact constant name from the parser's characters; anything else as Jackson does. */
    private static final class EnumByName extends DelegatingDeserializer {
        private final EnumNames names;

        EnumByName(ValueDeserializer<?> jackson, EnumNames names) {
            super(jackson);
            this.names = names;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new EnumByName(newDelegatee, names);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                Enum<?> constant = names.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
                if (constant != null) {
                    return constant;
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    private static Mark mark(TokenStreamLocation location) {
        return location == null ? Mark.UNKNOWN
                : Mark.of(location.getLineNr(), location.getColumnNr(), location.getCharOffset());
    }

    private static TradeDataException translate(JacksonException e) {
        JsonInput.MalformedLine malformed = JsonInput.malformedLine(e);
        if (malformed != null) {
            return JsonInput.failure(malformed);
        }
        Mark at = mark(e.getLocation());
        // Jackson 3 keeps the path on every exception, stream-level ones included.
        String pointer = pointer(e.getPath());
        if (pointer.isEmpty()) {
            // Stream-level failures (limits, syntax) know where the parser was, not a binding path.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JacksonException jackson && jackson.processor() instanceof JsonParser parser) {
                    pointer = parser.streamReadContext().pathAsPointer().toString();
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

    private static String[] wording(JacksonException e) {
        String[] fromCauses = Wording.fromCauses(e, StreamConstraintsException.class, StreamReadException.class,
                "tools.jackson", cause -> ((JacksonException) cause).getOriginalMessage());
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
        if (e instanceof DatabindException || e instanceof InputCoercionException) {
            // A number out of range for what it is read as (an enum read as an int) is a refused
            // value, as Jackson 2 reports it, not malformed JSON.
            return new String[] {"json.invalid-value", Wording.firstLine(original)};
        }
        String[] limit = Wording.limit(original);
        return limit != null ? limit : Wording.syntax(original);
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
