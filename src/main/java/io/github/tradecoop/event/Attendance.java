package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.validation.CountryCode;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who took part and how many: "more than one hundred entrepreneurs from Russia and other
 * countries of the Eurasian Economic Union", "227 enterprises in Shenyang". A fair holds the
 * figures of those who attended ({@link TradeFair#attendance()}) and of those who exhibited
 * ({@link TradeFair#exhibitors()}) in the same shape.
 *
 * <p>A figure can be part of another: "1,100 exhibitors, of which 280 from abroad (25.5%)" is a
 * whole with an {@code id} and a part whose {@code partOf} names it, with its {@code share}. A
 * figure can state its change on the previous edition, and the previous edition's figure: "up
 * 12.5 percent from last year's expo, which had 1,600 enterprises".
 *
 * @param who             the group, in plain words, e.g. "entrepreneurs"; sessions and the fair
 *                        compare attendance of the same {@code who}
 * @param count           how many, as reported
 * @param originCountries ISO 3166-1 alpha-2 codes of the countries they came from
 * @param originGroup     a group of countries they came from, such as {@code "EAEU"};
 *                        {@code null} if not stated
 * @param sourceId        the id of the source that reports it; {@code null} if not stated
 * @param id              an id other figures name when they are part of this one; {@code null} if none
 * @param partOf          the id of the figure this one is part of ("of which", "including");
 *                        {@code null} if it is not a part
 * @param share           its share of that whole, in percent; {@code null} if not stated
 * @param yearOnYear      its change on the previous edition, in percent; {@code null} if not stated
 * @param previous        the previous edition's figure; {@code null} if not stated
 */
@JsonPropertyOrder({"id", "who", "count", "originCountries", "originGroup", "partOf", "share", "yearOnYear", "previous",
        "sourceId"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Attendance(@MaxLength(100) String who, Count count, List<@CountryCode String> originCountries,
        @MaxLength(50) @Nullable String originGroup, @Slug @Nullable String sourceId, @Slug @Nullable String id,
        @Slug @Nullable String partOf, @Nullable Percentage share, @Nullable Percentage yearOnYear,
        @Nullable Count previous) implements java.io.Serializable {

    /**
     * Checks the required components and copies the list.
     *
     * @param who the group, in plain words, e.g. "entrepreneurs"; sessions and the fair compare attendance of the same {@code who}
     * @param count how many, as reported
     * @param originCountries ISO 3166-1 alpha-2 codes of the countries they came from
     * @param originGroup a group of countries they came from, such as {@code "EAEU"}; {@code null} if not stated
     * @param sourceId the id of the source that reports it; {@code null} if not stated
     * @param id an id other figures name when they are part of this one; {@code null} if none
     * @param partOf the id of the figure this one is part of; {@code null} if it is not a part
     * @param share its share of that whole, in percent; {@code null} if not stated
     * @param yearOnYear its change on the previous edition, in percent; {@code null} if not stated
     * @param previous the previous edition's figure; {@code null} if not stated
     * @throws IllegalArgumentException if a share is stated without a whole, or cannot be a share
     *                                  (below 0 or above 100 percent), or the figure is part of itself
     */
    public Attendance {
        Require.text(who, "who");
        Require.present(count, "count");
        originCountries = Require.list(originCountries, "originCountries");
        Require.optionalText(originGroup, "originGroup");
        Require.optionalText(sourceId, "sourceId");
        Require.optionalText(id, "id");
        Require.part(id, partOf, share);
    }

    /**
     * Obtains an attendance figure.
     *
     * @param who   the group
     * @param count how many
     * @return the attendance
     */
    public static Attendance of(String who, Count count) {
        return new Attendance(who, count, List.of(), null, null, null, null, null, null, null);
    }

    /**
     * Returns a copy with the countries of origin.
     *
     * @param newOriginCountries ISO 3166-1 alpha-2 codes
     * @return the attendance
     */
    public Attendance withOriginCountries(List<String> newOriginCountries) {
        return new Attendance(who, count, newOriginCountries, originGroup, sourceId, id, partOf, share, yearOnYear, previous);
    }

    /**
     * Returns a copy with a group of countries of origin.
     *
     * @param newOriginGroup e.g. {@code "EAEU"}
     * @return the attendance
     */
    public Attendance withOriginGroup(@Nullable String newOriginGroup) {
        return new Attendance(who, count, originCountries, newOriginGroup, sourceId, id, partOf, share, yearOnYear, previous);
    }

    /**
     * Returns a copy citing a source.
     *
     * @param newSourceId the source's id
     * @return the attendance
     */
    public Attendance withSourceId(@Nullable String newSourceId) {
        return new Attendance(who, count, originCountries, originGroup, newSourceId, id, partOf, share, yearOnYear, previous);
    }

    /**
     * Returns a copy with an id that parts can name.
     *
     * @param newId the id, a slug
     * @return the attendance
     */
    public Attendance withId(@Nullable String newId) {
        return new Attendance(who, count, originCountries, originGroup, sourceId, newId, partOf, share, yearOnYear, previous);
    }

    /**
     * Returns a copy that is part of another figure: "of which 280 from abroad".
     *
     * @param wholeId the id of the whole
     * @param newShare the share of the whole, in percent; {@code null} if not stated
     * @return the attendance
     */
    public Attendance withPartOf(@Nullable String wholeId, @Nullable Percentage newShare) {
        return new Attendance(who, count, originCountries, originGroup, sourceId, id, wholeId, newShare, yearOnYear, previous);
    }

    /**
     * Returns a copy with the change on the previous edition and, if stated, its figure.
     *
     * @param newYearOnYear the change, in percent; {@code null} if not stated
     * @param newPrevious the previous edition's figure; {@code null} if not stated
     * @return the attendance
     */
    public Attendance withChange(@Nullable Percentage newYearOnYear, @Nullable Count newPrevious) {
        return new Attendance(who, count, originCountries, originGroup, sourceId, id, partOf, share, newYearOnYear, newPrevious);
    }
}
