package io.github.tradecoop.trade;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.figure.PercentagePoints;
import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A flow's growth set against another flow's, in percentage points: "10.9 percentage points above
 * the national rate" (another reporter), "0.6 percentage points faster than in the first half"
 * (another period). The other flow has the same direction and product, and differs in what is
 * given here; what is {@code null} is the same as the flow's own.
 *
 * @param points   how many points the growth is above the other's; negative for below
 * @param reporter the other flow's reporter, e.g. China for "the national rate"; {@code null} if the same
 * @param partner  the other flow's partner; {@code null} if the same
 * @param period   the other flow's period; {@code null} if the same
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GrowthComparison(PercentagePoints points, @Valid @Nullable Area reporter, @Valid @Nullable Area partner,
        @Nullable ReferencePeriod period) implements java.io.Serializable {

    /**
     * Checks that the comparison names another flow.
     *
     * @param points how many points the growth is above the other's; negative for below
     * @param reporter the other flow's reporter; {@code null} if the same
     * @param partner the other flow's partner; {@code null} if the same
     * @param period the other flow's period; {@code null} if the same
     * @throws IllegalArgumentException if reporter, partner and period are all the flow's own
     */
    public GrowthComparison {
        Objects.requireNonNull(points, "points must not be null");
        if (reporter == null && partner == null && period == null) {
            throw new IllegalArgumentException("a growth comparison names the other flow's reporter, partner or period");
        }
    }

    /**
     * Compares with the same flow of another reporter: "above the national rate".
     *
     * @param points   the points above (negative: below)
     * @param reporter the other reporter
     * @return the comparison
     */
    public static GrowthComparison withReporter(PercentagePoints points, Area reporter) {
        return new GrowthComparison(points, reporter, null, null);
    }

    /**
     * Compares with the same flow in another period: "faster than in the first half".
     *
     * @param points the points above (negative: below)
     * @param period the other period
     * @return the comparison
     */
    public static GrowthComparison withPeriod(PercentagePoints points, ReferencePeriod period) {
        return new GrowthComparison(points, null, null, period);
    }
}
