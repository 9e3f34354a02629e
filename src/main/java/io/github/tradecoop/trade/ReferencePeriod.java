package io.github.tradecoop.trade;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a figure is reported for: a year, a quarter or a month. Its {@code toString()}
 * is {@code 2023}, {@code 2023-Q1} or {@code 2023-05}, which {@link #parse(String)} reads back.
 */
public sealed interface ReferencePeriod permits ReferencePeriod.Year, ReferencePeriod.Quarter, ReferencePeriod.Month {

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
     * Reads {@code 2023}, {@code 2023-Q1} or {@code 2023-05}.
     *
     * @param text the text
     * @return the period
     * @throws IllegalArgumentException if the text is none of these forms
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ReferencePeriod parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        // Hand-written rather than regular expressions: periods are parsed for every flow read.
        int length = text.length();
        if (length >= 4 && digits(text, 0, 4)) {
            int year = Integer.parseInt(text, 0, 4, 10);
            if (length == 4) {
                return year(year);
            }
            if (length == 7 && text.charAt(4) == '-' && text.charAt(5) == 'Q' && text.charAt(6) >= '1'
                    && text.charAt(6) <= '4') {
                return quarter(year, text.charAt(6) - '0');
            }
            if (length == 7 && text.charAt(4) == '-' && digits(text, 5, 7)) {
                int month = Integer.parseInt(text, 5, 7, 10);
                if (month >= 1 && month <= 12) {
                    return month(year, month);
                }
            }
        }
        throw new IllegalArgumentException("not a reference period: \"" + text
                + "\"; expected a year (2023), a quarter (2023-Q1) or a month (2023-05)");
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
