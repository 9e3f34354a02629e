package io.github.tradecoop.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A figure's invariants and canonical form do not depend on how its numbers were written,
 * and decimals read from JSON are the numbers their text says.
 */
class FigurePropertiesTest {

    private static final int CASES = 5_000;

    /** Checks a scale-0 figure's numbers; the same numbers with trailing fraction zeros go the general way. */
    @Test
    void wholeNumbersAndTheSameNumbersWithFractionZerosMakeTheSameFigure() {
        qt().withExamples(CASES)
                .forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(0, 6),
                        integers().between(1, 3))
                .checkAssert((digits, power, zeros) -> {
                    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(power).setScale(0);
                    BigDecimal value = BigDecimal.valueOf(digits).multiply(unit);
                    Figure whole = Figure.of(value, unit, Qualifier.EXACT);
                    Figure written = Figure.of(value.setScale(zeros), unit.setScale(zeros), Qualifier.EXACT);
                    assertEquals(written, whole);
                    assertEquals(written.value().scale(), whole.value().scale());
                    assertEquals(written.resolution().scale(), whole.resolution().scale());
                    assertEquals(value, whole.value());
                });
    }

    @Test
    void valuesThatAreNotMultiplesAreRefusedHoweverWritten() {
        qt().withExamples(CASES)
                .forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(1, 6))
                .assuming((digits, power) -> digits % 10 != 0)
                .checkAssert((digits, power) -> {
                    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(power).setScale(0);
                    BigDecimal value = BigDecimal.valueOf(digits);
                    assertThrows(IllegalArgumentException.class, () -> Figure.of(value, unit, Qualifier.EXACT));
                    assertThrows(IllegalArgumentException.class,
                            () -> Figure.of(value.setScale(1), unit.setScale(1), Qualifier.EXACT));
                });
    }

    @Test
    void resolutionsThatAreNotPowersOfTenAreRefusedHoweverWritten() {
        qt().withExamples(CASES)
                .forAll(longs().between(2, 999_999_999_999_999L))
                .assuming(unit -> !BigDecimal.valueOf(unit).stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE))
                .checkAssert(unit -> {
                    BigDecimal resolution = BigDecimal.valueOf(unit);
                    assertThrows(IllegalArgumentException.class, () -> Figure.of(BigDecimal.ZERO, resolution, Qualifier.EXACT));
                    assertThrows(IllegalArgumentException.class,
                            () -> Figure.of(BigDecimal.ZERO, resolution.setScale(2), Qualifier.EXACT));
                });
    }

    @Test
    void plainDecimalsReadAsTheirText() {
        qt().withExamples(CASES)
                .forAll(strings().numericBetween(0, Integer.MAX_VALUE), strings().numericBetween(0, Integer.MAX_VALUE),
                        integers().between(0, 3), integers().between(0, 25))
                .checkAssert((integer, fraction, form, zeros) -> {
                    // Up to 40 digits on each side: long, short, with leading and trailing zeros.
                    String whole = "0".repeat(zeros % 3) + integer + (form == 3 ? "0".repeat(zeros) : "");
                    String text = (form == 1 ? "-" : "") + whole + (form >= 2 ? "." + fraction + "0".repeat(zeros) : "");
                    BigDecimal read = FigureJson.plainDecimal(text);
                    BigDecimal expected = new BigDecimal(text);
                    assertEquals(expected.unscaledValue(), read.unscaledValue(), text);
                    assertEquals(expected.scale(), read.scale(), text);
                });
    }

    @Test
    void textThatIsNotAPlainDecimalIsNotRead() {
        for (String text : new String[] {"", "-", ".", "1.", ".5", "+1", "1e3", "1E3", "1.2.3", " 1", "1 ", "--1",
                "0x10", "1_000", "١", "1" + "0".repeat(40), "0." + "1".repeat(41), "NaN", "Infinity"}) {
            assertNull(FigureJson.plainDecimal(text), text);
        }
        assertEquals(new BigDecimal("1" + "0".repeat(39)), FigureJson.plainDecimal("1" + "0".repeat(39)));
    }
}
