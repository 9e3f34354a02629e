package io.github.tradecoop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.Product;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Breakdowns by product and by partner country against their whole: never more than it. */
class BreakdownConsistencyTest {

    private static final ReferencePeriod PERIOD = ReferencePeriod.yearToMonth(2023, 8);
    private static final List<String> COUNTRIES = List.of("RU", "JP", "KR", "US", "DE", "VN", "BR", "IN", "AU", "MY");
    private static final List<String> CHAPTERS = List.of("27", "84", "85", "87", "10", "26", "39", "72", "90", "61");

    private static TradeFlow flow(Area partner, ReportedAmount value) {
        return TradeFlow.of(Area.country("CN"), partner, PERIOD, FlowDirection.EXPORT, value);
    }

    private static List<String> codes(List<TradeFlow> flows) {
        return Consistency.check(TradeStatistics.of(flows, List.of(), List.of())).findings().stream()
                .map(Finding::code).filter(c -> c.contains("exceed")).toList();
    }

    @Test
    void partnerCountriesAddUpToNoMoreThanTheWorld() {
        List<TradeFlow> flows = new ArrayList<>(List.of(flow(Area.WORLD, ReportedAmount.parse("USD 2.21 trillion")),
                flow(Area.country("US"), ReportedAmount.parse("USD 330 billion")),
                flow(Area.country("RU"), ReportedAmount.parse("USD 70 billion")),
                flow(Area.EAEU, ReportedAmount.parse("USD 80 billion"))));
        assertEquals(List.of(), codes(flows));
        flows.add(flow(Area.country("JP"), ReportedAmount.parse("USD 1.9 trillion")));
        assertEquals(List.of("trade.partners-exceed-world"), codes(flows));
    }

    @Test
    void overlappingProductsAreNeverAddedUp() {
        TradeFlow all = flow(Area.WORLD, ReportedAmount.parse("RMB 15.9 trillion"));
        TradeFlow electrical = all.withValue(ReportedAmount.parse("RMB 9.3 trillion"))
                .withProduct(Product.of("mechanical and electrical products"));
        TradeFlow highTech = all.withValue(ReportedAmount.parse("RMB 7.5 trillion")).withProduct(Product.of("high-tech products"));
        assertEquals(List.of(), codes(List.of(all, electrical, highTech)));
        TradeFlow chapter85 = all.withValue(ReportedAmount.parse("RMB 9 trillion")).withProduct(Product.of("electrical", "85"));
        TradeFlow heading8517 = all.withValue(ReportedAmount.parse("RMB 8 trillion")).withProduct(Product.of("phones", "8517"));
        assertEquals(List.of(), codes(List.of(all, chapter85, heading8517)));
        TradeFlow chapter84 = all.withValue(ReportedAmount.parse("RMB 8 trillion")).withProduct(Product.of("machinery", "84"));
        assertEquals(List.of("trade.products-exceed-total"), codes(List.of(all, chapter85, chapter84)));
    }

    @Test
    void aProductCodeThatIsNotAnHsCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Product.of("oil", "2709x"));
        assertThrows(IllegalArgumentException.class, () -> Product.of("oil", "270"));
        assertThrows(IllegalArgumentException.class, () -> Product.of("reserved", "99"));
        assertThrows(IllegalArgumentException.class, () -> Product.of(" ", "27"));
        assertEquals("2709000000", Product.of("crude oil", "2709000000").hsCode());
    }

    @Test
    void aProductBreakdownRoundTripsThroughJson() {
        TradeFlow crude = flow(Area.country("RU"), ReportedAmount.parse("USD 60.6 billion")).withProduct(Product.of("crude oil", "2709"));
        TradeStatistics statistics = TradeStatistics.of(List.of(crude), List.of(), List.of());
        for (TradeJson json : List.of(TradeJson.jackson2(), TradeJson.jackson3())) {
            assertEquals(statistics, json.withValidation().read(json.write(statistics), TradeStatistics.class));
        }
    }

    /** An amount honestly rounded to 10^digits. */
    private static ReportedAmount reported(long truth, int digits) {
        return PeriodConsistencyTest.reported(truth, digits);
    }

    @Test
    void honestBreakdownsAreNeverFlagged() {
        qt().withExamples(10_000)
                .forAll(lists().of(longs().between(0, 100_000_000_000L)).ofSizeBetween(2, 10), longs().between(0, 1_000_000_000_000L),
                        integers().between(3, 10), integers().between(3, 10))
                .check((parts, rest, partDigits, wholeDigits) -> {
                    long total = rest;
                    List<TradeFlow> flows = new ArrayList<>();
                    for (int i = 0; i < parts.size(); i++) {
                        total += parts.get(i);
                        flows.add(flow(Area.country(COUNTRIES.get(i)), reported(parts.get(i), partDigits)));
                        flows.add(flow(Area.WORLD, reported(parts.get(i), partDigits))
                                .withProduct(Product.of("chapter " + CHAPTERS.get(i), CHAPTERS.get(i))));
                    }
                    flows.add(flow(Area.WORLD, reported(total, wholeDigits)));
                    return codes(flows).isEmpty();
                });
    }

    @Test
    void partnersBeyondTheRoundingOfTheWorldAreFlagged() {
        qt().withExamples(10_000)
                .forAll(lists().of(longs().between(1, 100_000_000_000L)).ofSizeBetween(2, 10), integers().between(3, 10),
                        longs().between(1, 1_000_000_000L))
                .check((parts, digits, beyond) -> {
                    long total = 0;
                    List<TradeFlow> flows = new ArrayList<>();
                    for (int i = 0; i < parts.size(); i++) {
                        total += parts.get(i);
                        flows.add(flow(Area.country(COUNTRIES.get(i)), ReportedAmount.of(Money.of("CNY", parts.get(i)),
                                BigDecimal.ONE)));
                    }
                    long slack = BigDecimal.ONE.scaleByPowerOfTen(digits).longValueExact();
                    flows.add(flow(Area.WORLD, reported(total - slack - beyond, digits)));
                    return codes(flows).equals(List.of("trade.partners-exceed-world"));
                });
    }
}
