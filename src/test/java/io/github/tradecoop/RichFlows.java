package io.github.tradecoop;

import io.github.tradecoop.figure.Converted;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.GrowthComparison;
import io.github.tradecoop.trade.Product;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Trade flows with every field a release states, for the scale measurements and the memory test:
 * one flow with them all, and statistics of any size shaped like a year of provincial releases.
 */
public final class RichFlows {

    private RichFlows() {
    }

    /** A flow with a cumulative period, a dated group, a product, share, change, comparison and a second currency. */
    public static TradeFlow one() {
        Area.Group eu = new Area.Group("EU", "European Union", List.of("AT", "BE", "DE", "FR", "IT", "NL", "PL", "ES"))
                .asOf(ReferencePeriod.year(2023));
        return TradeFlow.of(Area.province("Henan", "CN"), eu, ReferencePeriod.parse("2023-01/2023-08"), FlowDirection.EXPORT,
                        ReportedAmount.parse("RMB 41.67 billion"))
                .withYearOnYear(Percentage.of("83.6"))
                .withProduct(Product.of("integrated circuits", "8542"))
                .withShare(Percentage.of("13.1"))
                .withChange(ReportedAmount.parse("RMB 18.97 billion"))
                .withGrowthComparison(GrowthComparison.withReporter(PercentagePoints.of("10.9"), Area.country("CN")))
                .withConvertedValue(Converted.of(ReportedAmount.parse("about USD 5.8 billion")).withRate(new BigDecimal("7.18")))
                .withSourceId("release");
    }

    /**
     * About {@code size} flows: reporters × partners × products × 12 months and the 11 cumulative
     * periods "January to month", each in three directions with exports + imports = total, every
     * cumulative figure the sum of its months: consistent, so the check runs every comparison to the end.
     *
     * @param size about how many flows
     * @return the statistics
     */
    public static TradeStatistics statistics(int size) {
        List<Area> partners = List.of(Area.WORLD, Area.country("RU"), Area.country("US"), Area.country("DE"),
                Area.country("JP"), Area.country("KR"), Area.country("VN"), Area.country("BR"));
        List<Product> products = new ArrayList<>();
        products.add(null);
        for (int chapter = 1; chapter <= 20; chapter++) {
            products.add(Product.of("chapter " + chapter, String.format("%02d", chapter)));
        }
        int perReporter = partners.size() * products.size() * 23 * 3;
        int reporters = Math.max(1, size / perReporter);
        List<TradeFlow> flows = new ArrayList<>(reporters * perReporter);
        for (int r = 0; r < reporters; r++) {
            Area reporter = Area.province("Province " + r, "CN");
            for (Area partner : partners) {
                for (Product product : products) {
                    // Wholes hold their parts: the world ten countries' worth, all products forty chapters'.
                    long scale = (partner == Area.WORLD ? 10 : 1) * (product == null ? 40 : 1);
                    long exportsSoFar = 0;
                    long importsSoFar = 0;
                    for (int month = 1; month <= 12; month++) {
                        long exports = scale * 1_000_000L * (month + r % 7 + 1);
                        long imports = scale * 700_000L * (month + r % 5 + 1);
                        exportsSoFar += exports;
                        importsSoFar += imports;
                        add(flows, reporter, partner, product, ReferencePeriod.month(2023, month), exports, imports);
                        if (month > 1) {
                            add(flows, reporter, partner, product, ReferencePeriod.yearToMonth(2023, month), exportsSoFar,
                                    importsSoFar);
                        }
                    }
                }
            }
        }
        return TradeStatistics.of(flows, List.of(), List.of());
    }

    private static void add(List<TradeFlow> flows, Area reporter, Area partner, Product product, ReferencePeriod period,
            long exports, long imports) {
        flows.add(flow(reporter, partner, product, period, FlowDirection.TOTAL, exports + imports));
        flows.add(flow(reporter, partner, product, period, FlowDirection.EXPORT, exports));
        flows.add(flow(reporter, partner, product, period, FlowDirection.IMPORT, imports));
    }

    private static TradeFlow flow(Area reporter, Area partner, Product product, ReferencePeriod period, FlowDirection direction,
            long yuan) {
        return TradeFlow.of(reporter, partner, period, direction,
                        ReportedAmount.exactly(io.github.tradecoop.money.Money.of("CNY", yuan)))
                .withProduct(product);
    }
}
