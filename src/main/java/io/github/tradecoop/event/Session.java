package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.PlausibleDate;
import io.github.tradecoop.validation.Slug;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sub-event of a fair: its opening ceremony, a forum, B2B matchmaking, an investment
 * promotion conference, site visits.
 *
 * @param type             what kind of session it was
 * @param title            its title
 * @param date             the day it was held; {@code null} if not stated
 * @param presenters       who presented or spoke
 * @param attendance       who attended and how many
 * @param promotedProjects projects promoted, by title
 * @param visitedPlaces    places visited, as described
 * @param endDate the last day of a session held over several days; {@code null} if it was held on one day or not stated
 * @param id an id that signings at this session name; {@code null} if none
 */
@JsonPropertyOrder({"id", "type", "title", "date", "endDate", "presenters", "attendance", "promotedProjects",
        "visitedPlaces"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Session(SessionType type, @MaxLength(300) String title, @PlausibleDate @Nullable LocalDate date,
        List<@Valid Person> presenters, List<@Valid Attendance> attendance,
        List<@MaxLength(300) String> promotedProjects, List<@MaxLength(300) String> visitedPlaces,
        @PlausibleDate @Nullable LocalDate endDate, @Slug @Nullable String id) implements java.io.Serializable {

    /**
     * Checks the required components and copies the lists.
     *
     * @param type what kind of session it was
     * @param title its title
     * @param date the day it was held; {@code null} if not stated
     * @param presenters who presented or spoke
     * @param attendance who attended and how many
     * @param promotedProjects projects promoted, by title
     * @param visitedPlaces places visited, as described
     * @param endDate the last day of a session held over several days; {@code null} if it was held on one day or not stated
     * @param id an id that signings at this session name; {@code null} if none
     */
    public Session {
        Require.present(type, "type");
        Require.text(title, "title");
        presenters = Require.list(presenters, "presenters");
        attendance = Require.list(attendance, "attendance");
        promotedProjects = Require.list(promotedProjects, "promotedProjects");
        visitedPlaces = Require.list(visitedPlaces, "visitedPlaces");
        if (endDate != null && (date == null || endDate.isBefore(date))) {
            throw new IllegalArgumentException(date == null ? "an endDate needs a date, the first day"
                    : "endDate " + endDate + " is before date " + date);
        }
        Require.optionalText(id, "id");
    }

    /**
     * Obtains a session.
     *
     * @param type  the kind of session
     * @param title the title
     * @return the session
     */
    public static Session of(SessionType type, String title) {
        return new Session(type, title, null, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    /**
     * Returns a copy held on a day.
     *
     * @param newDate the day
     * @return the session
     */
    public Session withDate(@Nullable LocalDate newDate) {
        return new Session(type, title, newDate, presenters, attendance, promotedProjects, visitedPlaces, endDate, id);
    }

    /**
     * Returns a copy with presenters.
     *
     * @param newPresenters the presenters
     * @return the session
     */
    public Session withPresenters(List<Person> newPresenters) {
        return new Session(type, title, date, newPresenters, attendance, promotedProjects, visitedPlaces, endDate, id);
    }

    /**
     * Returns a copy with attendance figures.
     *
     * @param newAttendance the attendance
     * @return the session
     */
    public Session withAttendance(List<Attendance> newAttendance) {
        return new Session(type, title, date, presenters, newAttendance, promotedProjects, visitedPlaces, endDate, id);
    }

    /**
     * Returns a copy with promoted projects.
     *
     * @param newPromotedProjects the projects' titles
     * @return the session
     */
    public Session withPromotedProjects(List<String> newPromotedProjects) {
        return new Session(type, title, date, presenters, attendance, newPromotedProjects, visitedPlaces, endDate, id);
    }

    /**
     * Returns a copy with visited places.
     *
     * @param newVisitedPlaces the places
     * @return the session
     */
    public Session withVisitedPlaces(List<String> newVisitedPlaces) {
        return new Session(type, title, date, presenters, attendance, promotedProjects, newVisitedPlaces, endDate, id);
    }

    /**
     * Returns a copy with another title.
     *
     * @param newTitle the title
     * @return the session
     */
    public Session withTitle(String newTitle) {
        return new Session(type, newTitle, date, presenters, attendance, promotedProjects, visitedPlaces, endDate, id);
    }

    /**
     * Returns a copy held over several days, from its {@code date} to this day.
     *
     * @param newEndDate the last day of a session held over several days; {@code null} if it was held on one day or not stated
     * @return the session
     */
    public Session withEndDate(@Nullable LocalDate newEndDate) {
        return new Session(type, title, date, presenters, attendance, promotedProjects, visitedPlaces, newEndDate, id);
    }

    /**
     * Returns a copy with an id that signings at the session can name.
     *
     * @param newId an id that signings at this session name; {@code null} if none
     * @return the session
     */
    public Session withId(@Nullable String newId) {
        return new Session(type, title, date, presenters, attendance, promotedProjects, visitedPlaces, endDate, newId);
    }
}
