package io.github.tradecoop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.event.Attendance;
import io.github.tradecoop.event.Organization;
import io.github.tradecoop.event.Role;
import io.github.tradecoop.event.SessionType;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's totals, stated the way a user's tests would state them. */
class SeedModelTest {

    private final TradeFair fair = Seed.fair();
    private final TradeStatistics statistics = Seed.statistics();
    private final Area shenyang = Area.city("Shenyang", "CN");
    private final Area russia = Area.country("RU");
    private final ReferencePeriod year2023 = ReferencePeriod.year(2023);

    @Test
    void fiftyFiveProjectsWereSigned() {
        assertEquals(Count.exactly(55), fair.signing().projects());
        assertEquals(55, fair.signing().projects().value());
    }

    @Test
    void signedTotalIsRmb13Point6BillionWithItsRoundingBounds() {
        ReportedAmount total = fair.signing().totalValue();
        assertEquals(Money.of("CNY", 13_600_000_000L), total.value());
        assertEquals(Range.closed("13550000000", "13650000000"), total.bounds());
        assertEquals("RMB 13.6 billion", io.github.tradecoop.format.FigureFormat.english().format(total));
    }

    @Test
    void threeHostsEachWithRoleHost() {
        List<Organization> hosts = fair.hosts();
        assertEquals(List.of("Shenyang Municipal People's Government", "Department of Commerce of Liaoning Province",
                "Foreign Affairs Office of the People's Government of Liaoning Province"),
                hosts.stream().map(Organization::name).toList());
        assertTrue(fair.organizers().stream().allMatch(p -> p.role() == Role.HOST));
        assertEquals(3, fair.organizers().size());
    }

    @Test
    void moreThanOneHundredEntrepreneursFromRussiaAndTheEaeu() {
        Attendance entrepreneurs = fair.attendance().get(0);
        assertEquals(Count.moreThan(100), entrepreneurs.count());
        assertEquals(List.of("RU"), entrepreneurs.originCountries());
        assertEquals("EAEU", entrepreneurs.originGroup());
        assertTrue(Area.EAEU.members().contains("RU"));
    }

    @Test
    void twoHundredTwentySevenEnterprisesInForumAndB2b() {
        assertEquals(Count.exactly(227), fair.attendance().get(1).count());
        assertEquals(Count.exactly(227), fair.sessions().stream()
                .filter(s -> s.type() == SessionType.B2B_MATCHMAKING).findFirst().orElseThrow()
                .attendance().get(0).count());
    }

    @Test
    void fairOpenedOnJanuary29InShenyang() {
        assertEquals(LocalDate.of(2024, 1, 29), fair.startDate());
        assertEquals("Shenyang", fair.venue().city());
        assertEquals("Liaoning", fair.venue().region());
        assertEquals("CN", fair.venue().country());
    }

    @Test
    void investmentPromotionHadTwoPresentersAndPromotedThePark() {
        var session = fair.sessions().stream().filter(s -> s.type() == SessionType.INVESTMENT_PROMOTION)
                .findFirst().orElseThrow();
        assertEquals(List.of("Duan Jiyang", "Yang Xiaobo"), session.presenters().stream().map(p -> p.name()).toList());
        assertEquals(List.of("China-Russia (Shenyang) Economic and Trade Cooperation Industrial Park"),
                session.promotedProjects());
    }

    @Test
    void exports2023WereRmb3Point15BillionUp51Point9Percent() {
        TradeFlow exports = statistics.flow(shenyang, russia, year2023, FlowDirection.EXPORT).orElseThrow();
        assertEquals(Money.of("CNY", 3_150_000_000L), exports.value().value());
        assertEquals(Percentage.of("51.9"), exports.yearOnYear());
    }

    @Test
    void imports2023WereRmb910MillionUp404Point9Percent() {
        TradeFlow imports = statistics.flow(shenyang, russia, year2023, FlowDirection.IMPORT).orElseThrow();
        assertEquals(Money.of("CNY", 910_000_000L), imports.value().value());
        assertEquals(new BigDecimal("1000000"), imports.value().resolution());
        assertEquals(Percentage.of("404.9"), imports.yearOnYear());
    }

    @Test
    void total2023WasRmb4Point06BillionUp80Point2Percent() {
        TradeFlow total = statistics.flow(shenyang, russia, year2023, FlowDirection.TOTAL).orElseThrow();
        assertEquals(ReportedAmount.parse("RMB 4.06 billion"), total.value());
        assertEquals(Percentage.of("80.2"), total.yearOnYear());
        assertEquals(3, statistics.flows(year2023).size());
        assertEquals(3, statistics.flows(shenyang, russia, year2023).size());
    }

    @Test
    void oneHundredTwentyTwoRussiaInvestedEnterprisesWereApproved() {
        assertEquals(Count.exactly(122), statistics.indicator("russia-invested-enterprises-approved", shenyang, year2023)
                .orElseThrow().count());
    }

    @Test
    void lookUpsOfAbsentFlowsAreEmpty() {
        assertTrue(statistics.flow(shenyang, russia, ReferencePeriod.year(2022), FlowDirection.EXPORT).isEmpty());
        assertTrue(statistics.flow(shenyang, Area.country("KZ"), year2023, FlowDirection.EXPORT).isEmpty());
    }
}
