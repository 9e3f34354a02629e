/**
 * Trade fairs and what they are made of: the organisations that host them, who attended,
 * the projects signed there, the sessions held and who spoke, and where each fact came from.
 *
 * <p>{@link io.github.tradecoop.event.TradeFair} is the aggregate root. Every type is an
 * immutable record: required components are checked in the compact constructor,
 * collections are copied, and optional components are documented nullable components.
 * Records are built with a static {@code of(...)} taking the required components, then
 * {@code with…} methods for the rest, as in {@code java.time}. Organisations and sources are
 * held once by the fair and referred to by id; {@code io.github.tradecoop.check.Consistency}
 * reports references that do not resolve.
 *
 * @serial exclude
 */
@NullMarked
package io.github.tradecoop.event;

import org.jspecify.annotations.NullMarked;
