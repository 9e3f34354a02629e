package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.json.TradeJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The library's constraints under Hibernate Validator called directly, with no EL implementation present. */
class DirectValidationTest {

    @Test
    void ownRecordsAreCheckedWithTheLibrarysMessages() {
        try (ValidatorFactory factory = DirectValidation.factory()) {
            Validator validator = DirectValidation.validator(factory);
            Set<ConstraintViolation<Delegation>> violations = validator.validate(new Delegation("Moscow CCI", "Russia", "rub"));
            Map<String, String> byPath = new TreeMap<>();
            violations.forEach(v -> byPath.put(v.getPropertyPath().toString(), v.getMessage()));
            assertEquals(Map.of(
                    "country", "must be an ISO 3166-1 alpha-2 country code such as CN or RU",
                    "currency", "must be an ISO 4217 currency code such as CNY or RUB"), byPath);
            assertTrue(validator.validate(new Delegation("Moscow CCI", "RU", "RUB")).isEmpty());
        }
    }

    @Test
    void theLibrarysModelValidatesDirectly() {
        TradeFair fair = TradeJson.auto().read(Path.of(System.getProperty("seedJson")), TradeFair.class);
        try (ValidatorFactory factory = DirectValidation.factory()) {
            assertEquals(Set.of(), DirectValidation.validator(factory).validate(fair));
            TradeFair broken = fair.withVenue(fair.venue().withCountry("China"));
            Set<ConstraintViolation<TradeFair>> violations = DirectValidation.validator(factory).validate(broken);
            assertEquals(1, violations.size());
            assertEquals("venue.country", violations.iterator().next().getPropertyPath().toString());
        }
    }

    @Test
    void onlyApiPackagesAreExported() {
        Module library = TradeJson.class.getModule();
        if (library.isNamed()) {
            // The descriptor's exports are what code compiles against; an opened package also
            // counts as exported to reflection at run time, so Module.isExported would not tell.
            Set<String> exported = new java.util.TreeSet<>();
            library.getDescriptor().exports().forEach(e -> exported.add(e.source()));
            assertTrue(exported.contains("io.github.tradecoop.validation"), exported.toString());
            assertFalse(exported.contains("io.github.tradecoop.cli"), exported.toString());
            assertFalse(exported.contains("io.github.tradecoop.validation.internal"), exported.toString());
        }
    }
}
