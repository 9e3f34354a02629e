package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.validation.LanguageTag;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An event held alongside a fair, at the same place and time: "the VII Russian-Chinese EXPO was
 * held within INNOPROM".
 *
 * @param name       its name in English
 * @param otherNames its name in other languages, keyed by BCP 47 language tag
 * @param edition    its edition number; {@code null} if not stated
 * @param fairId     the id of its own {@link TradeFair} record, if one is kept; {@code null} otherwise
 * @param sourceId   the id of the source that reports it; {@code null} if not stated
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CoLocatedEvent(@MaxLength(300) String name, Map<@LanguageTag String, @MaxLength(300) String> otherNames,
        @Nullable Integer edition, @Slug @Nullable String fairId, @Slug @Nullable String sourceId)
        implements java.io.Serializable {

    /**
     * Checks the name and edition and copies the names.
     *
     * @param name its name in English
     * @param otherNames its name in other languages, keyed by BCP 47 language tag
     * @param edition its edition number; {@code null} if not stated
     * @param fairId the id of its own fair record; {@code null} if none is kept
     * @param sourceId the id of the source that reports it; {@code null} if not stated
     * @throws IllegalArgumentException if the name is blank or the edition below 1
     */
    public CoLocatedEvent {
        Require.text(name, "name");
        otherNames = Require.map(otherNames, "otherNames");
        Require.edition(edition);
        Require.optionalText(fairId, "fairId");
        Require.optionalText(sourceId, "sourceId");
    }

    /**
     * Obtains an event held alongside.
     *
     * @param name its name in English
     * @return the event
     */
    public static CoLocatedEvent of(String name) {
        return new CoLocatedEvent(name, Map.of(), null, null, null);
    }

    /**
     * Returns a copy with its name in other languages.
     *
     * @param newOtherNames names keyed by language tag
     * @return the event
     */
    public CoLocatedEvent withOtherNames(Map<String, String> newOtherNames) {
        return new CoLocatedEvent(name, newOtherNames, edition, fairId, sourceId);
    }

    /**
     * Returns a copy with an edition number.
     *
     * @param newEdition the edition, 1 or more
     * @return the event
     */
    public CoLocatedEvent withEdition(@Nullable Integer newEdition) {
        return new CoLocatedEvent(name, otherNames, newEdition, fairId, sourceId);
    }

    /**
     * Returns a copy naming its own fair record.
     *
     * @param newFairId the fair's id
     * @return the event
     */
    public CoLocatedEvent withFairId(@Nullable String newFairId) {
        return new CoLocatedEvent(name, otherNames, edition, newFairId, sourceId);
    }

    /**
     * Returns a copy citing a source.
     *
     * @param newSourceId the source's id
     * @return the event
     */
    public CoLocatedEvent withSourceId(@Nullable String newSourceId) {
        return new CoLocatedEvent(name, otherNames, edition, fairId, newSourceId);
    }
}
