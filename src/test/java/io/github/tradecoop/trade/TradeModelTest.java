package io.github.tradecoop.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.event.Source;
import io.github.tradecoop.figure.ReportedAmount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TradeModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"2023", "2023-Q1", "2023-Q4", "2023-05", "2023-12"})
    void periodToStringIsReadBackByParse(String text) {
        assertEquals(text, ReferencePeriod.parse(text).toString());
    }

    /** Every period there can be: ISO-style text with a four-digit year, read back by parse. */
    @Test
    void everyPeriodIsWrittenWithAFourDigitYearAndReadBack() {
        for (int year = 2; year <= 9999; year++) {
            Map<String, ReferencePeriod> periods = new LinkedHashMap<>();
            periods.put(String.format("%04d", year), ReferencePeriod.year(year));
            for (int quarter = 1; quarter <= 4; quarter++) {
                periods.put(String.format("%04d-Q%d", year, quarter), ReferencePeriod.quarter(year, quarter));
            }
            for (int month = 1; month <= 12; month++) {
                periods.put(String.format("%04d-%02d", year, month), ReferencePeriod.month(year, month));
            }
            periods.forEach((text, period) -> {
                assertEquals(text, period.toString());
                assertEquals(period, ReferencePeriod.parse(text));
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "23", "2023-Q5", "2023-13", "2023-5", "2023Q1", "year 2023"})
    void malformedPeriodsAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> ReferencePeriod.parse(text));
    }

    @Test
    void previousIsTheSamePeriodAYearEarlier() {
        assertEquals(ReferencePeriod.year(2022), ReferencePeriod.year(2023).previous());
        assertEquals(ReferencePeriod.quarter(2022, 3), ReferencePeriod.quarter(2023, 3).previous());
        assertEquals(ReferencePeriod.month(2023, 2), ReferencePeriod.month(2024, 2).previous());
    }

    @Test
    void periodsKnowTheirDays() {
        assertEquals(LocalDate.of(2023, 1, 1), ReferencePeriod.year(2023).start());
        assertEquals(LocalDate.of(2023, 6, 30), ReferencePeriod.quarter(2023, 2).end());
        assertEquals(LocalDate.of(2024, 2, 29), ReferencePeriod.month(2024, 2).end());
    }

    @Test
    void invalidPeriodsCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> ReferencePeriod.quarter(2023, 0));
        assertThrows(IllegalArgumentException.class, () -> ReferencePeriod.month(2023, 13));
    }

    @Test
    void areasHaveLabels() {
        assertEquals("RU", Area.country("RU").label());
        assertEquals("Shenyang, CN", Area.city("Shenyang", "CN").label());
        assertEquals("EAEU", Area.EAEU.label());
        assertEquals(List.of("AM", "BY", "KZ", "KG", "RU"), Area.EAEU.members());
        assertEquals(Area.city("Shenyang", "CN"), new Area.Subdivision("Shenyang", "CN", Area.Level.CITY));
    }

    @Test
    void statisticsCopyTheirListsAndRefuseRepeatedSourceIds() {
        List<TradeFlow> flows = new ArrayList<>();
        flows.add(TradeFlow.of(Area.country("CN"), Area.country("RU"), ReferencePeriod.year(2023), FlowDirection.EXPORT,
                ReportedAmount.parse("RMB 1 billion")));
        TradeStatistics statistics = TradeStatistics.of(flows, List.of(), List.of());
        flows.clear();
        assertEquals(1, statistics.flows().size());
        assertThrows(UnsupportedOperationException.class, () -> statistics.flows().clear());
        assertThrows(IllegalArgumentException.class, () -> statistics.withSources(
                List.of(Source.of("s", "A"), Source.of("s", "B"))));
    }

    @Test
    void flowsRequireTheirComponents() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> TradeFlow.of(Area.country("CN"),
                null, ReferencePeriod.year(2023), FlowDirection.EXPORT, ReportedAmount.parse("RMB 1 billion")));
        assertEquals("partner must not be null", e.getMessage());
        assertTrue(TradeFlow.of(Area.country("CN"), Area.country("RU"), ReferencePeriod.year(2023),
                FlowDirection.TOTAL, ReportedAmount.parse("RMB 1 billion")).yearOnYear() == null);
    }

    @Test
    void anIndicatorRefusesBlankTextThatWouldNotRoundTrip() {
        Indicator indicator = Indicator.of("russia-invested-enterprises-approved", io.github.tradecoop.figure.Count.exactly(122),
                Area.country("RU"), ReferencePeriod.year(2023));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> indicator.withDescription(" "));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> indicator.withSourceId(""));
        org.junit.jupiter.api.Assertions.assertEquals("approved in 2023", indicator.withDescription("approved in 2023").description());
    }

    @Test
    void aFlowMayStateItsChangeWithoutItsValue() {
        TradeFlow fell = TradeFlow.ofChange(Area.country("CN"), Area.country("JP"), ReferencePeriod.yearToMonth(2023, 8),
                FlowDirection.EXPORT, io.github.tradecoop.figure.Percentage.parse("fell 4.1 percent"));
        org.junit.jupiter.api.Assertions.assertNull(fell.value());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new TradeFlow(Area.country("CN"),
                Area.country("JP"), ReferencePeriod.year(2023), FlowDirection.EXPORT, null, null, null, null, null, null, null, null));
        TradeStatistics statistics = TradeStatistics.of(java.util.List.of(fell), java.util.List.of(), java.util.List.of());
        org.junit.jupiter.api.Assertions.assertTrue(io.github.tradecoop.check.Consistency.check(statistics).isConsistent());
        for (io.github.tradecoop.json.TradeJson json : java.util.List.of(io.github.tradecoop.json.TradeJson.jackson2(),
                io.github.tradecoop.json.TradeJson.jackson3())) {
            String written = json.write(statistics);
            org.junit.jupiter.api.Assertions.assertTrue(written.contains("\"direction\":\"EXPORT\",\"yearOnYear\""), written);
            org.junit.jupiter.api.Assertions.assertEquals(statistics, json.withValidation().read(written, TradeStatistics.class));
        }
    }

    @Test
    void theWorldIsAPartnerOfItsOwn() {
        TradeFlow total = TradeFlow.of(Area.country("CN"), Area.WORLD, ReferencePeriod.yearToMonth(2023, 8),
                FlowDirection.EXPORT, io.github.tradecoop.figure.ReportedAmount.parse("USD 2.21 trillion"));
        org.junit.jupiter.api.Assertions.assertEquals("World", total.partner().label());
        TradeStatistics statistics = TradeStatistics.of(java.util.List.of(total), java.util.List.of(), java.util.List.of());
        for (io.github.tradecoop.json.TradeJson json : java.util.List.of(io.github.tradecoop.json.TradeJson.jackson2(),
                io.github.tradecoop.json.TradeJson.jackson3())) {
            String written = json.write(statistics);
            org.junit.jupiter.api.Assertions.assertTrue(written.contains("\"partner\":{\"type\":\"world\"}"), written);
            org.junit.jupiter.api.Assertions.assertEquals(Area.WORLD, json.withValidation().read(written, TradeStatistics.class)
                    .flows().get(0).partner());
        }
    }
}
