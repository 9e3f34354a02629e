package io.github.tradecoop.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RangeTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void sumOfSeedExportsAndImportsIsTheSumOfTheirEnds() {
        Range exports = Range.closed("3.145", "3.155");
        Range imports = Range.closed("0.9095", "0.9105");
        assertEquals(Range.closed("4.0545", "4.0655"), exports.plus(imports));
    }

    @Test
    void differenceSubtractsOppositeEnds() {
        assertEquals(Range.closed("1", "4"), Range.closed("3", "5").minus(Range.closed("1", "2")));
    }

    @Test
    void openEndsStayOpenInSums() {
        Range sum = Range.closedOpen(d("1"), d("2")).plus(Range.closed("0", "1"));
        assertTrue(sum.isLowerInclusive());
        assertFalse(sum.isUpperInclusive());
        assertEquals(Optional.of(d("3")), sum.upper());
    }

    @Test
    void unboundedEndsPropagate() {
        Range sum = Range.greaterThan(d("100")).plus(Range.closed("227", "227"));
        assertEquals(Range.greaterThan(d("327")), sum);
        assertTrue(sum.upper().isEmpty());
    }

    @Test
    void productOfRangesAcrossZeroTakesTheExtremeCorners() {
        assertEquals(Range.closed("-6", "9"), Range.closed("-2", "3").times(Range.closed("-1", "3")));
    }

    @Test
    void productKeepsAnAttainedZeroClosed() {
        Range product = Range.closed("0", "1").times(Range.open(d("2"), d("3")));
        assertEquals(Range.closedOpen(d("0"), d("3")), product);
    }

    @Test
    void productWithUnboundedFactor() {
        assertEquals(Range.atLeast(d("0")), Range.closed("0", "1").times(Range.atLeast(d("5"))));
    }

    @Test
    void quotientIsRoundedOutwardsAndContainsTheExactQuotients() {
        Range quotient = Range.closed("3.145", "3.155").dividedBy(Range.closed("1.5185", "1.5195"));
        // Outward rounding: lower × 1.5195 ≤ 3.145 and upper × 1.5185 ≥ 3.155, exactly.
        assertTrue(quotient.lower().orElseThrow().multiply(d("1.5195")).compareTo(d("3.145")) <= 0);
        assertTrue(quotient.upper().orElseThrow().multiply(d("1.5185")).compareTo(d("3.155")) >= 0);
        assertTrue(quotient.lower().orElseThrow().compareTo(d("2.06976")) < 0);
        assertTrue(quotient.lower().orElseThrow().compareTo(d("2.06975")) > 0);
        assertTrue(quotient.upper().orElseThrow().compareTo(d("2.07771")) < 0);
        assertTrue(quotient.upper().orElseThrow().compareTo(d("2.07770")) > 0);
    }

    @Test
    void exactQuotientsStayExact() {
        assertEquals(Range.closed("2", "5"), Range.closed("4", "10").dividedBy(d("2")));
    }

    @Test
    void divisionByARangeContainingZeroIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Range.closed("1", "2").dividedBy(Range.closed("-1", "1")));
        assertTrue(e.getMessage().contains("contains zero"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Range.closed("1", "2").dividedBy(BigDecimal.ZERO));
    }

    @Test
    void divisionByARangeEndingAtAnOpenZeroIsUnbounded() {
        assertEquals(Range.atLeast(d("0.5")), Range.closed("1", "2").dividedBy(Range.openClosed(d("0"), d("2"))));
    }

    @Test
    void containsRespectsOpenAndClosedEnds() {
        Range nearly = Range.closedOpen(d("5000"), d("10000"));
        assertTrue(nearly.contains(d("5000")));
        assertTrue(nearly.contains(d("9999.99")));
        assertFalse(nearly.contains(d("10000")));
        assertFalse(nearly.contains(d("4999")));
    }

    @Test
    void rangesTouchingAtAClosedEndIntersect() {
        assertTrue(Range.closed("1", "2").intersects(Range.closed("2", "3")));
        assertEquals(Optional.of(Range.singleton(d("2"))), Range.closed("1", "2").intersection(Range.closed("2", "3")));
    }

    @Test
    void rangesTouchingAtAnOpenEndDoNotIntersect() {
        assertFalse(Range.closedOpen(d("1"), d("2")).intersects(Range.closed("2", "3")));
        assertFalse(Range.closed("4.55", "4.65").intersects(Range.closed("4.0545", "4.0655")));
    }

    @Test
    void intersectionOfOverlappingRangesIsTheOverlap() {
        assertEquals(Optional.of(Range.closed("4.055", "4.065")),
                Range.closed("4.055", "4.065").intersection(Range.closed("4.0545", "4.0655")));
        assertEquals(Optional.of(Range.openClosed(d("100"), d("227"))),
                Range.greaterThan(d("100")).intersection(Range.closed("0", "227")));
    }

    @Test
    void spanIsTheHull() {
        assertEquals(Range.closed("1", "5"), Range.closed("1", "2").span(Range.closed("4", "5")));
        assertEquals(Range.all(), Range.atMost(d("1")).span(Range.atLeast(d("2"))));
    }

    @Test
    void enclosesComparesEnds() {
        assertTrue(Range.closed("0", "10").encloses(Range.open(d("0"), d("10"))));
        assertFalse(Range.open(d("0"), d("10")).encloses(Range.closed("0", "10")));
        assertTrue(Range.all().encloses(Range.greaterThan(d("100"))));
    }

    @Test
    void equalityIsNumeric() {
        assertEquals(Range.closed("1.0", "2"), Range.closed("1", "2.00"));
        assertEquals(Range.closed("1.0", "2").hashCode(), Range.closed("1", "2.00").hashCode());
    }

    @Test
    void emptyRangesCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> Range.closed("2", "1"));
        assertThrows(IllegalArgumentException.class, () -> Range.open(d("1"), d("1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "(100, ∞)", "(-∞, 5]", "[0, 10000)", "(-∞, ∞)", "[-3.5, -0.25)"})
    void parseReadsToString(String text) {
        assertEquals(text, Range.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[1,2]", "[1, 2", "[-∞, 2]", "[x, 2]", "[2, 1]"})
    void parseRejectsMalformedRanges(String text) {
        assertThrows(IllegalArgumentException.class, () -> Range.parse(text));
    }
}
