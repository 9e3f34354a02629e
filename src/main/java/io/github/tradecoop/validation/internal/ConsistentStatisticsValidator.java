package io.github.tradecoop.validation.internal;

import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.trade.TradeStatistics;
import io.github.tradecoop.validation.Consistent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Consistent} on {@link TradeStatistics}. */
public final class ConsistentStatisticsValidator implements ConstraintValidator<Consistent, TradeStatistics> {

    /** Creates the validator; Bean Validation does this. */
    public ConsistentStatisticsValidator() {
    }

    @Override
    public boolean isValid(TradeStatistics statistics, ConstraintValidatorContext context) {
        return statistics == null || FindingViolations.report(Consistency.check(statistics), context);
    }
}
