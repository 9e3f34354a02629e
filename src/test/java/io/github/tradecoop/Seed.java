package io.github.tradecoop;

import io.github.tradecoop.event.Attendance;
import io.github.tradecoop.event.CooperationIntention;
import io.github.tradecoop.event.Organization;
import io.github.tradecoop.event.OrganizationType;
import io.github.tradecoop.event.Participation;
import io.github.tradecoop.event.Person;
import io.github.tradecoop.event.Place;
import io.github.tradecoop.event.Position;
import io.github.tradecoop.event.Role;
import io.github.tradecoop.event.Sector;
import io.github.tradecoop.event.Session;
import io.github.tradecoop.event.SessionType;
import io.github.tradecoop.event.SigningSummary;
import io.github.tradecoop.event.Source;
import io.github.tradecoop.event.Statement;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.Indicator;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The seed press release, modelled with the public API: every fact of the brief's section 6.
 * docs/model.md shows the regions between tag comments; a test keeps the two in step.
 */
public final class Seed {

    private Seed() {
    }

    /** The press release of The People's Government of Liaozhong District, 2024-02-01. */
    public static final String RELEASE = "liaozhong-2024-02-01";
    /** The statistics of the Shenyang Municipal Commerce Bureau, as the release cites them. */
    public static final String BUREAU = "shenyang-commerce-2023";

    /** The fair. */
    public static TradeFair fair() {
        // tag::sources[]
        Source release = Source.of(RELEASE, "The People's Government of Liaozhong District")
                .withTitle("2024 China-Russia (Shenyang) Economic and Trade Cooperation Fair")
                .withPublished(LocalDate.of(2024, 2, 1));
        // end::sources[]

        // tag::organizations[]
        Organization shenyang = Organization.of("shenyang-government", "Shenyang Municipal People's Government",
                        OrganizationType.GOVERNMENT, "CN")
                .withOtherNames(Map.of("zh", "沈阳市人民政府"))
                .withLocality("Shenyang");
        Organization commerce = Organization.of("liaoning-commerce", "Department of Commerce of Liaoning Province",
                        OrganizationType.GOVERNMENT_AGENCY, "CN")
                .withOtherNames(Map.of("zh", "辽宁省商务厅"));
        Organization foreignAffairs = Organization.of("liaoning-foreign-affairs",
                        "Foreign Affairs Office of the People's Government of Liaoning Province",
                        OrganizationType.GOVERNMENT_AGENCY, "CN");
        Organization liaozhong = Organization.of("liaozhong-government", "The People's Government of Liaozhong District",
                        OrganizationType.GOVERNMENT, "CN")
                .withLocality("Liaozhong District, Shenyang")
                .withParentId(shenyang.id());
        Organization russianChamber = Organization.of("ccirf", "Chamber of Commerce and Industry of the Russian Federation",
                        OrganizationType.CHAMBER_OF_COMMERCE, "RU")
                .withOtherNames(Map.of("ru", "Торгово-промышленная палата Российской Федерации"));
        Organization moscowChamber = Organization.of("moscow-cci", "Moscow Chamber of Commerce and Industry",
                        OrganizationType.CHAMBER_OF_COMMERCE, "RU")
                .withOtherNames(Map.of("ru", "Московская торгово-промышленная палата"))
                .withLocality("Moscow");
        Organization park = Organization.of("china-russia-shenyang-park",
                        "China-Russia (Shenyang) Economic and Trade Cooperation Industrial Park",
                        OrganizationType.INDUSTRIAL_PARK, "CN")
                .withLocality("Shenyang");
        // end::organizations[]

        // tag::people[]
        Person kuimov = Person.of("Kuimov Igor",
                Position.of("Member of the Council", russianChamber.id()),
                Position.of("President", moscowChamber.id()));
        Person duan = Person.of("Duan Jiyang", Position.of("Deputy Mayor of Shenyang", shenyang.id()));
        Person yang = Person.of("Yang Xiaobo", Position.of("District Mayor of Liaozhong District", liaozhong.id()));
        // end::people[]

        // tag::fair[]
        // tag::attendance[]
        Attendance entrepreneurs = Attendance.of("entrepreneurs", Count.moreThan(100))
                .withOriginCountries(List.of("RU"))
                .withOriginGroup("EAEU")
                .withSourceId(RELEASE);
        Attendance enterprises = Attendance.of("enterprises", Count.exactly(227))
                .withOriginCountries(List.of("CN"))
                .withSourceId(RELEASE);
        // end::attendance[]

        // tag::opening[]
        return TradeFair.of("shenyang-2024", "2024 China-Russia (Shenyang) Economic and Trade Cooperation Fair",
                        LocalDate.of(2024, 1, 29))
                .withVenue(Place.of("Shenyang", "CN").withRegion("Liaoning"))
                // end::opening[]
                .withOrganizations(List.of(shenyang, commerce, foreignAffairs, liaozhong, russianChamber,
                        moscowChamber, park))
                // tag::hosts[]
                .withOrganizers(List.of(
                        Participation.of(shenyang, Role.HOST),
                        Participation.of(commerce, Role.HOST),
                        Participation.of(foreignAffairs, Role.HOST)))
                // end::hosts[]
                .withAttendance(List.of(entrepreneurs, enterprises))
                // tag::signing[]
                .withSigning(SigningSummary.of(Count.exactly(55), ReportedAmount.parse("RMB 13.6 billion"))
                        .withSectors(List.of(Sector.CHANNEL_CONSTRUCTION, Sector.IMPORT_AND_EXPORT_TRADE,
                                Sector.COLD_CHAIN_WAREHOUSING, Sector.FINANCIAL_SERVICES), false)
                        .withSourceId(RELEASE))
                // end::signing[]
                // tag::intentions[]
                .withIntentions(List.of(
                        CooperationIntention.of(Sector.PETROLEUM_EQUIPMENT),
                        CooperationIntention.of(Sector.FOOD_AND_AGRICULTURAL_INPUTS),
                        CooperationIntention.of(Sector.SECOND_HAND_CARS_AND_ACCESSORIES)))
                // end::intentions[]
                // tag::sessions[]
                .withSessions(List.of(
                        Session.of(SessionType.OPENING_CEREMONY, "Opening ceremony")
                                .withDate(LocalDate.of(2024, 1, 29)),
                        Session.of(SessionType.B2B_MATCHMAKING, "Forum promotion and B2B activities")
                                .withDate(LocalDate.of(2024, 1, 29))
                                .withAttendance(List.of(enterprises)),
                        Session.of(SessionType.INVESTMENT_PROMOTION, "Investment promotion conference")
                                .withDate(LocalDate.of(2024, 1, 29))
                                .withPresenters(List.of(duan, yang))
                                .withPromotedProjects(List.of(park.name())),
                        Session.of(SessionType.SITE_VISIT, "Site visits")
                                .withVisitedPlaces(List.of(park.name(), "key enterprises in Tiexi District",
                                        "Fangcheng, Shenyang"))))
                // end::sessions[]
                // tag::statements[]
                .withStatements(List.of(Statement.of(kuimov,
                                "Shenyang has worked with Russia on sister cities, major projects, investment and trade,"
                                        + " science, education and culture with fruitful results; more opportunities"
                                        + " for cooperation are hoped to be explored through the fair.")
                        .withSourceId(RELEASE)))
                // end::statements[]
                .withSources(List.of(release));
        // end::fair[]
    }

