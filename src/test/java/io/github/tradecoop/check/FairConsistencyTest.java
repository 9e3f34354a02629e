package io.github.tradecoop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tradecoop.event.Attendance;
import io.github.tradecoop.event.ReportedDates;
import io.github.tradecoop.event.ScaleFigure;
import io.github.tradecoop.event.ScaleMeasure;
import io.github.tradecoop.event.Session;
import io.github.tradecoop.event.SessionType;
import io.github.tradecoop.event.SigningGroup;
import io.github.tradecoop.event.SigningSummary;
import io.github.tradecoop.event.Source;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Converted;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.ReportedAmount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The relations between a fair's own figures: parts and wholes, shares, changes on the previous
 * edition, groups of the signing, a total in two currencies, sources that disagree. Soundness first:
 * honestly rounded figures are never flagged; an error beyond rounding always is.
 */
class FairConsistencyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate OPENED = LocalDate.of(2021, 9, 23);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static TradeFair fair() {
        return TradeFair.of("expo", "Expo", OPENED).withEndDate(OPENED.plusDays(4))
                .withSources(List.of(Source.of("early", "A"), Source.of("late", "B")));
    }

    private static Set<String> codes(TradeFair fair) {
        return Consistency.check(fair).findings().stream().map(Finding::code).collect(Collectors.toSet());
    }

    private static ReportedAmount yuan(String value, String resolution) {
        return ReportedAmount.of(CNY, Figure.of(new BigDecimal(value), new BigDecimal(resolution),
                io.github.tradecoop.figure.Qualifier.EXACT));
    }

    private static ReportedAmount yuan(long value, long resolution) {
        return yuan(String.valueOf(value), String.valueOf(resolution));
    }

    // ---- examples, each from the kind of sentence real reports write

    @Test
    void aPartOfExhibitorsWithItsShareIsConsistent() {
        // "1,001 exhibitors, of which 347 from abroad" with the share a report would print: 34.7%
        TradeFair fair = fair().withExhibitors(List.of(
                Attendance.of("enterprises", Count.exactly(1001)).withId("exhibitors"),
                Attendance.of("enterprises", Count.exactly(347)).withPartOf("exhibitors", Percentage.of("34.7"))));
        assertEquals(Set.of(), codes(fair));
    }

    @Test
    void aPartLargerThanItsWholeIsAnError() {
        TradeFair fair = fair().withAttendance(List.of(
                Attendance.of("visitors", Count.about(20_000)).withId("visitors"),
                Attendance.of("visitors", Count.exactly(26_000)).withPartOf("visitors", null)));
        assertEquals(Set.of("attendance.part-exceeds-whole"), codes(fair));
    }

    @Test
    void aShareThatDisagreesWithItsPartAndWholeIsAnError() {
        TradeFair fair = fair().withExhibitors(List.of(
                Attendance.of("enterprises", Count.exactly(1100)).withId("all"),
                Attendance.of("enterprises", Count.exactly(280)).withPartOf("all", Percentage.of("30.5"))));
        Finding finding = Consistency.check(fair).findings().get(0);
        assertEquals("attendance.share-vs-values", finding.code());
        assertEquals("exhibitors[1].share", finding.path());
        assertEquals("доля 30,5% не согласуется с 280 из 1100, что составляет [25,4545; 25,4546]%",
                finding.message(Locale.forLanguageTag("ru")));
    }

    @Test
    void aShareOfAWholeThatMayBeZeroIsNotCompared() {
        // no share follows from a whole of 0: sound checks say nothing rather than guess
        TradeFair fair = fair().withAttendance(List.of(Attendance.of("visitors", Count.exactly(0)).withId("all"),
                Attendance.of("visitors", Count.exactly(0)).withPartOf("all", Percentage.of("50"))));
        assertEquals(Set.of(), codes(fair));
    }

    @Test
    void aPartOfAnUnknownWholeIsAReferenceError() {
        TradeFair fair = fair().withAttendance(List.of(
                Attendance.of("visitors", Count.exactly(10)).withPartOf("nobody", null)));
        assertEquals(Set.of("reference.part"), codes(fair));
    }

    @Test
    void aChangeAgreesWithThePreviousFigureItWasComputedFrom() {
        // "up 12.5 percent from last year's expo, which had 1,600 enterprises": 1,800 this year
        Attendance honest = Attendance.of("enterprises", Count.exactly(1800)).withChange(Percentage.of("12.5"), Count.exactly(1600));
        assertEquals(Set.of(), codes(fair().withAttendance(List.of(honest))));
        Attendance wrong = honest.withChange(Percentage.of("20.5"), Count.exactly(1600));
        assertEquals(Set.of("attendance.change-vs-previous"), codes(fair().withAttendance(List.of(wrong))));
    }

    @Test
    void aPavilionLargerThanTheFairIsAnError() {
        ScaleFigure whole = ScaleFigure.area(Quantity.parse("50,000 square metres")).withId("area");
        ScaleFigure pavilion = ScaleFigure.area(Quantity.parse("more than 1,000 square metres")).withScope("UAE pavilion")
                .withPartOf("area");
        assertEquals(Set.of(), codes(fair().withScale(List.of(whole, pavilion))));
        ScaleFigure tooLarge = pavilion.withScope("everything");
        assertEquals(Set.of("scale.part-exceeds-whole"), codes(fair().withScale(List.of(
                ScaleFigure.area(Quantity.parse("50,000 square metres")).withId("area").withScope(null),
                ScaleFigure.area(Quantity.parse("60,000 square metres")).withPartOf("area"), tooLarge))));
    }

    @Test
    void areasInTwoUnitsAreNotComparedAndAreasKeepOneUnitWithTheirPreviousEdition() {
        // a pavilion of 60,000 square feet (about 5,574 m²) in a fair of 50,000 square metres: no conversion was
        // reported, so no comparison is made; the same figure in square metres would be an error
        ScaleFigure whole = ScaleFigure.area(Quantity.parse("50,000 square metres")).withId("area");
        ScaleFigure inFeet = ScaleFigure.area(Quantity.parse("60,000 square feet")).withScope("US pavilion").withPartOf("area");
        assertEquals(Set.of(), codes(fair().withScale(List.of(whole, inFeet))));
        ScaleFigure inMetres = ScaleFigure.area(Quantity.parse("60,000 square metres")).withScope("US pavilion").withPartOf("area");
        assertEquals(Set.of("scale.part-exceeds-whole"), codes(fair().withScale(List.of(whole, inMetres))));
        // an area in hectares is an area; a mass is not; the previous edition's area is in the same unit
        assertEquals(Quantity.Unit.HECTARE, ScaleFigure.area(Quantity.parse("12 hectares")).area().unit());
        IllegalArgumentException mass = assertThrows(IllegalArgumentException.class,
                () -> ScaleFigure.area(Quantity.parse("1,200 tonnes")));
        assertTrue(mass.getMessage().contains("unit of area"), mass.getMessage());
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
                () -> ScaleFigure.area(Quantity.parse("1.1 million square feet"))
                        .withAreaChange(Percentage.of("10"), Quantity.parse("90,000 square metres")));
        assertTrue(mixed.getMessage().contains("SQUARE_METRE") && mixed.getMessage().contains("SQUARE_FOOT"), mixed.getMessage());
        ScaleFigure feet = ScaleFigure.area(Quantity.parse("1.1 million square feet"))
                .withAreaChange(Percentage.of("10"), Quantity.parse("1 million square feet"));
        assertEquals(Set.of(), codes(fair().withScale(List.of(feet))));
    }

    @Test
    void aScaleFiguresChangeAgreesWithThePreviousEditionsFigure() {
        ScaleFigure area = ScaleFigure.area(Quantity.parse("50,000 square metres"))
                .withAreaChange(Percentage.of("25"), Quantity.parse("40,000 square metres"));
        assertEquals(Set.of(), codes(fair().withScale(List.of(area))));
        ScaleFigure wrong = area.withAreaChange(Percentage.of("35"), Quantity.parse("40,000 square metres"));
        assertEquals(Set.of("scale.change-vs-previous"), codes(fair().withScale(List.of(wrong))));
        ScaleFigure countries = ScaleFigure.of(ScaleMeasure.COUNTRIES_AND_REGIONS, Count.exactly(6)).withChange(null, Count.exactly(7));
        assertEquals(Set.of(), codes(fair().withScale(List.of(countries))), "a previous figure without a change is a fact, not a check");
        assertThrows(IllegalArgumentException.class, () -> area.withChange(null, Count.exactly(7)));
        assertThrows(IllegalArgumentException.class, () -> countries.withAreaChange(null, Quantity.parse("7 square metres")));
    }

    @Test
    void aPartOfAnotherMeasureIsAReferenceError() {
        TradeFair fair = fair().withScale(List.of(ScaleFigure.of(ScaleMeasure.BOOTHS, Count.exactly(3386)).withId("booths"),
                ScaleFigure.of(ScaleMeasure.HALLS, Count.exactly(7)).withPartOf("booths")));
        assertEquals(Set.of("reference.part"), codes(fair));
    }

    @Test
    void groupsOfTheSigningAreComparedWithItsTotal() {
        // "111 projects ... over 196.2 billion yuan; 98 contract projects, over 117.1 billion yuan"
        SigningSummary signing = SigningSummary.of(Count.exactly(111), ReportedAmount.parse("more than RMB 196.2 billion"))
                .withGroups(List.of(SigningGroup.of("contract projects", Count.exactly(98),
                        ReportedAmount.parse("more than RMB 117.1 billion"))));
        assertEquals(Set.of(), codes(fair().withSigning(signing)));
        SigningSummary tooMany = signing.withGroups(List.of(SigningGroup.of("contract projects", Count.exactly(120), null)));
        assertEquals(Set.of("signing.group-exceeds-total"), codes(fair().withSigning(tooMany)));
        SigningSummary worthMore = SigningSummary.of(Count.exactly(111), yuan("196200000000", "100000000"))
                .withGroups(List.of(SigningGroup.of("contract projects", null, yuan("200000000000", "1000000000"))));
        assertEquals(Set.of("signing.group-exceeds-total"), codes(fair().withSigning(worthMore)));
    }

    @Test
    void aGroupsShareOfTheTotalValueIsChecked() {
        SigningSummary signing = SigningSummary.of(Count.exactly(68), yuan("13600000000", "100000000"))
                .withGroups(List.of(SigningGroup.of("projects above RMB 5 billion", null, yuan("6500000000", "100000000"))
                        .withShare(Percentage.of("48"))));
        assertEquals(Set.of(), codes(fair().withSigning(signing)));
        SigningSummary wrong = signing.withGroups(List.of(signing.groups().get(0).withShare(Percentage.of("58"))));
        assertEquals(Set.of("signing.share-vs-values"), codes(fair().withSigning(wrong)));
    }

    @Test
    void aSigningAtAnUnknownSessionIsAReferenceError() {
        SigningSummary signing = SigningSummary.of(Count.exactly(5), yuan("1000000000", "100000000"))
                .withGroups(List.of(SigningGroup.of("at the forum", Count.exactly(2), null).withSessionId("forum")));
        assertEquals(Set.of("reference.session"), codes(fair().withSigning(signing)));
        TradeFair withForum = fair().withSigning(signing)
                .withSessions(List.of(Session.of(SessionType.FORUM, "Forum").withId("forum")));
        assertEquals(Set.of(), codes(withForum));
    }

    @Test
    void aTotalInTwoCurrenciesIsCheckedAtTheStatedRate() {
        // "400.5 billion yuan (about 55.8 billion U.S. dollars)" at 7.18 yuan per dollar
        ReportedAmount yuan = ReportedAmount.parse("RMB 400.5 billion");
        ReportedAmount dollars = ReportedAmount.parse("about USD 55.8 billion");
        SigningSummary signing = SigningSummary.of(Count.exactly(100), yuan)
                .withConvertedValue(Converted.of(dollars).withRate(new BigDecimal("7.18")));
        assertEquals(Set.of(), codes(fair().withSigning(signing)));
        SigningSummary offRate = signing.withConvertedValue(Converted.of(dollars).withRate(new BigDecimal("6.50")));
        Finding finding = Consistency.check(fair().withSigning(offRate)).findings().get(0);
        assertEquals("signing.conversion", finding.code());
        assertEquals(Severity.WARNING, finding.severity(), "a stated rate may not be the one the report used");
        SigningSummary noRate = signing.withConvertedValue(Converted.of(ReportedAmount.parse("about USD 99 billion")));
        assertEquals(Set.of(), codes(fair().withSigning(noRate)), "without a rate there is nothing to compare");
    }

    @Test
    void sourcesThatDisagreeAreWarningsAndBothFactsAreKept() {
        TradeFair fair = fair()
                .withReportedDates(List.of(ReportedDates.of(LocalDate.of(2021, 8, 27), LocalDate.of(2021, 8, 31), "early"),
                        ReportedDates.of(OPENED, OPENED.plusDays(4), "late")))
                .withScale(List.of(ScaleFigure.of(ScaleMeasure.COUNTRIES_AND_REGIONS, Count.exactly(46)).withSourceId("early"),
                        ScaleFigure.of(ScaleMeasure.COUNTRIES_AND_REGIONS, Count.exactly(60)).withSourceId("late")))
                .withAttendance(List.of(Attendance.of("visitors", Count.about(246_000)).withSourceId("early"),
                        Attendance.of("visitors", Count.nearly(250_000)).withSourceId("late"),
                        Attendance.of("visitors", Count.exactly(300_000)).withSourceId("late")));
        List<Finding> findings = Consistency.check(fair).findings();
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.WARNING), findings.toString());
        assertEquals(List.of("reportedDates[0]", "attendance[2].count", "scale[1]"),
                findings.stream().map(Finding::path).toList());
        assertEquals("источник «early» сообщает даты 2021-08-27 – 2021-08-31, даты выставки — 2021-09-23 – 2021-09-27",
                findings.get(0).message(Locale.forLanguageTag("ru")));
    }

    @Test
    void figuresFromOneSourceOrNoSourceAreNotComparedAsDisagreeing() {
        // Phases or kinds of visitor a report counts apart are not a disagreement between sources.
        TradeFair fair = fair().withAttendance(List.of(Attendance.of("visitors", Count.exactly(20_000)),
                Attendance.of("visitors", Count.exactly(26_000)),
                Attendance.of("visitors", Count.exactly(1_000)).withSourceId("late"),
                Attendance.of("visitors", Count.exactly(2_000)).withSourceId("late")));
        assertEquals(Set.of(), codes(fair));
    }

    @Test
    void everyFindingHasAMessageInEveryLanguage() {
        ResourceBundle english = ResourceBundle.getBundle("io.github.tradecoop.check.FindingMessages", Locale.ROOT);
        for (String language : List.of("zh", "ru")) {
            ResourceBundle other = ResourceBundle.getBundle("io.github.tradecoop.check.FindingMessages",
                    Locale.forLanguageTag(language));
            for (String key : english.keySet()) {
                assertTrue(!other.getString(key).equals(english.getString(key)), language + " " + key);
            }
        }
    }

    // ---- laws: honest rounding is never flagged, an error beyond rounding always is

    /** A decimal rounded to {@code digits} significant digits, stated to its last digit. */
    private static Figure rounded(BigDecimal exact, int digits) {
        BigDecimal value = exact.round(new MathContext(digits, RoundingMode.HALF_UP));
        return Figure.of(value, value.ulp(), io.github.tradecoop.figure.Qualifier.EXACT);
    }

    /** A percentage rounded to one decimal place, as "34.7%" is. */
    private static Percentage percent(BigDecimal exact) {
        return Percentage.of(Figure.exactly(exact.setScale(1, RoundingMode.HALF_UP)));
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
    }

    @Test
    void honestlyReportedPartsSharesAndChangesAreNeverFlagged() {
        qt().withExamples(10_000)
                .forAll(longs().between(1, 500_000), longs().between(0, 1_000_000), longs().between(1, 500_000),
                        integers().between(0, 7 * 7 - 1))
                .check((whole, partSeed, previous, ways) -> {
                    long part = partSeed % (whole + 1);
                    if (part == 0) {
                        return true;
                    }
                    Count wholeCount = AttendanceConsistencyTest.honest(whole, ways % 7, partSeed % 501);
                    Count partCount = AttendanceConsistencyTest.honest(part, ways / 7, partSeed % 499);
                    Count previousCount = AttendanceConsistencyTest.honest(previous, ways / 7, partSeed % 97);
                    BigDecimal growth = ratio(whole, previous).subtract(HUNDRED);
                    TradeFair fair = fair().withExhibitors(List.of(
                            Attendance.of("enterprises", wholeCount).withId("all")
                                    .withChange(percent(growth), previousCount),
                            Attendance.of("enterprises", partCount).withPartOf("all", percent(ratio(part, whole)))));
                    return codes(fair).isEmpty();
                });
    }

    @Test
    void honestlyReportedSigningGroupsAndConversionsAreNeverFlagged() {
        qt().withExamples(10_000)
                .forAll(longs().between(1_000_000L, 900_000_000_000L), longs().between(0, 1_000_000_000_000L),
                        integers().between(60_000, 80_000), integers().between(2, 4))
                .check((total, partSeed, rateTenThousandths, digits) -> {
                    long group = partSeed % (total + 1);
                    BigDecimal rate = BigDecimal.valueOf(rateTenThousandths, 4);   // the rate the report used
                    BigDecimal dollars = BigDecimal.valueOf(total).divide(rate, MathContext.DECIMAL64);
                    ReportedAmount totalValue = ReportedAmount.of(CNY, rounded(BigDecimal.valueOf(total), digits));
                    ReportedAmount previous = ReportedAmount.of(CNY, rounded(BigDecimal.valueOf(total / 2 + 1), digits));
                    BigDecimal growth = BigDecimal.valueOf(total).multiply(HUNDRED)
                            .divide(BigDecimal.valueOf(total / 2 + 1), MathContext.DECIMAL64).subtract(HUNDRED);
                    SigningSummary signing = new SigningSummary(Count.exactly(10), totalValue, List.of(), false, null, null,
                            percent(growth), previous,
                            Converted.of(ReportedAmount.of(USD, rounded(dollars, digits))).withRate(rate.setScale(2, RoundingMode.HALF_UP)),
                            group == 0 ? List.of() : List.of(SigningGroup.of("a group", Count.exactly(partSeed % 11),
                                    ReportedAmount.of(CNY, rounded(BigDecimal.valueOf(group), digits)))
                                    .withShare(percent(BigDecimal.valueOf(group).multiply(HUNDRED)
                                            .divide(BigDecimal.valueOf(total), MathContext.DECIMAL64)))));
                    return codes(fair().withSigning(signing)).isEmpty();
                });
    }

    @Test
    void aConversionBeyondTheRoundingOfTheAmountsAndTheRateIsAlwaysWarned() {
        qt().withExamples(10_000)
                .forAll(longs().between(1_000_000L, 900_000_000_000L), integers().between(60_000, 80_000),
                        integers().between(2, 4), integers().between(1, 300))
                .check((total, rateTenThousandths, digits, percentOff) -> {
                    BigDecimal rate = BigDecimal.valueOf(rateTenThousandths, 4);
                    // The second amount off by 1% to 300%, and always by more than the rounding of two figures of this many
                    // digits and a rate of two decimals can explain: a figure's bounds reach up to one unit of its last
                    // digit from the truth (10% at two digits from a leading 1), so 1.1 × 1.1 × 1.002 at two digits.
                    BigDecimal least = BigDecimal.valueOf(digits == 2 ? 25 : digits == 3 ? 2.5 : 0.5).movePointLeft(2);
                    BigDecimal wrong = BigDecimal.valueOf(total).divide(rate, MathContext.DECIMAL64)
                            .multiply(BigDecimal.ONE.add(BigDecimal.valueOf(percentOff, 2).max(least)));
                    SigningSummary signing = SigningSummary.of(Count.exactly(1), ReportedAmount.of(CNY, rounded(BigDecimal.valueOf(total), digits)))
                            .withConvertedValue(Converted.of(ReportedAmount.of(USD, rounded(wrong, digits)))
                                    .withRate(rate.setScale(2, RoundingMode.HALF_UP)));
                    return codes(fair().withSigning(signing)).equals(Set.of("signing.conversion"));
                });
    }

    @Test
    void honestlyRoundedScaleFiguresAndSourcesThatAgreeAreNeverFlagged() {
        qt().withExamples(10_000)
                .forAll(longs().between(1, 5_000_000), longs().between(0, 10_000_000), integers().between(0, 7 * 7 - 1))
                .check((whole, partSeed, ways) -> {
                    long part = partSeed % (whole + 1);
                    Quantity area = Quantity.of(rounded(BigDecimal.valueOf(whole), 2 + ways % 3), Quantity.Unit.SQUARE_METRE);
                    ScaleFigure pavilion = ScaleFigure.area(Quantity.of(rounded(BigDecimal.valueOf(Math.max(part, 1)), 1 + ways % 4),
                            Quantity.Unit.SQUARE_METRE)).withPartOf("area");
                    TradeFair fair = fair().withScale(List.of(ScaleFigure.area(area).withId("area"), part == 0 ? pavilion.withPartOf(null) : pavilion,
                            ScaleFigure.of(ScaleMeasure.BOOTHS, AttendanceConsistencyTest.honest(whole, ways % 7, partSeed % 97)).withSourceId("early"),
                            ScaleFigure.of(ScaleMeasure.BOOTHS, AttendanceConsistencyTest.honest(whole, ways / 7, partSeed % 89)).withSourceId("late")));
                    return codes(fair).isEmpty();
                });
    }

    @Test
    void errorsBeyondRoundingAreAlwaysFlagged() {
        qt().withExamples(10_000)
                .forAll(longs().between(10, 500_000), longs().between(1, 500_000), integers().between(2, 500),
                        integers().between(0, 9))
                .check((whole, extra, tenths, which) -> {
                    long part = Math.max(1, whole / 3);
                    BigDecimal share = ratio(part, whole);
                    BigDecimal off = BigDecimal.valueOf(tenths, 1);   // 0.2 to 50 points: beyond a 0.1-point rounding
                    TradeFair fair = switch (which) {
                        case 0 -> fair().withAttendance(List.of(Attendance.of("visitors", Count.exactly(whole)).withId("all"),
                                Attendance.of("visitors", Count.exactly(whole + extra)).withPartOf("all", null)));
                        case 1 -> fair().withAttendance(List.of(Attendance.of("visitors", Count.exactly(whole)).withId("all"),
                                Attendance.of("visitors", Count.exactly(part)).withPartOf("all",
                                        Percentage.of(Figure.exactly(share.add(off).min(HUNDRED).setScale(1, RoundingMode.HALF_UP)
                                                .max(share.subtract(off).setScale(1, RoundingMode.HALF_UP)))))));
                        case 2 -> fair().withAttendance(List.of(Attendance.of("visitors", Count.exactly(whole))
                                .withChange(percent(ratio(whole, whole + extra).subtract(HUNDRED).add(off)),
                                        Count.exactly(whole + extra))));
                        case 3 -> fair().withScale(List.of(ScaleFigure.of(ScaleMeasure.BOOTHS, Count.exactly(whole)).withId("b"),
                                ScaleFigure.of(ScaleMeasure.BOOTHS, Count.exactly(whole + extra)).withPartOf("b")));
                        case 4 -> fair().withSigning(SigningSummary.of(Count.exactly(whole), yuan(whole * 1000, 1))
                                .withGroups(List.of(SigningGroup.of("g", Count.exactly(whole + extra), null))));
                        case 5 -> fair().withSigning(SigningSummary.of(Count.exactly(whole), yuan(whole * 1000, 1))
                                .withGroups(List.of(SigningGroup.of("g", null, yuan((whole + extra) * 1000, 1)))));
                        case 6 -> fair().withSigning(SigningSummary.of(Count.exactly(whole), yuan(whole * 1000, 1))
                                .withGroups(List.of(SigningGroup.of("g", null, yuan(part * 1000, 1))
                                        .withShare(Percentage.of(Figure.exactly(share.add(off).min(HUNDRED).setScale(1, RoundingMode.HALF_UP)
                                                .max(share.subtract(off).setScale(1, RoundingMode.HALF_UP))))))));
                        case 7 -> fair().withSigning(SigningSummary.of(Count.exactly(whole), yuan(whole * 1000, 1))
                                .withValueChange(percent(ratio(whole, whole + extra).subtract(HUNDRED).add(off)),
                                        yuan((whole + extra) * 1000, 1)));
                        case 8 -> fair().withScale(List.of(ScaleFigure.of(ScaleMeasure.BOOTHS, Count.exactly(whole))
                                .withChange(percent(ratio(whole, whole + extra).subtract(HUNDRED).add(off)), Count.exactly(whole + extra))));
                        default -> fair().withScale(List.of(
                                ScaleFigure.of(ScaleMeasure.EVENTS, Count.exactly(whole)).withSourceId("early"),
                                ScaleFigure.of(ScaleMeasure.EVENTS, Count.exactly(whole + extra)).withSourceId("late")));
                    };
                    return codes(fair).size() == 1;
                });
    }
}
