package io.github.tradecoop.json;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Plain-language messages for what Jackson reports, shared by both versions so that
 * Jackson 2 and Jackson 3 fail with the same words.
 */
final class Wording {

    private static final Pattern NESTING = Pattern.compile("(?i).*nesting depth.*");
    private static final Pattern STRING_LENGTH = Pattern.compile("(?i).*string value length.*");
    private static final Pattern NUMBER_LENGTH = Pattern.compile("(?i).*number value length.*");
    private static final Pattern DOCUMENT_LENGTH = Pattern.compile("(?i).*document length.*");
    private static final Pattern DUPLICATE = Pattern.compile("(?s)Duplicate (?:Object property|field) [\"']([^\"']*)[\"'].*");
    private static final Pattern NOT_NULL = Pattern.compile("(\\w+) must not be null");

    private Wording() {
    }

    /**
     * What the cause chain of a Jackson exception says, before its own type is looked at:
     * undecodable input, a limit, a syntax error under a binding error, or a model invariant
     * our own code threw. Null when the chain says none of these.
     *
     * @param constraintType  the version's StreamConstraintsException
     * @param parseType       the version's exception for malformed JSON
     * @param jacksonPackage  the version's package prefix, to tell our own causes apart
     * @param originalMessage the version's way to get a message without location
     */
    static String @Nullable [] fromCauses(Throwable e, Class<? extends Throwable> constraintType,
            Class<? extends Throwable> parseType, String jacksonPackage,
            java.util.function.Function<Throwable, String> originalMessage) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                return new String[] {"json.io", "the input is not UTF-8"};
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (constraintType.isInstance(cause)) {
                String message = String.valueOf(cause.getMessage());
                String[] limit = limit(message);
                return limit != null ? limit : new String[] {"json.too-long", firstLine(message)};
            }
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (parseType.isInstance(cause)) {
                return syntax(String.valueOf(originalMessage.apply(cause)));
            }
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (!cause.getClass().getName().startsWith(jacksonPackage)) {
                return invalidValue(cause);
            }
        }
        return null;
    }

    /** The code and message for a limit Jackson enforced, or null if it is not one. */
    static String @Nullable [] limit(String jacksonMessage) {
        if (NESTING.matcher(jacksonMessage).matches()) {
            return new String[] {"json.too-deep", "the document nests deeper than " + TradeJson.MAX_NESTING_DEPTH + " levels"};
        }
        if (STRING_LENGTH.matcher(jacksonMessage).matches()) {
            return new String[] {"json.too-long", "a string is longer than " + TradeJson.MAX_STRING_LENGTH + " characters"};
        }
        if (NUMBER_LENGTH.matcher(jacksonMessage).matches()) {
            return new String[] {"json.too-long", "a number is longer than " + TradeJson.MAX_NUMBER_LENGTH + " characters"};
        }
        if (DOCUMENT_LENGTH.matcher(jacksonMessage).matches()) {
            return new String[] {"json.too-long", "the document is longer than " + TradeJson.MAX_DOCUMENT_LENGTH + " characters"};
        }
        return null;
    }

    /** Syntax errors: duplicate keys get their own code; others keep Jackson's first sentence. */
    static String[] syntax(String jacksonMessage) {
        Matcher duplicate = DUPLICATE.matcher(jacksonMessage);
        if (duplicate.matches()) {
            return new String[] {"json.duplicate-key", "duplicate key \"" + duplicate.group(1) + "\""};
        }
        String first = firstLine(jacksonMessage);
        if (first.startsWith("Unexpected end-of-input")) {
            return new String[] {"json.syntax", "the document ends too early"};
        }
        return new String[] {"json.syntax", "not valid JSON: " + first};
    }

    static String[] unknownProperty(String name, List<String> known) {
        return new String[] {"json.unknown-property", "unknown property \"" + name + "\""
                + (known.isEmpty() ? "" : "; expected one of " + String.join(", ", known))};
    }

    static String[] unknownType(String id) {
        return new String[] {"json.unknown-type", "unknown type \"" + id + "\"; expected country, subdivision or group"};
    }

    static String[] unknownEnum(Object value, Class<?> type) {
        Object[] constants = type.getEnumConstants();
        return new String[] {"json.unknown-value", "unknown value \"" + value + "\"; expected one of "
                + List.of(constants)};
    }

    static String[] wrongType(Class<?> target, String jacksonMessage) {
        if (target == String.class) {
            return new String[] {"json.wrong-type", "expected a string (decimals and codes are written as strings)"};
        }
        if (jacksonMessage.startsWith("No content to map")) {
            return new String[] {"json.empty", "the document is empty"};
        }
        if (jacksonMessage.startsWith("Trailing token")) {
            return new String[] {"json.trailing-content", "unexpected content after the end of the document"};
        }
        String expected = target == null ? "a different value" : target.isEnum() ? "one of " + List.of(target.getEnumConstants())
                : List.class.isAssignableFrom(target) ? "an array"
                : Number.class.isAssignableFrom(target) || target.isPrimitive() ? "a whole number" : "an object";
        return new String[] {"json.wrong-type", "expected " + expected};
    }

    /** A failure our own code reported while building a value: the model's own words. */
    static String[] invalidValue(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        Matcher notNull = NOT_NULL.matcher(message);
        if (cause instanceof NullPointerException && notNull.matches()) {
            return new String[] {"json.missing-property", "required property \"" + notNull.group(1) + "\" is missing or null"};
        }
        return new String[] {"json.invalid-value", firstLine(message)};
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        int at = line.indexOf(" at [Source");
        String text = (at < 0 ? line : line.substring(0, at)).strip();
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
