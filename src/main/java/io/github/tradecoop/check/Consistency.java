package io.github.tradecoop.check;

import io.github.tradecoop.event.Attendance;
import io.github.tradecoop.event.CooperationIntention;
import io.github.tradecoop.event.Organization;
import io.github.tradecoop.event.Person;
import io.github.tradecoop.event.Position;
import io.github.tradecoop.event.Session;
import io.github.tradecoop.event.SignedProject;
import io.github.tradecoop.event.SigningGroup;
import io.github.tradecoop.event.SigningSummary;
import io.github.tradecoop.event.Source;
import io.github.tradecoop.event.Statement;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.Indicator;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks figures against each other, declared aggregates against itemised facts, and
 * references against what they refer to.
 *
 * <p>Codes of the findings:
 * <ul>
 *   <li>{@code trade.total-vs-parts}: a TOTAL flow outside EXPORT + IMPORT of the same reporter,
 *       partner and period;</li>
 *   <li>{@code trade.total-growth-vs-parts}: the TOTAL's year-on-year growth outside the growth
 *       that the parts' values and growth rates imply;</li>
 *   <li>{@code trade.currency-mismatch} (warning): TOTAL, EXPORT and IMPORT stated, but never all three
 *       in one currency, so they cannot be compared; flows stated in two currencies are two sets,
 *       each checked on its own;</li>
 *   <li>{@code trade.products-exceed-total}, {@code trade.partners-exceed-world}: a breakdown by
 *       products with distinct HS codes, or by partner countries, that adds up to more than the
 *       flow of all products, or with the world;</li>
 *   <li>{@code trade.share-vs-values}: a flow's share outside its value divided by the value of the
 *       whole it is part of; {@code trade.change-vs-growth}: an absolute change outside the value less
 *       the previous year's value its growth implies;</li>
 *   <li>{@code trade.period-vs-parts}: a period's flow outside the sum of the flows of periods that
 *       make it up (a cumulative figure and the previous cumulative figure with the month between,
 *       two halves, every month), for the same reporter, partner, direction and currency; an error
 *       when all the figures cite one source, a warning when they come from different sources, as a
 *       later release may have revised a month an earlier one stated;</li>
 *   <li>{@code trade.growth-comparison}: "N percentage points above" another flow's growth, against the
 *       two growths; {@code trade.group-period}: a group of countries dated for a period
 *       ({@code Area.Group.asOf}) on a flow of another period;</li>
 *   <li>{@code trade.conversion} (warning): a flow's value in a second currency, at the rate the report
 *       states, outside its value;</li>
 *   <li>{@code trade.duplicate-flow} (warning): the same reporter, partner, period and direction twice;</li>
 *   <li>{@code signing.project-count}: more projects itemised than declared;</li>
 *   <li>{@code signing.project-value}: itemised project values that exceed the declared total
 *       beyond rounding, or, when every declared project is itemised with a value, that do
 *       not add up to it;</li>
 *   <li>{@code signing.currency-mismatch}: a project valued in another currency than the declared total;</li>
 *   <li>{@code attendance.session-exceeds-fair}: more attending a session than the fair, compared
 *       only with the fair's figure for the same group that counts everyone (no origin stated) or
 *       the same origin; a breakdown by origin ("120 of them from Russia") is never a whole;</li>
 *   <li>{@code attendance.part-exceeds-whole}, {@code scale.part-exceeds-whole}: a figure that is part
 *       of another ({@code partOf}) and more than it; {@code attendance.share-vs-values}: a part's share
 *       outside the part divided by its whole;</li>
 *   <li>{@code attendance.change-vs-previous}, {@code scale.change-vs-previous},
 *       {@code signing.change-vs-previous}: a change on the
 *       previous edition outside the growth from the previous edition's figure to this one;</li>
 *   <li>{@code signing.group-exceeds-total}: a group of the signing with more projects or a larger value
 *       than the whole signing; {@code signing.share-vs-values}: its share of the total value outside
 *       its value divided by the total;</li>
 *   <li>{@code signing.conversion} (warning): the total in a second currency, at the rate the report
 *       states, outside the total: the report may have converted at another rate than the one it gives;</li>
 *   <li>{@code fair.sources-disagree} (warning): dates a source reports that are not the fair's, or the
 *       same figure (same group, origin, measure, scope, whole) from two sources beyond each other's
 *       rounding; both facts are kept, each with its source;</li>
 *   <li>{@code reference.source}, {@code reference.organization}, {@code reference.session},
 *       {@code reference.part}: an id that does not resolve.</li>
 * </ul>
 *
 * <p>Checks are sound: a figure is flagged only if no true values within the stated
 * figures' rounding could make them agree.
 */
