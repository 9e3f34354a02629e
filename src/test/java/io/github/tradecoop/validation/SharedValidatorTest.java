package io.github.tradecoop.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.json.TradeDataException;
import io.github.tradecoop.json.TradeJson;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** One shared default, validators of one's own that close, and an application's own validator. */
class SharedValidatorTest {

    /** An application's own class with the library's constraint. */
    record Invoice(@CurrencyCode String currency) {
    }

    @Test
    void theSharedValidatorIsOneAndOutlivesClose() {
        TradeValidator shared = TradeValidator.shared();
        assertSame(shared, TradeValidator.shared());
        shared.close();
        assertEquals(1, shared.validate(new Invoice("XYZ")).size());
    }

    @Test
    void aValidatorOfOnesOwnIsClosedWhenDone() {
        TradeValidator own;
        try (TradeValidator validator = TradeValidator.create()) {
            own = validator;
            assertEquals(1, validator.validate(new Invoice("XYZ")).size());
        }
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> own.validate(new Invoice("CNY")));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        own.close();   // closing twice does nothing
    }

    /** An application's validator, with its own message source: here, every message says where it came from. */
    private static Validator applicationValidator(ValidatorFactory[] holder) {
        MessageInterpolator ours = new ParameterMessageInterpolator();
        MessageInterpolator tagged = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return "app: " + ours.interpolate(template, context);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return "app: " + ours.interpolate(template, context, locale);
            }
        };
        holder[0] = Validation.byProvider(HibernateValidator.class).configure().messageInterpolator(tagged)
                .buildValidatorFactory();
        return holder[0].getValidator();
    }

    @Test
    void anApplicationsValidatorIsUsedWithItsMessagesAndLeftOpen() {
        ValidatorFactory[] factory = new ValidatorFactory[1];
        Validator application = applicationValidator(factory);
        try {
            TradeValidator wrapped = TradeValidator.using(application);
            List<Violation> violations = wrapped.validate(new Invoice("XYZ"));
            assertEquals(1, violations.size());
            assertEquals("currency", violations.get(0).path());
            assertTrue(violations.get(0).message().startsWith("app: "), violations.get(0).message());
            wrapped.close();
            assertEquals(1, application.validate(new Invoice("XYZ")).size());   // still open
        } finally {
            factory[0].close();
        }
    }

    @Test
    void tradeJsonValidatesWithTheValidatorItIsGiven() {
        ValidatorFactory[] factory = new ValidatorFactory[1];
        try {
            jakarta.validation.Validator validator = applicationValidator(factory);
            // tag::using[]
            TradeValidator tradeValidator = TradeValidator.using(validator);   // Spring's, with its message source
            TradeJson json = TradeJson.auto().withValidation(tradeValidator);
            // end::using[]
            TradeDataException e = assertThrows(TradeDataException.class, () -> json.read(
                    "{\"id\":\"expo\",\"name\":\"Expo\",\"startDate\":\"2024-05-17\",\"venue\":{\"city\":\"Harbin\","
                            + "\"country\":\"China\"}}", TradeFair.class));
            assertTrue(e.problems().get(0).message().startsWith("app: "), e.problems().get(0).message());
            assertEquals("/venue/country", e.problems().get(0).pointer());
        } finally {
            factory[0].close();
        }
    }
}
