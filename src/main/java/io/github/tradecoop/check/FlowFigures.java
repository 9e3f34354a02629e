package io.github.tradecoop.check;

import io.github.tradecoop.figure.Converted;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.GrowthComparison;
import io.github.tradecoop.trade.Product;
import io.github.tradecoop.trade.TradeFlow;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The figures a flow states beside its value: its share of the whole it is part of, against the
 * two values, its absolute change, against its value and its growth, its growth set against another
 * flow's, against the two growths; and whether a dated group of countries describes its period. Sound, as every check:
 * flagged only when no true values within the rounding of all the figures agree.
 */
final class FlowFigures {

    private static final FigureFormat ENGLISH = FigureFormat.english();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FlowFigures() {
    }

    /**
     * The value of a flow the caller already knows has one: the checks group only flows with a
     * value, and this says so where a group's flow is read back.
     */
    static ReportedAmount valueOf(TradeFlow flow) {
        return Objects.requireNonNull(flow.value(), "a grouped flow has a value");
    }

    static void check(List<TradeFlow> flows, List<Finding> findings) {
        // The value of each flow, by what a share is of; the first flow stated for a key wins.
        Map<List<Object>, ReportedAmount> values = new HashMap<>();
        for (TradeFlow flow : flows) {
            ReportedAmount value = flow.value();
            if (value != null) {
                values.putIfAbsent(key(flow.reporter(), flow.partner(), flow, value, flow.product()), value);
            }
        }
        // The growth of each flow, by reporter, partner, period, direction, product and currency.
        Map<List<Object>, Percentage> growths = new HashMap<>();
        for (TradeFlow flow : flows) {
            if (flow.value() != null && flow.yearOnYear() != null) {
                growths.putIfAbsent(Arrays.asList(flow.reporter(), flow.partner(), flow.period(), flow.direction(),
                        flow.product(), flow.value().currency()), flow.yearOnYear());
            }
        }
        for (int i = 0; i < flows.size(); i++) {
            TradeFlow flow = flows.get(i);
            groupPeriods(i, flow, findings);
            ReportedAmount value = flow.value();
            if (value == null) {
                continue;
            }
            Converted converted = flow.convertedValue();
            if (converted != null) {
                FairConsistency.conversion("flows[" + i + "].convertedValue", converted, value, "trade.conversion", findings);
            }
            GrowthComparison comparison = flow.growthComparison();
            if (comparison != null && flow.yearOnYear() != null) {
                checkComparison(i, flow, value, flow.yearOnYear(), comparison, growths, findings);
            }
            Percentage share = flow.share();
            if (share != null) {
                checkShare(i, flow, value, share, values, findings);
            }
            ReportedAmount change = flow.change();
            Percentage growth = flow.yearOnYear();
            if (change != null && growth != null) {
                checkChange(i, value, change, growth, findings);
            }
        }
    }

    private static List<Object> key(Area reporter, Area partner, TradeFlow flow, ReportedAmount value,
            @Nullable Product product) {
        return Arrays.asList(reporter, partner, flow.period(), flow.direction(), value.currency(), product);
    }

    /** The whole a share is of: all products for a product, else the flow with the world. */
    private static void checkShare(int index, TradeFlow part, ReportedAmount value, Percentage share,
            Map<List<Object>, ReportedAmount> values, List<Finding> findings) {
        ReportedAmount whole = part.product() != null ? values.get(key(part.reporter(), part.partner(), part, value, null))
                : part.partner() instanceof Area.World ? null : values.get(key(part.reporter(), Area.WORLD, part, value, null));
        if (whole == null) {
            return;
        }
        Range implied = impliedShare(value.bounds(), whole.bounds());
        if (implied != null && !share.bounds().intersects(implied)) {
            findings.add(new Finding(Severity.ERROR, "trade.share-vs-values", "flows[" + index + "].share",
                    "a share of " + ENGLISH.format(share) + " disagrees with " + ENGLISH.format(value)
                            + " of " + ENGLISH.format(whole) + ", which is " + ENGLISH.format(implied) + "%",
                    share.bounds(), implied, Map.of("share", share, "value", value, "whole", whole, "implied", implied)));
        }
    }

    /**
     * A growth set against another flow's: the difference of the two growths, each within its
     * rounding, against the stated points within theirs. The other flow is in the same currency,
     * as growth in yuan and in dollars differ.
     */
    private static void checkComparison(int index, TradeFlow flow, ReportedAmount value, Percentage growth,
            GrowthComparison comparison, Map<List<Object>, Percentage> growths, List<Finding> findings) {
        Percentage other = growths.get(Arrays.asList(
                comparison.reporter() != null ? comparison.reporter() : flow.reporter(),
                comparison.partner() != null ? comparison.partner() : flow.partner(),
                comparison.period() != null ? comparison.period() : flow.period(),
                flow.direction(), flow.product(), value.currency()));
        if (other == null) {
            return;
        }
        Range implied = growth.bounds().minus(other.bounds());
        if (!comparison.points().bounds().intersects(implied)) {
            findings.add(new Finding(Severity.ERROR, "trade.growth-comparison", "flows[" + index + "].growthComparison.points",
                    "growth of " + ENGLISH.format(growth) + " against " + ENGLISH.format(other) + " is "
                            + ENGLISH.format(implied) + " points, not " + ENGLISH.format(comparison.points()),
                    comparison.points().bounds(), implied,
                    Map.of("growth", growth, "otherGrowth", other, "implied", implied,
                            "points", comparison.points())));
        }
    }

    /** A group of countries dated for a period describes flows of periods within it only. */
    private static void groupPeriods(int index, TradeFlow flow, List<Finding> findings) {
        for (String role : List.of("reporter", "partner")) {
            Area area = role.equals("reporter") ? flow.reporter() : flow.partner();
            if (area instanceof Area.Group group && !group.describes(flow.period())) {
                findings.add(new Finding(Severity.ERROR, "trade.group-period", "flows[" + index + "]." + role,
                        "the members of " + group.code() + " are those of " + group.asOf() + ", not of the flow's period "
                                + flow.period(), null, null,
                        Map.of("group", group.code(), "asOf", String.valueOf(group.asOf()), "period", flow.period().toString())));
            }
        }
    }

    /**
     * The share in percent a part is of its whole, over their bounds; {@code null} when the whole
     * may be zero or negative, which leaves the share undetermined (nothing is then compared).
     */
    static @Nullable Range impliedShare(Range part, Range whole) {
        if (whole.lower().map(l -> l.signum() <= 0).orElse(true)) {
            return null;
        }
        return part.dividedBy(whole).times(HUNDRED);
    }

    /** The absolute change is the value less the previous year's value that the growth implies. */
    private static void checkChange(int index, ReportedAmount value, ReportedAmount change, Percentage growth,
            List<Finding> findings) {
        Range previous;
        try {
            previous = growth.impliedBase(value);
        } catch (IllegalArgumentException undetermined) {
            return;   // a fall of 100% or more leaves the previous year undetermined
        }
        Range implied = value.bounds().minus(previous);
        if (!change.bounds().intersects(implied)) {
            findings.add(new Finding(Severity.ERROR, "trade.change-vs-growth", "flows[" + index + "].change",
                    "a change of " + ENGLISH.format(change) + " disagrees with " + ENGLISH.format(value)
                            + " and growth of " + ENGLISH.format(growth) + ", which imply " + ENGLISH.format(implied),
                    change.bounds(), implied, Map.of("change", change, "value", value, "growth", growth,
                            "implied", implied)));
        }
    }
}
