package io.github.tradecoop.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.money.internal.Decimals;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Decimals from text and from callers are bounded before any expansion: the reproducers of the hostile-input issue. */
class DecimalsTest {

    /** Generous: each of these returned in microseconds once fixed, and hung or took seconds before. */
    private static final Duration AT_ONCE = Duration.ofSeconds(5);

    @Test
    void hugeExponentsInRangeTextAreRefusedAtOnce() {
        assertTimeoutPreemptively(AT_ONCE, () -> {
            assertThrows(IllegalArgumentException.class, () -> Range.parse("[1e99999999, ∞)"));
            assertThrows(IllegalArgumentException.class, () -> Range.parse("[1e999999999, ∞)"));
            assertThrows(IllegalArgumentException.class, () -> Range.parse("[1E-999999999, 1]"));
        });
    }

    @Test
    void hugeExponentsFromCallersAreRefusedWithAShortMessage() {
        assertTimeoutPreemptively(AT_ONCE, () -> {
            AmountOutOfBoundsException tiny = assertThrows(AmountOutOfBoundsException.class,
                    () -> Money.of("CNY", new BigDecimal("1E-999999999")));
            assertTrue(tiny.getMessage().length() < 200, tiny.getMessage());
            assertTrue(tiny.getMessage().contains("1E-999999999"), tiny.getMessage());
            assertThrows(AmountOutOfBoundsException.class, () -> Money.of("CNY", new BigDecimal("1E-2147483647")));
            assertThrows(IllegalArgumentException.class, () -> Percentage.of("0E-999999999"));
            assertThrows(IllegalArgumentException.class, () -> Range.closed(new BigDecimal("1E+999999999"),
                    new BigDecimal("2E+999999999")));
        });
    }

    @Test
    void aRangeEndOfManyDigitsIsRefusedOrReadBack() {
        String longEnd = "1" + "0".repeat(99);
        Range range = Range.parse("[" + longEnd + ", ∞)");
        assertEquals(range, Range.parse(range.toString()));
        assertThrows(IllegalArgumentException.class, () -> Range.parse("[" + longEnd + "0, ∞)"));
        assertThrows(IllegalArgumentException.class, () -> Range.closed(BigDecimal.ZERO, new BigDecimal(longEnd + "0")));
    }

    @Test
    void exponentFormsWithinBoundsAreRead() {
        assertEquals(0, new BigDecimal("13600000000").compareTo(Decimals.parse("1.36E+10", 21, 12, "x")));
        assertEquals(0, new BigDecimal("0.005").compareTo(Decimals.parse("5e-3", 21, 12, "x")));
        assertEquals(BigDecimal.ZERO, Decimals.parse("0.000e-9999", 21, 12, "x"));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1e22", 21, 12, "x"));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1e-13", 21, 12, "x"));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1e99999", 21, 12, "x"));
        for (String bad : new String[] {"", "-", ".5", "5.", "1e", "1e+", "--1", "1,5", "٣", "1 ", "0x10"}) {
            assertThrows(IllegalArgumentException.class, () -> Decimals.parse(bad, 21, 12, "x"), bad);
        }
    }

    /** The law: a decimal within bounds reads back as the number it was written from. */
    @Test
    void parseReadsEveryBoundedDecimalWrittenPlainOrScientific() {
        qt().withExamples(5000)
                .forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(-12, 8))
                .check((unscaled, exponent) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled, -exponent);
                    return Decimals.parse(value.toPlainString(), 21, 12, "x").compareTo(value) == 0
                            && Decimals.parse(value.toString(), 21, 12, "x").compareTo(value) == 0;
                });
    }

    @Test
    void describeIsShortWhateverTheExponent() {
        assertEquals("13.6", Decimals.describe(new BigDecimal("13.6")));
        assertEquals("1E-999999999", Decimals.describe(new BigDecimal("1E-999999999")));
        assertEquals("-1.23456789012…E+399", Decimals.describe(new BigDecimal("-1.234567890123456E+399")));
    }

    @Test
    void aFigureStatedToMoreThanATrillionIsRefusedUnlessItsTrailingZerosStateIt() {
        BigDecimal twentyTrillion = new BigDecimal("20000000000000");
        BigDecimal tenTrillion = new BigDecimal("10000000000000");
        assertThrows(IllegalArgumentException.class, () -> Figure.of(twentyTrillion, tenTrillion, Qualifier.EXACT));
        assertEquals(tenTrillion, Figure.of(twentyTrillion, tenTrillion, Qualifier.ABOUT).resolution());
        assertThrows(IllegalArgumentException.class, () -> Figure.of(new BigDecimal("100000000000000"), tenTrillion,
                Qualifier.NEARLY));
        assertEquals(tenTrillion, Figure.of(twentyTrillion, BigDecimal.ONE, Qualifier.MORE_THAN).resolution());
    }
}
