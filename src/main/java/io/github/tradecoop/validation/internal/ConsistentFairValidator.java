package io.github.tradecoop.validation.internal;

import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.validation.Consistent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Consistent} on a {@link TradeFair}. */
public final class ConsistentFairValidator implements ConstraintValidator<Consistent, TradeFair> {

    /** Creates the validator; Bean Validation does this. */
    public ConsistentFairValidator() {
    }

    @Override
    public boolean isValid(TradeFair fair, ConstraintValidatorContext context) {
        return fair == null || FindingViolations.report(Consistency.check(fair), context);
    }
}
