package io.github.tradecoop.check;

import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.TradeFlow;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a flow states beside its value: its share of the whole it is part of, against the
 * two values, and its absolute change, against its value and its growth. Sound, as every check:
 * flagged only when no true values within the rounding of all the figures agree.
 */
final class FlowFigures {

    private static final FigureFormat ENGLISH = FigureFormat.english();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FlowFigures() {
    }

    static void check(List<TradeFlow> flows, List<Finding> findings) {
        Map<List<Object>, TradeFlow> byKey = new HashMap<>();
        for (TradeFlow flow : flows) {
            if (flow.value() != null) {
                byKey.putIfAbsent(key(flow.reporter(), flow.partner(), flow, flow.product()), flow);
            }
        }
        for (int i = 0; i < flows.size(); i++) {
            TradeFlow flow = flows.get(i);
            if (flow.value() == null) {
                continue;
            }
            if (flow.share() != null) {
                checkShare(i, flow, byKey, findings);
            }
            if (flow.change() != null && flow.yearOnYear() != null) {
                checkChange(i, flow, findings);
            }
        }
    }

    private static List<Object> key(Area reporter, Area partner, TradeFlow flow, Object product) {
        return Arrays.asList(reporter, partner, flow.period(), flow.direction(), flow.value().currency(), product);
    }

    /** The whole a share is of: all products for a product, else the flow with the world. */
    private static void checkShare(int index, TradeFlow part, Map<List<Object>, TradeFlow> byKey, List<Finding> findings) {
        TradeFlow whole = part.product() != null ? byKey.get(key(part.reporter(), part.partner(), part, null))
                : part.partner() instanceof Area.World ? null : byKey.get(key(part.reporter(), Area.WORLD, part, null));
        if (whole == null || whole.value().bounds().contains(BigDecimal.ZERO)
                || whole.value().bounds().lower().map(l -> l.signum() < 0).orElse(true)) {
            return;
        }
        Range implied = part.value().bounds().dividedBy(whole.value().bounds()).times(HUNDRED);
        if (!part.share().bounds().intersects(implied)) {
            findings.add(new Finding(Severity.ERROR, "trade.share-vs-values", "flows[" + index + "].share",
                    "a share of " + ENGLISH.format(part.share()) + " disagrees with " + ENGLISH.format(part.value())
                            + " of " + ENGLISH.format(whole.value()) + ", which is " + ENGLISH.format(implied) + "%",
                    part.share().bounds(), implied, Map.of("share", part.share(), "value", part.value(), "whole",
                            whole.value(), "implied", implied)));
        }
    }

    /** The absolute change is the value less the previous year's value that the growth implies. */
    private static void checkChange(int index, TradeFlow flow, List<Finding> findings) {
        Range previous;
        try {
            previous = flow.yearOnYear().impliedBase(flow.value());
        } catch (IllegalArgumentException undetermined) {
            return;   // a fall of 100% or more leaves the previous year undetermined
        }
        Range implied = flow.value().bounds().minus(previous);
        if (!flow.change().bounds().intersects(implied)) {
            Percentage growth = flow.yearOnYear();
            findings.add(new Finding(Severity.ERROR, "trade.change-vs-growth", "flows[" + index + "].change",
                    "a change of " + ENGLISH.format(flow.change()) + " disagrees with " + ENGLISH.format(flow.value())
                            + " and growth of " + ENGLISH.format(growth) + ", which imply " + ENGLISH.format(implied),
                    flow.change().bounds(), implied, Map.of("change", flow.change(), "value", flow.value(), "growth",
                            growth, "implied", implied)));
        }
    }
}
