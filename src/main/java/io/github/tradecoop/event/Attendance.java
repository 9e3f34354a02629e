package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.validation.CountryCode;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who attended and how many: "more than one hundred entrepreneurs from Russia and other
 * countries of the Eurasian Economic Union", "227 enterprises in Shenyang".
 *
 * @param who             the group, in plain words, e.g. "entrepreneurs"; sessions and the fair
 *                        compare attendance of the same {@code who}
 * @param count           how many, as reported
 * @param originCountries ISO 3166-1 alpha-2 codes of the countries they came from
 * @param originGroup     a group of countries they came from, such as {@code "EAEU"};
 *                        {@code null} if not stated
 * @param sourceId        the id of the source that reports it; {@code null} if not stated
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Attendance(@MaxLength(100) String who, Count count, List<@CountryCode String> originCountries,
        @MaxLength(50) @Nullable String originGroup, @Slug @Nullable String sourceId) implements java.io.Serializable {

    /**
     * Checks the required components and copies the list.
     *
     * @param who the group, in plain words, e.g. "entrepreneurs"; sessions and the fair compare attendance of the same {@code who}
     * @param count how many, as reported
     * @param originCountries ISO 3166-1 alpha-2 codes of the countries they came from
     * @param originGroup a group of countries they came from, such as {@code "EAEU"}; {@code null} if not stated
     * @param sourceId the id of the source that reports it; {@code null} if not stated
     */
    public Attendance {
        Require.text(who, "who");
        Require.present(count, "count");
        originCountries = Require.list(originCountries, "originCountries");
        Require.optionalText(originGroup, "originGroup");
        Require.optionalText(sourceId, "sourceId");
    }

    /**
     * Obtains an attendance figure.
     *
     * @param who   the group
     * @param count how many
     * @return the attendance
     */
    public static Attendance of(String who, Count count) {
        return new Attendance(who, count, List.of(), null, null);
    }

    /**
     * Returns a copy with the countries of origin.
     *
     * @param newOriginCountries ISO 3166-1 alpha-2 codes
     * @return the attendance
     */
    public Attendance withOriginCountries(List<String> newOriginCountries) {
        return new Attendance(who, count, newOriginCountries, originGroup, sourceId);
    }

    /**
     * Returns a copy with a group of countries of origin.
     *
     * @param newOriginGroup e.g. {@code "EAEU"}
     * @return the attendance
     */
    public Attendance withOriginGroup(@Nullable String newOriginGroup) {
        return new Attendance(who, count, originCountries, newOriginGroup, sourceId);
    }

    /**
     * Returns a copy citing a source.
     *
     * @param newSourceId the source's id
     * @return the attendance
     */
    public Attendance withSourceId(@Nullable String newSourceId) {
        return new Attendance(who, count, originCountries, originGroup, newSourceId);
    }
}
