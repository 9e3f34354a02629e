package io.github.tradecoop.money.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The bounds of {@link Decimals} exactly where they are drawn, and the short forms its messages use. */
class DecimalsEdgesTest {

    @Test
    void textOfExactlyTheLongestLengthIsRead() {
        String longest = "1." + "0".repeat(Decimals.MAX_TEXT - 2);
        assertEquals(0, BigDecimal.ONE.compareTo(Decimals.parse(longest, 21, 12, "amount")));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> Decimals.parse(longest + "0", 21, 12, "amount"));
        assertTrue(tooLong.getMessage().contains("longer than 250"), tooLong.getMessage());
    }

    @Test
    void anExponentHasAtMostFourDigitsEvenWithLeadingZeros() {
        // "a sign and at most four digits": 1e00001 is refused although it is only ten.
        assertEquals(0, BigDecimal.TEN.compareTo(Decimals.parse("1e0001", 21, 12, "x")));
        assertEquals(0, BigDecimal.TEN.compareTo(Decimals.parse("1E+0001", 21, 12, "x")));
        IllegalArgumentException five = assertThrows(IllegalArgumentException.class,
                () -> Decimals.parse("1e00001", 21, 12, "x"));
        assertTrue(five.getMessage().contains("exponent"), five.getMessage());
    }

    @Test
    void decimalPlacesAreCountedAfterTheLastNonZeroDigit() {
        assertEquals(0, new BigDecimal("0.000000000001").compareTo(Decimals.parse("0.000000000001000", 21, 12, "x")));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("0.0000000000001", 21, 12, "x"));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("12.3456789012345", 21, 12, "x"));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1.5", 21, 0, "x"));
    }

    @Test
    void integerDigitsAreCountedFromTheFirstNonZeroDigit() {
        // Leading zeros state nothing: 000…0123 has three integer digits.
        assertEquals(0, new BigDecimal("123").compareTo(Decimals.parse("0000000123", 3, 0, "x")));
        assertEquals(0, new BigDecimal("-123").compareTo(Decimals.parse("-0000000123", 3, 0, "x")));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1230", 3, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("10203", 4, 0, "x"));
        assertEquals(0, new BigDecimal("9999").compareTo(Decimals.parse("9999", 4, 0, "x")));
    }

    @Test
    void boundedKeepsTheScaleItWasGivenWhenWithinTheBound() {
        // "without trailing zeros if it had more than maxScale places": otherwise as given.
        assertEquals(new BigDecimal("1.50"), Decimals.bounded(new BigDecimal("1.50"), 21, 12, "x"));
        assertEquals(new BigDecimal("1.000000000000"), Decimals.bounded(new BigDecimal("1.000000000000"), 21, 12, "x"));
        assertEquals(new BigDecimal("1.5"), Decimals.bounded(new BigDecimal("1.5000000000000"), 21, 12, "x"));
    }

    @Test
    void boundedRefusesTooManyDecimalPlaces() {
        IllegalArgumentException fine = assertThrows(IllegalArgumentException.class,
                () -> Decimals.bounded(new BigDecimal("1E-20"), 21, 12, "rate"));
        assertTrue(fine.getMessage().startsWith("rate has more than 12 decimal places"), fine.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Decimals.bounded(new BigDecimal("1E+21"), 21, 12, "rate"));
        assertEquals(0, new BigDecimal("1E+20").compareTo(Decimals.bounded(new BigDecimal("1E+20"), 21, 12, "rate")));
    }

    @Test
    void describeWritesUpToThirtyDigitsAndThirtyPlacesPlainly() {
        String thirtyDigits = "123456789012345678901234567890";
        assertEquals(thirtyDigits, Decimals.describe(new BigDecimal(thirtyDigits)));
        assertEquals("0.000000000000000000000000000001", Decimals.describe(new BigDecimal("1E-30")));
        assertEquals("1000000000000000000000000000000", Decimals.describe(new BigDecimal("1E+30")));
    }

    @Test
    void describeMarksOnlyDigitsItLeavesOut() {
        // Twelve digits are shown whole; the ellipsis appears only when digits were dropped.
        assertEquals("1.23456789012E-29", Decimals.describe(new BigDecimal("123456789012E-40")));
        assertEquals("1.23456789012…E-28", Decimals.describe(new BigDecimal("1234567890123E-40")));
        assertEquals("1E-40", Decimals.describe(new BigDecimal("1E-40")));
        assertEquals("-1E-40", Decimals.describe(new BigDecimal("-1E-40")));
        assertEquals("1.2E+40", Decimals.describe(new BigDecimal("1.2E+40")));
    }

    @Test
    void describeWritesTheExponentWithItsSignAsTheParserReadsIt() {
        // 31 digits around 1: exponent zero is written "E+0", a form Decimals.parse accepts.
        String description = Decimals.describe(new BigDecimal("1.234567890123456789012345678901"));
        assertEquals("1.23456789012…E+0", description);
        assertEquals(0, new BigDecimal("1.23456789012").compareTo(
                Decimals.parse(description.replace("…", ""), 21, 12, "x")));
    }

    @Test
    void describeGivesZeroNoSign() {
        assertEquals("0E-40", Decimals.describe(new BigDecimal("0E-40")));
        assertFalse(Decimals.describe(new BigDecimal("0E+40")).startsWith("-"));
    }

    @Test
    void quoteKeepsFortyCharactersWholeAndCutsLongerText() {
        String forty = "1234567890".repeat(4);
        assertEquals("\"" + forty + "\"", Decimals.quote(forty));
        assertEquals("\"" + forty.substring(0, 37) + "...\"", Decimals.quote(forty + "1"));
        assertEquals("\"13.6\"", Decimals.quote("13.6"));
    }

    @Test
    void messagesQuoteTheTextThatWasRefused() {
        IllegalArgumentException notDecimal = assertThrows(IllegalArgumentException.class,
                () -> Decimals.parse("13,6", 21, 12, "rate"));
        assertTrue(notDecimal.getMessage().endsWith("\"13,6\""), notDecimal.getMessage());
    }

    @Test
    void boundedAcceptsTwelvePlacesOnceTrailingZerosAreDropped() {
        assertEquals(new BigDecimal("1.000000000001"), Decimals.bounded(new BigDecimal("1.0000000000010"), 21, 12, "x"));
    }

    @Test
    void aMissingDecimalIsANullPointerNamingIt() {
        NullPointerException text = assertThrows(NullPointerException.class, () -> Decimals.parse(null, 21, 12, "rate"));
        assertEquals("rate must not be null", text.getMessage());
        NullPointerException value = assertThrows(NullPointerException.class, () -> Decimals.bounded(null, 21, 12, "rate"));
        assertEquals("rate must not be null", value.getMessage());
    }
}
