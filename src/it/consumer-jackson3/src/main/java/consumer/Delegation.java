package consumer;

import io.github.tradecoop.validation.CountryCode;
import io.github.tradecoop.validation.CurrencyCode;
import jakarta.validation.constraints.NotBlank;

/** An application's own record, annotated with the library's constraints. */
public record Delegation(@NotBlank String name, @CountryCode String country, @CurrencyCode String currency) {
}