    /** The trade statistics the release cites. */
    public static TradeStatistics statistics() {
        // tag::statistics[]
        Area shenyang = Area.city("Shenyang", "CN");
        Area russia = Area.country("RU");
        ReferencePeriod year2023 = ReferencePeriod.year(2023);

        return TradeStatistics.of(
                List.of(
                        // tag::total[]
                        TradeFlow.of(shenyang, russia, year2023, FlowDirection.TOTAL, ReportedAmount.parse("RMB 4.06 billion"))
                                .withYearOnYear(Percentage.parse("80.2%"))
                                .withSourceId(BUREAU),
                        // end::total[]
                        // tag::exports[]
                        TradeFlow.of(shenyang, russia, year2023, FlowDirection.EXPORT, ReportedAmount.parse("RMB 3.15 billion"))
                                .withYearOnYear(Percentage.parse("51.9%"))
                                .withSourceId(BUREAU),
                        // end::exports[]
                        // tag::imports[]
                        TradeFlow.of(shenyang, russia, year2023, FlowDirection.IMPORT, ReportedAmount.parse("RMB 910 million"))
                                .withYearOnYear(Percentage.parse("404.9%"))
                                .withSourceId(BUREAU)),
                        // end::imports[]
                // tag::indicator[]
                List.of(Indicator.of("russia-invested-enterprises-approved", Count.exactly(122), shenyang, year2023)
                        .withDescription("Russia-invested enterprises approved for establishment in Shenyang")
                        .withSourceId(BUREAU)),
                // end::indicator[]
                List.of(Source.of(BUREAU, "Shenyang Municipal Commerce Bureau")
                        .withTitle("Shenyang's trade with Russia in 2023, as cited by The People's Government of"
                                + " Liaozhong District")
                        .withPublished(LocalDate.of(2024, 2, 1))));
        // end::statistics[]
    }
}
