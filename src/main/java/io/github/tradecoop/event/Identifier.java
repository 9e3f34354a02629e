package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;

/**
 * An official identifier of an organisation in a named scheme, such as a Chinese unified
 * social credit code ({@code CN-USCI}) or a Russian OGRN ({@code RU-OGRN}).
 *
 * @param scheme the scheme, in the org-id.guide style {@code CC-NAME}
 * @param value  the identifier within the scheme
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Identifier(@Slug @MaxLength(30) String scheme, @MaxLength(100) String value) implements java.io.Serializable {

    /**
     * Checks both components.
     *
     * @param scheme the scheme, in the org-id.guide style {@code CC-NAME}
     * @param value the identifier within the scheme
     */
    public Identifier {
        Require.text(scheme, "scheme");
        Require.text(value, "value");
    }

    /**
     * Obtains an identifier.
     *
     * @param scheme the scheme, e.g. {@code "CN-USCI"}
     * @param value  the identifier
     * @return the identifier
     */
    public static Identifier of(String scheme, String value) {
        return new Identifier(scheme, value);
    }
}
