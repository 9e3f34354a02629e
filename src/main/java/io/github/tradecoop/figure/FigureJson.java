package io.github.tradecoop.figure;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.tradecoop.money.Currencies;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.money.internal.Decimals;
import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of reported figures, shared by Jackson 2 and 3 through {@code @JsonValue}
 * and {@code @JsonCreator} methods (properties for the object, delegating for the string): an object
 * {@code {"currency":"CNY","value":"13600000000","resolution":"100000000","qualifier":"EXACT"}}
 * with decimals as strings, or on input a string that {@code FigureFormat.english()} reads.
 */
final class FigureJson {


    private FigureJson() {
    }

    /**
     * The object written for a figure, in a fixed key order, currency first and only for
     * amounts. A record rather than a map: Jackson writes a bean with known property types
     * without looking up a serializer for every value.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"currency", "value", "resolution", "qualifier"})
    record Written(@JsonProperty("currency") @Nullable String currency, @JsonProperty("value") String value,
            @JsonProperty("resolution") String resolution, @JsonProperty("qualifier") String qualifier) {
        // Explicit names: written whatever visibility rules an application's own mapper has.
    }

    /** The object written for a figure; {@code currency} is null for counts and percentages. */
    static Written write(@Nullable Currency currency, Figure figure) {
        return new Written(currency == null ? null : currency.getCurrencyCode(), figure.value().toPlainString(),
                figure.resolution().toPlainString(), figure.qualifier().name());
    }

    /** The figure of a JSON object's properties; only {@code value} is required. */
    static Figure figure(String value, String resolution, Qualifier qualifier) {
        if (value == null) {
            throw new IllegalArgumentException("required property \"value\" is missing or null");
        }
        Qualifier q = qualifier == null ? Qualifier.EXACT : qualifier;
        BigDecimal stated = decimal(value, "value");
        return resolution == null ? Figure.stated(stated, q) : Figure.of(stated, decimal(resolution, "resolution"), q);
    }

    /** The currency of a reported amount's object, an ISO code or an alias. */
    static Currency currency(String code) {
        if (code == null) {
            throw new IllegalArgumentException("required property \"currency\" is missing or null");
        }
        return Currencies.of(code);
    }

    private static BigDecimal decimal(String text, String key) {
        BigDecimal decimal = plainDecimal(text);
        if (decimal == null) {
            throw new IllegalArgumentException("\"" + key + "\" must be a plain decimal such as \"13600000000\" or \"0.1\","
                    + " not " + Decimals.quote(text));
        }
        if (decimal.scale() > Money.MAX_SCALE) {
            // As written, not after dropping trailing zeros: the written digits state the resolution.
            throw new IllegalArgumentException("\"" + key + "\" has more than " + Money.MAX_SCALE + " decimal places: "
                    + Decimals.quote(text));
        }
        return decimal;
    }

    /**
     * Reads {@code -?digits(.digits)?}, at most 40 digits on each side, or returns null.
     * Hand-written, as it runs for every figure read: it checks and reads in one pass, and
     * builds a number of up to 18 digits from a {@code long} instead of re-reading the text.
     */
    static @Nullable BigDecimal plainDecimal(String text) {
        int length = text.length();
        int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int start = i;
        long unscaled = 0;
        int point = -1;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');  // may overflow past 18 digits; not used then
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return null;
            }
        }
        int integerDigits = (point < 0 ? length : point) - start;
        int fractionDigits = point < 0 ? 0 : length - point - 1;
        if (integerDigits == 0 || integerDigits > 40 || (point >= 0 && (fractionDigits == 0 || fractionDigits > 40))) {
            return null;
        }
        if (integerDigits + fractionDigits > 18) {
            return new BigDecimal(text);
        }
        return BigDecimal.valueOf(start == 1 ? -unscaled : unscaled, fractionDigits);
    }
}
