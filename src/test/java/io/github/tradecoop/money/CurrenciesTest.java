package io.github.tradecoop.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrenciesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "CNY|CNY", "cny|CNY", "RMB|CNY", "rmb|CNY", "yuan|CNY", "Yuan|CNY", "元|CNY", "人民币|CNY",
        "юань|CNY", "юаней|CNY", "юаня|CNY",
        "RUB|RUB", "ruble|RUB", "rubles|RUB", "rouble|RUB", "roubles|RUB", "руб.|RUB", "рублей|RUB", "₽|RUB",
        "USD|USD", "US$|USD", "U.S. dollar|USD", "U.S. dollars|USD", "доллар США|USD", "долларов США|USD",
        "美元|USD", "EUR|EUR", "€|EUR", "euro|EUR", "JPY|JPY"})
    void resolvesCodesAndAliases(String text, String code) {
        assertEquals(Currency.getInstance(code), Currencies.of(text));
        assertTrue(Currencies.isKnown(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$", "¥", "dollars", "lira", "Liras"})
    void ambiguousSymbolsAreRefusedWithTheirMeanings(String symbol) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Currencies.of(symbol));
        assertTrue(e.getMessage().contains("ambiguous"), e.getMessage());
        assertTrue(e.getMessage().contains("USD") || e.getMessage().contains("JPY") || e.getMessage().contains("TRY"),
                e.getMessage());
        assertTrue(Currencies.isAmbiguous(symbol));
        assertFalse(Currencies.isKnown(symbol));
    }

    @Test
    void ambiguousSymbolsResolveWithAnExplicitDefault() {
        Currency cny = Currency.getInstance("CNY");
        Currency usd = Currency.getInstance("USD");
        assertEquals(cny, Currencies.of("¥", cny));
        assertEquals(Currency.getInstance("JPY"), Currencies.of("¥", Currency.getInstance("JPY")));
        assertEquals(usd, Currencies.of("$", usd));
    }

    @Test
    void aDefaultThatIsNotAMeaningOfTheSymbolIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Currencies.of("¥", Currency.getInstance("EUR")));
        assertTrue(e.getMessage().contains("EUR"), e.getMessage());
    }

    @Test
    void aDefaultDoesNotOverrideAnUnambiguousAlias() {
        assertEquals(Currency.getInstance("RUB"), Currencies.of("рублей", Currency.getInstance("USD")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ZZZ", "bitcoin", " RMB", "RMB ", "CNYY"})
    void unknownTextIsRefusedWithWhatWouldHaveBeenAccepted(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Currencies.of(text));
        assertTrue(e.getMessage().contains("unknown currency"), e.getMessage());
        assertTrue(e.getMessage().contains("ISO 4217") && e.getMessage().contains("RMB"), e.getMessage());
    }

    @Test
    void aliasesAreListedWithTheirCurrency() {
        assertEquals(Currency.getInstance("CNY"), Currencies.aliases().get("人民币"));
        assertThrows(UnsupportedOperationException.class, () -> Currencies.aliases().put("x", null));
    }
}
