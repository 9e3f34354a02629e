package io.github.tradecoop.validation.internal;

import io.github.tradecoop.validation.CountryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

/** Checks {@link CountryCode}: one of the JDK's ISO 3166-1 alpha-2 codes. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    /** Creates the validator; Bean Validation does this. */
    public CountryCodeValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CODES.contains(value);
    }
}
