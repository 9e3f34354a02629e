package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.tradecoop.validation.LanguageTag;
import io.github.tradecoop.validation.MaxLength;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;

/**
 * A person who spoke or presented, with the positions the report gives them.
 *
 * @param name      the name as reported, e.g. "Kuimov Igor"
 * @param positions the positions, most prominent first
 * @param otherNames the name in other languages, keyed by BCP 47 language tag ({@code "zh"}, {@code "ru"})
 */
@JsonPropertyOrder({"name", "otherNames", "positions"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Person(@MaxLength(200) String name, List<@Valid Position> positions,
        Map<@LanguageTag String, @MaxLength(200) String> otherNames) implements java.io.Serializable {

    /**
     * Checks the name and copies the positions.
     *
     * @param name the name as reported, e.g. "Kuimov Igor"
     * @param positions the positions, most prominent first
     * @param otherNames the name in other languages, keyed by BCP 47 language tag ({@code "zh"}, {@code "ru"})
     */
    public Person {
        Require.text(name, "name");
        positions = Require.list(positions, "positions");
        otherNames = Require.map(otherNames, "otherNames");
    }

    /**
     * Obtains a person.
     *
     * @param name      the name
     * @param positions the positions
     * @return the person
     */
    public static Person of(String name, Position... positions) {
        return new Person(name, List.of(Require.present(positions, "positions")), Map.of());
    }

    /**
     * Returns a copy with the name in other languages.
     *
     * @param newOtherNames the name in other languages, keyed by BCP 47 language tag ({@code "zh"}, {@code "ru"})
     * @return the person
     */
    public Person withOtherNames(Map<String, String> newOtherNames) {
        return new Person(name, positions, newOtherNames);
    }
}
