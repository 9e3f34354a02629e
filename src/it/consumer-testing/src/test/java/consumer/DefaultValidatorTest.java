package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tradecoop.validation.CurrencyCode;
import io.github.tradecoop.validation.MaxLength;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Bean Validation's default factory, with an Expression Language implementation on the class path. */
class DefaultValidatorTest {

    record Offer(@CurrencyCode String currency, @MaxLength(5) String title) {
    }

    @Test
    void theLibrarysConstraintsInterpolateWithExpressionLanguage() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Map<String, String> byPath = new TreeMap<>();
            for (ConstraintViolation<Offer> v : factory.getValidator().validate(new Offer("XYZ", "a long title"))) {
                byPath.put(v.getPropertyPath().toString(), v.getMessage());
            }
            assertEquals(Map.of(
                    "currency", "must be an ISO 4217 currency code such as CNY or RUB",
                    "title", "must be at most 5 characters long"), byPath);
        }
    }
}
