package io.github.tradecoop.validation.internal;

import io.github.tradecoop.validation.LanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** Checks {@link LanguageTag}: a tag that {@link Locale.Builder} accepts, with a language. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {

    /** Creates the validator; Bean Validation does this. */
    public LanguageTagValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            return value.length() <= 35 && !new Locale.Builder().setLanguageTag(value).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
