/**
 * Reading and writing reported figures in English, Chinese and Russian.
 *
 * <p>{@link io.github.tradecoop.format.FigureFormat} parses "RMB 13.6 billion",
 * "136亿元" and "13,6 млрд юаней" to the same {@link io.github.tradecoop.figure.ReportedAmount},
 * counts such as "more than one hundred" and "超过100", and percentages such as
 * "a year-on-year increase of 80.2%" and "同比增长80.2%". Parsing is strict: the whole
 * input must be read, and a {@link io.github.tradecoop.format.FigureParseException}
 * gives the index of the first character that could not be.
 */
@NullMarked
package io.github.tradecoop.format;

import org.jspecify.annotations.NullMarked;
