package io.github.tradecoop.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.tradecoop.validation.internal.CountryCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is an ISO 3166-1 alpha-2 country code in upper case, such as {@code CN}
 * or {@code RU}. {@code null} is valid; combine with {@code @NotNull} to require a value.
 * Works on any {@code String} field, record component or type argument.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
// The validator is named here but not exported: applications use the annotation only.
@SuppressWarnings("exports")
@Constraint(validatedBy = {CountryCodeValidator.class})
public @interface CountryCode {

    /**
     * The message template; the default is the library's own, in English, Chinese and Russian.
     *
     * @return the template
     */
    String message() default "{io.github.tradecoop.validation.CountryCode.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
