package io.github.tradecoop.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.check.Finding;
import io.github.tradecoop.check.Severity;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.json.TradeJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts of the 13th China-Northeast Asia Expo (docs/examples/northeast-asia-expo-13.json, every
 * figure cited in docs/examples/README.md) built in Java, as docs/model.md shows them, and compared
 * with the example: the page's code states what the shipped document states.
 */
class RealFairsTest {

    private static final TradeFair EXAMPLE = TradeJson.jackson3().read(Path.of("docs/examples/northeast-asia-expo-13.json"),
            TradeFair.class);

    @Test
    void exhibitorsAndTheirParts() {
        // tag::parts[]
        // "1,001 exhibitors from home and abroad ... 347 from 45 countries and Hong Kong, Macao and Taiwan"
        Attendance exhibitors = Attendance.of("enterprises", Count.exactly(1001)).withId("exhibitors");
        Attendance fromAbroad = Attendance.of("enterprises from 45 countries and Hong Kong, Macao and Taiwan",
                Count.exactly(347)).withPartOf("exhibitors", null);
        // end::parts[]
        assertEquals(exhibitors.withSourceId("xfrb-2021-08-12"), EXAMPLE.exhibitors().get(0));
        assertEquals(fromAbroad.withSourceId("xfrb-2021-08-12"), EXAMPLE.exhibitors().get(1));
    }

    @Test
    void theScaleOfTheFair() {
        // tag::scale[]
        ScaleFigure area = ScaleFigure.area(Quantity.parse("about 70,000 square metres")).withId("area");
        ScaleFigure pavilion = ScaleFigure.area(Quantity.parse("12,000 square metres"))
                .withScope("Jilin Pavilion").withPartOf("area");
        ScaleFigure booths = ScaleFigure.of(ScaleMeasure.BOOTHS, Count.exactly(3386))
                .withWhat("international standard booths").withId("booths");
        ScaleFigure events = ScaleFigure.of(ScaleMeasure.EVENTS, Count.exactly(11)).withWhat("conference and forum events");
        // end::scale[]
        assertEquals(area.withSourceId("uscntv-2021-09-23"), EXAMPLE.scale().get(0));
        assertEquals(pavilion.withSourceId("neabridge-2021-09"), EXAMPLE.scale().get(1));
        assertEquals(booths.withSourceId("xfrb-2021-08-12"), EXAMPLE.scale().get(3));
        assertEquals(events.withSourceId("uscntv-2021-09-23"), EXAMPLE.scale().get(8));
    }

    @Test
    void theSigningBrokenDownByKindWithItsChange() {
        // tag::signing[]
        // "111 projects, more than 196.2 billion yuan; of them 98 contract projects, more than 117.1 billion
        //  yuan, up 110.69% on the previous edition (55.584 billion); 13 agreement projects, more than 79.1 billion"
        SigningSummary signing = SigningSummary.of(Count.exactly(111), ReportedAmount.parse("more than RMB 196.2 billion"))
                .withGroups(List.of(
                        SigningGroup.of("contract projects", Count.exactly(98), ReportedAmount.parse("more than RMB 117.1 billion"))
                                .withKind(ProjectKind.CONTRACT)
                                .withValueChange(Percentage.of("110.69"), ReportedAmount.parse("RMB 55.584 billion")),
                        SigningGroup.of("agreement projects", Count.exactly(13), ReportedAmount.parse("more than RMB 79.1 billion"))
                                .withKind(ProjectKind.AGREEMENT)));
        // end::signing[]
        SigningSummary stated = EXAMPLE.signing();
        assertEquals(signing.projects(), stated.projects());
        assertEquals(signing.totalValue(), stated.totalValue());
        assertEquals(signing.groups(), stated.groups().stream().map(g -> g.withSourceId(null)).toList());
    }

    @Test
    void datesTwoSourcesReportDifferently() {
        // tag::dates[]
        // An August report gives 27 to 31 August; the expo opened on 23 September and closed on the 27th.
        TradeFair expo = TradeFair.of("china-northeast-asia-expo-13", "13th China-Northeast Asia Expo",
                        LocalDate.of(2021, 9, 23))
                .withEndDate(LocalDate.of(2021, 9, 27))
                .withReportedDates(List.of(
                        ReportedDates.of(LocalDate.of(2021, 8, 27), LocalDate.of(2021, 8, 31), "xfrb-2021-08-12"),
                        ReportedDates.of(LocalDate.of(2021, 9, 23), LocalDate.of(2021, 9, 27), "jlchina-2021-09-13")));
        // Consistency.check(expo): WARNING fair.sources-disagree at reportedDates[0]
        // end::dates[]
        assertEquals(EXAMPLE.reportedDates(), expo.reportedDates());
        List<Finding> findings = Consistency.check(EXAMPLE).findings();
        assertEquals(List.of("fair.sources-disagree"), findings.stream().map(Finding::code).toList());
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }
}
