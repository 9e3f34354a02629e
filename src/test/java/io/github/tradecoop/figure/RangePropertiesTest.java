package io.github.tradecoop.figure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Interval arithmetic is sound: operating on members gives a member of the result. */
class RangePropertiesTest {

    /** A point and a range that contains it, with closed, open and unbounded ends. */
    record Member(BigDecimal point, Range range) {
    }

    private static Gen<BigDecimal> decimals() {
        return longs().between(-1_000_000, 1_000_000).zip(integers().between(0, 4), BigDecimal::valueOf);
    }

    private static Gen<BigDecimal> widths() {
        return longs().between(0, 1_000_000).zip(integers().between(0, 4), BigDecimal::valueOf);
    }

    /** End kinds: 0 closed, 1 open, 2 unbounded; an open end needs a positive width. */
    private static Gen<Member> members() {
        Gen<Integer> endKind = arbitrary().pick(java.util.List.of(0, 0, 0, 1, 1, 2));
        return decimals().zip(widths(), widths(), endKind, endKind, (point, below, above, lowKind, highKind) -> {
            boolean lowOpen = lowKind == 1 && below.signum() > 0;
            boolean highOpen = highKind == 1 && above.signum() > 0;
            Range range = Range.of(lowKind == 2 ? null : point.subtract(below), !lowOpen,
                    highKind == 2 ? null : point.add(above), !highOpen);
            return new Member(point, range);
        });
    }

    /** A non-zero point in a range on its side of zero, which may end at an open zero. */
    private static Gen<Member> divisors() {
        Gen<Integer> percentBelow = arbitrary().pick(java.util.List.of(0, 0, 10, 50, 90, 100));
        Gen<Integer> highKind = arbitrary().pick(java.util.List.of(0, 0, 1, 2));
        return longs().between(1, 1_000_000).zip(integers().between(0, 4), percentBelow, widths(), highKind,
                (n, scale, below, above, kind) -> {
                    BigDecimal point = BigDecimal.valueOf(n, scale);
                    BigDecimal low = point.multiply(BigDecimal.valueOf(100 - below)).movePointLeft(2);
                    boolean highOpen = kind == 1 && above.signum() > 0;
                    Range range = Range.of(low, below == 0 || low.signum() > 0 && n % 2 == 0,
                            kind == 2 ? null : point.add(above), !highOpen);
                    return new Member(point, range);
                }).zip(arbitrary().pick(java.util.List.of(true, false)),
                        (m, negate) -> negate ? new Member(m.point().negate(), m.range().negated()) : m);
    }

    @Test
    void sumContainsTheSumsOfMembers() {
        qt().withExamples(5000).forAll(members(), members())
                .check((a, b) -> a.range().plus(b.range()).contains(a.point().add(b.point())));
    }

    @Test
    void differenceContainsTheDifferencesOfMembers() {
        qt().withExamples(5000).forAll(members(), members())
                .check((a, b) -> a.range().minus(b.range()).contains(a.point().subtract(b.point())));
    }

    @Test
    void productContainsTheProductsOfMembers() {
        qt().withExamples(5000).forAll(members(), members())
                .check((a, b) -> a.range().times(b.range()).contains(a.point().multiply(b.point())));
    }

    @Test
    void quotientContainsTheQuotientsOfMembers() {
        qt().withExamples(5000).forAll(members(), divisors())
                .check((a, b) -> {
                    Range quotient = a.range().dividedBy(b.range());
                    // a / b lies in the quotient iff a lies in quotient × b, which is computed exactly.
                    return quotient.times(Range.singleton(b.point())).contains(a.point());
                });
    }

    @Test
    void intersectionContainsExactlyTheCommonMembers() {
        qt().withExamples(3000).forAll(members(), members(), decimals())
                .check((a, b, x) -> a.range().intersection(b.range()).map(r -> r.contains(x)).orElse(false)
                        == (a.range().contains(x) && b.range().contains(x)));
    }

    @Test
    void toStringIsReadBackByParse() {
        qt().withExamples(2000).forAll(members()).check(m -> Range.parse(m.range().toString()).equals(m.range()));
    }

    @Test
    void aFiguresValueLiesWithinItsBoundsWhenItsQualifierIncludesIt() {
        Gen<Qualifier> including = arbitrary().pick(java.util.List.of(
                Qualifier.EXACT, Qualifier.ABOUT, Qualifier.AT_LEAST, Qualifier.UP_TO));
        qt().withExamples(3000).forAll(longs().between(1, 10_000_000), integers().between(-3, 9), including)
                .check((n, exponent, qualifier) -> {
                    Figure figure = Figure.stated(BigDecimal.valueOf(n).scaleByPowerOfTen(exponent), qualifier);
                    return figure.bounds().contains(figure.value());
                });
    }
}
