package io.github.tradecoop.figure;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One end of a range in the extended reals: a finite value or an infinity of a sign,
 * and whether it is attained. An infinite end's value is zero and never read.
 */
record End(BigDecimal value, int infinitySign, boolean inclusive) {

    static End infinity(int sign) {
        return new End(BigDecimal.ZERO, sign, false);
    }

    boolean infinite() {
        return infinitySign != 0;
    }

    static End lowerOf(Range r) {
        return r.lower().map(l -> new End(l, 0, r.isLowerInclusive())).orElseGet(() -> infinity(-1));
    }

    static End upperOf(Range r) {
        return r.upper().map(u -> new End(u, 0, r.isUpperInclusive())).orElseGet(() -> infinity(1));
    }

    int sign() {
        return infinite() ? infinitySign : value.signum();
    }

    /**
     * The product of two ends. A product is attained if both factors are, or if one
     * factor is an attained zero (zero times anything is zero); zero times an infinity
     * counts as zero, the limit the other corners of the box already bound.
     */
    End times(End other) {
        boolean attainedZero = !infinite() && value.signum() == 0 && inclusive
                || !other.infinite() && other.value.signum() == 0 && other.inclusive;
        if (infinite() || other.infinite()) {
            int sign = sign() * other.sign();
            return sign == 0 ? new End(BigDecimal.ZERO, 0, attainedZero) : infinity(sign);
        }
        return new End(value.multiply(other.value), 0, inclusive && other.inclusive || attainedZero);
    }

    /** 1/x of one end, rounded outwards: down for the new lower end, up for the upper. */
    static End reciprocalOf(@Nullable BigDecimal end, boolean inclusive, boolean negativeSide, boolean newLower) {
        if (end == null) {
            return new End(BigDecimal.ZERO, 0, false);
        }
        if (end.signum() == 0) {
            return infinity(negativeSide ? -1 : 1);
        }
        BigDecimal rounded = BigDecimal.ONE.divide(end, newLower ? Range.FLOOR : Range.CEILING);
        boolean exact = rounded.multiply(end).compareTo(BigDecimal.ONE) == 0;
        return new End(rounded, 0, inclusive || !exact);
    }

    int compareTo(End other) {
        if (infinite() || other.infinite()) {
            return Integer.compare(infinite() ? infinitySign : 0, other.infinite() ? other.infinitySign : 0);
        }
        return value.compareTo(other.value);
    }

    static End lesser(End a, End b) {
        int order = a.compareTo(b);
        if (order == 0) {
            return new End(a.value, a.infinitySign, a.inclusive || b.inclusive);
        }
        return order < 0 ? a : b;
    }

    static End greater(End a, End b) {
        int order = a.compareTo(b);
        if (order == 0) {
            return new End(a.value, a.infinitySign, a.inclusive || b.inclusive);
        }
        return order > 0 ? a : b;
    }
}
