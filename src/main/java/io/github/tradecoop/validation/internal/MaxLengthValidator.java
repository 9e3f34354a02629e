package io.github.tradecoop.validation.internal;

import io.github.tradecoop.validation.MaxLength;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MaxLength}. */
public final class MaxLengthValidator implements ConstraintValidator<MaxLength, String> {

    private int max;

    /** Creates the validator; Bean Validation does this. */
    public MaxLengthValidator() {
    }

    @Override
    public void initialize(MaxLength constraint) {
        max = constraint.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        // Characters as JSON Schema's maxLength counts them: code points, so a supplementary Han
        // character counts once, and the published schemas agree with this check.
        return value == null || value.length() <= max || value.codePointCount(0, value.length()) <= max;
    }
}
