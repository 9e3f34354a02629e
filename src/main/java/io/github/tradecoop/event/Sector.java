package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;

/**
 * A field of cooperation. The vocabulary is open: {@link #of(String, String)} makes any
 * sector; the constants are the fields the seed press release names.
 *
 * @param code  a stable lower-case code with hyphens, e.g. {@code "cold-chain-warehousing"}
 * @param label the English label, e.g. "cold-chain warehousing"
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Sector(@Slug String code, @MaxLength(200) String label) implements java.io.Serializable {

    /** Channel construction (logistics corridors). */
    public static final Sector CHANNEL_CONSTRUCTION = new Sector("channel-construction", "channel construction");
    /** Import and export trade. */
    public static final Sector IMPORT_AND_EXPORT_TRADE = new Sector("import-and-export-trade", "import and export trade");
    /** Cold-chain warehousing. */
    public static final Sector COLD_CHAIN_WAREHOUSING = new Sector("cold-chain-warehousing", "cold-chain warehousing");
    /** Financial services. */
    public static final Sector FINANCIAL_SERVICES = new Sector("financial-services", "financial services");
    /** Petroleum equipment. */
    public static final Sector PETROLEUM_EQUIPMENT = new Sector("petroleum-equipment", "petroleum equipment");
    /** Food and agricultural inputs. */
    public static final Sector FOOD_AND_AGRICULTURAL_INPUTS =
            new Sector("food-and-agricultural-inputs", "food and agricultural inputs");
    /** Second-hand cars and accessories. */
    public static final Sector SECOND_HAND_CARS_AND_ACCESSORIES =
            new Sector("second-hand-cars-and-accessories", "second-hand cars and accessories");

    /**
     * Checks both components.
     *
     * @param code a stable lower-case code with hyphens, e.g. {@code "cold-chain-warehousing"}
     * @param label the English label, e.g. "cold-chain warehousing"
     */
    public Sector {
        Require.text(code, "code");
        Require.text(label, "label");
    }

    /**
     * Obtains a sector.
     *
     * @param code  the code
     * @param label the English label
     * @return the sector
     */
    public static Sector of(String code, String label) {
        return new Sector(code, label);
    }
}
