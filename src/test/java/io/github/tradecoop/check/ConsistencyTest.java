package io.github.tradecoop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.Seed;
import io.github.tradecoop.event.Attendance;
import io.github.tradecoop.event.Participation;
import io.github.tradecoop.event.ProjectKind;
import io.github.tradecoop.event.Role;
import io.github.tradecoop.event.Session;
import io.github.tradecoop.event.SignedProject;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConsistencyTest {

    private static TradeStatistics withFlow(FlowDirection direction, UnaryOperator<TradeFlow> change) {
        TradeStatistics seed = Seed.statistics();
        return seed.withFlows(seed.flows().stream().map(f -> f.direction() == direction ? change.apply(f) : f).toList());
    }

    private static List<SignedProject> projects(int count, String eachValue) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> SignedProject.of("Project " + i, ProjectKind.CONTRACT)
                        .withValue(eachValue == null ? null : ReportedAmount.parse(eachValue)))
                .toList();
    }

    @Test
    void seedFairIsConsistent() {
        ConsistencyReport report = Consistency.check(Seed.fair());
        assertEquals(List.of(), report.findings());
        assertTrue(report.isConsistent());
    }

    @Test
    void seedStatisticsAreConsistent() {
        ConsistencyReport report = Consistency.check(Seed.statistics());
        assertEquals(List.of(), report.findings());
        assertTrue(report.isConsistent());
    }

    @Test
    void totalStatedAsRmb4Point6BillionIsOutsideExportsPlusImports() {
        ConsistencyReport report = Consistency.check(
                withFlow(FlowDirection.TOTAL, f -> f.withValue(ReportedAmount.parse("RMB 4.6 billion"))));
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals("trade.total-vs-parts", finding.code());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("flows[0].value", finding.path());
        assertEquals("TOTAL RMB 4.6 billion is outside EXPORT + IMPORT = [4.0545, 4.0655] billion", finding.message());
        assertEquals(Range.closed("4550000000", "4650000000"), finding.stated());
        assertEquals(Range.closed("4054500000", "4065500000"), finding.computed());
        assertFalse(report.isConsistent());
        assertEquals("ERROR trade.total-vs-parts at flows[0].value: " + finding.message(), finding.toString());
    }

    @Test
    void totalGrowthStatedAs90PercentIsOutsideTheGrowthThePartsImply() {
        ConsistencyReport report = Consistency.check(
                withFlow(FlowDirection.TOTAL, f -> f.withYearOnYear(Percentage.parse("90%"))));
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals("trade.total-growth-vs-parts", finding.code());
        assertEquals("flows[0].yearOnYear", finding.path());
        assertEquals(Range.closed("89.5", "90.5"), finding.stated());
        // The worked example of the brief: about [79.6%, 80.7%].
        assertTrue(finding.computed().lower().orElseThrow().compareTo(new BigDecimal("79.5")) > 0, finding.toString());
        assertTrue(finding.computed().upper().orElseThrow().compareTo(new BigDecimal("80.8")) < 0, finding.toString());
        assertTrue(finding.message().startsWith("TOTAL growth 90% is outside the growth implied by EXPORT +51.9%"
                + " and IMPORT +404.9%: ["), finding.message());
    }

    @Test
    void seedTotalGrowthLiesWithinTheImpliedRange() {
        // 80.2% is consistent, and so is any stated growth inside about [79.6, 80.7]; 81% is not.
        assertTrue(Consistency.check(withFlow(FlowDirection.TOTAL, f -> f.withYearOnYear(Percentage.parse("79.7%"))))
                .isConsistent());
        assertFalse(Consistency.check(withFlow(FlowDirection.TOTAL, f -> f.withYearOnYear(Percentage.parse("81.0%"))))
                .isConsistent());
    }

    @Test
    void fiftySixItemisedProjectsAgainstFiftyFiveDeclared() {
        TradeFair fair = Seed.fair().withProjects(projects(56, null));
        ConsistencyReport report = Consistency.check(fair);
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals("signing.project-count", finding.code());
        assertEquals("projects", finding.path());
        assertEquals("56 projects are itemised but 55 are declared", finding.message());
    }

    @Test
    void fewerItemisedProjectsThanDeclaredIsFine() {
        assertTrue(Consistency.check(Seed.fair().withProjects(projects(3, "RMB 1 billion"))).findings().isEmpty());
    }

    @Test
    void itemisedValuesExceedingTheDeclaredTotalBeyondRounding() {
        // Three projects of RMB 5 billion each: at least 14.5 billion, above [13.55, 13.65] billion.
        ConsistencyReport report = Consistency.check(Seed.fair().withProjects(projects(3, "RMB 5.0 billion")));
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals("signing.project-value", finding.code());
        assertEquals("signing.totalValue", finding.path());
        assertEquals("the itemised project values add up to at least [14.85, ∞) billion, more than the declared"
                + " RMB 13.6 billion", finding.message());
    }

    @Test
    void itemisedValuesWithinRoundingOfTheDeclaredTotalAreFine() {
        // 3 × RMB 4.53 billion = [13.575, 13.605] billion, which touches [13.55, 13.65].
        assertTrue(Consistency.check(Seed.fair().withProjects(projects(3, "RMB 4.53 billion"))).findings().isEmpty());
    }

    @Test
    void allDeclaredProjectsItemisedMustAddUpToTheTotal() {
        TradeFair fair = Seed.fair().withProjects(projects(55, "RMB 100 million"));
        ConsistencyReport report = Consistency.check(fair);
        assertEquals(List.of("signing.project-value"), report.findings().stream().map(Finding::code).toList());
        assertTrue(report.findings().get(0).message().startsWith("the 55 itemised projects add up to"),
                report.findings().get(0).message());
    }

    @Test
    void aFigureCitingAnUnknownSource() {
        TradeStatistics statistics = withFlow(FlowDirection.EXPORT, f -> f.withSourceId("no-such-source"));
        ConsistencyReport report = Consistency.check(statistics);
        assertEquals(1, report.findings().size(), report.findings().toString());
        assertEquals("reference.source", report.findings().get(0).code());
        assertEquals("flows[1].sourceId", report.findings().get(0).path());
        assertEquals("source \"no-such-source\" is not among the sources", report.findings().get(0).message());
    }

    @Test
    void anAttendanceCitingAnUnknownSource() {
        TradeFair seed = Seed.fair();
        List<Attendance> attendance = new ArrayList<>(seed.attendance());
        attendance.set(0, attendance.get(0).withSourceId("missing"));
        ConsistencyReport report = Consistency.check(seed.withAttendance(attendance));
        assertEquals(List.of("attendance[0].sourceId"), report.findings().stream().map(Finding::path).toList());
    }

    @Test
    void anOrganizerThatIsNotAmongTheOrganizations() {
        TradeFair seed = Seed.fair();
        List<Participation> organizers = new ArrayList<>(seed.organizers());
        organizers.add(Participation.of("unknown-bureau", Role.SUPPORTER));
        ConsistencyReport report = Consistency.check(seed.withOrganizers(organizers));
        assertEquals(1, report.findings().size());
        assertEquals("reference.organization", report.findings().get(0).code());
        assertEquals("organizers[3].organizationId", report.findings().get(0).path());
    }

    @Test
    void moreAttendingASessionThanTheFair() {
        TradeFair seed = Seed.fair();
        List<Session> sessions = new ArrayList<>(seed.sessions());
        // The fair states 227 enterprises from CN; a session of 300 from CN exceeds it.
        sessions.set(1, sessions.get(1).withAttendance(List.of(Attendance.of("enterprises", Count.exactly(300))
                .withOriginCountries(List.of("CN")))));
        ConsistencyReport report = Consistency.check(seed.withSessions(sessions));
        assertEquals(1, report.findings().size(), report.findings().toString());
        assertEquals("attendance.session-exceeds-fair", report.findings().get(0).code());
        assertEquals("sessions[1].attendance[0].count", report.findings().get(0).path());
    }

    @Test
    void aFlowReportedTwiceIsAWarningNotAnError() {
        TradeStatistics seed = Seed.statistics();
        List<TradeFlow> flows = new ArrayList<>(seed.flows());
        flows.add(flows.get(1));
        ConsistencyReport report = Consistency.check(seed.withFlows(flows));
        assertEquals(List.of("trade.duplicate-flow"), report.findings().stream().map(Finding::code).toList());
        assertEquals(Severity.WARNING, report.findings().get(0).severity());
        assertTrue(report.isConsistent());
    }

    @Test
    void partsInAnotherCurrencyAreReportedNotConverted() {
        ConsistencyReport report = Consistency.check(
                withFlow(FlowDirection.IMPORT, f -> f.withValue(ReportedAmount.parse("USD 128 million"))));
        assertEquals(List.of("trade.currency-mismatch"), report.findings().stream().map(Finding::code).toList());
        assertEquals(Severity.WARNING, report.findings().get(0).severity());
        assertTrue(report.isConsistent(), "an honest report in two currencies is not an error");
    }
}
