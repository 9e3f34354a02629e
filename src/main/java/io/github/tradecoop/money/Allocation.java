package io.github.tradecoop.money;

import java.math.BigInteger;
import java.util.Objects;

/** Splitting a whole number of units by ratios so that the parts add up to it exactly: {@link Money#allocate}. */
final class Allocation {

    private Allocation() {
    }

    /**
     * Splits {@code units} (not negative) by {@code ratios}: each part gets its proportional share
     * rounded down, and the units left over go one each to the parts with a non-zero ratio, in order.
     *
     * @throws IllegalArgumentException if there are no ratios, a ratio is negative or all are zero
     */
    static BigInteger[] split(BigInteger units, int[] ratios) {
        Objects.requireNonNull(ratios, "ratios must not be null");
        if (ratios.length == 0) {
            throw new IllegalArgumentException("allocate needs at least one ratio");
        }
        long ratioSum = 0;
        for (int i = 0; i < ratios.length; i++) {
            if (ratios[i] < 0) {
                throw new IllegalArgumentException("ratios[" + i + "] must not be negative but was " + ratios[i]);
            }
            ratioSum += ratios[i];
        }
        if (ratioSum == 0) {
            throw new IllegalArgumentException("at least one ratio must be positive");
        }
        BigInteger sum = BigInteger.valueOf(ratioSum);
        BigInteger[] parts = new BigInteger[ratios.length];
        BigInteger remainder = units;
        for (int i = 0; i < ratios.length; i++) {
            parts[i] = units.multiply(BigInteger.valueOf(ratios[i])).divide(sum);
            remainder = remainder.subtract(parts[i]);
        }
        // Each non-zero ratio loses less than one unit to rounding down, so one pass suffices.
        for (int i = 0; i < ratios.length && remainder.signum() > 0; i++) {
            if (ratios[i] > 0) {
                parts[i] = parts[i].add(BigInteger.ONE);
                remainder = remainder.subtract(BigInteger.ONE);
            }
        }
        return parts;
    }
}
