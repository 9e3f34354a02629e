package io.github.tradecoop.check;

import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.TradeFlow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Breakdowns against their whole: products against the flow of all products, partner countries
 * against the flow with the world. Only parts that cannot overlap are added: products with HS
 * codes none of which contains another (a chapter and one of its headings overlap; "mechanical and
 * electrical products" and "high-tech products" overlap and have no code), and distinct countries
 * (groups such as the EU overlap countries). Sound: flagged only when the least the parts can add
 * up to is more than the most the whole can be.
 */
final class BreakdownConsistency {

    private static final FigureFormat ENGLISH = FigureFormat.english();

    private BreakdownConsistency() {
    }

    static void check(List<TradeFlow> flows, List<Finding> findings) {
        Map<List<Object>, Integer> wholes = new LinkedHashMap<>();
        Map<List<Object>, List<Integer>> products = new LinkedHashMap<>();
        Map<List<Object>, List<Integer>> partners = new LinkedHashMap<>();
        for (int i = 0; i < flows.size(); i++) {
            TradeFlow flow = flows.get(i);
            if (flow.value() == null) {
                continue;
            }
            List<Object> key = Arrays.asList(flow.reporter(), flow.partner(), flow.period(), flow.direction(),
                    flow.value().currency(), flow.product());
            wholes.putIfAbsent(key, i);
            if (flow.product() != null && flow.product().hsCode() != null) {
                products.computeIfAbsent(Arrays.asList(flow.reporter(), flow.partner(), flow.period(), flow.direction(),
                        flow.value().currency(), null), k -> new ArrayList<>()).add(i);
            }
            if (flow.partner() instanceof Area.Country) {
                partners.computeIfAbsent(Arrays.asList(flow.reporter(), Area.WORLD, flow.period(), flow.direction(),
                        flow.value().currency(), flow.product()), k -> new ArrayList<>()).add(i);
            }
        }
        products.forEach((key, parts) -> compare(wholes.get(key), disjointProducts(parts, flows), flows,
                "trade.products-exceed-total", "all products", findings));
        partners.forEach((key, parts) -> compare(wholes.get(key), distinctPartners(parts, flows), flows,
                "trade.partners-exceed-world", "the world", findings));
    }

    /** The products of a breakdown whose codes do not contain each other; empty if any do. */
    private static List<Integer> disjointProducts(List<Integer> parts, List<TradeFlow> flows) {
        List<String> codes = new ArrayList<>();
        for (int part : parts) {
            // Only flows with a product and its HS code join a product breakdown.
            String code = Objects.requireNonNull(flows.get(part).product()).hsCode();
            Objects.requireNonNull(code);
            for (String other : codes) {
                if (code.startsWith(other) || other.startsWith(code)) {
                    return List.of();   // nested codes overlap: nothing can be added up
                }
            }
            codes.add(code);
        }
        return parts;
    }

    /** The first flow of each partner country. */
    private static List<Integer> distinctPartners(List<Integer> parts, List<TradeFlow> flows) {
        Map<Area, Integer> first = new LinkedHashMap<>();
        for (int part : parts) {
            first.putIfAbsent(flows.get(part).partner(), part);
        }
        return List.copyOf(first.values());
    }

    private static void compare(@Nullable Integer whole, List<Integer> parts, List<TradeFlow> flows, String code, String wholeName,
            List<Finding> findings) {
        if (whole == null || parts.size() < 2) {
            return;
        }
        TradeFlow total = flows.get(whole);
        ReportedAmount value = FlowFigures.valueOf(total);
        Range sum = ReportedAmount.total(value.currency(),
                parts.stream().map(part -> flows.get(part).value()).toList());
        Range stated = value.bounds();
        Range atMostWhole = Range.of(null, false, stated.upper().orElse(null), stated.isUpperInclusive());
        if (stated.upper().isPresent() && !sum.intersects(atMostWhole)) {
            findings.add(new Finding(Severity.ERROR, code, "flows[" + whole + "].value",
                    "the " + parts.size() + " parts of the breakdown add up to " + ENGLISH.format(sum) + ", more than "
                            + total.direction() + " with " + wholeName + " " + ENGLISH.format(value),
                    stated, sum, Map.of("parts", parts.size(), "sum", sum, "direction", total.direction().name(),
                            "value", value)));
        }
    }
}
