package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.TradeStatistics;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model's enum constants found by name in a parser's characters, exactly as Jackson would find them. */
class EnumNamesTest {

    private static final List<Enum<?>> CONSTANTS = EnumNames.MODEL_ENUMS.stream()
            .<Enum<?>>flatMap(type -> Arrays.stream(type.getEnumConstants())).toList();

    @Test
    void everyConstantIsFoundByItsNameWhereverItStandsInTheText() {
        for (Enum<?> constant : CONSTANTS) {
            EnumNames names = EnumNames.of(constant.getDeclaringClass());
            char[] text = ("{\"x\":\"" + constant.name() + "\"}").toCharArray();
            assertSame(constant, names.find(text, 6, constant.name().length()), constant.name());
        }
    }

    /** The law: the text names a constant exactly when it equals that constant's name. */
    @Test
    void onlyTheExactNameIsFound() {
        qt().withExamples(20_000).forAll(integers().between(0, CONSTANTS.size() - 1), integers().between(0, 5),
                integers().between(0, 30), strings().betweenCodePoints(' ', 'z').ofLengthBetween(0, 4))
                .checkAssert((index, change, position, extra) -> {
                    Enum<?> near = CONSTANTS.get(index);
                    String candidate = changed(near.name(), change, position, extra);
                    char[] text = (extra + candidate + extra).toCharArray();
                    Enum<?> expected = Arrays.stream(near.getDeclaringClass().getEnumConstants())
                            .filter(c -> c.name().equals(candidate)).findFirst().orElse(null);
                    assertEquals(expected, EnumNames.of(near.getDeclaringClass())
                            .find(text, extra.length(), candidate.length()), candidate);
                });
    }

    /** A constant's name, unchanged or with one of the slips that must not be taken for it. */
    private static String changed(String name, int change, int position, String extra) {
        int at = position % name.length();
        return switch (change) {
            case 0 -> name;
            case 1 -> name.substring(0, name.length() - 1);
            case 2 -> name + extra;
            case 3 -> extra.isEmpty() ? name : name.substring(0, at) + extra.charAt(0) + name.substring(at + 1);
            case 4 -> name.substring(0, at) + name.substring(at, at + 1).toLowerCase(Locale.ROOT) + name.substring(at + 1);
            default -> extra;
        };
    }

    @Test
    void enumsOutsideTheModelAreLeftToJackson() {
        assertNull(EnumNames.of(DayOfWeek.class), "another enum may rename its constants for JSON");
        assertNull(EnumNames.of(String.class));
    }

    @Test
    void noTextNamesNothing() {
        assertNull(EnumNames.of(FlowDirection.class).find(null, 0, 0), "left to Jackson, which reports it");
    }

    @Test
    void theModelEnumsAreEveryEnumADocumentCanHold() {
        Set<Class<?>> found = new HashSet<>();
        collectEnums(TradeFair.class, new HashSet<>(), found);
        collectEnums(TradeStatistics.class, new HashSet<>(), found);
        assertEquals(found, Set.copyOf(EnumNames.MODEL_ENUMS));
    }

    /** Walks record components, type arguments and sealed interfaces' subtypes, as Jackson binds them. */
    private static void collectEnums(Type type, Set<Type> visited, Set<Class<?>> enums) {
        if (!visited.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collectEnums(argument, visited, enums);
            }
            return;
        }
        if (!(type instanceof Class<?> raw)) {
            return;
        }
        if (raw.isEnum()) {
            enums.add(raw);
        }
        List<Type> inside = new ArrayList<>();
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                inside.add(component.getGenericType());
            }
        }
        if (raw.isSealed()) {
            inside.addAll(List.of(raw.getPermittedSubclasses()));
        }
        for (Type t : inside) {
            collectEnums(t, visited, enums);
        }
    }
}
