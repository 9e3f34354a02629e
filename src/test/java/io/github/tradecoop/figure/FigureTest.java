package io.github.tradecoop.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.money.CurrencyMismatchException;
import io.github.tradecoop.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void exactAndAboutSpanHalfAResolutionEachWay() {
        assertEquals(Range.closed("13550000000", "13650000000"),
                Figure.of(d("13600000000"), d("100000000"), Qualifier.EXACT).bounds());
        assertEquals(Range.closed("115", "125"), Figure.stated(d("120"), Qualifier.ABOUT).bounds());
    }

    @Test
    void qualifiedBoundsFollowTheTable() {
        assertEquals(Range.greaterThan(d("100")), Figure.stated(d("100"), Qualifier.MORE_THAN).bounds());
        assertEquals(Range.atLeast(d("50")), Figure.stated(d("50"), Qualifier.AT_LEAST).bounds());
        assertEquals(Range.closedOpen(d("0"), d("10")), Figure.stated(d("10"), Qualifier.LESS_THAN).bounds());
        assertEquals(Range.closed("0", "10"), Figure.stated(d("10"), Qualifier.UP_TO).bounds());
        assertEquals(Range.closedOpen(d("5000"), d("10000")), Figure.stated(d("10000"), Qualifier.NEARLY).bounds());
    }

    @Test
    void writtenDigitsGiveTheResolution() {
        assertEquals(d("0.01"), Figure.exactly(d("3.15")).resolution());
        assertEquals(d("1"), Figure.exactly(d("4000")).resolution());
        assertEquals(d("0.10").stripTrailingZeros(), Figure.exactly(d("13.6")).resolution());
        assertEquals(d("0.01"), Figure.exactly(d("13.60")).resolution());
    }

    @Test
    void roundNumbersWithAboutOrNearlyAreRoundedAtTheirLastNonZeroDigit() {
        assertEquals(d("10"), Figure.stated(d("120"), Qualifier.ABOUT).resolution());
        assertEquals(d("10000"), Figure.stated(d("10000"), Qualifier.NEARLY).resolution());
        assertEquals(d("1"), Figure.stated(d("125"), Qualifier.ABOUT).resolution());
        assertEquals(d("0.1"), Figure.stated(d("12.0"), Qualifier.ABOUT).resolution());
    }

    @Test
    void scalingByAMagnitudeScalesValueAndResolution() {
        Figure billions = Figure.exactly(d("13.6")).scaledByPowerOfTen(9);
        assertEquals(0, d("13600000000").compareTo(billions.value()));
        assertEquals(0, d("100000000").compareTo(billions.resolution()));
    }

    @Test
    void equalityIsNumeric() {
        assertEquals(Figure.of(d("13600000000"), d("1E+8"), Qualifier.EXACT),
                Figure.of(d("1.36E+10"), d("100000000.0"), Qualifier.EXACT));
    }

    @Test
    void resolutionMustBeAPositivePowerOfTen() {
        assertThrows(IllegalArgumentException.class, () -> Figure.of(d("10"), d("5"), Qualifier.EXACT));
        assertThrows(IllegalArgumentException.class, () -> Figure.of(d("10"), d("0"), Qualifier.EXACT));
        assertThrows(IllegalArgumentException.class, () -> Figure.of(d("10"), d("-1"), Qualifier.EXACT));
    }

    @Test
    void valueMustBeAMultipleOfItsResolution() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Figure.of(d("13.65"), d("0.1"), Qualifier.EXACT));
        assertTrue(e.getMessage().contains("multiple"), e.getMessage());
    }

    @Test
    void lessThanAndUpToMustNotBeZero() {
        assertThrows(IllegalArgumentException.class, () -> Figure.stated(d("0"), Qualifier.LESS_THAN));
        assertThrows(IllegalArgumentException.class, () -> Figure.stated(d("0"), Qualifier.UP_TO));
    }

    @Test
    void aNegativeFigureIsQualifiedInSize() {
        assertEquals(Range.closed(d("-5"), d("0")), Figure.stated(d("-5"), Qualifier.UP_TO).bounds());
        assertEquals(Range.lessThan(d("-5")), Figure.stated(d("-5"), Qualifier.MORE_THAN).bounds());
        assertEquals(Range.atMost(d("-5")), Figure.stated(d("-5"), Qualifier.AT_LEAST).bounds());
        assertEquals(Range.openClosed(d("-10"), d("-5")), Figure.stated(d("-10"), Qualifier.NEARLY).bounds());
        assertEquals(Range.closed(d("-5.35"), d("-5.25")), Figure.stated(d("-5.3"), Qualifier.ABOUT).bounds());
    }

    @Test
    void aOneSidedFigureHasTheResolutionOfItsLastDigit() {
        Figure stated = Figure.of(d("20000000000"), d("100000000"), Qualifier.MORE_THAN);
        assertEquals(d("10000000000"), stated.resolution());
        assertEquals(Figure.of(d("20000000000"), d("1000000000"), Qualifier.MORE_THAN), stated);
        assertEquals(d("0.1"), Figure.stated(d("13.60"), Qualifier.AT_LEAST).resolution());
        assertEquals(d("1"), Figure.of(d("0"), d("0.01"), Qualifier.MORE_THAN).resolution());
    }

    @Test
    void hugeValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Figure.exactly(d("1e1000000000")));
    }

    @Test
    void countsAreNonNegativeWholeNumbers() {
        assertThrows(IllegalArgumentException.class, () -> Count.exactly(-1));
        assertThrows(IllegalArgumentException.class, () -> Count.of(Figure.exactly(d("2.5"))));
        assertEquals(55, Count.exactly(55).value());
        assertEquals(Range.closed("55", "55"), Count.exactly(55).bounds());
        assertEquals(Range.atLeast(d("101")), Count.moreThan(100).bounds());
        assertEquals(Range.closed("5000", "9999"), Count.nearly(10_000).bounds());
        assertEquals(Range.closed("14", "14"), Count.nearly(15).bounds());
        assertEquals(Range.closed("115", "125"), Count.about(120).bounds());
        assertEquals(Range.closed("0", "9"), Count.lessThan(10).bounds());
        assertEquals(Range.closed("0", "10"), Count.upTo(10).bounds());
        assertEquals(Range.atLeast(d("10")), Count.atLeast(10).bounds());
        assertEquals(Range.closed("135500", "136500"), FigureFormat.chinese().parseCount("13.6万").bounds());
        assertThrows(IllegalArgumentException.class, () -> Count.of(Figure.stated(d("0"), Qualifier.NEARLY)));
    }

    @Test
    void countToStringIsReadBackByParse() {
        for (Count c : List.of(Count.exactly(55), Count.moreThan(100), Count.nearly(10_000), Count.exactly(4000))) {
            assertEquals(c, Count.parse(c.toString()));
        }
    }

    @Test
    void reportedAmountParsesAndPrintsWithTheIsoCode() {
        ReportedAmount signed = ReportedAmount.parse("RMB 13.6 billion");
        assertEquals("CNY 13.6 billion", signed.toString());
        assertEquals(signed, ReportedAmount.parse(signed.toString()));
        assertEquals(Money.of("CNY", 13_600_000_000L), signed.value());
        assertEquals(ReportedAmount.of(Money.of("CNY", 13_600_000_000L), d("100000000")), signed);
    }

    @Test
    void exactlyAndMoreThanTakeTheResolutionFromTheMoney() {
        assertEquals(d("1"), ReportedAmount.exactly(Money.of("CNY", 910_000_000L)).resolution());
        assertEquals(Qualifier.MORE_THAN, ReportedAmount.moreThan(Money.of("CNY", 5)).qualifier());
    }

    @Test
    void totalOfReportedAmountsIsARange() {
        Range total = ReportedAmount.total(Money.of("CNY", 0).currency(),
                List.of(ReportedAmount.parse("RMB 3.15 billion"), ReportedAmount.parse("RMB 910 million")));
        assertEquals(Range.closed("4054500000", "4065500000"), total);
    }

    @Test
    void totalRefusesMixedCurrencies() {
        assertThrows(CurrencyMismatchException.class, () -> ReportedAmount.total(Money.of("CNY", 0).currency(),
                List.of(ReportedAmount.parse("RMB 1 billion"), ReportedAmount.parse("USD 1 billion"))));
    }

    @Test
    void percentageSpansHalfAPointOfItsLastDigit() {
        assertEquals(Range.closed("80.15", "80.25"), Percentage.of("80.2").bounds());
    }

    @Test
    void impliedBaseOfSeedExportsIsTheRangeOfThePreviousYear() {
        Range base = Percentage.of("51.9").impliedBase(ReportedAmount.parse("RMB 3.15 billion"));
        BigDecimal lowest = d("3145000000").divide(d("1.5195"), MathContext.DECIMAL128);
        BigDecimal highest = d("3155000000").divide(d("1.5185"), MathContext.DECIMAL128);
        assertTrue(base.contains(lowest) && base.contains(highest), base.toString());
        assertTrue(base.lower().orElseThrow().compareTo(d("2069760000")) < 0, base.toString());
        assertTrue(base.lower().orElseThrow().compareTo(d("2069750000")) > 0, base.toString());
        assertTrue(base.upper().orElseThrow().compareTo(d("2077700000")) > 0, base.toString());
        assertTrue(base.upper().orElseThrow().compareTo(d("2077710000")) < 0, base.toString());
    }

    @Test
    void aDecreaseOfAHundredPercentLeavesNoBase() {
        assertThrows(IllegalArgumentException.class,
                () -> Percentage.of("-100").impliedBase(ReportedAmount.parse("RMB 1 billion")));
    }

    @Test
    void growthBetweenRangesIsInPercentagePoints() {
        Range growth = Percentage.growth(Range.singleton(d("2")), Range.singleton(d("3")));
        assertEquals(Range.singleton(d("50")), growth);
    }
}
