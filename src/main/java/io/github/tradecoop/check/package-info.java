/**
 * Consistency checks: figures compared with each other, declared aggregates with itemised
 * facts, and references with what they refer to.
 *
 * <p>{@link io.github.tradecoop.check.Consistency#check(io.github.tradecoop.event.TradeFair)} and
 * {@link io.github.tradecoop.check.Consistency#check(io.github.tradecoop.trade.TradeStatistics)}
 * return a {@link io.github.tradecoop.check.ConsistencyReport}. Every figure is compared
 * through its {@link io.github.tradecoop.figure.Range}: a stated figure is consistent with a
 * computed one when their ranges intersect, so honest rounding never raises a finding.
 *
 * @serial exclude
 */
@NullMarked
package io.github.tradecoop.check;

import org.jspecify.annotations.NullMarked;
