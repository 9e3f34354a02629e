package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.tradecoop.validation.CountryCode;
import io.github.tradecoop.validation.MaxLength;
import org.jspecify.annotations.Nullable;

/**
 * Where something took place: a city, optionally its district and region, and its country.
 *
 * @param city     the city, e.g. "Shenyang"
 * @param district the district within the city; {@code null} if not stated
 * @param region   the province, state or oblast, e.g. "Liaoning"; {@code null} if not stated
 * @param country  the ISO 3166-1 alpha-2 country code, e.g. {@code "CN"}
 * @param building the building or exhibition centre, e.g. "China Import and Export Fair Complex"; {@code null} if not stated
 */
@JsonPropertyOrder({"building", "city", "district", "region", "country"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Place(@MaxLength(100) String city, @MaxLength(100) @Nullable String district,
        @MaxLength(100) @Nullable String region, @CountryCode String country, @MaxLength(200) @Nullable String building) implements java.io.Serializable {

    /**
     * Checks the required components.
     *
     * @param city the city, e.g. "Shenyang"
     * @param district the district within the city; {@code null} if not stated
     * @param region the province, state or oblast, e.g. "Liaoning"; {@code null} if not stated
     * @param country the ISO 3166-1 alpha-2 country code, e.g. {@code "CN"}
     * @param building the building or exhibition centre, e.g. "China Import and Export Fair Complex"; {@code null} if not stated
     */
    public Place {
        Require.text(city, "city");
        Require.optionalText(district, "district");
        Require.optionalText(region, "region");
        Require.text(country, "country");
        Require.optionalText(building, "building");
    }

    /**
     * Obtains a place from a city and a country code.
     *
     * @param city    the city
     * @param country the ISO 3166-1 alpha-2 code
     * @return the place
     */
    public static Place of(String city, String country) {
        return new Place(city, null, null, country, null);
    }

    /**
     * Returns a copy with a district.
     *
     * @param newDistrict the district
     * @return the place
     */
    public Place withDistrict(@Nullable String newDistrict) {
        return new Place(city, newDistrict, region, country, building);
    }

    /**
     * Returns a copy with a region.
     *
     * @param newRegion the region
     * @return the place
     */
    public Place withRegion(@Nullable String newRegion) {
        return new Place(city, district, newRegion, country, building);
    }

    /**
     * Returns a copy in another country.
     *
     * @param newCountry the ISO 3166-1 alpha-2 code
     * @return the place
     */
    public Place withCountry(String newCountry) {
        return new Place(city, district, region, newCountry, building);
    }

    /**
     * Returns a copy naming the building.
     *
     * @param newBuilding the building or exhibition centre, e.g. "China Import and Export Fair Complex"; {@code null} if not stated
     * @return the place
     */
    public Place withBuilding(@Nullable String newBuilding) {
        return new Place(city, district, region, country, newBuilding);
    }
}
