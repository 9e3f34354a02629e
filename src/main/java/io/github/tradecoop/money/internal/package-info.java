/**
 * Decimal text and decimal bounds, the one home the other packages share: exponents and
 * scales are refused before any expansion, and messages quote a bounded prefix of the input.
 * Not exported: a helper of the library, not API.
 */
@NullMarked
package io.github.tradecoop.money.internal;

import org.jspecify.annotations.NullMarked;
