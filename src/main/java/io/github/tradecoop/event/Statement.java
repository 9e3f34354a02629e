package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * What someone said, in summary.
 *
 * @param speaker  who said it
 * @param summary  what they said
 * @param sourceId the id of the source that reports it; {@code null} if not stated
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Statement(@Valid Person speaker, @MaxLength(4000) String summary, @Slug @Nullable String sourceId) implements java.io.Serializable {

    /**
     * Checks the required components.
     *
     * @param speaker who said it
     * @param summary what they said
     * @param sourceId the id of the source that reports it; {@code null} if not stated
     */
    public Statement {
        Require.present(speaker, "speaker");
        Require.text(summary, "summary");
        Require.optionalText(sourceId, "sourceId");
    }

    /**
     * Obtains a statement.
     *
     * @param speaker who said it
     * @param summary what they said
     * @return the statement
     */
    public static Statement of(Person speaker, String summary) {
        return new Statement(speaker, summary, null);
    }

    /**
     * Returns a copy citing a source.
     *
     * @param newSourceId the source's id
     * @return the statement
     */
    public Statement withSourceId(@Nullable String newSourceId) {
        return new Statement(speaker, summary, newSourceId);
    }
}
