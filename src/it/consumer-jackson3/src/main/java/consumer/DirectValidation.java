package consumer;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Hibernate Validator used directly, without Expression Language, as docs/validation.md shows. */
public final class DirectValidation {

    private DirectValidation() {
    }

    public static ValidatorFactory factory() {
        // tag::interpolator[]
        return Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())   // org.hibernate.validator.messageinterpolation
                .buildValidatorFactory();
        // end::interpolator[]
    }

    public static Validator validator(ValidatorFactory factory) {
        return factory.getValidator();
    }
}
