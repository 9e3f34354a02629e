package io.github.tradecoop.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.tradecoop.validation.internal.SlugValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is an identifier of lower-case letters and digits separated by single
 * hyphens, at most 100 characters: {@code shenyang-2024}. {@code null} is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
// The validator is named here but not exported: applications use the annotation only.
@SuppressWarnings("exports")
@Constraint(validatedBy = {SlugValidator.class})
public @interface Slug {

    /**
     * The message template; the default is the library's own, in English, Chinese and Russian.
     *
     * @return the template
     */
    String message() default "{io.github.tradecoop.validation.Slug.message}";

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
