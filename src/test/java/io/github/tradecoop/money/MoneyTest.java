package io.github.tradecoop.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency RUB = Currency.getInstance("RUB");

    @Test
    void aliasCanonicalAndScaledFormsAreEqualWithEqualHashCodes() {
        Money byAlias = Money.of("RMB", "13600000000");
        Money parsed = Money.parse("CNY 13600000000");
        Money scaled = Money.of(CNY, new BigDecimal("13600000000.00"));

        assertEquals(byAlias, parsed);
        assertEquals(parsed, scaled);
        assertEquals(byAlias.hashCode(), scaled.hashCode());
        assertEquals(parsed.hashCode(), scaled.hashCode());
    }

    @Test
    void toStringIsIsoCodeSpaceAndPlainAmount() {
        assertEquals("CNY 13600000000", Money.of("RMB", "13600000000").toString());
        assertEquals("CNY 13600000000", Money.of(CNY, new BigDecimal("1.36E+10")).toString());
        assertEquals("RUB -0.5", Money.of(RUB, new BigDecimal("-0.500")).toString());
        assertEquals("CNY 0", Money.of(CNY, new BigDecimal("0.000")).toString());
    }

    @Test
    void amountIsCanonicalWithoutTrailingZerosOrNegativeScale() {
        assertEquals(new BigDecimal("13600000000"), Money.of(CNY, new BigDecimal("1.36E+10")).amount());
        assertEquals(0, Money.of(CNY, new BigDecimal("1.36E+10")).amount().scale());
        assertEquals(new BigDecimal("4.5"), Money.of(CNY, "4.50").amount());
    }

    @Test
    void parseReadsBackToString() {
        Money money = Money.of(RUB, "-1234.5678");
        assertEquals(money, Money.parse(money.toString()));
    }

    @Test
    void parseAcceptsTrailingZerosInTheAmount() {
        assertEquals(Money.of(CNY, 13_600_000_000L), Money.parse("CNY 13600000000.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CN", "cny 1", "CNY", "CNY1", "CNY  1", "CNY 1.", "CNY .5", "CNY 1e10",
            "CNY +1", "CNY 1,000", "CNY 1 ", "QQQ 1", "CNY 1.2.3", "CNY -"})
    void parseRejectsNonCanonicalText(String text) {
        MoneyParseException e = assertThrows(MoneyParseException.class, () -> Money.parse(text));
        assertEquals(text, e.input());
        assertTrue(e.index() >= 0 && e.index() <= text.length(), "index within the input: " + e.index());
    }

    @Test
    void parseReportsTheIndexOfTheFirstUnreadableCharacter() {
        assertEquals(7, assertThrows(MoneyParseException.class, () -> Money.parse("CNY 136x00")).index());
        assertEquals(3, assertThrows(MoneyParseException.class, () -> Money.parse("CNY-1")).index());
        assertEquals(0, assertThrows(MoneyParseException.class, () -> Money.parse("cny 1")).index());
        assertEquals(6, assertThrows(MoneyParseException.class, () -> Money.parse("CNY 1.")).index());
    }

    @Test
    void plusAndMinusAreExact() {
        Money exports = Money.of("RMB", "3150000000");
        Money imports = Money.of("RMB", "910000000");
        assertEquals(Money.of("CNY", "4060000000"), exports.plus(imports));
        assertEquals(Money.of("CNY", "2240000000"), exports.minus(imports));
        assertEquals(Money.of("CNY", "0.3"), Money.of("CNY", "0.1").plus(Money.of("CNY", "0.2")));
    }

    @Test
    void mixingCurrenciesThrowsCurrencyMismatch() {
        Money yuan = Money.of(CNY, 1);
        Money roubles = Money.of(RUB, 1);
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> yuan.plus(roubles));
        assertEquals(CNY, e.expected());
        assertEquals(RUB, e.actual());
        assertThrows(CurrencyMismatchException.class, () -> yuan.minus(roubles));
        assertThrows(CurrencyMismatchException.class, () -> yuan.compareTo(roubles));
        assertThrows(CurrencyMismatchException.class, () -> Money.total(CNY, List.of(yuan, roubles)));
    }

    @Test
    void totalOfNothingIsZeroInThatCurrency() {
        assertEquals(Money.zero(RUB), Money.total(RUB, List.of()));
        assertTrue(Money.total(RUB, List.of()).isZero());
    }

    @Test
    void totalAddsEveryAmount() {
        assertEquals(Money.of(CNY, 4_060_000_000L),
                Money.total(CNY, List.of(Money.of(CNY, 3_150_000_000L), Money.of(CNY, 910_000_000L))));
    }

    @Test
    void totalNamesTheNullElement() {
        List<Money> amounts = java.util.Arrays.asList(Money.of(CNY, 1), null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> Money.total(CNY, amounts));
        assertEquals("amounts[1] must not be null", e.getMessage());
    }

    @Test
    void multipliedByIsExact() {
        assertEquals(Money.of(CNY, "4.5"), Money.of(CNY, 3).multipliedBy(new BigDecimal("1.5")));
        assertEquals(Money.of(CNY, -6), Money.of(CNY, 3).multipliedBy(-2));
    }

    @Test
    void multipliedByWithRoundingRoundsToTheMinorUnit() {
        assertEquals(Money.of(CNY, "0.33"),
                Money.of(CNY, 1).multipliedBy(new BigDecimal("0.333333"), RoundingMode.HALF_EVEN));
    }

    @Test
    void exactProductWithTooManyDecimalsIsRefusedNotRounded() {
        Money cent = Money.of(CNY, "0.000001");
        assertThrows(AmountOutOfBoundsException.class, () -> cent.multipliedBy(new BigDecimal("0.0000001")));
    }

    @Test
    void dividedByRoundsAsTheCallerSays() {
        assertEquals(Money.of(CNY, "33.33"), Money.of(CNY, 100).dividedBy(3, RoundingMode.DOWN));
        assertEquals(Money.of(CNY, "33.34"), Money.of(CNY, 100).dividedBy(3, RoundingMode.UP));
    }

    @Test
    void dividedByZeroOrInexactUnnecessaryIsAnIllegalArgumentNotArithmetic() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> Money.of(CNY, 1).dividedBy(0, RoundingMode.HALF_UP));
        assertTrue(zero.getMessage().contains("zero"), zero.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Money.of(CNY, 1).dividedBy(3, RoundingMode.UNNECESSARY));
    }

    @Test
    void signPredicatesAndAbs() {
        Money minus = Money.of(CNY, -5);
        assertTrue(minus.isNegative());
        assertFalse(minus.isPositive());
        assertEquals(-1, minus.signum());
        assertEquals(Money.of(CNY, 5), minus.abs());
        assertEquals(Money.of(CNY, 5), minus.negated());
        Money five = Money.of(CNY, 5);
        assertSame(five, five.abs());
        assertTrue(five.isGreaterThan(minus));
        assertTrue(minus.isLessThan(five));
    }

    @Test
    void hugeExponentsAreRefusedAtConstruction() {
        AmountOutOfBoundsException e = assertThrows(AmountOutOfBoundsException.class,
                () -> Money.of(CNY, new BigDecimal("1e1000000000")));
        assertTrue(e.getMessage().contains("10^21"), e.getMessage());
        assertThrows(AmountOutOfBoundsException.class, () -> Money.of(CNY, new BigDecimal("1e21")));
        assertThrows(AmountOutOfBoundsException.class, () -> Money.of(CNY, new BigDecimal("-1e21")));
        assertThrows(AmountOutOfBoundsException.class, () -> Money.of(CNY, new BigDecimal("1e-13")));
    }

    @Test
    void largestAndFinestAmountsInsideTheBoundsAreAccepted() {
        assertEquals("999999999999999999999", Money.of(CNY, "999999999999999999999").amount().toPlainString());
        assertEquals("0.000000000001", Money.of(CNY, "0.000000000001").amount().toPlainString());
        assertEquals(Money.of(CNY, 1), Money.of(CNY, "1.0000000000000000"));
    }

    @Test
    void sumBeyondTheBoundsIsRefused() {
        Money big = Money.of(CNY, "900000000000000000000");
        assertThrows(AmountOutOfBoundsException.class, () -> big.plus(big));
    }

    @Test
    void overlongAmountTextIsRefusedBeforeConversion() {
        String digits = "1".repeat(5000);
        assertThrows(MoneyParseException.class, () -> Money.of(CNY, digits));
        assertThrows(MoneyParseException.class, () -> Money.parse("CNY " + digits));
    }

    @Test
    void unknownCurrencyInOfIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("ZZZ", "1"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("$", "1"));
    }

    @Test
    void nullComponentsAreNamed() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Money.of((Currency) null, "1"));
        assertEquals("currency must not be null", e.getMessage());
        assertThrows(NullPointerException.class, () -> Money.of(CNY, (BigDecimal) null));
    }

    @Test
    void allocateGivesTheRemainderToTheFirstParts() {
        assertEquals(List.of(Money.of(CNY, "33.34"), Money.of(CNY, "33.33"), Money.of(CNY, "33.33")),
                Money.of(CNY, 100).allocate(1, 1, 1));
    }

    @Test
    void allocateSplitsInProportion() {
        assertEquals(List.of(Money.of(CNY, 3_150_000_000L), Money.of(CNY, 910_000_000L)),
                Money.of(CNY, 4_060_000_000L).allocate(315, 91));
    }

    @Test
    void allocateNeverGivesAnythingToAZeroRatio() {
        assertEquals(List.of(Money.zero(CNY), Money.of(CNY, "0.01")), Money.of(CNY, "0.01").allocate(0, 5));
    }

    @Test
    void allocateUsesTheAmountsOwnScaleWhenFinerThanTheMinorUnit() {
        assertEquals(List.of(Money.of(CNY, "0.002"), Money.of(CNY, "0.001")), Money.of(CNY, "0.003").allocate(1, 1));
    }

    @Test
    void allocateOfANegativeAmountMirrorsThePositiveOne() {
        assertEquals(List.of(Money.of(CNY, "-33.34"), Money.of(CNY, "-33.33"), Money.of(CNY, "-33.33")),
                Money.of(CNY, -100).allocate(1, 1, 1));
    }

    @Test
    void allocateRejectsMeaninglessRatios() {
        Money hundred = Money.of(CNY, 100);
        assertThrows(IllegalArgumentException.class, hundred::allocate);
        assertThrows(IllegalArgumentException.class, () -> hundred.allocate(0, 0));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> hundred.allocate(1, -1));
        assertTrue(negative.getMessage().contains("ratios[1]"), negative.getMessage());
    }

    @Test
    void convertedToUsesTheRateAndRoundsToTheQuoteMinorUnit() {
        ExchangeRate cnyToRub = ExchangeRate.of("CNY", "RUB", "12.3456", LocalDate.of(2024, 1, 29));
        assertEquals(Money.of(RUB, "1234.56"), Money.of(CNY, 100).convertedTo(cnyToRub, RoundingMode.HALF_EVEN));
        assertEquals(Money.of(RUB, "12.35"), Money.of(CNY, 1).convertedTo(cnyToRub, RoundingMode.HALF_UP));
        assertEquals(Money.of(RUB, "12.34"), Money.of(CNY, 1).convertedTo(cnyToRub, RoundingMode.DOWN));
    }

    @Test
    void convertedToRefusesARateFromAnotherCurrency() {
        ExchangeRate rubToCny = ExchangeRate.of("RUB", "CNY", "0.081", LocalDate.of(2024, 1, 29));
        assertThrows(CurrencyMismatchException.class,
                () -> Money.of(CNY, 1).convertedTo(rubToCny, RoundingMode.HALF_EVEN));
    }

    @Test
    void moneyOfDifferentCurrenciesIsNotEqual() {
        assertNotEquals(Money.of(CNY, 1), Money.of(RUB, 1));
    }
}
