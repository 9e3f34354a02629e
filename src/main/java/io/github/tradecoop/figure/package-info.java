/**
 * Numbers as press releases report them, with their rounding and their qualifiers.
 *
 * <p>"RMB 13.6 billion" is not the number 13600000000: it is a figure stated to a
 * resolution of 0.1 billion, which means anything in [13.55, 13.65] billion. "More than
 * one hundred" means (100, ∞). A {@link io.github.tradecoop.figure.Figure} keeps the
 * stated value, its {@link io.github.tradecoop.figure.Figure#resolution() resolution} and
 * its {@link io.github.tradecoop.figure.Qualifier}, and
 * {@link io.github.tradecoop.figure.Figure#bounds()} turns them into a
 * {@link io.github.tradecoop.figure.Range}. Consistency checks compute with ranges, so
 * they never fail on honest rounding and never pass on a real inconsistency.
 *
 * <p>{@link io.github.tradecoop.figure.Count}, {@link io.github.tradecoop.figure.ReportedAmount}
 * and {@link io.github.tradecoop.figure.Percentage} are figures of people or projects, of
 * money, and of percentage points.
 *
 * @serial exclude
 */
@NullMarked
package io.github.tradecoop.figure;

import org.jspecify.annotations.NullMarked;
