/**
 * Trade figures reported for areas and periods: flows between a reporter and a partner
 * ("Shenyang's exports to Russia in 2023: RMB 3.15 billion, +51.9%") and other indicators
 * ("122 Russia-invested enterprises approved"), gathered in
 * {@link io.github.tradecoop.trade.TradeStatistics}.
 *
 * <p>Records follow the conventions of the event model: required components checked at
 * construction, collections copied, optional components nullable and documented, built with
 * {@code of(...)} and {@code with…}. Sources are the event model's
 * {@link io.github.tradecoop.event.Source}.
 *
 * @serial exclude
 */
@NullMarked
package io.github.tradecoop.trade;

import org.jspecify.annotations.NullMarked;
