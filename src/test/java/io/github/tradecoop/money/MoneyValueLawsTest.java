package io.github.tradecoop.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Money as a value: equality, order and sign agree with the exact amount, whatever its scale or
 * representation (a {@code long} of units or a {@code BigDecimal}), and arithmetic is exact up
 * to the bounds, including where the compact {@code long} form overflows.
 */
class MoneyValueLawsTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");

    /** Amounts around the edges that matter: zero, small values, the long range and the 10^21 bound. */
    private static Gen<BigDecimal> amounts() {
        Gen<BigDecimal> small = longs().between(-1_000, 1_000).zip(integers().between(0, 12),
                (units, scale) -> BigDecimal.valueOf(units, scale));
        Gen<BigDecimal> longEdge = longs().between(-50, 50).zip(integers().between(0, 3),
                (offset, scale) -> BigDecimal.valueOf(Long.MAX_VALUE - Math.abs(offset), scale)
                        .multiply(offset < 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE));
        Gen<BigDecimal> big = longs().between(-999_999, 999_999).map(
                units -> BigDecimal.valueOf(units).scaleByPowerOfTen(15));
        Gen<BigDecimal> any = longs().all().zip(integers().between(0, 12), BigDecimal::valueOf);
        return small.mix(longEdge, 30).mix(big, 25).mix(any, 25);
    }

    @Test
    void equalityIsEqualityOfAmountsInOneCurrency() {
        qt().withExamples(5_000).forAll(amounts(), amounts()).check((a, b) -> {
            Money x = Money.of(CNY, a);
            Money y = Money.of(CNY, b);
            boolean same = a.compareTo(b) == 0;
            return x.equals(y) == same && y.equals(x) == same && (!same || x.hashCode() == y.hashCode())
                    && !x.equals(Money.of(USD, a));
        });
    }

    @Test
    void trailingZerosDoNotMakeAnotherValue() {
        qt().withExamples(2_000).forAll(amounts(), integers().between(1, 6)).check((a, zeros) -> {
            BigDecimal padded = a.setScale(a.scale() + zeros);
            return padded.scale() > 12 || Money.of(CNY, a).equals(Money.of(CNY, padded))
                    && Money.of(CNY, a).hashCode() == Money.of(CNY, padded).hashCode();
        });
    }

    @Test
    void orderAndSignAgreeWithTheAmounts() {
        qt().withExamples(5_000).forAll(amounts(), amounts()).check((a, b) -> {
            Money x = Money.of(CNY, a);
            Money y = Money.of(CNY, b);
            int order = Integer.signum(a.compareTo(b));
            return Integer.signum(x.compareTo(y)) == order
                    && x.isGreaterThan(y) == (order > 0) && x.isLessThan(y) == (order < 0)
                    && x.signum() == a.signum() && x.isZero() == (a.signum() == 0)
                    && x.isPositive() == (a.signum() > 0) && x.isNegative() == (a.signum() < 0)
                    && x.abs().amount().compareTo(a.abs()) == 0
                    // an equal amount, perhaps at another scale, is neither greater nor less
                    && !x.isGreaterThan(Money.of(CNY, a.setScale(Math.min(12, a.scale() + 1))))
                    && !x.isLessThan(Money.of(CNY, a.setScale(Math.min(12, a.scale() + 1))))
                    && x.compareTo(Money.of(CNY, a)) == 0;
        });
    }

    @Test
    void sumsAndDifferencesAreExactAcrossTheLongRangeUpToTheBounds() {
        qt().withExamples(5_000).forAll(amounts(), amounts()).check((a, b) -> {
            Money x = Money.of(CNY, a);
            Money y = Money.of(CNY, b);
            return exactOrOutOfBounds(() -> x.plus(y), a.add(b)) && exactOrOutOfBounds(() -> x.minus(y), a.subtract(b));
        });
    }

    private static final BigDecimal BOUND = BigDecimal.TEN.pow(21);

    /** The exact result within the bounds; past them, AmountOutOfBoundsException and nothing else. */
    private static boolean exactOrOutOfBounds(java.util.function.Supplier<Money> operation, BigDecimal exact) {
        if (exact.abs().compareTo(BOUND) >= 0) {
            assertThrows(AmountOutOfBoundsException.class, operation::get);
            return true;
        }
        return operation.get().amount().compareTo(exact) == 0;
    }

    @Test
    void aSumPastTheLongRangeStaysExact() {
        Money max = Money.of(CNY, Long.MAX_VALUE);
        assertEquals(new BigDecimal("9223372036854775808"), max.plus(Money.of(CNY, 1)).amount());
        assertEquals(new BigDecimal("-9223372036854775809"), Money.of(CNY, Long.MIN_VALUE).minus(Money.of(CNY, 1)).amount());
        assertEquals(new BigDecimal("9223372036854775807.5"), max.plus(Money.of(CNY, "0.5")).amount());
    }

    @Test
    void theBoundsAreExactlyBelow10To21AndAtMost12DecimalPlaces() {
        BigDecimal largest = BigDecimal.TEN.pow(21).subtract(BigDecimal.ONE);
        assertEquals(largest, Money.of(CNY, largest).amount());
        assertEquals(largest.negate(), Money.of(CNY, largest.negate()).amount());
        assertThrows(AmountOutOfBoundsException.class, () -> Money.of(CNY, BigDecimal.TEN.pow(21)));
        assertThrows(AmountOutOfBoundsException.class, () -> Money.of(CNY, BigDecimal.TEN.pow(21).negate()));
        assertEquals(0, Money.of(CNY, new BigDecimal("1E-12")).amount().compareTo(new BigDecimal("0.000000000001")));
        assertThrows(AmountOutOfBoundsException.class, () -> Money.of(CNY, new BigDecimal("1E-13")));
        assertThrows(AmountOutOfBoundsException.class, () -> Money.of(CNY, largest).plus(Money.of(CNY, 1)));
        assertNotEquals(Money.of(CNY, largest), Money.of(CNY, largest.subtract(BigDecimal.ONE)));
    }
}
