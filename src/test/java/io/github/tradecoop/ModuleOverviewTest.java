package io.github.tradecoop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.check.ConsistencyReport;
import io.github.tradecoop.event.Attendance;
import io.github.tradecoop.event.Place;
import io.github.tradecoop.event.SigningSummary;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.format.FoundFigure;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.testing.TradeAssertions;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import io.github.tradecoop.validation.TradeValidator;
import io.github.tradecoop.validation.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The module overview's examples (the Javadoc of module-info.java), one per exported package:
 * each {@code <pre>{@code ...}</pre>} block there equals a region of this class, which runs it.
 */
class ModuleOverviewTest {

    private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\R(.*?)\\R \\* }</pre>", Pattern.DOTALL);
    private static final List<String> PACKAGES = List.of("money", "figure", "format", "event", "trade", "check",
            "validation", "json", "testing");

    @Test
    void theOverviewShowsTheRegionsOfThisClassOnePerPackage() throws IOException {
        String overview = Files.readString(Path.of("src/main/java/module-info.java"));
        Matcher m = EXAMPLE.matcher(overview);
        List<String> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(m.group(1).lines().map(l -> l.startsWith(" * ") ? l.substring(3) : l.replaceFirst("^ \\*$", ""))
                    .reduce((a, b) -> a + "\n" + b).orElse(""));
        }
        assertEquals(PACKAGES.size(), examples.size(), "one example per exported package");
        for (int i = 0; i < PACKAGES.size(); i++) {
            String region = DocSnippetsTest.region(Path.of("src/test/java/io/github/tradecoop/ModuleOverviewTest.java"),
                    "overview-" + PACKAGES.get(i));
            assertEquals(region, examples.get(i), "module-info.java shows a stale example for " + PACKAGES.get(i));
        }
    }

    @Test
    void money() {
        // tag::overview-money[]
        Money exports = Money.of("RMB", "3150000000");            // RMB is an alias of CNY
        Money total = exports.plus(Money.of("CNY", "910000000"));  // CNY 4060000000
        // end::overview-money[]
        assertEquals(Money.of("CNY", 4_060_000_000L), total);
    }

    @Test
    void figure() {
        // tag::overview-figure[]
        ReportedAmount signed = ReportedAmount.parse("RMB 13.6 billion");
        Range bounds = signed.bounds();                            // [13550000000, 13650000000]
        // end::overview-figure[]
        assertEquals(Range.parse("[13550000000, 13650000000]"), bounds);
    }

    @Test
    void format() {
        // tag::overview-format[]
        List<FoundFigure> figures = FigureFormat.findAll("The fair signed 55 projects worth RMB 13.6 billion. 签约项目55个。");
        FoundFigure projects = figures.get(0);                     // COUNT "55 projects", noun "projects"
        String chinese = FigureFormat.chinese().format(ReportedAmount.parse("RMB 13.6 billion"));   // 136亿元
        // end::overview-format[]
        assertEquals(3, figures.size());
        assertEquals(FoundFigure.Kind.COUNT, projects.kind());
        assertEquals("55 projects", projects.text());
        assertEquals("136亿元", chinese);
    }

    @Test
    void event() {
        // tag::overview-event[]
        TradeFair fair = TradeFair.of("shenyang-2024", "Shenyang Fair", LocalDate.of(2024, 1, 29))
                .withVenue(Place.of("Shenyang", "CN"))
                .withAttendance(List.of(Attendance.of("enterprises", Count.parse("227"))))
                .withSigning(SigningSummary.of(Count.parse("55"), ReportedAmount.parse("RMB 13.6 billion")));
        // end::overview-event[]
        assertEquals("CN", fair.venue().country());
        assertTrue(Consistency.check(fair).isConsistent());
    }

    @Test
    void trade() {
        // tag::overview-trade[]
        Area shenyang = Area.city("Shenyang", "CN");
        TradeFlow exports = TradeFlow.of(shenyang, Area.country("RU"), ReferencePeriod.parse("2023"),
                FlowDirection.EXPORT, ReportedAmount.parse("RMB 3.15 billion")).withYearOnYear(Percentage.parse("51.9%"));
        // end::overview-trade[]
        assertEquals(new BigDecimal("51.9"), exports.yearOnYear().value());
    }

    @Test
    void check() {
        TradeStatistics statistics = Seed.statistics();
        // tag::overview-check[]
        ConsistencyReport report = Consistency.check(statistics);  // exports + imports against the total, growth, ...
        boolean consistent = report.isConsistent();
        // end::overview-check[]
        assertTrue(consistent);
        assertFalse(Consistency.check(Seed.statistics().withFlows(List.of(Seed.statistics().flows().get(0)
                .withValue(ReportedAmount.parse("RMB 4.6 billion")), Seed.statistics().flows().get(1),
                Seed.statistics().flows().get(2)))).isConsistent());
    }

    @Test
    void validation() {
        TradeFair fair = Seed.fair().withVenue(Place.of("Shenyang", "China"));
        // tag::overview-validation[]
        List<Violation> violations = TradeValidator.shared().validate(fair);
        // venue.country: must be an ISO 3166-1 alpha-2 country code such as CN or RU [CountryCode]
        // end::overview-validation[]
        assertEquals(1, violations.size());
        assertEquals("venue.country: must be an ISO 3166-1 alpha-2 country code such as CN or RU [CountryCode]",
                violations.get(0).toString());
    }

    @Test
    void json() {
        TradeFair seed = Seed.fair();
        // tag::overview-json[]
        TradeJson json = TradeJson.auto();                         // Jackson 3 or 2, whichever the application has
        String written = json.write(seed);
        TradeFair read = json.withValidation().read(written, TradeFair.class);
        // end::overview-json[]
        assertEquals(seed, read);
    }

    @Test
    void testing() {
        Money sum = Money.of("CNY", "9000000000").plus(Money.of("CNY", "4620000000"));
        // tag::overview-testing[]
        TradeAssertions.assertReported("RMB 13.6 billion", sum);   // 13.62 billion rounds to the reported 13.6
        // end::overview-testing[]
        assertEquals(Money.of("CNY", 13_620_000_000L), sum);
    }
}
