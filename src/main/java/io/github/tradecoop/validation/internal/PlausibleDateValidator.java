package io.github.tradecoop.validation.internal;

import io.github.tradecoop.validation.PlausibleDate;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link PlausibleDate}. */
public final class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    private int minYear;
    private int maxYear;

    /** Creates the validator; Bean Validation does this. */
    public PlausibleDateValidator() {
    }

    @Override
    public void initialize(PlausibleDate constraint) {
        minYear = constraint.minYear();
        maxYear = constraint.maxYear();
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || value.getYear() >= minYear && value.getYear() <= maxYear;
    }
}
