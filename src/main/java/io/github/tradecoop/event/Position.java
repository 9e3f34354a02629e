package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;
import org.jspecify.annotations.Nullable;

/**
 * A position a person holds: "Deputy Mayor" of the Shenyang Municipal People's Government.
 *
 * @param title          the title, e.g. "Deputy Mayor of Shenyang"
 * @param organizationId the id of the organisation; {@code null} if it is not one the fair lists
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Position(@MaxLength(200) String title, @Slug @Nullable String organizationId) implements java.io.Serializable {

    /**
     * Checks the components.
     *
     * @param title the title, e.g. "Deputy Mayor of Shenyang"
     * @param organizationId the id of the organisation; {@code null} if it is not one the fair lists
     */
    public Position {
        Require.text(title, "title");
        Require.optionalText(organizationId, "organizationId");
    }

    /**
     * Obtains a position at an organisation.
     *
     * @param title          the title
     * @param organizationId the organisation's id
     * @return the position
     */
    public static Position of(String title, String organizationId) {
        return new Position(title, organizationId);
    }

    /**
     * Obtains a position known only by its title.
     *
     * @param title the title
     * @return the position
     */
    public static Position titled(String title) {
        return new Position(title, null);
    }
}
