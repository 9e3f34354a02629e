package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.validation.MaxLength;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A person who spoke or presented, with the positions the report gives them.
 *
 * @param name      the name as reported, e.g. "Kuimov Igor"
 * @param positions the positions, most prominent first
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Person(@MaxLength(200) String name, List<@Valid Position> positions) implements java.io.Serializable {

    /**
     * Checks the name and copies the positions.
     *
     * @param name the name as reported, e.g. "Kuimov Igor"
     * @param positions the positions, most prominent first
     */
    public Person {
        Require.text(name, "name");
        positions = Require.list(positions, "positions");
    }

    /**
     * Obtains a person.
     *
     * @param name      the name
     * @param positions the positions
     * @return the person
     */
    public static Person of(String name, Position... positions) {
        return new Person(name, List.of(Require.present(positions, "positions")));
    }
}
