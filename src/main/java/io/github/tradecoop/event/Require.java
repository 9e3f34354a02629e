package io.github.tradecoop.event;

import io.github.tradecoop.figure.Percentage;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The checks compact constructors of the model share, with messages that name the component. */
final class Require {

    private Require() {
    }

    /** The value, which must not be null (a caller such as a JSON reader may still pass null). */
    static <T> T present(@Nullable T value, String component) {
        return Objects.requireNonNull(value, () -> component + " must not be null");
    }

    /** The text, which must not be null or blank. */
    static String text(@Nullable String value, String component) {
        String text = present(value, component);
        if (text.isBlank()) {
            throw new IllegalArgumentException(component + " must not be blank");
        }
        return text;
    }

    /** The text if not null, which must then not be blank. */
    static @Nullable String optionalText(@Nullable String value, String component) {
        return value == null ? null : text(value, component);
    }

    /**
     * The rules of a figure that can be part of another: a share needs a whole, is from 0 to 100
     * percent, and nothing is part of itself.
     */
    static void part(@Nullable String id, @Nullable String partOf, @Nullable Percentage share) {
        Require.optionalText(partOf, "partOf");
        if (share != null && partOf == null) {
            throw new IllegalArgumentException("a share is of a whole: name it in partOf");
        }
        share(share);
        if (partOf != null && partOf.equals(id)) {
            throw new IllegalArgumentException("\"" + id + "\" cannot be part of itself");
        }
    }

    /** A share, if stated, can be one: some value within its rounding is from 0 to 100 percent. */
    static void share(@Nullable Percentage share) {
        if (share != null && !share.isPossibleShare()) {
            throw new IllegalArgumentException("a share is from 0 to 100 percent; was " + share);
        }
    }

    /** An edition number, if stated, is 1 or more. */
    static void edition(@Nullable Integer edition) {
        if (edition != null && edition < 1) {
            throw new IllegalArgumentException("edition must be 1 or more but was " + edition);
        }
    }

    /** An unmodifiable copy of the list, which must not contain null; a null list is empty. */
    static <T> List<T> list(@Nullable List<T> values, String component) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(component + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    /**
     * An unmodifiable copy of the map, sorted by key so that iteration (and JSON) is stable;
     * it must not hold null keys or values; a null map is empty.
     */
    static <K, V> Map<K, V> map(@Nullable Map<K, V> values, String component) {
        if (values == null) {
            return Map.of();
        }
        values.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException(component + " must not hold null keys or values");
            }
        });
        return Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
