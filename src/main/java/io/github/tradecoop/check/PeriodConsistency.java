package io.github.tradecoop.check;

import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Flows of one reporter, partner, direction and currency over periods that make up another:
 * "January–July" and "August" make "January–August" (so the cumulative figure minus the previous
 * cumulative figure is the month), two halves make the year, and every month of a period, when
 * all are stated, adds up to it. Sound: a period is flagged only when no true values within the
 * rounding of its parts could add up to any true value within its own.
 */
final class PeriodConsistency {

    private static final FigureFormat ENGLISH = FigureFormat.english();

    private PeriodConsistency() {
    }

    /** One group's flows by period, and by first day for finding the periods a period starts with. */
    private static final class Group {
        final Map<ReferencePeriod, Integer> byPeriod = new LinkedHashMap<>();
        final Map<LocalDate, List<ReferencePeriod>> byStart = new HashMap<>();
        final Map<List<LocalDate>, ReferencePeriod> bySpan = new HashMap<>();

        void add(ReferencePeriod period, int index) {
            if (byPeriod.putIfAbsent(period, index) == null) {
                byStart.computeIfAbsent(period.start(), d -> new ArrayList<>()).add(period);
                bySpan.putIfAbsent(List.of(period.start(), period.end()), period);
            }
        }
    }

    static void check(List<TradeFlow> flows, List<Finding> findings) {
        Map<List<Object>, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < flows.size(); i++) {
            TradeFlow flow = flows.get(i);
            if (flow.value() == null) {
                continue;   // a change without a value adds nothing up
            }
            groups.computeIfAbsent(java.util.Arrays.asList(flow.reporter(), flow.partner(), flow.direction(),
                    flow.value().currency(), flow.product()), k -> new Group()).add(flow.period(), i);
        }
        for (Group group : groups.values()) {
            for (Map.Entry<ReferencePeriod, Integer> whole : group.byPeriod.entrySet()) {
                checkTwoParts(whole.getKey(), whole.getValue(), group, flows, findings);
                checkMonths(whole.getKey(), whole.getValue(), group, flows, findings);
            }
        }
    }

    /** A period stated with a first part and the rest of it: "2023-01/2023-07" and "2023-08" for "2023-01/2023-08". */
    private static void checkTwoParts(ReferencePeriod whole, int index, Group group, List<TradeFlow> flows,
            List<Finding> findings) {
        for (ReferencePeriod first : group.byStart.getOrDefault(whole.start(), List.of())) {
            if (!first.end().isBefore(whole.end())) {
                continue;
            }
            ReferencePeriod rest = group.bySpan.get(List.of(first.end().plusDays(1), whole.end()));
            if (rest != null) {
                compare(whole, index, List.of(first, rest), group, flows, findings);
                return;   // one finding per period is enough
            }
        }
    }

    /** Every month of a period stated on its own (three or more: two are the case above). */
    private static void checkMonths(ReferencePeriod whole, int index, Group group, List<TradeFlow> flows,
            List<Finding> findings) {
        if (whole instanceof ReferencePeriod.Month) {
            return;
        }
        List<ReferencePeriod.Month> months = whole.months();
        if (months.size() < 3 || !months.stream().allMatch(group.byPeriod::containsKey)) {
            return;
        }
        compare(whole, index, List.copyOf(months), group, flows, findings);
    }

    private static void compare(ReferencePeriod whole, int index, List<? extends ReferencePeriod> parts, Group group,
            List<TradeFlow> flows, List<Finding> findings) {
        TradeFlow stated = flows.get(index);
        ReportedAmount value = FlowFigures.valueOf(stated);
        Range sum = ReportedAmount.total(value.currency(),
                parts.stream().map(part -> FlowFigures.valueOf(flows.get(Objects.requireNonNull(group.byPeriod.get(part))))).toList());
        if (!value.bounds().intersects(sum)) {
            String partsText = String.join(" + ", parts.stream().map(ReferencePeriod::toString).toList());
            // Figures of one release agree; a later release may have revised a month an earlier one stated.
            boolean oneSource = parts.stream().map(part -> flows.get(Objects.requireNonNull(group.byPeriod.get(part))).sourceId())
                    .allMatch(source -> Objects.equals(source, stated.sourceId()));
            findings.add(new Finding(oneSource ? Severity.ERROR : Severity.WARNING, "trade.period-vs-parts",
                    "flows[" + index + "].value",
                    stated.direction() + " " + whole + " " + ENGLISH.format(value) + " is outside " + partsText
                            + " = " + ENGLISH.format(sum) + (oneSource ? "" : "; the figures come from different sources,"
                                    + " and a later release may have revised them"),
                    value.bounds(), sum, Map.of("variant", oneSource ? "one-source" : "sources", "direction",
                            stated.direction().name(), "period", whole.toString(), "value", value, "parts", partsText,
                            "sum", sum)));
        }
    }
}
