package io.github.tradecoop.json;

import io.github.tradecoop.event.OrganizationType;
import io.github.tradecoop.event.ProjectKind;
import io.github.tradecoop.event.Role;
import io.github.tradecoop.event.ScaleMeasure;
import io.github.tradecoop.event.SessionType;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The constants of one of the model's enums by name, looked up in the characters a parser holds,
 * so that reading an enum value does not build a string and hash it.
 *
 * <p>Only an exact name is found here; anything else is left to Jackson's own enum reading, which
 * reports what is wrong or applies its other rules. The model's enums are written and read by
 * their constant names, so an exact name means the same here as there. Other enums, such as a
 * user's read through TradeJson, may rename their constants for JSON and are left to Jackson.
 */
final class EnumNames implements Serializable {

    // Serializable because Jackson 2's deserializers, which hold it, are.
    private static final long serialVersionUID = 1L;

    /** The enums a TradeJson document of the model can hold; a test keeps this complete. */
    static final Set<Class<? extends Enum<?>>> MODEL_ENUMS = Set.of(Area.Level.class, FlowDirection.class,
            OrganizationType.class, ProjectKind.class, Qualifier.class, Quantity.Unit.class, Role.class,
            ScaleMeasure.class, SessionType.class);

    private final Enum<?>[] constants;
    private final char[][] names;

    private EnumNames(Enum<?>[] constants) {
        this.constants = constants;
        this.names = new char[constants.length][];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].name().toCharArray();
        }
    }

    /** Returns the names of {@code type}'s constants if it is one of the {@link #MODEL_ENUMS}, or null. */
    static @Nullable EnumNames of(Class<?> type) {
        return MODEL_ENUMS.contains(type) ? new EnumNames((Enum<?>[]) type.getEnumConstants()) : null;
    }

    /**
     * Returns the constant named by {@code length} characters of {@code text} from {@code offset},
     * or null if none is (or if there is no text).
     */
    @Nullable Enum<?> find(char @Nullable [] text, int offset, int length) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < names.length; i++) {
            char[] name = names[i];
            if (name.length == length && matches(name, text, offset)) {
                return constants[i];
            }
        }
        return null;
    }

    private static boolean matches(char[] name, char[] text, int offset) {
        for (int i = 0; i < name.length; i++) {
            if (name[i] != text[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
