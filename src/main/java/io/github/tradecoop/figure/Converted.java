package io.github.tradecoop.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.money.internal.Decimals;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An amount as a report also states it in a second currency, with the rate the report gives for the
 * conversion if it gives one: "400.5 billion yuan (about 55.8 billion U.S. dollars)" is a
 * {@code ReportedAmount} in yuan with a {@code Converted} of about USD 55.8 billion.
 *
 * <p>The rate is a reported figure too: "7.18 yuan per dollar" is stated to its last written
 * digit, so it stands for every rate from 7.175 to 7.185. Write it with the digits the report
 * gives ({@code new BigDecimal("7.18")}, {@code "7.18"} in JSON); its scale is its rounding.
 *
 * @param amount the amount in the second currency, as reported
 * @param rate   units of the first currency per one unit of the second, as stated (its last digit is its
 *               rounding); {@code null} if the report gives no rate
 */
public record Converted(ReportedAmount amount, @Nullable BigDecimal rate)
        implements java.io.Serializable {

    /**
     * Checks the amount and the rate.
     *
     * @param amount the amount in the second currency, as reported
     * @param rate units of the first currency per one unit of the second, as stated; {@code null} if not stated
     * @throws IllegalArgumentException if the rate is not positive or beyond the bounds of {@code Money}
     */
    public Converted {
        Objects.requireNonNull(amount, "amount must not be null");
        if (rate != null) {
            rate = Decimals.bounded(rate, Money.MAX_INTEGER_DIGITS, Money.MAX_SCALE, "rate");
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("rate must be positive but was " + Decimals.describe(rate));
            }
        }
    }

    /**
     * Obtains an amount in a second currency without a stated rate.
     *
     * @param amount the amount, as reported
     * @return the converted amount
     */
    public static Converted of(ReportedAmount amount) {
        return new Converted(amount, null);
    }

    /**
     * Returns a copy with the rate the report gives.
     *
     * @param newRate units of the first currency per one unit of the second, as stated
     * @return the converted amount
     */
    public Converted withRate(@Nullable BigDecimal newRate) {
        return new Converted(amount, newRate);
    }

    /**
     * The rates this stated rate stands for: within half a unit of its last written digit.
     *
     * @return e.g. [7.175, 7.185] for 7.18; empty if no rate is stated
     */
    public Optional<Range> rateBounds() {
        if (rate == null) {
            return Optional.empty();
        }
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(rate.scale(), 0)).divide(BigDecimal.valueOf(2));
        return Optional.of(Range.closed(rate.subtract(half), rate.add(half)));
    }

    /**
     * The amounts in the first currency this amount and rate stand for: both roundings taken
     * together.
     *
     * @return the range; empty if no rate is stated
     */
    public Optional<Range> impliedOriginal() {
        return rateBounds().map(r -> amount.bounds().times(r));
    }

    /** The JSON object: the amount, and the rate as a plain decimal string, as every decimal in the format. */
    @JsonValue
    private Written toJson() {
        return new Written(amount, rate == null ? null : rate.toPlainString());
    }

    /** Reads the JSON object; the rate is text, read by the library's one reader of decimal text. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    private static Converted fromJson(@JsonProperty("amount") ReportedAmount amount, @JsonProperty("rate") @Nullable String rate) {
        if (amount == null) {
            throw new IllegalArgumentException("required property \"amount\" is missing or null");
        }
        return new Converted(amount, rate == null ? null : Decimals.parse(rate, Money.MAX_INTEGER_DIGITS, Money.MAX_SCALE, "rate"));
    }

    /** The JSON shape. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Written(@JsonProperty("amount") ReportedAmount amount, @JsonProperty("rate") @Nullable String rate) {
    }
}
