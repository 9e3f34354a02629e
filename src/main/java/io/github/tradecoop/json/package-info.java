/**
 * One JSON format for fairs and trade statistics, read and written with Jackson 2 or
 * Jackson 3, strict and bounded.
 *
 * <p>The mapping is made of {@code com.fasterxml.jackson.annotation} annotations on the model,
 * which both Jackson versions read; this package holds the only code that uses a databind
 * API. {@link io.github.tradecoop.json.TradeJson} configures either version the same way and
 * turns every failure into a {@link io.github.tradecoop.json.TradeDataException} with a JSON
 * pointer, a line and a column. The format is documented in {@code docs/json-format.md}.
 */
@NullMarked
package io.github.tradecoop.json;

import org.jspecify.annotations.NullMarked;
