package io.github.tradecoop.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.Seed;
import io.github.tradecoop.figure.Count;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TradeFairTest {

    private static final LocalDate OPENED = LocalDate.of(2024, 1, 29);

    private static TradeFair fair() {
        return TradeFair.of("shenyang-2024", "Fair", OPENED);
    }

    @Test
    void listsPassedInAreCopied() {
        List<Attendance> attendance = new ArrayList<>();
        attendance.add(Attendance.of("entrepreneurs", Count.moreThan(100)));
        TradeFair fair = fair().withAttendance(attendance);
        attendance.add(Attendance.of("enterprises", Count.exactly(227)));
        assertEquals(1, fair.attendance().size());
    }

    @Test
    void listsHandedOutCannotBeChanged() {
        TradeFair fair = Seed.fair();
        assertThrows(UnsupportedOperationException.class, () -> fair.sessions().clear());
        assertThrows(UnsupportedOperationException.class, () -> fair.organizations().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> fair.sessions().get(1).attendance().clear());
        assertThrows(UnsupportedOperationException.class, () -> fair.organizations().get(0).otherNames().put("ru", "x"));
    }

    @Test
    void mapsPassedInAreCopied() {
        Map<String, String> names = new HashMap<>(Map.of("zh", "沈阳市人民政府"));
        Organization organization = Organization.of("shenyang", "Shenyang", OrganizationType.GOVERNMENT, "CN")
                .withOtherNames(names);
        names.put("ru", "Шэньян");
        assertEquals(Map.of("zh", "沈阳市人民政府"), organization.otherNames());
    }

    @Test
    void nullElementsAreRefusedWithTheirIndex() {
        List<Session> sessions = Arrays.asList(Session.of(SessionType.FORUM, "Forum"), null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> fair().withSessions(sessions));
        assertEquals("sessions[1] must not be null", e.getMessage());
    }

    @Test
    void endDateBeforeStartDateIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fair().withEndDate(OPENED.minusDays(1)));
        assertTrue(e.getMessage().contains("endDate 2024-01-28 is before startDate 2024-01-29"), e.getMessage());
        assertEquals(OPENED, fair().withEndDate(OPENED).endDate());
    }

    @Test
    void editionStartsAtOne() {
        assertThrows(IllegalArgumentException.class, () -> fair().withEdition(0));
        assertEquals(2024, fair().withSeries("China-Russia (Shenyang) Fair").withEdition(2024).edition());
    }

    @Test
    void repeatedOrganizationIdsAreRefused() {
        Organization a = Organization.of("same", "A", OrganizationType.ENTERPRISE, "CN");
        Organization b = Organization.of("same", "B", OrganizationType.ENTERPRISE, "RU");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fair().withOrganizations(List.of(a, b)));
        assertEquals("organizations[1] repeats the id \"same\"", e.getMessage());
    }

    @Test
    void repeatedSourceIdsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> fair().withSources(List.of(Source.of("s", "A"), Source.of("s", "B"))));
    }

    @Test
    void blankRequiredTextIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TradeFair.of(" ", "Fair", OPENED));
        assertEquals("id must not be blank", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Place.of("", "CN"));
        assertThrows(NullPointerException.class, () -> Participation.of((String) null, Role.HOST));
    }

    @Test
    void signingSummaryDeclaresSomething() {
        assertThrows(IllegalArgumentException.class, () -> SigningSummary.of(null, null));
    }

    @Test
    void cooperationIntentionNamesASector() {
        assertThrows(IllegalArgumentException.class, CooperationIntention::of);
    }

    @Test
    void withersChangeOnlyTheirComponent() {
        TradeFair seed = Seed.fair();
        TradeFair renamed = seed.withName("Renamed");
        assertEquals("Renamed", renamed.name());
        assertEquals(seed.withName(seed.name()), seed);
        assertEquals(seed.sessions(), renamed.sessions());
        assertEquals(seed.signing(), renamed.signing());
    }

    @Test
    void lookUpsByIdAndRole() {
        TradeFair seed = Seed.fair();
        assertEquals("Moscow Chamber of Commerce and Industry", seed.organization("moscow-cci").orElseThrow().name());
        assertTrue(seed.organization("none").isEmpty());
        assertEquals(Seed.RELEASE, seed.source(Seed.RELEASE).orElseThrow().id());
        assertEquals(List.of(), seed.organizations(Role.SPONSOR));
    }

    @Test
    void rolesHaveChineseLabels() {
        assertEquals("主办", Role.HOST.chineseLabel());
        assertEquals(Role.ORGANIZER, Role.fromChineseLabel("承办").orElseThrow());
        assertEquals(Role.CO_ORGANIZER, Role.fromChineseLabel("协办单位").orElseThrow());
        assertEquals(Role.SUPPORTER, Role.fromChineseLabel("支持").orElseThrow());
        assertTrue(Role.fromChineseLabel("观众").isEmpty());
    }
}