public final class Consistency {

    private static final FigureFormat ENGLISH = FigureFormat.english();

    private Consistency() {
    }

    /**
     * Checks a fair: signed projects against the declared summary, session attendance against
     * the fair's, and every source and organisation reference.
     *
     * @param fair the fair
     * @return the findings
     */
    public static ConsistencyReport check(TradeFair fair) {
        Objects.requireNonNull(fair, "fair must not be null");
        List<Finding> findings = new ArrayList<>();
        checkSigning(fair, findings);
        checkSessionAttendance(fair, findings);
        FairConsistency.check(fair, findings);
        checkFairReferences(fair, findings);
        return new ConsistencyReport(findings);
    }

    /**
     * Checks trade statistics: each TOTAL flow against EXPORT + IMPORT, the TOTAL's growth
     * against the growth its parts imply, duplicates, and source references.
     *
     * @param statistics the statistics
     * @return the findings
     */
    public static ConsistencyReport check(TradeStatistics statistics) {
        Objects.requireNonNull(statistics, "statistics must not be null");
        List<Finding> findings = new ArrayList<>();
        Map<List<Object>, Map<FlowDirection, Integer>> groups = new LinkedHashMap<>();
        List<TradeFlow> flows = statistics.flows();
        for (int i = 0; i < flows.size(); i++) {
            TradeFlow flow = flows.get(i);
            // One group per currency: a release that states the same flows in yuan and in dollars states two sets.
            Map<FlowDirection, Integer> group = groups.computeIfAbsent(
                    java.util.Arrays.asList(flow.reporter(), flow.partner(), flow.period(), flow.product(),
                            flow.value() == null ? null : flow.value().currency()),
                    k -> new LinkedHashMap<>());
            Integer first = group.putIfAbsent(flow.direction(), i);
            if (first != null) {
                findings.add(new Finding(Severity.WARNING, "trade.duplicate-flow", "flows[" + i + "]",
                        flow.direction() + " " + flow.reporter().label() + " → " + flow.partner().label() + " "
                                + flow.period() + " is reported again; flows[" + first + "] is the one checked",
                        null, null, Map.of("flow", flow.direction() + " " + flow.reporter().label() + " → "
                                + flow.partner().label() + " " + flow.period(), "first", first)));
            }
        }
        // Which directions each reporter, partner, period and product states, in any currency, and whether in one.
        Map<List<Object>, Map<FlowDirection, Integer>> anyCurrency = new LinkedHashMap<>();
        Set<List<Object>> comparedInOneCurrency = new java.util.HashSet<>();
        groups.forEach((key, group) -> {
            List<Object> withoutCurrency = key.subList(0, 4);
            group.forEach((direction, index) -> anyCurrency.computeIfAbsent(withoutCurrency, k -> new LinkedHashMap<>())
                    .putIfAbsent(direction, index));
            Integer total = group.get(FlowDirection.TOTAL);
            Integer exports = group.get(FlowDirection.EXPORT);
            Integer imports = group.get(FlowDirection.IMPORT);
            if (total != null && exports != null && imports != null && flows.get(total).value() != null
                    && flows.get(exports).value() != null && flows.get(imports).value() != null) {
                checkTotalAgainstParts(total, flows.get(total), flows.get(exports), flows.get(imports), findings);
                comparedInOneCurrency.add(withoutCurrency);
            }
        });
        anyCurrency.forEach((key, directions) -> {
            Integer total = directions.get(FlowDirection.TOTAL);
            ReportedAmount value = total == null ? null : flows.get(total).value();
            if (value != null && directions.containsKey(FlowDirection.EXPORT) && directions.containsKey(FlowDirection.IMPORT)
                    && !comparedInOneCurrency.contains(key)) {
                Currency currency = value.currency();
                TradeFlow other = flows.get(directions.get(FlowDirection.EXPORT));
                if (other.value() == null || other.value().currency().equals(currency)) {
                    other = flows.get(directions.get(FlowDirection.IMPORT));
                }
                ReportedAmount otherValue = other.value();
                if (otherValue != null && !otherValue.currency().equals(currency)) {
                    findings.add(new Finding(Severity.WARNING, "trade.currency-mismatch", "flows[" + total + "].value",
                            "TOTAL is in " + currency + " but " + other.direction() + " is in " + otherValue.currency()
                                    + "; convert them to one currency to compare", null, null,
                            Map.of("currency", currency.getCurrencyCode(), "direction", other.direction().name(),
                                    "otherCurrency", otherValue.currency().getCurrencyCode())));
                }
            }
        });
        PeriodConsistency.check(flows, findings);
        BreakdownConsistency.check(flows, findings);
        FlowFigures.check(flows, findings);
        Set<String> sourceIds = statistics.sources().stream().map(Source::id).collect(Collectors.toSet());
        for (int i = 0; i < flows.size(); i++) {
            source(flows.get(i).sourceId(), "flows[" + i + "].sourceId", sourceIds, findings);
        }
        List<Indicator> indicators = statistics.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            source(indicators.get(i).sourceId(), "indicators[" + i + "].sourceId", sourceIds, findings);
        }
        return new ConsistencyReport(findings);
    }

    private static void checkTotalAgainstParts(int totalIndex, TradeFlow total, TradeFlow exports, TradeFlow imports,
            List<Finding> findings) {
        // Grouped by currency: TOTAL, EXPORT and IMPORT are in one.
        ReportedAmount value = FlowFigures.valueOf(total);
        Range stated = value.bounds();
        Range parts = FlowFigures.valueOf(exports).bounds().plus(FlowFigures.valueOf(imports).bounds());
        if (!stated.intersects(parts)) {
            findings.add(new Finding(Severity.ERROR, "trade.total-vs-parts", "flows[" + totalIndex + "].value",
                    "TOTAL " + ENGLISH.format(value) + " is outside EXPORT + IMPORT = "
                            + ENGLISH.format(parts), stated, parts,
                    Map.of("total", value, "parts", parts)));
        }
        Percentage totalGrowth = total.yearOnYear();
        Percentage exportGrowth = exports.yearOnYear();
        Percentage importGrowth = imports.yearOnYear();
        if (totalGrowth == null || exportGrowth == null || importGrowth == null) {
            return;
        }
        Range base;
        try {
            base = exportGrowth.impliedBase(FlowFigures.valueOf(exports)).plus(importGrowth.impliedBase(FlowFigures.valueOf(imports)));
        } catch (IllegalArgumentException noBase) {
            return; // a fall of 100% or more leaves the previous year undetermined: nothing to compare
        }
        // The current total is what both the TOTAL and its parts allow, where they agree.
        Range current = stated.intersection(parts).orElse(parts);
        if (base.contains(BigDecimal.ZERO)) {
            return;
        }
        Range implied = Percentage.growth(base, current);
        if (!implied.intersects(totalGrowth.bounds())) {
            findings.add(new Finding(Severity.ERROR, "trade.total-growth-vs-parts",
                    "flows[" + totalIndex + "].yearOnYear",
                    "TOTAL growth " + ENGLISH.format(totalGrowth) + " is outside the growth implied by EXPORT "
                            + signed(exportGrowth) + " and IMPORT " + signed(importGrowth) + ": "
                            + ENGLISH.format(implied) + "%",
                    totalGrowth.bounds(), implied, Map.of("growth", totalGrowth, "exportGrowth", exportGrowth,
                            "importGrowth", importGrowth, "implied", implied)));
        }
    }

    private static void checkSigning(TradeFair fair, List<Finding> findings) {
        SigningSummary signing = fair.signing();
        List<SignedProject> projects = fair.projects();
        if (signing == null || projects.isEmpty()) {
            return;
        }
        if (signing.projects() != null) {
            Range declared = signing.projects().bounds();
            Range itemised = Range.atLeast(BigDecimal.valueOf(projects.size()));
            if (!declared.intersects(itemised)) {
                findings.add(new Finding(Severity.ERROR, "signing.project-count", "projects",
                        projects.size() + " projects are itemised but " + ENGLISH.format(signing.projects())
                                + " are declared", declared, itemised,
                        Map.of("itemised", projects.size(), "declared", signing.projects())));
            }
        }
        ReportedAmount declaredValue = signing.totalValue();
        if (declaredValue == null) {
            return;
        }
        List<ReportedAmount> values = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            ReportedAmount value = projects.get(i).value();
            if (value == null) {
                continue;
            }
            if (!value.currency().equals(declaredValue.currency())) {
                findings.add(new Finding(Severity.ERROR, "signing.currency-mismatch", "projects[" + i + "].value",
                        "the project is valued in " + value.currency() + " but the declared total is in "
                                + declaredValue.currency(), null, null,
                        Map.of("currency", value.currency().getCurrencyCode(),
                                "declaredCurrency", declaredValue.currency().getCurrencyCode())));
                return;
            }
            values.add(value);
        }
        if (values.isEmpty()) {
            return;
        }
        Range sum = ReportedAmount.total(declaredValue.currency(), values);
        boolean complete = values.size() == projects.size() && signing.projects() != null
                && signing.projects().qualifier() == Qualifier.EXACT && signing.projects().value() == projects.size();
        Range computed = complete ? sum : Range.atLeast(sum.lower().orElseThrow());
        Range stated = declaredValue.bounds();
        if (!stated.intersects(computed)) {
            String message = complete
                    ? "the " + projects.size() + " itemised projects add up to " + ENGLISH.format(sum)
                            + ", not the declared " + ENGLISH.format(declaredValue)
                    : "the itemised project values add up to at least " + ENGLISH.format(computed)
                            + ", more than the declared " + ENGLISH.format(declaredValue);
            findings.add(new Finding(Severity.ERROR, "signing.project-value", "signing.totalValue", message,
                    stated, computed, Map.of("variant", complete ? "complete" : "partial", "itemised", projects.size(),
                            "sum", computed, "declared", declaredValue)));
        }
    }

    private static void checkSessionAttendance(TradeFair fair, List<Finding> findings) {
        for (int s = 0; s < fair.sessions().size(); s++) {
            List<Attendance> attendance = fair.sessions().get(s).attendance();
            for (int a = 0; a < attendance.size(); a++) {
                Attendance part = attendance.get(a);
                for (Attendance whole : fair.attendance()) {
                    if (!whole.who().equalsIgnoreCase(part.who()) || !coversOrigin(whole, part)
                            || whole.count().bounds().upper().isEmpty()) {
                        continue;
                    }
                    Range atMostWhole = Range.of(null, false, whole.count().bounds().upper().orElseThrow(),
                            whole.count().bounds().isUpperInclusive());
                    if (!part.count().bounds().intersects(atMostWhole)) {
                        findings.add(new Finding(Severity.ERROR, "attendance.session-exceeds-fair",
                                "sessions[" + s + "].attendance[" + a + "].count",
                                ENGLISH.format(part.count()) + " " + part.who() + " attended the session \""
                                        + fair.sessions().get(s).title() + "\" but " + ENGLISH.format(whole.count())
                                        + " attended the fair", part.count().bounds(), atMostWhole,
                                Map.of("sessionCount", part.count(), "who", part.who(),
                                        "session", fair.sessions().get(s).title(), "fairCount", whole.count())));
                    }
                }
            }
        }
    }

    /**
     * Whether a fair's attendance figure counts everyone a session's figure counts: it states no
     * origin (everyone who came), or the same origin as the session's. "120 of them from Russia"
     * says nothing about how many came from elsewhere, so a session of 1,500 enterprises is not
     * compared with it: a breakdown by origin is never a whole.
     */
    private static boolean coversOrigin(Attendance whole, Attendance part) {
        boolean everyone = whole.originCountries().isEmpty() && whole.originGroup() == null;
        return everyone || Set.copyOf(whole.originCountries()).equals(Set.copyOf(part.originCountries()))
                && Objects.equals(whole.originGroup(), part.originGroup());
    }

    private static void checkFairReferences(TradeFair fair, List<Finding> findings) {
        Set<String> sources = fair.sources().stream().map(Source::id).collect(Collectors.toSet());
        Set<String> organizations = new HashSet<>();
        fair.organizations().forEach(o -> organizations.add(o.id()));

        for (int i = 0; i < fair.organizations().size(); i++) {
            Organization organization = fair.organizations().get(i);
            organization(organization.parentId(), "organizations[" + i + "].parentId", organizations, findings);
        }
        for (int i = 0; i < fair.organizers().size(); i++) {
            organization(fair.organizers().get(i).organizationId(), "organizers[" + i + "].organizationId",
                    organizations, findings);
        }
        for (int i = 0; i < fair.organizations().size(); i++) {
            List<String> members = fair.organizations().get(i).memberIds();
            for (int m = 0; m < members.size(); m++) {
                organization(members.get(m), "organizations[" + i + "].memberIds[" + m + "]", organizations, findings);
            }
        }
        for (int i = 0; i < fair.attendance().size(); i++) {
            source(fair.attendance().get(i).sourceId(), "attendance[" + i + "].sourceId", sources, findings);
        }
        for (int i = 0; i < fair.exhibitors().size(); i++) {
            source(fair.exhibitors().get(i).sourceId(), "exhibitors[" + i + "].sourceId", sources, findings);
        }
        for (int i = 0; i < fair.scale().size(); i++) {
            source(fair.scale().get(i).sourceId(), "scale[" + i + "].sourceId", sources, findings);
        }
        for (int i = 0; i < fair.coLocatedEvents().size(); i++) {
            source(fair.coLocatedEvents().get(i).sourceId(), "coLocatedEvents[" + i + "].sourceId", sources, findings);
        }
        for (int i = 0; i < fair.reportedDates().size(); i++) {
            source(fair.reportedDates().get(i).sourceId(), "reportedDates[" + i + "].sourceId", sources, findings);
        }
        if (fair.signing() != null) {
            source(fair.signing().sourceId(), "signing.sourceId", sources, findings);
            for (int g = 0; g < fair.signing().groups().size(); g++) {
                SigningGroup group = fair.signing().groups().get(g);
                source(group.sourceId(), "signing.groups[" + g + "].sourceId", sources, findings);
                parties(group.partyIds(), "signing.groups[" + g + "]", organizations, findings);
            }
        }
        for (int i = 0; i < fair.projects().size(); i++) {
            parties(fair.projects().get(i).partyIds(), "projects[" + i + "]", organizations, findings);
        }
        for (int i = 0; i < fair.intentions().size(); i++) {
            CooperationIntention intention = fair.intentions().get(i);
            parties(intention.partyIds(), "intentions[" + i + "]", organizations, findings);
        }
        for (int s = 0; s < fair.sessions().size(); s++) {
            Session session = fair.sessions().get(s);
            for (int p = 0; p < session.presenters().size(); p++) {
                positions(session.presenters().get(p), "sessions[" + s + "].presenters[" + p + "]", organizations,
                        findings);
            }
            for (int a = 0; a < session.attendance().size(); a++) {
                source(session.attendance().get(a).sourceId(), "sessions[" + s + "].attendance[" + a + "].sourceId",
                        sources, findings);
            }
        }
        for (int i = 0; i < fair.statements().size(); i++) {
            Statement statement = fair.statements().get(i);
            positions(statement.speaker(), "statements[" + i + "].speaker", organizations, findings);
            source(statement.sourceId(), "statements[" + i + "].sourceId", sources, findings);
        }
    }

    private static void parties(List<String> partyIds, String path, Set<String> organizations, List<Finding> findings) {
        for (int p = 0; p < partyIds.size(); p++) {
            organization(partyIds.get(p), path + ".partyIds[" + p + "]", organizations, findings);
        }
    }

    private static void positions(Person person, String path, Set<String> organizations, List<Finding> findings) {
        List<Position> positions = person.positions();
        for (int i = 0; i < positions.size(); i++) {
            organization(positions.get(i).organizationId(), path + ".positions[" + i + "].organizationId",
                    organizations, findings);
        }
    }

    private static void source(@Nullable String id, String path, Set<String> known, List<Finding> findings) {
        if (id != null && !known.contains(id)) {
            findings.add(new Finding(Severity.ERROR, "reference.source", path,
                    "source \"" + id + "\" is not among the sources", null, null, Map.of("id", id)));
        }
    }

    private static void organization(@Nullable String id, String path, Set<String> known, List<Finding> findings) {
        if (id != null && !known.contains(id)) {
            findings.add(new Finding(Severity.ERROR, "reference.organization", path,
                    "organisation \"" + id + "\" is not among the organisations", null, null, Map.of("id", id)));
        }
    }

    private static String signed(Percentage percentage) {
        String text = ENGLISH.format(percentage);
        return percentage.value().signum() >= 0 && percentage.figure().qualifier() == Qualifier.EXACT ? "+" + text : text;
    }
}
