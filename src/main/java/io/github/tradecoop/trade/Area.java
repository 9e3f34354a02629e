package io.github.tradecoop.trade;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.tradecoop.validation.CountryCode;
import io.github.tradecoop.validation.MaxLength;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A place trade figures are reported for: a country, an area within one (province, city,
 * district), a named group of countries such as the Eurasian Economic Union, or the whole world
 * ({@link #WORLD}), the partner of a country's total trade.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Area.Country.class, name = "country"),
    @JsonSubTypes.Type(value = Area.Subdivision.class, name = "subdivision"),
    @JsonSubTypes.Type(value = Area.Group.class, name = "group"),
    @JsonSubTypes.Type(value = Area.World.class, name = "world")
})
public sealed interface Area extends java.io.Serializable permits Area.Country, Area.Subdivision, Area.Group, Area.World {

    /** The whole world, as the partner of a country's total trade: "China's exports rose 5%". */
    World WORLD = new World();

    /** The Eurasian Economic Union: Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia. */
    Group EAEU = new Group("EAEU", "Eurasian Economic Union", List.of("AM", "BY", "KZ", "KG", "RU"));

    /**
     * Returns a short name for messages and summaries: {@code "RU"}, {@code "Shenyang, CN"}, {@code "EAEU"}.
     *
     * @return the label
     */
    @JsonIgnore
    String label();

    /**
     * Returns a country.
     *
     * @param code the ISO 3166-1 alpha-2 code
     * @return the country
     */
    static Country country(String code) {
        return new Country(code);
    }

    /**
     * Returns a city.
     *
     * @param name    the city's name
     * @param country the ISO 3166-1 alpha-2 code of its country
     * @return the city
     */
    static Subdivision city(String name, String country) {
        return new Subdivision(name, country, Level.CITY);
    }

    /**
     * Returns a province.
     *
     * @param name    the province's name
     * @param country the ISO 3166-1 alpha-2 code of its country
     * @return the province
     */
    static Subdivision province(String name, String country) {
        return new Subdivision(name, country, Level.PROVINCE);
    }

    /**
     * Returns a district.
     *
     * @param name    the district's name
     * @param country the ISO 3166-1 alpha-2 code of its country
     * @return the district
     */
    static Subdivision district(String name, String country) {
        return new Subdivision(name, country, Level.DISTRICT);
    }

    /** The level of a sub-national area. */
    enum Level {
        /** A province, autonomous region or oblast. */
        PROVINCE,
        /** A city. */
        CITY,
        /** A district within a city. */
        DISTRICT
    }

    /**
     * A country.
     *
     * @param code the ISO 3166-1 alpha-2 code, e.g. {@code "RU"}
     */
    record Country(@CountryCode String code) implements Area {

        /**
         * Checks the code is present.
         *
         * @param code the ISO 3166-1 alpha-2 code, e.g. {@code "RU"}
         */
        public Country {
            requireText(code, "code");
        }

        @Override
        public String label() {
            return code;
        }
    }

    /**
     * An area within a country.
     *
     * @param name    its name, e.g. "Shenyang"
     * @param country the ISO 3166-1 alpha-2 code of its country
     * @param level   province, city or district
     */
    record Subdivision(@MaxLength(200) String name, @CountryCode String country, Level level) implements Area {

        /**
         * Checks the components are present.
         *
         * @param name its name, e.g. "Shenyang"
         * @param country the ISO 3166-1 alpha-2 code of its country
         * @param level province, city or district
         */
        public Subdivision {
            requireText(name, "name");
            requireText(country, "country");
            Objects.requireNonNull(level, "level must not be null");
        }

        @Override
        public String label() {
            return name + ", " + country;
        }
    }

    /**
     * A named group of countries. Membership changes (the EU without the United Kingdom from
     * February 2020, BRICS from 2024): a group can state the period its members are those of, and
     * then describes only flows of periods within it; the EU of 2019 and the EU of 2021 are two
     * groups with the same code.
     *
     * @param code    a short code, e.g. {@code "EAEU"}
     * @param name    its name
     * @param members ISO 3166-1 alpha-2 codes of its members
     * @param asOf    the period its members are those of; {@code null} if not dated
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Group(@MaxLength(20) String code, @MaxLength(200) String name, List<@CountryCode String> members,
            @Nullable ReferencePeriod asOf) implements Area {

        /**
         * Checks the components and copies the members.
         *
         * @param code a short code, e.g. {@code "EAEU"}
         * @param name its name
         * @param members ISO 3166-1 alpha-2 codes of its members
         * @param asOf the period its members are those of; {@code null} if not dated
         * @throws IllegalArgumentException if a dated group names no members
         */
        public Group {
            requireText(code, "code");
            requireText(name, "name");
            members = members == null ? List.of() : List.copyOf(members);
            if (asOf != null && members.isEmpty()) {
                throw new IllegalArgumentException("group " + code + " is dated " + asOf + " but names no members for it");
            }
        }

        /**
         * Obtains a group whose members are not dated.
         *
         * @param code    a short code
         * @param name    its name
         * @param members ISO 3166-1 alpha-2 codes of its members
         */
        public Group(String code, String name, List<String> members) {
            this(code, name, members, null);
        }

        /**
         * Returns a copy whose members are those of a period.
         *
         * @param period the period, e.g. {@code ReferencePeriod.year(2020)}
         * @return the group
         */
        public Group asOf(ReferencePeriod period) {
            return new Group(code, name, members, Objects.requireNonNull(period, "period must not be null"));
        }

        /**
         * Whether the group's members are those of a period: it is not dated, or dated for a period
         * that encloses it.
         *
         * @param period the period of a flow
         * @return whether the group describes the flow's period
         */
        public boolean describes(ReferencePeriod period) {
            return asOf == null || asOf.encloses(period);
        }

        @Override
        public String label() {
            return code;
        }
    }

    /** The whole world: every partner together. In JSON, {@code {"type":"world"}}. */
    record World() implements Area {

        @Override
        public String label() {
            return "World";
        }
    }

    private static void requireText(String value, String component) {
        Objects.requireNonNull(value, () -> component + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(component + " must not be blank");
        }
    }
}
