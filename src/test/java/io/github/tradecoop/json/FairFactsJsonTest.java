package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.event.Attendance;
import io.github.tradecoop.event.CoLocatedEvent;
import io.github.tradecoop.event.Organization;
import io.github.tradecoop.event.OrganizationType;
import io.github.tradecoop.event.Person;
import io.github.tradecoop.event.Place;
import io.github.tradecoop.event.ProjectKind;
import io.github.tradecoop.event.ReportedDates;
import io.github.tradecoop.event.ScaleFigure;
import io.github.tradecoop.event.ScaleMeasure;
import io.github.tradecoop.event.Session;
import io.github.tradecoop.event.SessionType;
import io.github.tradecoop.event.SigningGroup;
import io.github.tradecoop.event.SigningSummary;
import io.github.tradecoop.event.Source;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Converted;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.ReportedAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fact of a fair the model states round-trips through both engines, in the schema's shape. */
class FairFactsJsonTest {

    static Stream<TradeJson> engines() {
        return Stream.of(TradeJson.jackson2(), TradeJson.jackson3());
    }

    /** A fair with every optional fact, around the 14th China-Northeast Asia Expo's two-currency total. */
    static TradeFair everything() {
        return TradeFair.of("expo", "Expo", LocalDate.of(2023, 8, 23)).withEndDate(LocalDate.of(2023, 8, 27))
                .withVenue(Place.of("Changchun", "CN").withBuilding("Changchun International Convention and Exhibition Centre"))
                .withReportedDates(List.of(ReportedDates.of(LocalDate.of(2023, 8, 23), null, "xinhua")))
                .withCoLocatedEvents(List.of(CoLocatedEvent.of("Forum").withEdition(2).withOtherNames(Map.of("zh", "论坛"))))
                .withOrganizations(List.of(Organization.of("a", "A", OrganizationType.ASSOCIATION, "JP"),
                        Organization.of("associations", "Associations", OrganizationType.GROUP, null).withMemberIds(List.of("a"))))
                .withExhibitors(List.of(Attendance.of("enterprises", Count.exactly(1001)).withId("all")
                                .withChange(Percentage.of("12.5"), Count.about(900)),
                        Attendance.of("enterprises", Count.exactly(347)).withPartOf("all", Percentage.of("34.7"))))
                .withScale(List.of(ScaleFigure.area(Quantity.parse("about 70,000 square metres")).withId("area"),
                        ScaleFigure.area(Quantity.parse("12,000 square metres")).withScope("pavilion").withPartOf("area"),
                        ScaleFigure.of(ScaleMeasure.EVENTS, Count.exactly(11)).withWhat("forums").withYearOnYear(Percentage.of("-5"))))
                .withSigning(SigningSummary.of(Count.exactly(99), ReportedAmount.parse("RMB 84.475 billion"))
                        .withKind(ProjectKind.INVESTMENT_AGREEMENT)
                        .withConvertedValue(Converted.of(ReportedAmount.parse("about USD 11.59 billion")).withRate(new BigDecimal("7.2890")))
                        .withValueChange(Percentage.of("-27.9"), ReportedAmount.parse("RMB 117.1 billion"))
                        .withGroups(List.of(SigningGroup.of("at the forum", Count.exactly(2), null).withSessionId("forum")
                                .withKind(ProjectKind.INTENTION_AGREEMENT).withPartyIds(List.of("a"))
                                .withValueChange(null, null))))
                .withSessions(List.of(Session.of(SessionType.FORUM, "Forum").withId("forum")
                        .withDate(LocalDate.of(2023, 8, 24)).withEndDate(LocalDate.of(2023, 8, 25))
                        .withPresenters(List.of(Person.of("Zhang San").withOtherNames(Map.of("zh", "张三"))))))
                .withSources(List.of(Source.of("xinhua", "Xinhua")));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void everyFactRoundTripsInTheSchemasShape(TradeJson json) {
        TradeFair fair = everything();
        String written = json.write(fair);
        assertEquals(fair, json.withValidation().read(written, TradeFair.class));
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.FAIR, written));
        assertTrue(written.contains("\"rate\":\"7.2890\""), "the rate keeps its stated digits: " + written);
        assertTrue(written.contains("\"kind\":\"INVESTMENT_AGREEMENT\""), written);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void anUnknownSigningKindIsLeftOutAndReadsBackAsUnknown(TradeJson json) {
        TradeFair fair = everything().withSigning(SigningSummary.of(Count.exactly(55), ReportedAmount.parse("RMB 13.6 billion")));
        String written = json.write(fair);
        assertFalse(written.contains("\"kind\""), written);
        assertEquals(ProjectKind.UNKNOWN, json.read(written, TradeFair.class).signing().kind());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void badFactsAreTypedLocatedErrors(TradeJson json) {
        String base = "{\"id\":\"x\",\"name\":\"X\",\"startDate\":\"2024-01-29\",";
        assertEquals("/scale/0", failure(json, base + "\"scale\":[{\"measure\":\"BOOTHS\",\"area\":\"7 square metres\"}]}"));
        assertEquals("/exhibitors/0", failure(json, base + "\"exhibitors\":[{\"who\":\"e\",\"count\":\"3\",\"share\":\"5%\"}]}"));
        assertEquals("/signing/convertedValue",
                failure(json, base + "\"signing\":{\"totalValue\":\"RMB 1 billion\",\"convertedValue\":{\"amount\":\"USD 1 million\",\"rate\":\"1e99999\"}}}"));
    }

    private static String failure(TradeJson json, String text) {
        try {
            json.read(text, TradeFair.class);
        } catch (TradeDataException e) {
            return e.pointer();
        }
        throw new AssertionError("read without error: " + text);
    }
}
