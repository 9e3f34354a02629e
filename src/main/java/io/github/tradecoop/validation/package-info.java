/**
 * Bean Validation for the model and for users' own classes: every problem reported at once,
 * with its path, a stable code and a message in English, Chinese or Russian.
 *
 * <p>{@link io.github.tradecoop.validation.TradeValidator} runs Hibernate Validator with its
 * {@code ParameterMessageInterpolator}: no Expression Language is ever evaluated, and text from
 * the data never becomes part of a message template. The constraints
 * {@link io.github.tradecoop.validation.CountryCode}, {@link io.github.tradecoop.validation.CurrencyCode},
 * {@link io.github.tradecoop.validation.Slug}, {@link io.github.tradecoop.validation.LanguageTag},
 * {@link io.github.tradecoop.validation.HttpUrl} and {@link io.github.tradecoop.validation.PlausibleDate}
 * work on any class; {@link io.github.tradecoop.validation.Consistent} turns consistency findings
 * into violations. Messages come from the library's {@code ContributorValidationMessages}
 * bundles, so a user's own {@code ValidationMessages.properties} keeps working.
 *
 * @serial exclude
 */
@NullMarked
package io.github.tradecoop.validation;

import org.jspecify.annotations.NullMarked;
