package io.github.tradecoop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.event.Participation;
import io.github.tradecoop.event.Place;
import io.github.tradecoop.event.Organization;
import io.github.tradecoop.event.OrganizationType;
import io.github.tradecoop.event.Role;
import io.github.tradecoop.event.SigningSummary;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.format.FoundFigure;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.money.Currencies;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import io.github.tradecoop.validation.CountryCode;
import io.github.tradecoop.validation.CurrencyCode;
import io.github.tradecoop.validation.TradeValidator;
import io.github.tradecoop.validation.Violation;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of README.md and docs/, as tagged regions that DocSnippetsTest compares
 * with the pages, each followed by assertions of what the pages say it does.
 */
class DocExamplesTest {

    @Test
    void readmeFirstExample() {
        // tag::readme[]
        Money exports = Money.of("RMB", "3150000000");       // aliases resolve to ISO codes
        Money imports = Money.parse("CNY 910000000");        // reads what toString() prints
        Money total = exports.plus(imports);                 // CNY 4060000000

        ReportedAmount signed = ReportedAmount.parse("RMB 13.6 billion");
        Range range = signed.bounds();                       // [13550000000, 13650000000]
        String chinese = FigureFormat.chinese().format(signed);   // 136亿元
        // end::readme[]
        assertEquals("CNY 4060000000", total.toString());
        assertEquals(Range.closed("13550000000", "13650000000"), range);
        assertEquals("136亿元", chinese);
    }

    @Test
    void moneyGuide() {
        // tag::money[]
        Money signed = Money.of("RMB", "13600000000");       // alias or ISO code, plain decimal
        Money same = Money.parse("CNY 13600000000");         // the canonical form
        Money alsoSame = Money.of(Currency.getInstance("CNY"), new BigDecimal("13600000000.00"));

        List<Money> thirds = Money.of("CNY", 100).allocate(1, 1, 1);   // [CNY 33.34, CNY 33.33, CNY 33.33]
        Currency yuan = Currencies.of("¥", Currency.getInstance("CNY"));  // ambiguous symbols need a default
        // end::money[]
        assertEquals(signed, same);
        assertEquals(same, alsoSame);
        assertEquals(signed.hashCode(), alsoSame.hashCode());
        assertEquals(List.of(Money.of("CNY", "33.34"), Money.of("CNY", "33.33"), Money.of("CNY", "33.33")), thirds);
        assertEquals(Currency.getInstance("CNY"), yuan);
    }

    @Test
    void figuresGuide() {
        // tag::figures[]
        Count entrepreneurs = Count.moreThan(100);                         // [101, ∞)
        Count projects = Count.exactly(55);                                // [55, 55]
        ReportedAmount signed = ReportedAmount.parse("RMB 13.6 billion");
        Money value = signed.value();                                      // CNY 13600000000
        Range bounds = signed.bounds();                                    // [13550000000, 13650000000]
        Percentage growth = Percentage.parse("a year-on-year increase of 80.2%");
        Range growthBounds = growth.bounds();                              // [80.15, 80.25]
        // end::figures[]
        assertEquals("[101, ∞)", entrepreneurs.bounds().toString());
        assertEquals("[55, 55]", projects.bounds().toString());
        assertEquals(Money.of("CNY", 13_600_000_000L), value);
        assertEquals("[13550000000, 13650000000]", bounds.toString());
        assertEquals("[80.15, 80.25]", growthBounds.toString());
    }

    @Test
    void rangesGuide() {
        // tag::ranges[]
        Range exports = ReportedAmount.parse("RMB 3.15 billion").bounds();  // [3.145, 3.155] billion
        Range imports = ReportedAmount.parse("RMB 910 million").bounds();   // [0.9095, 0.9105] billion
        Range parts = exports.plus(imports);                                // [4.0545, 4.0655] billion
        boolean honest = ReportedAmount.parse("RMB 4.06 billion").bounds().intersects(parts);  // true
        boolean wrong = ReportedAmount.parse("RMB 4.6 billion").bounds().intersects(parts);    // false

        Range exportsIn2022 = Percentage.parse("51.9%").impliedBase(ReportedAmount.parse("RMB 3.15 billion"));
        // [3.145 / 1.5195, 3.155 / 1.5185] billion ≈ [2.06976, 2.07771] billion
        // end::ranges[]
        assertEquals(Range.closed("4054500000", "4065500000"), parts);
        assertTrue(honest);
        assertFalse(wrong);
        assertTrue(exportsIn2022.contains(new BigDecimal("2069760000")));
        assertTrue(exportsIn2022.contains(new BigDecimal("2077700000")));
    }

    @Test
    void findingGuide() {
        // tag::finding[]
        String release = "The fair signed 55 projects worth RMB 13.6 billion. Exports reached RMB 3.15 billion, "
                + "up 51.9% year on year. 出口31.5亿元，同比增长51.9%。";
        List<FoundFigure> figures = FigureFormat.findAll(release);
        FoundFigure projects = figures.get(0);       // COUNT "55 projects" [55, 55], noun "projects"
        FoundFigure signed = figures.get(1);         // AMOUNT "RMB 13.6 billion" [13550000000, 13650000000]
        FoundFigure exports = figures.get(2);        // AMOUNT "RMB 3.15 billion"
        Percentage growth = exports.change().flatMap(FoundFigure::percentage).orElseThrow();   // 51.9%
        String asWritten = release.substring(signed.start(), signed.end());                    // "RMB 13.6 billion"
        // end::finding[]
        assertEquals(6, figures.size());
        assertEquals("55 projects", projects.text());
        assertEquals("projects", projects.noun().orElseThrow());
        assertEquals("[55, 55]", projects.bounds().toString());
        assertEquals(FoundFigure.Kind.AMOUNT, signed.kind());
        assertEquals("[13550000000, 13650000000]", signed.bounds().toString());
        assertEquals("RMB 3.15 billion", exports.text());
        assertEquals(Percentage.of("51.9"), growth);
        assertEquals("RMB 13.6 billion", asWritten);
        assertEquals("同比增长51.9%", figures.get(4).change().orElseThrow().text());
    }

