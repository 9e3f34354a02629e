package io.github.tradecoop.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Money at the edges its documentation draws: exactly at the bounds, at the text limits, at
 * zero, and where the compact and the {@code BigDecimal} forms meet.
 */
class MoneyEdgesTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void signPredicatesOfZeroAreAllFalseExceptIsZero() {
        Money zero = Money.zero(CNY);
        assertTrue(zero.isZero());
        assertFalse(zero.isPositive());
        assertFalse(zero.isNegative());
        assertFalse(Money.of(CNY, "0.01").isZero());
        assertFalse(Money.of(CNY, "-0.01").isZero());
        assertFalse(Money.of(CNY, 7).isNegative());
        assertTrue(Money.of(CNY, 7).isPositive());
    }

    @Test
    void anAmountIsNeitherGreaterNorLessThanItself() {
        Money fair = Money.of(CNY, "13600000000");
        Money sameAtAnotherScale = Money.of(CNY, "13600000000.00");
        assertFalse(fair.isGreaterThan(sameAtAnotherScale));
        assertFalse(fair.isLessThan(sameAtAnotherScale));
        assertFalse(fair.isGreaterThan(fair));
        assertFalse(fair.isLessThan(fair));
        assertFalse(Money.of(CNY, 1).isGreaterThan(Money.of(CNY, 2)));
        assertFalse(Money.of(CNY, 2).isLessThan(Money.of(CNY, 1)));
    }

    @Test
    void amountsThatDifferAreNotEqualWhateverTheirScale() {
        assertNotEquals(Money.of(CNY, 1), Money.of(CNY, 2));                 // same scale
        assertNotEquals(Money.of(CNY, "1.5"), Money.of(CNY, 1));             // different scales
        assertNotEquals(Money.of(CNY, "910000000"), Money.of(CNY, "0.91"));
        // Past the long range an amount is held as a BigDecimal; equality still looks at the amount.
        assertNotEquals(Money.of(CNY, "123456789012345678901"), Money.of(CNY, "123456789012345678902"));
        assertEquals(Money.of(CNY, "123456789012345678901"), Money.of(CNY, "123456789012345678901.000"));
    }

    @Test
    void absOfAnAmountThatIsNotNegativeIsThatAmount() {
        // Documented: "this if not negative".
        Money zero = Money.zero(CNY);
        assertSame(zero, zero.abs());
        Money cents = Money.of(CNY, "0.01");
        assertSame(cents, cents.abs());
    }

    @Test
    void hashCodesTellAmountsAndCurrenciesApart() {
        // Numeric equality fixes which hash codes must agree; distinct values should also spread,
        // or hash sets and maps of amounts degrade to lists.
        Set<Integer> hashes = new HashSet<>();
        List<Currency> currencies = List.of(CNY, USD, Currency.getInstance("RUB"), Currency.getInstance("EUR"));
        for (Currency currency : currencies) {
            for (int units = 1; units <= 50; units++) {
                hashes.add(Money.of(currency, units).hashCode());
            }
        }
        assertTrue(hashes.size() > 190, "distinct hash codes: " + hashes.size());
    }

    @Test
    void digitsJustBeyondTheLongRangeAreKeptExactly() {
        // 19 to 21 digits no longer fit a long and must not be truncated to one.
        for (String amount : new String[] {"1234567890123456789", "-9999999999999999999", "98765432109876543210.5",
                "999999999999999999", "100000000000000000000"}) {
            Money money = Money.of(CNY, amount);
            assertEquals(0, new BigDecimal(amount).compareTo(money.amount()), amount);
            assertEquals(money, Money.parse(money.toString()));
        }
    }

    @Test
    void sumsAgreeWithBigDecimalWhenTheScalesDiffer() {
        // Adding RMB 1.5 and RMB 1 must line the digits up at the decimal point.
        assertEquals(new BigDecimal("2.5"), Money.of(CNY, "1.5").plus(Money.of(CNY, 1)).amount());
        assertEquals(new BigDecimal("2.5"), Money.of(CNY, 1).plus(Money.of(CNY, "1.5")).amount());
        assertEquals(new BigDecimal("0.5"), Money.of(CNY, "1.5").minus(Money.of(CNY, 1)).amount());
        assertEquals(new BigDecimal("-0.5"), Money.of(CNY, 1).minus(Money.of(CNY, "1.5")).amount());
        qt().withExamples(2_000)
                .forAll(longs().between(-1_000_000_000L, 1_000_000_000L), integers().between(0, 12),
                        longs().between(-1_000_000_000L, 1_000_000_000L), integers().between(0, 12))
                .check((u1, s1, u2, s2) -> {
                    BigDecimal a = BigDecimal.valueOf(u1, s1);
                    BigDecimal b = BigDecimal.valueOf(u2, s2);
                    return Money.of(CNY, a).plus(Money.of(CNY, b)).amount().compareTo(a.add(b)) == 0
                            && Money.of(CNY, a).minus(Money.of(CNY, b)).amount().compareTo(a.subtract(b)) == 0;
                });
    }

    @Test
    void twelveDecimalPlacesWrittenWithATrailingZeroAreAccepted() {
        // The bound counts places after trailing zeros are removed.
        Money finest = Money.of(CNY, new BigDecimal("0.0000000000010"));
        assertEquals(new BigDecimal("0.000000000001"), finest.amount());
        assertEquals(Money.of(CNY, new BigDecimal("1E-12")), finest);
    }

    @Test
    void aProductWithTwentyOneIntegerDigitsIsRoundedNotRefused() {
        Money large = Money.of(CNY, "500000000000000000000");
        assertEquals(Money.of(CNY, "750000000000000000000"), large.multipliedBy(new BigDecimal("1.5"), RoundingMode.HALF_UP));
    }

    @Test
    void aProductWithManyDecimalPlacesIsRoundedToTheMinorUnit() {
        // 10 × 0.123456789012345678901 has 21 decimal places but only two integer digits.
        Money ten = Money.of(CNY, 10);
        assertEquals(Money.of(CNY, "1.23"), ten.multipliedBy(new BigDecimal("0.123456789012345678901"), RoundingMode.HALF_UP));
        assertEquals(Money.of(CNY, "0.41"), Money.of(CNY, 3).dividedBy(new BigDecimal("7.3333333333333333333"),
                RoundingMode.HALF_UP));
    }

    @Test
    void zeroTimesAHugeFactorIsZero() {
        assertEquals(Money.zero(CNY), Money.zero(CNY).multipliedBy(new BigDecimal("1E+30"), RoundingMode.HALF_UP));
    }

    @Test
    void aDivisorBeyondTheBoundsOfMoneyIsRefused() {
        // limits.md: dividedBy throws AmountOutOfBoundsException for operands past the bounds.
        AmountOutOfBoundsException huge = assertThrows(AmountOutOfBoundsException.class,
                () -> Money.of(CNY, 5).dividedBy(new BigDecimal("1E+25"), RoundingMode.HALF_UP));
        assertTrue(huge.getMessage().contains("26 integer digits"), huge.getMessage());
        assertThrows(AmountOutOfBoundsException.class,
                () -> Money.of(CNY, 5).dividedBy(new BigDecimal("-1E+22"), RoundingMode.DOWN));
        // 10^20 has 21 integer digits, the most an amount may have: still a divisor.
        assertEquals(Money.of(CNY, 5),
                Money.of(CNY, "500000000000000000000").dividedBy(new BigDecimal("1E+20"), RoundingMode.HALF_UP));
    }

    @Test
    void aProductWithAHugeExponentIsRefusedAsOutOfBounds() {
        // The bound is checked on precision and scale before rounding touches a digit.
        assertThrows(AmountOutOfBoundsException.class,
                () -> Money.of(CNY, 1).multipliedBy(new BigDecimal("1E+999999999"), RoundingMode.HALF_UP));
    }

    @Test
    void canonicalTextOfExactlyTheLongestAcceptedLengthIsRead() {
        // An amount text of 100 characters is accepted; one more is refused, pointing at the 101st.
        String hundred = "1." + "0".repeat(98);
        assertEquals(Money.of(CNY, 1), Money.parse("CNY " + hundred));
        assertEquals(Money.of(CNY, 1), Money.of(CNY, hundred));
        assertEquals(Money.of(CNY, 1), Money.of("CNY", hundred));
        MoneyParseException tooLong = assertThrows(MoneyParseException.class, () -> Money.of(CNY, hundred + "0"));
        assertEquals(100, tooLong.index());
    }

    @Test
    void codesAtTheEndsOfTheAlphabetAreRead() {
        assertEquals(Currency.getInstance("AUD"), Money.parse("AUD 5").currency());
        assertEquals(Currency.getInstance("ZAR"), Money.parse("ZAR 12.5").currency());
        assertEquals(Currency.getInstance("CZK"), Money.parse("CZK 3").currency());
        assertEquals(0, assertThrows(MoneyParseException.class, () -> Money.parse("[NY 5")).index());
        assertEquals(1, assertThrows(MoneyParseException.class, () -> Money.parse("C@Y 5")).index());
    }

    @Test
    void textThatEndsInsideTheCodeFailsWhereItEnds() {
        assertEquals(2, assertThrows(MoneyParseException.class, () -> Money.parse("CN")).index());
        assertEquals(0, assertThrows(MoneyParseException.class, () -> Money.parse("")).index());
    }

    @Test
    void anEmptyAmountFailsAtItsStart() {
        assertEquals(0, assertThrows(MoneyParseException.class, () -> Money.of(CNY, "")).index());
        assertEquals(4, assertThrows(MoneyParseException.class, () -> Money.parse("CNY ")).index());
    }

    @Test
    void aMinusSignWithoutDigitsFailsAfterTheSign() {
        assertEquals(5, assertThrows(MoneyParseException.class, () -> Money.parse("CNY -x")).index());
        assertEquals(1, assertThrows(MoneyParseException.class, () -> Money.of(CNY, "-")).index());
        assertEquals(7, assertThrows(MoneyParseException.class, () -> Money.parse("CNY 12.x")).index());
    }
}
