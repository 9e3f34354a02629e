package io.github.tradecoop.validation.internal;

import io.github.tradecoop.validation.Slug;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link Slug}. */
public final class SlugValidator implements ConstraintValidator<Slug, String> {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Creates the validator; Bean Validation does this. */
    public SlugValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.length() <= 100 && SLUG.matcher(value).matches();
    }
}