    @Test
    void formatsGuide() {
        // tag::formats[]
        ReportedAmount signed = FigureFormat.english().parseAmount("RMB 13.6 billion");
        String chinese = FigureFormat.chinese().format(signed);             // "136亿元"
        String russian = FigureFormat.russian().format(signed);             // "13,6 млрд юаней"
        boolean same = FigureFormat.chinese().parseAmount("人民币136亿元").equals(signed);   // true
        Percentage growth = FigureFormat.russian().parsePercentage("рост на 80,2%");      // 80.2%
        Count entrepreneurs = FigureFormat.english().parseCount("More than one hundred"); // more than 100
        // end::formats[]
        assertEquals("136亿元", chinese);
        assertEquals("13,6 млрд юаней", russian);
        assertTrue(same);
        assertEquals(Percentage.of("80.2"), growth);
        assertEquals(Count.moreThan(100), entrepreneurs);
    }

    @Test
    void modelLookUps() {
        TradeStatistics statistics = Seed.statistics();
        // tag::lookups[]
        Area shenyang = Area.city("Shenyang", "CN");
        Area russia = Area.country("RU");
        ReferencePeriod year2023 = ReferencePeriod.year(2023);

        Optional<TradeFlow> exports = statistics.flow(shenyang, russia, year2023, FlowDirection.EXPORT);
        List<TradeFlow> all2023 = statistics.flows(year2023);
        Count approved = statistics.indicator("russia-invested-enterprises-approved", shenyang, year2023)
                .orElseThrow().count();                                     // 122
        // end::lookups[]
        assertEquals(ReportedAmount.parse("RMB 3.15 billion"), exports.orElseThrow().value());
        assertEquals(3, all2023.size());
        assertEquals(Count.exactly(122), approved);
    }

    /** A user's own class, as docs/validation.md shows it. */
    // tag::own-class[]
    record TradePartner(@NotNull String name, @CountryCode String country, @CurrencyCode String currency) {
    }
    // end::own-class[]

    @Test
    void validationOfYourOwnClasses() {
        // tag::own-class-use[]
        List<Violation> violations = TradeValidator.create().validate(new TradePartner("Moscow CCI", "Russia", "rub"));
        // country: must be an ISO 3166-1 alpha-2 country code such as CN or RU [CountryCode]
        // currency: must be an ISO 4217 currency code such as CNY or RUB [CurrencyCode]
        // end::own-class-use[]
        assertEquals(List.of("country: must be an ISO 3166-1 alpha-2 country code such as CN or RU [CountryCode]",
                "currency: must be an ISO 4217 currency code such as CNY or RUB [CurrencyCode]"),
                violations.stream().map(Violation::toString).toList());
    }

    @Test
    void jsonGuide() throws Exception {
        // tag::json[]
        TradeJson json = TradeJson.auto();              // Jackson 3 if present, else Jackson 2
        TradeFair fair = json.read(java.nio.file.Path.of("docs/examples/shenyang-2024-fair.json"), TradeFair.class);
        String text = json.write(fair);                 // compact, one line
        TradeFair checked = json.withValidation().read(text, TradeFair.class);   // also runs TradeValidator
        // end::json[]
        assertEquals(Seed.fair(), checked);
        StringWriter lines = new StringWriter();
        json.writeLines(Seed.statistics().flows(), lines);
        List<TradeFlow> exported;
        // tag::json-lines[]
        try (Stream<TradeFlow> flows = json.readLines(new StringReader(lines.toString()), TradeFlow.class)) {
            exported = flows.filter(f -> f.direction() == FlowDirection.EXPORT).toList();
        }
        // end::json-lines[]
        assertEquals(1, exported.size());
    }

    @Test
    void gettingStarted() {
        // tag::getting-started[]
        Organization city = Organization.of("shenyang-government", "Shenyang Municipal People's Government",
                OrganizationType.GOVERNMENT, "CN");

        TradeFair fair = TradeFair.of("shenyang-2024", "2024 China-Russia (Shenyang) Economic and Trade Cooperation Fair",
                        LocalDate.of(2024, 1, 29))
                .withVenue(Place.of("Shenyang", "CN").withRegion("Liaoning"))
                .withOrganizations(List.of(city))
                .withOrganizers(List.of(Participation.of(city, Role.HOST)))
                .withSigning(SigningSummary.of(Count.exactly(55), ReportedAmount.parse("RMB 13.6 billion")));

        List<Violation> violations = TradeValidator.create().validate(fair);   // [] : valid
        String json = TradeJson.auto().write(fair);
        TradeFair back = TradeJson.auto().read(json, TradeFair.class);          // equals fair
        // end::getting-started[]
        assertEquals(List.of(), violations);
        assertEquals(fair, back);
        assertTrue(json.startsWith("{\"id\":\"shenyang-2024\""), json);
    }
}
