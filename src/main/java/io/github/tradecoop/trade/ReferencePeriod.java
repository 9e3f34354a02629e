package io.github.tradecoop.trade;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a figure is reported for: a year ({@code 2023}), a half-year ({@code 2023-H1}), a
 * quarter ({@code 2023-Q1}), a month ({@code 2023-05}) or a range of months
 * ({@code 2023-01/2023-08}: the cumulative "January–August" of customs releases, or any other run
 * of whole months). {@code toString()} writes these forms and {@link #parse(String)} reads them
 * back. Periods are ordered by their first day, then by their last ({@link #compareTo}), so that
 * "January–April" comes before "April" and "2023" before "2023-Q1".
 */
public sealed interface ReferencePeriod extends Comparable<ReferencePeriod>, java.io.Serializable
        permits ReferencePeriod.Year, ReferencePeriod.HalfYear, ReferencePeriod.Quarter, ReferencePeriod.Month,
        ReferencePeriod.MonthRange {

    /**
     * Returns the same period one year earlier, which year-on-year growth compares with.
     *
     * @return the period a year before
     */
    ReferencePeriod previous();

    /**
     * Returns the first day of the period.
     *
     * @return the first day
     */
    LocalDate start();

    /**
     * Returns the last day of the period.
     *
     * @return the last day
     */
    LocalDate end();

    /**
     * Orders periods by their first day, then by their last.
     *
     * @param other the other period
     * @return negative, zero or positive as this period comes before, with or after the other
     */
    @Override
    default int compareTo(ReferencePeriod other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : end().compareTo(other.end());
    }

    /**
     * Tells whether this period covers every day of another: 2023 covers 2023-Q1, 2023-01/2023-08
     * covers 2023-05.
     *
     * @param other the other period
     * @return whether the other lies within this one
     */
    default boolean encloses(ReferencePeriod other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /**
     * Returns the months of this period, in order.
     *
     * @return the months; one for a month
     */
    default java.util.List<Month> months() {
        java.util.List<Month> months = new java.util.ArrayList<>();
        for (LocalDate day = start(); !day.isAfter(end()); day = day.plusMonths(1)) {
            months.add(new Month(day.getYear(), day.getMonthValue()));
        }
        return java.util.List.copyOf(months);
    }

    /**
     * Returns a calendar year.
     *
     * @param year the year
     * @return the period
     */
    static Year year(int year) {
        return new Year(year);
    }

    /**
     * Returns a quarter.
     *
     * @param year    the year
     * @param quarter 1 to 4
     * @return the period
     */
    static Quarter quarter(int year, int quarter) {
        return new Quarter(year, quarter);
    }

    /**
     * Returns a month.
     *
     * @param year  the year
     * @param month 1 to 12
     * @return the period
     */
    static Month month(int year, int month) {
        return new Month(year, month);
    }

    /**
     * Returns a half-year.
     *
     * @param year the year
     * @param half 1 (January–June) or 2 (July–December)
     * @return the period
     */
    static HalfYear halfYear(int year, int half) {
        return new HalfYear(year, half);
    }

    /**
     * Returns a run of whole months, such as January–August.
     *
     * @param from the first month
     * @param to   the last month, after the first
     * @return the period
     */
    static MonthRange months(Month from, Month to) {
        return new MonthRange(from, to);
    }

    /**
     * Returns the months from January to a month of the same year: the cumulative period of a
     * customs release ("January–August 2023" is {@code 2023-01/2023-08}).
     *
     * @param year      the year
     * @param lastMonth 2 to 12
     * @return the period
     */
    static MonthRange yearToMonth(int year, int lastMonth) {
        return new MonthRange(new Month(year, 1), new Month(year, lastMonth));
    }

    /**
     * Reads {@code 2023}, {@code 2023-H1}, {@code 2023-Q1}, {@code 2023-05} or {@code 2023-01/2023-08}.
     *
     * @param text the text
     * @return the period
     * @throws IllegalArgumentException if the text is none of these forms, or a period that cannot
     *                                  exist ({@code 2023-13}, {@code 2023-H3}, {@code 2023-08/2023-01})
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ReferencePeriod parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        // Hand-written rather than regular expressions: periods are parsed for every flow read.
        int length = text.length();
        if (length == 15 && text.charAt(7) == '/') {
            ReferencePeriod from = parse(text.substring(0, 7));
            ReferencePeriod to = parse(text.substring(8));
            if (from instanceof Month first && to instanceof Month last) {
                return new MonthRange(first, last);
            }
        } else if (length >= 4 && digits(text, 0, 4)) {
            int year = Integer.parseInt(text, 0, 4, 10);
            if (length == 4) {
                return year(year);
            }
            char kind = length == 7 && text.charAt(4) == '-' ? text.charAt(5) : 0;
            if ((kind == 'Q' || kind == 'H') && text.charAt(6) >= '1' && text.charAt(6) <= '9') {
                return kind == 'Q' ? quarter(year, text.charAt(6) - '0') : halfYear(year, text.charAt(6) - '0');
            }
            if (length == 7 && text.charAt(4) == '-' && digits(text, 5, 7)) {
                return month(year, Integer.parseInt(text, 5, 7, 10));
            }
        }
        throw new IllegalArgumentException("not a reference period: \"" + (text.length() > 40 ? text.substring(0, 37)
                + "..." : text) + "\"; expected a year (2023), a half-year (2023-H1), a quarter (2023-Q1), a month"
                + " (2023-05) or a range of months (2023-01/2023-08)");
    }

    /**
     * A calendar year.
     *
     * @param year the year, 1 to 9999
     */
    record Year(int year) implements ReferencePeriod {

        /**
         * Checks the year.
         *
         * @param year the year, 1 to 9999
         */
        public Year {
            checkYear(year);
        }

        @Override
        public Year previous() {
            return new Year(year - 1);
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(year, 1, 1);
        }

        @Override
        public LocalDate end() {
            return LocalDate.of(year, 12, 31);
        }

        @Override
        @JsonValue
        public String toString() {
            return fourDigits(year);
        }
    }

    /**
     * A quarter of a year.
     *
     * @param year    the year
     * @param quarter 1 to 4
     */
    record Quarter(int year, int quarter) implements ReferencePeriod {

        /**
         * Checks year and quarter.
         *
         * @param year the year
         * @param quarter 1 to 4
         */
        public Quarter {
            checkYear(year);
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("quarter must be 1 to 4 but was " + quarter);
            }
        }

        @Override
        public Quarter previous() {
            return new Quarter(year - 1, quarter);
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(year, quarter * 3 - 2, 1);
        }

        @Override
        public LocalDate end() {
            return start().plusMonths(3).minusDays(1);
        }

        @Override
        @JsonValue
        public String toString() {
            return fourDigits(year) + "-Q" + quarter;
        }
    }

    /**
     * A month of a year.
     *
     * @param year  the year
     * @param month 1 to 12
     */
    record Month(int year, int month) implements ReferencePeriod {

        /**
         * Checks year and month.
         *
         * @param year the year
         * @param month 1 to 12
         */
        public Month {
            checkYear(year);
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month must be 1 to 12 but was " + month);
            }
        }

        @Override
        public Month previous() {
            return new Month(year - 1, month);
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(year, month, 1);
        }

        @Override
        public LocalDate end() {
            return start().plusMonths(1).minusDays(1);
        }

        @Override
        @JsonValue
        public String toString() {
            return fourDigits(year) + (month < 10 ? "-0" : "-") + month;
        }
    }

    /**
     * A half of a year: {@code 2023-H1} is January to June.
     *
     * @param year the year
     * @param half 1 or 2
     */
    record HalfYear(int year, int half) implements ReferencePeriod {

        /**
         * Checks year and half.
         *
         * @param year the year
         * @param half 1 or 2
         */
        public HalfYear {
            checkYear(year);
            if (half < 1 || half > 2) {
                throw new IllegalArgumentException("half must be 1 or 2 but was " + half);
            }
        }

        @Override
        public HalfYear previous() {
            return new HalfYear(year - 1, half);
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(year, half * 6 - 5, 1);
        }

        @Override
        public LocalDate end() {
            return start().plusMonths(6).minusDays(1);
        }

        @Override
        @JsonValue
        public String toString() {
            return fourDigits(year) + "-H" + half;
        }
    }

    /**
     * A run of whole months, from one month to a later one: {@code 2023-01/2023-08} is January to
     * August 2023, the cumulative period customs releases report.
     *
     * @param from the first month
     * @param to   the last month, after the first
     */
    record MonthRange(Month from, Month to) implements ReferencePeriod {

        /**
         * Checks that the range runs forwards over more than one month.
         *
         * @param from the first month
         * @param to the last month
         */
        public MonthRange {
            Objects.requireNonNull(from, "from must not be null");
            Objects.requireNonNull(to, "to must not be null");
            if (to.compareTo(from) <= 0) {
                throw new IllegalArgumentException("a range of months must end after it starts, but " + from + "/" + to
                        + " does not; a single month is written " + from);
            }
        }

        /**
         * Tells whether the range starts in January and ends in the same year: a cumulative
         * "year to date" period.
         *
         * @return whether this is January to a month of the same year
         */
        public boolean isYearToMonth() {
            return from.month() == 1 && from.year() == to.year();
        }

        @Override
        public MonthRange previous() {
            return new MonthRange(from.previous(), to.previous());
        }

        @Override
        public LocalDate start() {
            return from.start();
        }

        @Override
        public LocalDate end() {
            return to.end();
        }

        @Override
        @JsonValue
        public String toString() {
            return from + "/" + to;
        }
    }

    /** The year with leading zeros to four digits; by hand, as it is written for every trade flow. */
    private static String fourDigits(int year) {
        String digits = Integer.toString(year);
        return "0000".substring(digits.length()) + digits;
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void checkYear(int year) {
        if (year < 2 || year > 9999) {
            throw new IllegalArgumentException("year must be 2 to 9999 but was " + year);
        }
    }
}
