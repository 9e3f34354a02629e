package io.github.tradecoop.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.Seed;
import io.github.tradecoop.event.ProjectKind;
import io.github.tradecoop.event.Session;
import io.github.tradecoop.event.SignedProject;
import io.github.tradecoop.event.Source;
import io.github.tradecoop.event.Statement;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TradeValidatorTest {

    private static final TradeValidator VALIDATOR = TradeValidator.create();
    private static final Locale CHINESE = Locale.forLanguageTag("zh");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** The seed with seven different problems. */
    static TradeFair brokenFair() {
        // tag::broken[]
        TradeFair seed = Seed.fair();
        List<Session> sessions = new ArrayList<>(seed.sessions());
        sessions.set(0, sessions.get(0).withTitle("x".repeat(301)));
        List<Statement> statements = List.of(seed.statements().get(0).withSourceId("missing-source"));
        List<SignedProject> projects = IntStream.rangeClosed(1, 56)
                .mapToObj(i -> SignedProject.of("Project " + i, ProjectKind.CONTRACT)).toList();
        var organizations = new ArrayList<>(seed.organizations());
        organizations.set(0, organizations.get(0).withOtherNames(Map.of("chinese!", "沈阳市人民政府")));
        return seed
                .withVenue(seed.venue().withCountry("China"))
                .withSources(List.of(seed.sources().get(0).withUrl("ftp://example.org/release")))
                .withStartDate(LocalDate.of(1850, 1, 29))
                .withSessions(sessions)
                .withOrganizations(organizations)
                .withStatements(statements)
                .withProjects(projects);
        // end::broken[]
    }

    private static List<String> pathsAndCodes(List<Violation> violations) {
        return violations.stream().map(v -> v.path() + " " + v.code()).toList();
    }

    @Test
    void seedFairIsValid() {
        assertEquals(List.of(), VALIDATOR.validate(Seed.fair()));
    }

    @Test
    void seedStatisticsAreValid() {
        assertEquals(List.of(), VALIDATOR.validate(Seed.statistics()));
    }

    @Test
    void sevenProblemsGiveExactlySevenViolationsInEachLanguage() {
        List<String> expected = List.of(
                "organizations[0].otherNames[chinese!] LanguageTag",
                "projects signing.project-count",
                "sessions[0].title MaxLength",
                "sources[0].url HttpUrl",
                "startDate PlausibleDate",
                "statements[0].sourceId reference.source",
                "venue.country CountryCode");
        for (Locale locale : List.of(Locale.ENGLISH, CHINESE, RUSSIAN)) {
            List<Violation> violations = VALIDATOR.validate(brokenFair(), locale);
            assertEquals(expected, pathsAndCodes(violations), locale.toString());
        }
    }

    @Test
    void messagesAreInTheRequestedLanguage() {
        Violation english = violationAt(VALIDATOR.validate(brokenFair(), Locale.ENGLISH), "venue.country");
        Violation chinese = violationAt(VALIDATOR.validate(brokenFair(), CHINESE), "venue.country");
        Violation russian = violationAt(VALIDATOR.validate(brokenFair(), RUSSIAN), "venue.country");
        assertEquals("must be an ISO 3166-1 alpha-2 country code such as CN or RU", english.message());
        assertEquals("必须是ISO 3166-1两位字母国家代码，例如CN或RU", chinese.message());
        assertEquals("должен быть двухбуквенным кодом страны ISO 3166-1, например CN или RU", russian.message());
        assertEquals("China", english.invalidValue());
    }

    @Test
    void findingsAreRenderedInTheRequestedLanguage() {
        assertEquals("56 projects are itemised but 55 are declared",
                violationAt(VALIDATOR.validate(brokenFair(), Locale.ENGLISH), "projects").message());
        assertEquals("列出了56个项目，但申报的是55个",
                violationAt(VALIDATOR.validate(brokenFair(), CHINESE), "projects").message());
        assertEquals("перечислено проектов: 56, а заявлено: 55",
                violationAt(VALIDATOR.validate(brokenFair(), RUSSIAN), "projects").message());
    }

    @Test
    void figuresInFindingsAreFormattedInTheLanguage() {
        TradeStatistics seed = Seed.statistics();
        List<TradeFlow> flows = new ArrayList<>(seed.flows());
        flows.set(0, flows.get(0).withValue(io.github.tradecoop.figure.ReportedAmount.parse("RMB 4.6 billion")));
        TradeStatistics broken = seed.withFlows(flows);
        assertEquals("TOTAL RMB 4.6 billion is outside EXPORT + IMPORT = [4.0545, 4.0655] billion",
                VALIDATOR.validate(broken).get(0).message());
        assertEquals("进出口总额46亿元超出出口与进口之和[40.545, 40.655]亿", VALIDATOR.validate(broken, CHINESE).get(0).message());
        assertEquals("ОБЪЁМ 4,6 млрд юаней выходит за пределы суммы экспорта и импорта [4,0545; 4,0655] млрд",
                VALIDATOR.validate(broken, RUSSIAN).get(0).message());
        assertEquals("flows[0].value", VALIDATOR.validate(broken).get(0).path());
    }

    @Test
    void otherLanguagesFallBackToEnglish() {
        assertEquals(VALIDATOR.validate(brokenFair(), Locale.ENGLISH), VALIDATOR.validate(brokenFair(), Locale.GERMAN));
    }

    @Test
    void requireValidThrowsWithEveryViolation() {
        InvalidTradeDataException e = assertThrows(InvalidTradeDataException.class,
                () -> VALIDATOR.requireValid(brokenFair()));
        assertEquals(7, e.violations().size());
        assertTrue(e.getMessage().startsWith("7 violations:"), e.getMessage());
        VALIDATOR.requireValid(Seed.fair());
    }

    @Test
    void anElementOfAListIsReportedAtItsIndex() {
        TradeFair seed = Seed.fair();
        var attendance = new ArrayList<>(seed.attendance());
        attendance.set(0, attendance.get(0).withOriginCountries(List.of("RU", "Russia")));
        List<Violation> violations = VALIDATOR.validate(seed.withAttendance(attendance));
        assertEquals(List.of("attendance[0].originCountries[1] CountryCode"), pathsAndCodes(violations));
    }

    @Test
    void areasInsideFlowsAreValidated() {
        TradeStatistics seed = Seed.statistics();
        List<TradeFlow> flows = new ArrayList<>(seed.flows());
        flows.set(2, flows.get(2).withPartner(Area.country("Russia")));
        List<Violation> violations = VALIDATOR.validate(seed.withFlows(flows));
        assertEquals(List.of("flows[2].partner.code CountryCode"), pathsAndCodes(violations));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${1+1}", "#{7*7}", "{jakarta.validation.constraints.NotNull.message}", "{max}",
            "{finding}"})
    void textFromTheDataIsNeverInterpolated(String hostile) {
        TradeFair seed = Seed.fair();
        TradeFair fair = seed.withVenue(seed.venue().withCountry(hostile))
                .withStatements(List.of(seed.statements().get(0).withSourceId(hostile)));
        for (Locale locale : List.of(Locale.ENGLISH, CHINESE, RUSSIAN)) {
            List<Violation> violations = VALIDATOR.validate(fair, locale);
            Violation country = violationAt(violations, "venue.country");
            assertEquals(hostile, country.invalidValue());
            Violation reference = violations.stream().filter(v -> v.code().equals("reference.source")).findFirst()
                    .orElseThrow();
            assertTrue(reference.message().contains(hostile), reference.message());
            assertFalse(violations.stream().anyMatch(v -> v.message().contains("must not be null")
                    || v.message().contains(" 2 ") || v.message().contains("49")), violations.toString());
        }
    }

    @Test
    void hostileTextStaysLiteralEvenWithHibernateValidatorsOwnMessages() {
        // Validating directly with Hibernate Validator: the finding is a message parameter value, not a template.
        TradeFair seed = Seed.fair();
        TradeFair fair = seed.withStatements(List.of(seed.statements().get(0)
                .withSourceId("{jakarta.validation.constraints.NotNull.message}")));
        var factory = jakarta.validation.Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
                .configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory();
        var messages = factory.getValidator().validate(fair).stream().map(v -> v.getMessage()).toList();
        factory.close();
        assertTrue(messages.contains("is inconsistent: source \"{jakarta.validation.constraints.NotNull.message}\""
                + " is not among the sources"), messages.toString());
    }

    @Test
    void invalidValuesAreEscapedAndShortened() {
        TradeFair seed = Seed.fair();
        String longName = "a\u0000b" + "x".repeat(400);
        List<Violation> violations = VALIDATOR.validate(seed.withName(longName));
        Violation v = violationAt(violations, "name");
        assertTrue(v.invalidValue().startsWith("a\\u0000b"), v.invalidValue());
        assertTrue(v.invalidValue().length() <= 101, v.invalidValue());
        assertTrue(v.invalidValue().endsWith("…"));
    }

    @Test
    void sixteenThreadsGetTheSameResultsAsOne() throws Exception {
        List<TradeFair> fairs = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            fairs.add(i % 2 == 0 ? Seed.fair() : brokenFair().withName("Broken fair " + i));
        }
        List<Locale> locales = List.of(Locale.ENGLISH, CHINESE, RUSSIAN);
        List<List<Violation>> expected = new ArrayList<>();
        for (int i = 0; i < fairs.size(); i++) {
            expected.add(VALIDATOR.validate(fairs.get(i), locales.get(i % 3)));
        }
        TradeValidator shared = TradeValidator.create();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<List<Violation>>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < fairs.size(); i++) {
                    int index = i;
                    results.add(pool.submit(() -> shared.validate(fairs.get(index), locales.get(index % 3))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % fairs.size()), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A user's own class, with the library's constraints and the user's own message. */
    record TradePartner(@NotNull(message = "{user.tradeName.missing}") String name,
            @CountryCode String country, @CurrencyCode String currency) {
    }

    /** A plain class, not a record. */
    static final class Invoice {
        @CurrencyCode
        private final String currency;
        @CountryCode
        private final String origin;

        Invoice(String currency, String origin) {
            this.currency = currency;
            this.origin = origin;
        }
    }

    @Test
    void constraintsWorkOnUsersOwnClasses() {
        assertEquals(List.of(), VALIDATOR.validate(new TradePartner("Moscow CCI", "RU", "RUB")));
        assertEquals(List.of("country CountryCode", "currency CurrencyCode"),
                pathsAndCodes(VALIDATOR.validate(new TradePartner("Moscow CCI", "Russia", "rub"))));
        assertEquals(List.of("currency CurrencyCode", "origin CountryCode"),
                pathsAndCodes(VALIDATOR.validate(new Invoice("RMB", "ZZ"))));
        assertEquals(List.of(), VALIDATOR.validate(new Invoice("CNY", "CN")));
    }

    @Test
    void usersOwnValidationMessagesStillWork() {
        List<Violation> violations = VALIDATOR.validate(new TradePartner(null, "Russia", "RUB"));
        assertEquals(List.of("country CountryCode", "name NotNull"), pathsAndCodes(violations));
        assertEquals("every trade partner needs a name", violationAt(violations, "name").message());
        assertEquals("must be an ISO 3166-1 alpha-2 country code such as CN or RU",
                violationAt(violations, "country").message());
    }

    @Test
    void sourceUrlsMustBeHttp() {
        Source source = Source.of("s", "Publisher");
        assertEquals(List.of(), VALIDATOR.validate(source.withUrl("https://www.prnewswire.com/news-releases/x.html")));
        assertEquals(List.of("url HttpUrl"), pathsAndCodes(VALIDATOR.validate(source.withUrl("javascript:alert(1)"))));
    }

    private static Violation violationAt(List<Violation> violations, String path) {
        return violations.stream().filter(v -> v.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no violation at " + path + " in " + violations));
    }
}
