package io.github.tradecoop.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.tradecoop.format.FigureFormat;
import java.util.Objects;

/**
 * A reported physical quantity: an exhibition area ("104,000 square meters", "10万平方米",
 * "50 тыс. кв. м", "1.1 million square feet"), a mass ("1.2 million tonnes", "3.5万吨"), a volume
 * ("66,2 млрд кубометров"), containers ("327.33万标箱"), energy. The figure is in the
 * {@link Unit}, with the same value, resolution and qualifier rules as every figure.
 *
 * @param figure the figure, in units of {@code unit}; not negative
 * @param unit   the unit
 */
public record Quantity(Figure figure, Unit unit) implements java.io.Serializable {

    /** What a unit measures: quantities of one dimension only are compared with each other. */
    public enum Dimension {
        /** Exhibition grounds, halls, land for a project. */
        AREA,
        /** Goods by weight. */
        MASS,
        /** Gas, oil, timber, liquids. */
        VOLUME,
        /** Containers, in twenty-foot equivalent units. */
        CONTAINERS,
        /** Electricity. */
        ENERGY
    }

    /**
     * The units that fair and trade reports state. A quantity stays in the unit it was reported
     * in: the library converts none, as a converted figure would no longer be the one reported.
     */
    public enum Unit {
        /** Square metres (exhibition area): "sq m", "m²", "平方米", "кв. м". */
        SQUARE_METRE(Dimension.AREA),
        /** Square feet (exhibit space in the United States and India): "square feet", "sq ft", "nsf". */
        SQUARE_FOOT(Dimension.AREA),
        /** Hectares (land): "hectares", "ha", "公顷", "га". */
        HECTARE(Dimension.AREA),
        /** Acres (land): "acres". */
        ACRE(Dimension.AREA),
        /** Mu, the Chinese unit of land, 1/15 of a hectare: "亩". */
        MU(Dimension.AREA),
        /** Square kilometres (zones, parks): "sq km", "平方公里", "кв. км". */
        SQUARE_KILOMETRE(Dimension.AREA),
        /** Metric tonnes (mass): "tonnes", "tons", "吨", "тонн". */
        TONNE(Dimension.MASS),
        /** Kilograms: "kg", "公斤", "кг". */
        KILOGRAM(Dimension.MASS),
        /** Cubic metres (gas, timber): "cubic metres", "立方米", "кубометров". */
        CUBIC_METRE(Dimension.VOLUME),
        /** Litres: "litres", "升", "литров". */
        LITRE(Dimension.VOLUME),
        /** Barrels of oil: "barrels", "桶", "баррелей". */
        BARREL(Dimension.VOLUME),
        /** Twenty-foot equivalent units of containers: "TEU", "标箱", "ДФЭ". */
        TEU(Dimension.CONTAINERS),
        /** Kilowatt-hours of electricity: "kWh", "千瓦时", "кВт·ч". */
        KILOWATT_HOUR(Dimension.ENERGY);

        private final Dimension dimension;

        Unit(Dimension dimension) {
            this.dimension = dimension;
        }

        /**
         * Returns what the unit measures.
         *
         * @return e.g. {@link Dimension#AREA} for square metres
         */
        public Dimension dimension() {
            return dimension;
        }
    }

    /**
     * Creates a quantity.
     *
     * @param figure the figure, not negative
     * @param unit   the unit
     * @throws IllegalArgumentException if the value is negative
     */
    public Quantity {
        Objects.requireNonNull(figure, "figure must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        if (figure.value().signum() < 0) {
            throw new IllegalArgumentException("a quantity must not be negative but was " + figure.value().toPlainString());
        }
    }

    /**
     * Obtains a quantity.
     *
     * @param figure the figure
     * @param unit   the unit
     * @return the quantity
     */
    public static Quantity of(Figure figure, Unit unit) {
        return new Quantity(figure, unit);
    }

    /**
     * Reads a quantity in English, as {@link FigureFormat#english()} does:
     * "104,000 square meters", "1.2 million tonnes".
     *
     * @param text the text
     * @return the quantity
     * @throws io.github.tradecoop.format.FigureParseException if the text is not a quantity
     */
    public static Quantity parse(String text) {
        return FigureFormat.english().parseQuantity(text);
    }

    /**
     * Returns the stated value in the unit.
     *
     * @return e.g. 104000
     */
    public java.math.BigDecimal value() {
        return figure.value();
    }

    /**
     * Returns the qualifier.
     *
     * @return the qualifier
     */
    public Qualifier qualifier() {
        return figure.qualifier();
    }

    /**
     * Tells whether an exact value, in units of the quantity, is what this report states: whether
     * {@link #bounds()} contains it. "104,000 square meters" admits every area from 103,999.5 to 104,000.5 square metres, both
     * included.
     *
     * @param actual the exact value
     * @return whether the report is consistent with it
     */
    public boolean admits(java.math.BigDecimal actual) {
        return bounds().contains(Objects.requireNonNull(actual, "actual must not be null"));
    }

    /**
     * Returns the range of quantities, in the unit, this report is consistent with.
     *
     * @return e.g. [103999.5, 104000.5] for "104,000 square meters"
     */
    public Range bounds() {
        return figure.bounds();
    }

    /**
     * Prints the quantity in canonical English, which {@link #parse(String)} reads back:
     * {@code "104,000 square metres"}, {@code "more than 1.2 million tonnes"}.
     */
    @Override
    public String toString() {
        return FigureFormat.english().format(this);
    }

    /** The JSON object: unit, value, resolution and qualifier, decimals as strings. */
    @JsonValue
    private Written toJson() {
        FigureJson.Written figureJson = FigureJson.write(null, figure);
        return new Written(unit.name(), figureJson.value(), figureJson.resolution(), figureJson.qualifier());
    }

    /** Reads a string such as {@code "104,000 square metres"}, as {@link #parse(String)} does. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static Quantity fromJson(String text) {
        return parse(text);
    }

    /** Reads the JSON object; {@code resolution} and {@code qualifier} may be left out. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    private static Quantity fromJson(@JsonProperty("unit") Unit unit, @JsonProperty("value") String value,
            @JsonProperty("resolution") String resolution, @JsonProperty("qualifier") Qualifier qualifier) {
        if (unit == null) {
            throw new IllegalArgumentException("required property \"unit\" is missing or null");
        }
        return new Quantity(FigureJson.figure(value, resolution, qualifier), unit);
    }

    /** The JSON shape: the unit first, then the figure's properties. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"unit", "value", "resolution", "qualifier"})
    record Written(@JsonProperty("unit") String unit, @JsonProperty("value") String value,
            @JsonProperty("resolution") String resolution, @JsonProperty("qualifier") String qualifier) {
    }
}
