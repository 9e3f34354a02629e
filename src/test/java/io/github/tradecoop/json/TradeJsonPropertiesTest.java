package io.github.tradecoop.json;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tradecoop.event.Attendance;
import io.github.tradecoop.event.Organization;
import io.github.tradecoop.event.OrganizationType;
import io.github.tradecoop.event.Participation;
import io.github.tradecoop.event.Person;
import io.github.tradecoop.event.Position;
import io.github.tradecoop.event.ProjectKind;
import io.github.tradecoop.event.Role;
import io.github.tradecoop.event.Session;
import io.github.tradecoop.event.SessionType;
import io.github.tradecoop.event.SignedProject;
import io.github.tradecoop.event.SigningSummary;
import io.github.tradecoop.event.Source;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Over generated fairs and statistics: Jackson 2 and 3 write the same bytes, read each other, and match the schema. */
class TradeJsonPropertiesTest {

    private static final TradeJson TWO = TradeJson.jackson2();
    private static final TradeJson THREE = TradeJson.jackson3();

    private static final Gen<String> TEXT = arbitrary().pick(List.of("Shenyang", "沈阳市人民政府", "Московская палата",
            "a \"quoted\" name", "back\\slash", "tab\tand\nnewline", "emoji 🚀 fair", "<script>", "${1+1}", "Ünïcödé"))
            .zip(integers().between(0, 99), (text, n) -> n % 3 == 0 ? text : text + " " + n);
    private static final Gen<Qualifier> QUALIFIER = arbitrary().enumValues(Qualifier.class);

    private static Figure figure(long n, int exponent, Qualifier qualifier) {
        Qualifier q = n == 0 && (qualifier == Qualifier.LESS_THAN || qualifier == Qualifier.UP_TO) ? Qualifier.EXACT : qualifier;
        return Figure.of(BigDecimal.valueOf(n).scaleByPowerOfTen(exponent), BigDecimal.ONE.scaleByPowerOfTen(exponent), q);
    }

    private static Gen<ReportedAmount> amounts() {
        return longs().between(0, 99_999).zip(integers().between(-2, 9), QUALIFIER,
                arbitrary().pick(List.of("CNY", "RUB", "USD", "EUR")),
                (n, e, q, code) -> ReportedAmount.of(Currency.getInstance(code), figure(n, e, q)));
    }

    private static Gen<Count> counts() {
        return longs().between(0, 99_999).zip(integers().between(0, 4), QUALIFIER, (n, e, q) -> Count.of(figure(n, e, q)));
    }

    private static Gen<Percentage> percentages() {
        return longs().between(-9_999, 99_999).zip(integers().between(-2, 0), arbitrary().pick(List.of(Qualifier.EXACT,
                Qualifier.ABOUT, Qualifier.MORE_THAN, Qualifier.NEARLY)), (n, e, q) -> Percentage.of(figure(n, e, q)));
    }

    private static Gen<Organization> organizations() {
        return integers().between(0, 999).zip(TEXT, arbitrary().enumValues(OrganizationType.class),
                arbitrary().pick(List.of("CN", "RU", "KZ")), booleans().all(),
                (n, name, type, country, named) -> {
                    Organization o = Organization.of("org-" + n, name, type, country);
                    return named ? o.withOtherNames(Map.of("zh", name, "ru", name + "!")).withLocality(name) : o;
                });
    }

    private static Gen<TradeFair> fairs() {
        Gen<List<Organization>> organizations = lists().of(organizations()).ofSizeBetween(0, 3)
                .map(list -> list.stream().collect(java.util.stream.Collectors.toMap(Organization::id, o -> o, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList());
        Gen<SigningSummary> signing = counts().zip(amounts(), booleans().all(),
                (count, amount, exhaustive) -> SigningSummary.of(count, amount)
                        .withSectors(List.of(io.github.tradecoop.event.Sector.FINANCIAL_SERVICES), exhaustive));
        Gen<List<Session>> sessions = lists().of(TEXT.zip(arbitrary().enumValues(SessionType.class), counts(),
                (title, type, count) -> Session.of(type, title).withDate(LocalDate.of(2024, 1, 29))
                        .withAttendance(List.of(Attendance.of(title, count).withOriginCountries(List.of("RU"))))
                        .withPresenters(List.of(Person.of(title, Position.titled(title)))))).ofSizeBetween(0, 2);
        Gen<List<SignedProject>> projects = lists().of(TEXT.zip(amounts(), arbitrary().enumValues(ProjectKind.class),
                (title, value, kind) -> SignedProject.of(title, kind).withValue(value))).ofSizeBetween(0, 3);
        Gen<LocalDate> dates = integers().between(0, 20_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
        return organizations.zip(signing, sessions, projects, dates, (orgs, sign, sess, projs, start) ->
                TradeFair.of("fair-" + start.getYear(), "Fair " + start, start)
                        .withEndDate(start.plusDays(2))
                        .withOrganizations(orgs)
                        .withOrganizers(orgs.stream().map(o -> Participation.of(o, Role.HOST)).toList())
                        .withSigning(sign)
                        .withProjects(projs)
                        .withSessions(sess)
                        .withSources(List.of(Source.of("src", "Publisher").withUrl("https://example.org/a?b=c&d=é"))));
    }

    private static Gen<TradeStatistics> statistics() {
        Gen<Area> areas = arbitrary().pick(List.of(Area.country("RU"), Area.city("Shenyang", "CN"),
                Area.province("Liaoning", "CN"), Area.EAEU, Area.district("Tiexi", "CN")));
        Gen<ReferencePeriod> periods = integers().between(1, 12).zip(integers().between(1990, 2030),
                (m, y) -> m % 3 == 0 ? ReferencePeriod.quarter(y, m / 3) : m % 2 == 0 ? ReferencePeriod.month(y, m)
                        : ReferencePeriod.year(y));
        Gen<TradeFlow> flows = areas.zip(areas, periods, arbitrary().enumValues(FlowDirection.class), amounts(),
                (reporter, partner, period, direction, value) -> TradeFlow.of(reporter, partner, period, direction, value))
                .zip(percentages(), booleans().all(), (flow, growth, withGrowth) -> withGrowth ? flow.withYearOnYear(growth) : flow);
        return lists().of(flows).ofSizeBetween(0, 4).map(list -> TradeStatistics.of(list, List.of(), List.of()));
    }

    @Test
    void bothVersionsWriteTheSameBytesForFairs() {
        qt().withExamples(300).forAll(fairs()).check(fair -> TWO.write(fair).equals(THREE.write(fair)));
    }

    @Test
    void eachVersionReadsWhatTheOtherWroteForFairs() {
        qt().withExamples(300).forAll(fairs()).check(fair -> THREE.read(TWO.write(fair), TradeFair.class).equals(fair)
                && TWO.read(THREE.write(fair), TradeFair.class).equals(fair));
    }

    @Test
    void bothVersionsWriteTheSameBytesAndReadEachOtherForStatistics() {
        qt().withExamples(300).forAll(statistics()).check(s -> TWO.write(s).equals(THREE.write(s))
                && THREE.read(TWO.write(s), TradeStatistics.class).equals(s)
                && TWO.read(THREE.write(s), TradeStatistics.class).equals(s));
    }

    @Test
    void writtenOutputMatchesTheSchema() {
        qt().withExamples(100).forAll(fairs()).check(fair -> JsonSchemas.errors(JsonSchemas.FAIR, TWO.write(fair)).isEmpty());
        qt().withExamples(100).forAll(statistics())
                .check(s -> JsonSchemas.errors(JsonSchemas.STATISTICS, THREE.write(s)).isEmpty());
    }
}
