package io.github.tradecoop.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.money.CurrencyMismatchException;
import io.github.tradecoop.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money as it was reported: a currency and a {@link Figure}.
 *
 * <p>"RMB 13.6 billion" has {@link #value()} CNY 13600000000, resolution 100000000 and
 * {@link #bounds()} [13550000000, 13650000000]. Sums of reported amounts are
 * {@link Range}s ({@link #total(Currency, Iterable)}), not {@link Money}: adding two
 * rounded figures gives a range, not a number.
 *
 * @param currency the currency
 * @param figure   the figure, in units of the currency
 */
public record ReportedAmount(Currency currency, Figure figure) implements java.io.Serializable {

    /**
     * Creates a reported amount. Its value is always a valid {@link Money}: a figure's bounds
     * are Money's.
     *
     * @param currency the currency
     * @param figure the figure, in units of the currency
     */
    public ReportedAmount {
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(figure, "figure must not be null");
    }

    /**
     * Obtains a reported amount from a currency and a figure.
     *
     * @param currency the currency
     * @param figure   the figure
     * @return the amount
     */
    public static ReportedAmount of(Currency currency, Figure figure) {
        return new ReportedAmount(currency, figure);
    }

    /**
     * Obtains an unqualified amount stated to a resolution:
     * {@code of(Money.of("CNY", 13_600_000_000L), new BigDecimal("100000000"))} is "RMB 13.6 billion".
     *
     * @param value      the stated value
     * @param resolution the unit of the last stated digit, a power of ten
     * @return the amount
     */
    public static ReportedAmount of(Money value, BigDecimal resolution) {
        return of(value, resolution, Qualifier.EXACT);
    }

    /**
     * Obtains an amount stated to a resolution, with a qualifier.
     *
     * @param value      the stated value
     * @param resolution the unit of the last stated digit, a power of ten
     * @param qualifier  the qualifier
     * @return the amount
     */
    public static ReportedAmount of(Money value, BigDecimal resolution, Qualifier qualifier) {
        Objects.requireNonNull(value, "value must not be null");
        return new ReportedAmount(value.currency(), Figure.of(value.amount(), resolution, qualifier));
    }

    /**
     * Obtains an unqualified amount stated to its last digit: CNY 910000000 has resolution 1.
     *
     * @param value the amount
     * @return the amount
     */
    public static ReportedAmount exactly(Money value) {
        Objects.requireNonNull(value, "value must not be null");
        return new ReportedAmount(value.currency(), Figure.exactly(value.amount()));
    }

    /**
     * Obtains "more than {@code value}".
     *
     * @param value the amount exceeded
     * @return the amount
     */
    public static ReportedAmount moreThan(Money value) {
        Objects.requireNonNull(value, "value must not be null");
        return new ReportedAmount(value.currency(), Figure.stated(value.amount(), Qualifier.MORE_THAN));
    }

    /**
     * Reads an amount in English, as {@link FigureFormat#english()} does:
     * "RMB 13.6 billion", "13.6 billion yuan", "US$3.15 billion", "CNY 13.6 billion".
     *
     * @param text the text
     * @return the amount
     * @throws io.github.tradecoop.format.FigureParseException if the text is not an amount
     */
    public static ReportedAmount parse(String text) {
        return FigureFormat.english().parseAmount(text);
    }

    /**
     * Returns the range spanned by the sum of reported amounts, all in {@code currency}.
     *
     * @param currency the currency
     * @param amounts  the amounts; none may be null
     * @return the range of the sum; {@code [0, 0]} if there are none
     * @throws CurrencyMismatchException if an amount is in another currency
     */
    public static Range total(Currency currency, Iterable<ReportedAmount> amounts) {
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(amounts, "amounts must not be null");
        Range sum = Range.singleton(BigDecimal.ZERO);
        int index = 0;
        for (ReportedAmount amount : amounts) {
            if (amount == null) {
                throw new NullPointerException("amounts[" + index + "] must not be null");
            }
            if (!amount.currency.equals(currency)) {
                throw new CurrencyMismatchException(currency, amount.currency);
            }
            sum = sum.plus(amount.bounds());
            index++;
        }
        return sum;
    }

    /**
     * Returns the stated value as money.
     *
     * @return e.g. CNY 13600000000 for "RMB 13.6 billion"
     */
    public Money value() {
        return Money.of(currency, figure.value());
    }

    /**
     * Returns the qualifier.
     *
     * @return the qualifier
     */
    public Qualifier qualifier() {
        return figure.qualifier();
    }

    /**
     * Returns the unit of the last stated digit, in units of the currency.
     *
     * @return e.g. 100000000 for "RMB 13.6 billion"
     */
    public BigDecimal resolution() {
        return figure.resolution();
    }

    /**
     * Tells whether an exact amount is what this report states, within its rounding and
     * qualifier: whether {@link #bounds()} contains it. "RMB 13.6 billion" admits every amount
     * from CNY 13,550,000,000 to CNY 13,650,000,000, both included; "more than RMB 20 billion"
     * every amount above CNY 20,000,000,000.
     *
     * @param actual the exact amount, such as a sum of itemised values
     * @return whether the report is consistent with it
     * @throws CurrencyMismatchException if the amount is in another currency
     */
    public boolean admits(Money actual) {
        Objects.requireNonNull(actual, "actual must not be null");
        if (!actual.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, actual.currency());
        }
        return bounds().contains(actual.amount());
    }

    /**
     * Returns the range of amounts, in units of the currency, this report is consistent with.
     *
     * @return e.g. [13550000000, 13650000000] for "RMB 13.6 billion"
     */
    public Range bounds() {
        return figure.bounds();
    }

    /**
     * Prints the amount in English with the ISO code, which {@link #parse(String)} reads
     * back: {@code "CNY 13.6 billion"}, {@code "more than USD 5 million"}.
     */
    @Override
    public String toString() {
        return FigureFormat.english().withCurrencyStyle(FigureFormat.CurrencyStyle.CODE).format(this);
    }

    /** The JSON object: currency, value, resolution and qualifier, decimals as strings. */
    @JsonValue
    private FigureJson.Written toJson() {
        return FigureJson.write(currency, figure);
    }

    /** Reads a string such as {@code "CNY 13.6 billion"}, as {@link #parse(String)} does. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static ReportedAmount fromJson(String text) {
        return parse(text);
    }

    /** Reads the JSON object; {@code resolution} and {@code qualifier} may be left out. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    private static ReportedAmount fromJson(@JsonProperty("currency") String currency, @JsonProperty("value") String value,
            @JsonProperty("resolution") String resolution, @JsonProperty("qualifier") Qualifier qualifier) {
        return new ReportedAmount(FigureJson.currency(currency), FigureJson.figure(value, resolution, qualifier));
    }
}
