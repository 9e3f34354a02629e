package io.github.tradecoop.trade;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.figure.Converted;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.validation.Slug;
import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reported trade flow: "in 2023, Shenyang's exports to Russia reached RMB 3.15 billion,
 * an increase of 51.9%". A flow states its value, its year-on-year change, its share, or several:
 * "exports to Japan fell 4.1 percent" has a change and no value, "mobile phones alone made up 58.3%
 * of the province's exports" a share and nothing else.
 *
 * @param reporter   the area the figure is reported for, e.g. Shenyang
 * @param partner    the area it trades with, e.g. Russia
 * @param period     the period
 * @param direction  export, import, total, ...
 * @param value      the value, as reported; {@code null} if only the change is stated
 * @param yearOnYear growth over the same period a year earlier; {@code null} if not stated
 * @param sourceId   the id of the source that reports it; {@code null} if not stated
 * @param product    what the flow carries, for a breakdown by product; {@code null} for all products
 * @param share      its share of the whole it is part of, in percent ("15.0 percent of the total"): of
 *                   all products for a product, else of the flow with the world; {@code null} if not stated
 * @param change     the absolute change over the same period a year earlier ("an increase of 250
 *                   million yuan"); {@code null} if not stated
 * @param growthComparison its growth set against another flow's, in percentage points ("10.9 percentage points above the national rate"); {@code null} if not stated
 * @param convertedValue the value as the report also states it in a second currency, with the rate it gives ("29.57 trillion yuan ($4.12 trillion)"); {@code null} if not stated. A second currency's own statistics, with their own growth, are flows of their own
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TradeFlow(@Valid Area reporter, @Valid Area partner, ReferencePeriod period, FlowDirection direction,
        @Nullable ReportedAmount value, @Nullable Percentage yearOnYear, @Slug @Nullable String sourceId,
        @Valid @Nullable Product product, @Nullable Percentage share, @Nullable ReportedAmount change,
        @Valid @Nullable GrowthComparison growthComparison, @Valid @Nullable Converted convertedValue) implements java.io.Serializable {

    /**
     * Checks the required components.
     *
     * @param reporter the area the figure is reported for, e.g. Shenyang
     * @param partner the area it trades with, e.g. Russia
     * @param period the period
     * @param direction export, import, total, ...
     * @param value the value, as reported; {@code null} if only the change is stated
     * @param yearOnYear growth over the same period a year earlier; {@code null} if not stated
     * @param sourceId the id of the source that reports it; {@code null} if not stated
     * @param product what the flow carries; {@code null} for all products
     * @param share its share of the whole it is part of, in percent; {@code null} if not stated
     * @param change the absolute change over a year earlier; {@code null} if not stated
     * @param growthComparison its growth set against another flow's, in percentage points ("10.9 percentage points above the national rate"); {@code null} if not stated
     * @param convertedValue the value as the report also states it in a second currency, with the rate it gives ("29.57 trillion yuan ($4.12 trillion)"); {@code null} if not stated. A second currency's own statistics, with their own growth, are flows of their own
     * @throws IllegalArgumentException if a share is below 0 or above 100 percent, or the change
     *                                  is in another currency than the value
     */
    public TradeFlow {
        Objects.requireNonNull(reporter, "reporter must not be null");
        Objects.requireNonNull(partner, "partner must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(direction, "direction must not be null");
        if (share != null && !share.isPossibleShare()) {
            throw new IllegalArgumentException("a share is from 0 to 100 percent; was " + share);
        }
        if (change != null && value != null && !change.currency().equals(value.currency())) {
            throw new IllegalArgumentException("the change is in " + change.currency() + " but the value in "
                    + value.currency());
        }
        if (value == null && yearOnYear == null && share == null) {
            throw new IllegalArgumentException("a flow states its value, its year-on-year change or its share; none was given");
        }
        if (sourceId != null && sourceId.isBlank()) {
            throw new IllegalArgumentException("sourceId must not be blank");
        }
        if (convertedValue != null && (value == null || convertedValue.amount().currency().equals(value.currency()))) {
            throw new IllegalArgumentException("a converted value is the value in a second currency: "
                    + (value == null ? "no value is stated" : "both are in " + value.currency()));
        }
    }

    /**
     * Obtains a flow without growth or source.
     *
     * @param reporter  the reporting area
     * @param partner   the partner area
     * @param period    the period
     * @param direction the direction
     * @param value     the value
     * @return the flow
     */
    public static TradeFlow of(Area reporter, Area partner, ReferencePeriod period, FlowDirection direction,
            ReportedAmount value) {
        return new TradeFlow(reporter, partner, period, direction, value, null, null, null, null, null, null, null);
    }

    /**
     * Obtains a flow whose change is stated but whose value is not: "exports to Japan fell 4.1
     * percent".
     *
     * @param reporter   the reporting area
     * @param partner    the partner area
     * @param period     the period
     * @param direction  the direction
     * @param yearOnYear the change over the same period a year earlier
     * @return the flow
     */
    public static TradeFlow ofChange(Area reporter, Area partner, ReferencePeriod period, FlowDirection direction,
            Percentage yearOnYear) {
        return new TradeFlow(reporter, partner, period, direction, null, Objects.requireNonNull(yearOnYear,
                "yearOnYear must not be null"), null, null, null, null, null, null);
    }

    /**
     * Returns a copy with year-on-year growth.
     *
     * @param newYearOnYear the growth
     * @return the flow
     */
    public TradeFlow withYearOnYear(@Nullable Percentage newYearOnYear) {
        return new TradeFlow(reporter, partner, period, direction, value, newYearOnYear, sourceId, product, share, change, growthComparison, convertedValue);
    }

    /**
     * Returns a copy with another value.
     *
     * @param newValue the value
     * @return the flow
     */
    public TradeFlow withValue(@Nullable ReportedAmount newValue) {
        return new TradeFlow(reporter, partner, period, direction, newValue, yearOnYear, sourceId, product, share, change, growthComparison, convertedValue);
    }

    /**
     * Returns a copy citing a source.
     *
     * @param newSourceId the source's id
     * @return the flow
     */
    public TradeFlow withSourceId(@Nullable String newSourceId) {
        return new TradeFlow(reporter, partner, period, direction, value, yearOnYear, newSourceId, product, share, change, growthComparison, convertedValue);
    }

    /**
     * Returns a copy with another partner.
     *
     * @param newPartner the partner area
     * @return the flow
     */
    public TradeFlow withPartner(Area newPartner) {
        return new TradeFlow(reporter, newPartner, period, direction, value, yearOnYear, sourceId, product, share, change, growthComparison, convertedValue);
    }

    /**
     * Returns a copy for one product of a breakdown.
     *
     * @param newProduct what the flow carries
     * @return the flow
     */
    public TradeFlow withProduct(@Nullable Product newProduct) {
        return new TradeFlow(reporter, partner, period, direction, value, yearOnYear, sourceId, newProduct, share, change, growthComparison, convertedValue);
    }

    /**
     * Returns a copy with its share of the whole it is part of.
     *
     * @param newShare the share, in percent
     * @return the flow
     */
    public TradeFlow withShare(@Nullable Percentage newShare) {
        return new TradeFlow(reporter, partner, period, direction, value, yearOnYear, sourceId, product, newShare, change, growthComparison, convertedValue);
    }

    /**
     * Returns a copy with the absolute change over the same period a year earlier.
     *
     * @param newChange the change, signed
     * @return the flow
     */
    public TradeFlow withChange(@Nullable ReportedAmount newChange) {
        return new TradeFlow(reporter, partner, period, direction, value, yearOnYear, sourceId, product, share, newChange, growthComparison, convertedValue);
    }

    /**
     * Returns a copy with its growth set against another flow's.
     *
     * @param newGrowthComparison its growth set against another flow's, in percentage points ("10.9 percentage points above the national rate"); {@code null} if not stated
     * @return the tradeFlow
     */
    public TradeFlow withGrowthComparison(@Nullable GrowthComparison newGrowthComparison) {
        return new TradeFlow(reporter, partner, period, direction, value, yearOnYear, sourceId, product, share, change, newGrowthComparison, convertedValue);
    }

    /**
     * Returns a copy with the value as the report also states it in a second currency.
     *
     * @param newConvertedValue the value as the report also states it in a second currency, with the rate it gives ("29.57 trillion yuan ($4.12 trillion)"); {@code null} if not stated. A second currency's own statistics, with their own growth, are flows of their own
     * @return the tradeFlow
     */
    public TradeFlow withConvertedValue(@Nullable Converted newConvertedValue) {
        return new TradeFlow(reporter, partner, period, direction, value, yearOnYear, sourceId, product, share, change, growthComparison, newConvertedValue);
    }
}
