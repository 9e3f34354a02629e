package io.github.tradecoop.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.JsonReadContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Jackson 2 parsers that refuse a duplicate key without allocating for every object.
 *
 * <p>Jackson 2's own check ({@code STRICT_DUPLICATE_DETECTION}) builds a {@code HashSet} for every
 * object with more than two keys, up to five per trade flow: with it, reading trade flows
 * allocated three quarters more than with this one, and took about 15% longer. This check lives
 * where Jackson keeps its own, in the parser's read context, so it sees every key by whatever
 * route the parser is moved on; each nesting level keeps its keys in a {@link SeenKeys} reused
 * from object to object.
 *
 * <p>Only text parsers (from a {@code String} or a {@code Reader}, all TradeJson creates) get it;
 * the factory keeps {@code STRICT_DUPLICATE_DETECTION} on, so a parser over bytes still has
 * Jackson's own check.
 */
final class Jackson2StrictKeys {

    private Jackson2StrictKeys() {
    }

    /** A factory whose text parsers check keys here. */
    static JsonFactory factory(JsonFactoryBuilder builder) {
        return new Factory(builder);
    }

    private static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        Factory(JsonFactoryBuilder builder) {
            super(builder);
        }

        private Factory(Factory source) {
            super(source, null);
        }

        @Override
        public JsonFactory copy() {
            return new Factory(this);
        }

        // As JsonFactory's own two methods, with the parser class changed.

        @Override
        protected JsonParser _createParser(Reader reader, IOContext context) {
            return new Parser(context, _parserFeatures, reader, _objectCodec, _rootCharSymbols.makeChild());
        }

        @Override
        protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
                throws IOException {
            _streamReadConstraints.validateDocumentLength(length);
            return new Parser(context, _parserFeatures, null, _objectCodec, _rootCharSymbols.makeChild(), data, offset,
                    offset + length, recyclable);
        }
    }

    static final class Parser extends ReaderBasedJsonParser {

        Parser(IOContext context, int features, @Nullable Reader reader, ObjectCodec codec, CharsToNameCanonicalizer names) {
            super(context, features, reader, codec, names);
            _parsingContext = Context.root(this);
        }

        Parser(IOContext context, int features, @Nullable Reader reader, ObjectCodec codec, CharsToNameCanonicalizer names,
                char[] buffer, int start, int end, boolean recyclable) {
            super(context, features, reader, codec, names, buffer, start, end, recyclable);
            _parsingContext = Context.root(this);
        }
    }

    /** One nesting level, as Jackson's, with the keys of its object. */
    private static final class Context extends JsonReadContext {
        private final JsonParser parser;
        private final SeenKeys keys = new SeenKeys();

        private Context(@Nullable Context parent, int depth, int type, int line, int column, JsonParser parser) {
            super(parent, depth, null, type, line, column);
            this.parser = parser;
        }

        static Context root(JsonParser parser) {
            return new Context(null, 0, TYPE_ROOT, 1, 0, parser);
        }

        @Override
        public Context createChildArrayContext(int line, int column) {
            return child(TYPE_ARRAY, line, column);
        }

        @Override
        public Context createChildObjectContext(int line, int column) {
            return child(TYPE_OBJECT, line, column);
        }

        private Context child(int type, int line, int column) {
            Context child = (Context) _child;
            if (child == null) {
                child = new Context(this, _nestingDepth + 1, type, line, column, parser);
                _child = child;
            } else {
                child.reset(type, line, column);
            }
            return child;
        }

        @Override
        public void reset(int type, int line, int column) {
            super.reset(type, line, column);
            keys.clear();
        }

        @Override
        public void setCurrentName(String name) throws JsonProcessingException {
            super.setCurrentName(name);
            if (name != null && !keys.add(name)) {
                // Jackson's own words, which Wording turns into json.duplicate-key.
                throw new JsonParseException(parser, "Duplicate field '" + name + "'");
            }
        }
    }
}
