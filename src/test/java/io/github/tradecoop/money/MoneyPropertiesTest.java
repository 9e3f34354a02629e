package io.github.tradecoop.money;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of {@link Money}, checked over generated amounts. */
class MoneyPropertiesTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    /** Amounts up to 10^18 with 0 to 6 decimal places, negative ones included. */
    private static Gen<Money> money() {
        return longs().between(-1_000_000_000_000_000_000L, 1_000_000_000_000_000_000L)
                .zip(integers().between(0, 6), (unscaled, scale) -> Money.of(CNY, BigDecimal.valueOf(unscaled, scale)));
    }

    @Test
    void plusIsCommutative() {
        qt().withExamples(2000).forAll(money(), money())
                .check((a, b) -> a.plus(b).equals(b.plus(a)));
    }

    @Test
    void plusIsAssociative() {
        qt().withExamples(2000).forAll(money(), money(), money())
                .check((a, b, c) -> a.plus(b).plus(c).equals(a.plus(b.plus(c))));
    }

    @Test
    void minusUndoesPlus() {
        qt().withExamples(2000).forAll(money(), money())
                .check((a, b) -> a.plus(b).minus(b).equals(a));
    }

    @Test
    void parseOfToStringIsIdentity() {
        qt().withExamples(2000).forAll(money())
                .check(m -> Money.parse(m.toString()).equals(m));
    }

    @Test
    void equalAmountsOfDifferentScaleAreEqualWithEqualHashCodes() {
        qt().withExamples(1000).forAll(money(), integers().between(0, 5))
                .check((m, extra) -> {
                    Money rescaled = Money.of(CNY, m.amount().setScale(m.amount().scale() + extra));
                    return rescaled.equals(m) && rescaled.hashCode() == m.hashCode();
                });
    }

    @Test
    void allocationSumsExactlyToTheWhole() {
        Gen<int[]> ratios = lists().of(integers().between(0, 1000)).ofSizeBetween(1, 12)
                .assuming(list -> list.stream().anyMatch(r -> r > 0))
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray());
        qt().withExamples(2000).forAll(money(), ratios)
                .check((m, r) -> Money.total(CNY, m.allocate(r)).equals(m));
    }

    @Test
    void allocationWithEqualRatiosGivesPartsWithinOneUnitOfEachOther() {
        qt().withExamples(2000).forAll(money(), integers().between(1, 50))
                .check((m, n) -> {
                    int[] equal = new int[n];
                    Arrays.fill(equal, 1);
                    List<Money> parts = m.allocate(equal);
                    BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(2, m.amount().scale()));
                    BigDecimal max = parts.stream().map(Money::amount).reduce(BigDecimal::max).orElseThrow();
                    BigDecimal min = parts.stream().map(Money::amount).reduce(BigDecimal::min).orElseThrow();
                    return parts.size() == n && max.subtract(min).compareTo(unit) <= 0;
                });
    }

    @Test
    void allocationOfANegatedAmountIsTheNegatedAllocation() {
        qt().withExamples(500).forAll(money(), integers().between(1, 9), integers().between(1, 9))
                .check((m, r1, r2) -> {
                    List<Money> negatedParts = m.negated().allocate(r1, r2);
                    List<Money> parts = m.allocate(r1, r2);
                    return negatedParts.get(0).equals(parts.get(0).negated())
                            && negatedParts.get(1).equals(parts.get(1).negated());
                });
    }

    /** Any long with 0 to 12 decimal places: the compact form, up to its overflow edges. */
    private static Gen<Money> compactEdges() {
        return longs().all().zip(integers().between(0, 12), (unscaled, scale) -> Money.of(CNY, BigDecimal.valueOf(unscaled, scale)));
    }

    @Test
    void plusAndMinusAgreeWithBigDecimalAcrossTheLongRange() {
        qt().withExamples(5000).forAll(compactEdges(), compactEdges())
                .check((a, b) -> a.plus(b).amount().compareTo(a.amount().add(b.amount())) == 0
                        && a.minus(b).amount().compareTo(a.amount().subtract(b.amount())) == 0
                        && a.plus(b).equals(Money.of(CNY, a.amount().add(b.amount())))
                        && Integer.signum(a.compareTo(b)) == Integer.signum(a.amount().compareTo(b.amount())));
    }
}
