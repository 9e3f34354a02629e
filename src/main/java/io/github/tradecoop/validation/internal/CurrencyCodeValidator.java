package io.github.tradecoop.validation.internal;

import io.github.tradecoop.validation.CurrencyCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks {@link CurrencyCode}: one of the JDK's ISO 4217 codes. */
public final class CurrencyCodeValidator implements ConstraintValidator<CurrencyCode, String> {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /** Creates the validator; Bean Validation does this. */
    public CurrencyCodeValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CODES.contains(value);
    }
}
