/**
 * Exact amounts of money in one ISO 4217 currency.
 *
 * <p>{@link io.github.tradecoop.money.Money} is an immutable value modelled on
 * {@code java.time} and Joda-Money: {@code of}, {@code parse}, {@code plus},
 * {@code minus}, {@code multipliedBy}, {@code allocate}. Amounts are
 * {@link java.math.BigDecimal}s, never binary floating point, and are bounded
 * so that hostile input cannot create an astronomically large value.
 * {@link io.github.tradecoop.money.Currencies} reads the currency names that
 * press releases use in English, Chinese and Russian.
 *
 * @serial exclude
 */
@NullMarked
package io.github.tradecoop.money;

import org.jspecify.annotations.NullMarked;
