package io.github.tradecoop.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 29);

    @Test
    void rateMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> ExchangeRate.of("CNY", "RUB", "0", DAY));
        assertThrows(IllegalArgumentException.class, () -> ExchangeRate.of("CNY", "RUB", "-1", DAY));
    }

    @Test
    void baseAndQuoteMustDiffer() {
        assertThrows(IllegalArgumentException.class, () -> ExchangeRate.of("CNY", "RMB", "1", DAY));
    }

    @Test
    void inverseSwapsTheCurrenciesAndKeepsDateAndSource() {
        ExchangeRate rate = ExchangeRate.of("CNY", "RUB", "12.5", DAY).withSource("PBOC");
        ExchangeRate inverse = rate.inverse();
        assertEquals(Currency.getInstance("RUB"), inverse.base());
        assertEquals(Currency.getInstance("CNY"), inverse.quote());
        assertEquals(0, new BigDecimal("0.08").compareTo(inverse.rate()));
        assertEquals(DAY, inverse.date());
        assertEquals("PBOC", inverse.source());
    }

    @Test
    void absurdRatesAreRefused() {
        Currency cny = Currency.getInstance("CNY");
        Currency rub = Currency.getInstance("RUB");
        assertThrows(AmountOutOfBoundsException.class,
                () -> ExchangeRate.of(cny, rub, new BigDecimal("1e1000000"), DAY));
    }
}
