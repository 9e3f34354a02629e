package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.tradecoop.validation.Consistent;
import io.github.tradecoop.validation.LanguageTag;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.PlausibleDate;
import io.github.tradecoop.validation.Slug;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A trade cooperation fair, the aggregate root of the event model: its name and dates,
 * venue, organisations and their roles, attendance, what was signed, sessions, statements
 * and sources.
 *
 * <p>Build one with {@link #of(String, String, LocalDate)} and {@code with…} methods:
 *
 * <pre>{@code
 * TradeFair fair = TradeFair.of("shenyang-2024",
 *                 "2024 China-Russia (Shenyang) Economic and Trade Cooperation Fair", LocalDate.of(2024, 1, 29))
 *         .withVenue(Place.of("Shenyang", "CN").withRegion("Liaoning"))
 *         .withSigning(SigningSummary.of(Count.exactly(55), ReportedAmount.parse("RMB 13.6 billion")));
 * }</pre>
 *
 * <p>A fair can declare what was signed ({@link #signing()}) without listing the projects,
 * list some of them, or list all ({@link #projects()});
 * {@code io.github.tradecoop.check.Consistency} compares the two.
 *
 * @param id identifier, a lower-case slug such as {@code "shenyang-2024"}
 * @param name the name in English
 * @param otherNames names in other languages, keyed by BCP 47 language tag
 * @param series the series the fair belongs to; {@code null} if none or not stated
 * @param edition its number in the series, from 1; {@code null} if not stated
 * @param startDate the day it opened
 * @param endDate the day it closed, not before {@code startDate}; {@code null} if not stated
 * @param venue where it was held; {@code null} if not stated
 * @param organizations every organisation the fair's facts refer to, each id once
 * @param organizers who hosted, organised and supported it
 * @param attendance who attended the fair as a whole
 * @param signing what it declares was signed; {@code null} if nothing is declared
 * @param projects signed projects the report itemises, possibly only some of them
 * @param intentions cooperation intentions reached
 * @param sessions its sub-events
 * @param statements what speakers said
 * @param sources where the facts came from, each id once
 * @param exhibitors who exhibited and how many, in the shape of attendance: "1,001 exhibitors, of which 347 from abroad"
 * @param scale how large the fair was: exhibition area, booths, halls, countries and regions, events
 * @param coLocatedEvents events held alongside the fair, at the same place and time
 * @param reportedDates the dates as each source reports them, kept when sources disagree with {@code startDate} and {@code endDate}
 */
@JsonPropertyOrder({"id", "name", "otherNames", "series", "edition", "startDate", "endDate", "reportedDates", "venue",
        "coLocatedEvents", "organizations", "organizers", "attendance", "exhibitors", "scale", "signing", "projects",
        "intentions", "sessions", "statements", "sources"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Consistent
public record TradeFair(@Slug String id, @MaxLength(300) String name,
        Map<@LanguageTag String, @MaxLength(300) String> otherNames, @MaxLength(300) @Nullable String series,
        @Nullable Integer edition, @PlausibleDate LocalDate startDate, @PlausibleDate @Nullable LocalDate endDate,
        @Valid @Nullable Place venue, List<@Valid Organization> organizations, List<@Valid Participation> organizers,
        List<@Valid Attendance> attendance, @Valid @Nullable SigningSummary signing,
        List<@Valid SignedProject> projects, List<@Valid CooperationIntention> intentions,
        List<@Valid Session> sessions, List<@Valid Statement> statements, List<@Valid Source> sources,
        List<@Valid Attendance> exhibitors, List<@Valid ScaleFigure> scale, List<@Valid CoLocatedEvent> coLocatedEvents,
        List<@Valid ReportedDates> reportedDates) implements java.io.Serializable {

    /**
     * Checks the required components, the dates and the uniqueness of ids, and copies
     * every collection.
     *
     * @param exhibitors who exhibited and how many, in the shape of attendance: "1,001 exhibitors, of which 347 from abroad"
     * @param scale how large the fair was: exhibition area, booths, halls, countries and regions, events
     * @param coLocatedEvents events held alongside the fair, at the same place and time
     * @param reportedDates the dates as each source reports them, kept when sources disagree with {@code startDate} and {@code endDate}
     * @throws IllegalArgumentException if the fair would be meaningless
     *
     * @param id identifier, a lower-case slug such as {@code "shenyang-2024"}
     * @param name the name in English
     * @param otherNames names in other languages, keyed by BCP 47 language tag
     * @param series the series the fair belongs to; {@code null} if none or not stated
     * @param edition its number in the series, from 1; {@code null} if not stated
     * @param startDate the day it opened
     * @param endDate the day it closed, not before {@code startDate}; {@code null} if not stated
     * @param venue where it was held; {@code null} if not stated
     * @param organizations every organisation the fair's facts refer to, each id once
     * @param organizers who hosted, organised and supported it
     * @param attendance who attended the fair as a whole
     * @param signing what it declares was signed; {@code null} if nothing is declared
     * @param projects signed projects the report itemises, possibly only some of them
     * @param intentions cooperation intentions reached
     * @param sessions its sub-events
     * @param statements what speakers said
     * @param sources where the facts came from, each id once
     */
    public TradeFair {
        Require.text(id, "id");
        Require.text(name, "name");
        otherNames = Require.map(otherNames, "otherNames");
        Require.optionalText(series, "series");
        Require.edition(edition);
        Require.present(startDate, "startDate");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate " + endDate + " is before startDate " + startDate);
        }
        organizations = Require.list(organizations, "organizations");
        checkIds(organizations, Organization::id, "organizations", new HashSet<>());
        organizers = Require.list(organizers, "organizers");
        attendance = Require.list(attendance, "attendance");
        projects = Require.list(projects, "projects");
        intentions = Require.list(intentions, "intentions");
        sessions = Require.list(sessions, "sessions");
        statements = Require.list(statements, "statements");
        sources = Require.list(sources, "sources");
        checkIds(sources, Source::id, "sources", new HashSet<>());
        exhibitors = Require.list(exhibitors, "exhibitors");
        scale = Require.list(scale, "scale");
        coLocatedEvents = Require.list(coLocatedEvents, "coLocatedEvents");
        reportedDates = Require.list(reportedDates, "reportedDates");
        uniqueIds(attendance, exhibitors, sessions, scale);
    }

    /**
     * Obtains a fair with its required components; every list is empty.
     *
     * @param id        the id
     * @param name      the English name
     * @param startDate the day it opened
     * @return the fair
     */
    public static TradeFair of(String id, String name, LocalDate startDate) {
        return new TradeFair(id, name, Map.of(), null, null, startDate, null, null, List.of(), List.of(), List.of(),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Returns the organisation with an id.
     *
     * @param organizationId the id
     * @return the organisation, empty if the fair has none with that id
     */
    public Optional<Organization> organization(String organizationId) {
        return organizations.stream().filter(o -> o.id().equals(organizationId)).findFirst();
    }

    /**
     * Returns the source with an id.
     *
     * @param sourceId the id
     * @return the source, empty if the fair has none with that id
     */
    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /**
     * Returns the organisations that played a role, in the order of {@link #organizers()}.
     * Participations whose organisation id does not resolve are left out (the consistency
     * check reports them).
     *
     * @param role the role
     * @return the organisations
     */
    public List<Organization> organizations(Role role) {
        return organizers.stream().filter(p -> p.role() == role)
                .flatMap(p -> organization(p.organizationId()).stream()).toList();
    }

    /**
     * Returns the hosts: the organisations with role {@link Role#HOST}.
     *
     * @return the hosts
     */
    public List<Organization> hosts() {
        return organizations(Role.HOST);
    }

    /**
     * Returns a copy with other name.
     *
     * @param newName the name in English
     * @return the fair
     */
    public TradeFair withName(String newName) {
        return new TradeFair(id, newName, otherNames, series, edition, startDate, endDate, venue, organizations, organizers, attendance, signing, projects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other otherNames.
     *
     * @param newOtherNames names in other languages, keyed by BCP 47 language tag
     * @return the fair
     */
    public TradeFair withOtherNames(Map<String, String> newOtherNames) {
        return new TradeFair(id, name, newOtherNames, series, edition, startDate, endDate, venue, organizations, organizers, attendance, signing, projects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other series.
     *
     * @param newSeries the series the fair belongs to
     * @return the fair
     */
    public TradeFair withSeries(@Nullable String newSeries) {
        return new TradeFair(id, name, otherNames, newSeries, edition, startDate, endDate, venue, organizations, organizers, attendance, signing, projects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other edition.
     *
     * @param newEdition its number in the series, from 1
     * @return the fair
     */
    public TradeFair withEdition(@Nullable Integer newEdition) {
        return new TradeFair(id, name, otherNames, series, newEdition, startDate, endDate, venue, organizations, organizers, attendance, signing, projects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other startDate.
     *
     * @param newStartDate the day it opened
     * @return the fair
     */
    public TradeFair withStartDate(LocalDate newStartDate) {
        return new TradeFair(id, name, otherNames, series, edition, newStartDate, endDate, venue, organizations, organizers, attendance, signing, projects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other endDate.
     *
     * @param newEndDate the day it closed, not before {@code startDate}
     * @return the fair
     */
    public TradeFair withEndDate(@Nullable LocalDate newEndDate) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, newEndDate, venue, organizations, organizers, attendance, signing, projects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other venue.
     *
     * @param newVenue where it was held
     * @return the fair
     */
    public TradeFair withVenue(@Nullable Place newVenue) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, newVenue, organizations, organizers, attendance, signing, projects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other organizations.
     *
     * @param newOrganizations every organisation the fair's facts refer to, each id once
     * @return the fair
     */
    public TradeFair withOrganizations(List<Organization> newOrganizations) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, newOrganizations, organizers, attendance, signing, projects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other organizers.
     *
     * @param newOrganizers who hosted, organised and supported it
     * @return the fair
     */
    public TradeFair withOrganizers(List<Participation> newOrganizers) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, organizations, newOrganizers, attendance, signing, projects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other attendance.
     *
     * @param newAttendance who attended the fair as a whole
     * @return the fair
     */
    public TradeFair withAttendance(List<Attendance> newAttendance) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, organizations, organizers, newAttendance, signing, projects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other signing.
     *
     * @param newSigning what it declares was signed
     * @return the fair
     */
    public TradeFair withSigning(@Nullable SigningSummary newSigning) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, organizations, organizers, attendance, newSigning, projects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other projects.
     *
     * @param newProjects signed projects the report itemises, possibly only some of them
     * @return the fair
     */
    public TradeFair withProjects(List<SignedProject> newProjects) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, organizations, organizers, attendance, signing, newProjects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other intentions.
     *
     * @param newIntentions cooperation intentions reached
     * @return the fair
     */
    public TradeFair withIntentions(List<CooperationIntention> newIntentions) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, organizations, organizers, attendance, signing, projects, newIntentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other sessions.
     *
     * @param newSessions its sub-events
     * @return the fair
     */
    public TradeFair withSessions(List<Session> newSessions) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, organizations, organizers, attendance, signing, projects, intentions, newSessions, statements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other statements.
     *
     * @param newStatements what speakers said
     * @return the fair
     */
    public TradeFair withStatements(List<Statement> newStatements) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, organizations, organizers, attendance, signing, projects, intentions, sessions, newStatements, sources, exhibitors, scale, coLocatedEvents, reportedDates);
    }
    /**
     * Returns a copy with other sources.
     *
     * @param newSources where the facts came from, each id once
     * @return the fair
     */
    public TradeFair withSources(List<Source> newSources) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, organizations, organizers, attendance, signing, projects, intentions, sessions, statements, newSources, exhibitors, scale, coLocatedEvents, reportedDates);
    }

    /**
     * Returns a copy with exhibitor figures.
     *
     * @param newExhibitors who exhibited and how many, in the shape of attendance: "1,001 exhibitors, of which 347 from abroad"
     * @return the tradeFair
     */
    public TradeFair withExhibitors(List<Attendance> newExhibitors) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, organizations, organizers, attendance, signing, projects, intentions, sessions, statements, sources, newExhibitors, scale, coLocatedEvents, reportedDates);
    }

    /**
     * Returns a copy with figures of its size.
     *
     * @param newScale how large the fair was: exhibition area, booths, halls, countries and regions, events
     * @return the tradeFair
     */
    public TradeFair withScale(List<ScaleFigure> newScale) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, organizations, organizers, attendance, signing, projects, intentions, sessions, statements, sources, exhibitors, newScale, coLocatedEvents, reportedDates);
    }

    /**
     * Returns a copy with the events held alongside.
     *
     * @param newCoLocatedEvents events held alongside the fair, at the same place and time
     * @return the tradeFair
     */
    public TradeFair withCoLocatedEvents(List<CoLocatedEvent> newCoLocatedEvents) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, organizations, organizers, attendance, signing, projects, intentions, sessions, statements, sources, exhibitors, scale, newCoLocatedEvents, reportedDates);
    }

    /**
     * Returns a copy with the dates as each source reports them.
     *
     * @param newReportedDates the dates as each source reports them, kept when sources disagree with {@code startDate} and {@code endDate}
     * @return the tradeFair
     */
    public TradeFair withReportedDates(List<ReportedDates> newReportedDates) {
        return new TradeFair(id, name, otherNames, series, edition, startDate, endDate, venue, organizations, organizers, attendance, signing, projects, intentions, sessions, statements, sources, exhibitors, scale, coLocatedEvents, newReportedDates);
    }

    /**
     * The ids that parts and signings name are unique where they are looked up: attendance and
     * exhibitor figures share one set (a part may name a whole in either list), sessions and
     * scale figures have their own.
     */
    private static void uniqueIds(List<Attendance> attendance, List<Attendance> exhibitors, List<Session> sessions,
            List<ScaleFigure> scale) {
        Set<String> people = new HashSet<>();
        checkIds(attendance, Attendance::id, "attendance", people);
        checkIds(exhibitors, Attendance::id, "exhibitors", people);
        checkIds(sessions, Session::id, "sessions", new HashSet<>());
        checkIds(scale, ScaleFigure::id, "scale", new HashSet<>());
    }

    private static <T> void checkIds(List<T> items, Function<T, @Nullable String> id, String component, Set<String> seen) {
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (value != null && !seen.add(value)) {
                throw new IllegalArgumentException(component + "[" + i + "] repeats the id \"" + value + "\"");
            }
        }
    }
}
