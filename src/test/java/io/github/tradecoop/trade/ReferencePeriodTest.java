package io.github.tradecoop.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.json.TradeJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Years, half-years, quarters, months and ranges of months, as customs and commerce releases state them. */
class ReferencePeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"2023", "2023-H1", "2023-H2", "2023-Q3", "2023-05", "2023-01/2023-08", "2022-12/2023-02"})
    void everyFormReadsBackWhatItWrites(String text) {
        assertEquals(text, ReferencePeriod.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-13", "2023-00", "2023-H3", "2023-H0", "2023-Q5", "2023-08/2023-01", "2023-05/2023-05",
        "2023-01/2023-Q3", "2023/2024", "0001", "23", "2023-1", "2023-01/2023-8", ""})
    void periodsThatCannotExistAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> ReferencePeriod.parse(text));
    }

    @Test
    void aCumulativePeriodIsJanuaryToAMonth() {
        ReferencePeriod.MonthRange januaryToAugust = ReferencePeriod.yearToMonth(2023, 8);
        assertEquals("2023-01/2023-08", januaryToAugust.toString());
        assertTrue(januaryToAugust.isYearToMonth());
        assertFalse(ReferencePeriod.months(ReferencePeriod.month(2023, 4), ReferencePeriod.month(2023, 6)).isYearToMonth());
        assertEquals(LocalDate.of(2023, 1, 1), januaryToAugust.start());
        assertEquals(LocalDate.of(2023, 8, 31), januaryToAugust.end());
        assertEquals(8, januaryToAugust.months().size());
        assertEquals("2022-01/2022-08", januaryToAugust.previous().toString());
        assertTrue(januaryToAugust.encloses(ReferencePeriod.month(2023, 4)));
        assertFalse(januaryToAugust.encloses(ReferencePeriod.month(2023, 9)));
        assertTrue(ReferencePeriod.year(2023).encloses(ReferencePeriod.halfYear(2023, 2)));
        assertEquals(LocalDate.of(2023, 7, 1), ReferencePeriod.halfYear(2023, 2).start());
        assertEquals(LocalDate.of(2023, 12, 31), ReferencePeriod.halfYear(2023, 2).end());
    }

    @Test
    void periodsSortByFirstDayThenLastDay() {
        List<ReferencePeriod> periods = new ArrayList<>(List.of(ReferencePeriod.month(2023, 4), ReferencePeriod.year(2023),
                ReferencePeriod.yearToMonth(2023, 4), ReferencePeriod.quarter(2023, 1), ReferencePeriod.halfYear(2023, 1),
                ReferencePeriod.month(2023, 1), ReferencePeriod.year(2022)));
        Collections.sort(periods);
        assertEquals(List.of("2022", "2023-01", "2023-Q1", "2023-01/2023-04", "2023-H1", "2023", "2023-04"),
                periods.stream().map(ReferencePeriod::toString).toList());
    }

    /** The law: every period's written form reads back as the same period. */
    @Test
    void parseOfToStringIsIdentity() {
        qt().withExamples(5000)
                .forAll(integers().between(1900, 2100), integers().between(0, 4), integers().between(1, 12),
                        integers().between(0, 30))
                .check((year, form, month, span) -> {
                    ReferencePeriod period = switch (form) {
                        case 0 -> ReferencePeriod.year(year);
                        case 1 -> ReferencePeriod.halfYear(year, month % 2 + 1);
                        case 2 -> ReferencePeriod.quarter(year, month % 4 + 1);
                        case 3 -> ReferencePeriod.month(year, month);
                        default -> {
                            LocalDate start = LocalDate.of(year, month, 1);
                            LocalDate end = start.plusMonths(span + 1);
                            yield ReferencePeriod.months(ReferencePeriod.month(year, month),
                                    ReferencePeriod.month(end.getYear(), end.getMonthValue()));
                        }
                    };
                    return ReferencePeriod.parse(period.toString()).equals(period)
                            && period.compareTo(ReferencePeriod.parse(period.toString())) == 0;
                });
    }

    @Test
    void aCumulativeFlowRoundTripsThroughJson() {
        TradeFlow flow = TradeFlow.of(Area.country("CN"), Area.country("RU"), ReferencePeriod.yearToMonth(2023, 8),
                FlowDirection.TOTAL, ReportedAmount.parse("USD 155.1 billion"));
        TradeStatistics statistics = TradeStatistics.of(List.of(flow), List.of(), List.of());
        for (TradeJson json : List.of(TradeJson.jackson2(), TradeJson.jackson3())) {
            String written = json.write(statistics);
            assertTrue(written.contains("\"2023-01/2023-08\""), written);
            assertEquals(statistics, json.withValidation().read(written, TradeStatistics.class));
        }
    }
}
