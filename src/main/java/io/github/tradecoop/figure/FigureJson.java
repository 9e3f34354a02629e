package io.github.tradecoop.figure;

import io.github.tradecoop.money.Currencies;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON shape of reported figures, shared by Jackson 2 and 3 through
 * {@code @JsonValue} and delegating {@code @JsonCreator} methods: an object
 * {@code {"currency":"CNY","value":"13600000000","resolution":"100000000","qualifier":"EXACT"}}
 * with decimals as strings, or on input a string that {@code FigureFormat.english()} reads.
 */
final class FigureJson {

    private static final Set<String> FIGURE_KEYS = Set.of("value", "resolution", "qualifier");
    private static final Set<String> AMOUNT_KEYS = Set.of("currency", "value", "resolution", "qualifier");

    private FigureJson() {
    }

    /** The object written for a figure, in a fixed key order; currency first for amounts. */
    static Map<String, Object> write(Currency currency, Figure figure) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (currency != null) {
            json.put("currency", currency.getCurrencyCode());
        }
        json.put("value", figure.value().toPlainString());
        json.put("resolution", figure.resolution().toPlainString());
        json.put("qualifier", figure.qualifier().name());
        return json;
    }

    /** The figure of a JSON object; amounts also need {@code currency}. */
    static Figure readFigure(Map<?, ?> json, boolean amount) {
        Set<String> allowed = amount ? AMOUNT_KEYS : FIGURE_KEYS;
        for (Object key : json.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown property \"" + key + "\"; a " + (amount ? "reported amount" : "figure")
                        + " has " + String.join(", ", amount ? List.of("currency", "value", "resolution", "qualifier")
                                : List.of("value", "resolution", "qualifier")));
            }
        }
        String value = text(json, "value", true);
        String resolution = text(json, "resolution", false);
        String qualifierText = text(json, "qualifier", false);
        Qualifier qualifier;
        try {
            qualifier = qualifierText == null ? Qualifier.EXACT : Qualifier.valueOf(qualifierText);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown qualifier \"" + qualifierText + "\"; expected one of "
                    + List.of(Qualifier.values()));
        }
        BigDecimal stated = decimal(value, "value");
        return resolution == null ? Figure.stated(stated, qualifier)
                : Figure.of(stated, decimal(resolution, "resolution"), qualifier);
    }

    static Currency readCurrency(Map<?, ?> json) {
        String code = text(json, "currency", true);
        return Currencies.of(code);
    }

    /** Refuses anything but an object or a string, naming what was found. */
    static IllegalArgumentException wrongShape(Object json, String what, String example) {
        String found = json == null ? "null" : json instanceof Number ? "a number" : json instanceof Boolean ? "a boolean"
                : json instanceof List ? "an array" : "a " + json.getClass().getSimpleName();
        return new IllegalArgumentException(what + " must be an object or a string such as \"" + example
                + "\", not " + found);
    }

    private static String text(Map<?, ?> json, String key, boolean required) {
        Object value = json.get(key);
        if (value == null) {
            if (required || json.containsKey(key)) {
                throw new IllegalArgumentException("required property \"" + key + "\" is missing or null");
            }
            return null;
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("\"" + key + "\" must be a string (decimals are written as strings,"
                    + " e.g. \"13600000000\"), not " + (value instanceof Number ? "a number" : value.getClass().getSimpleName()));
        }
        return text;
    }

    private static BigDecimal decimal(String text, String key) {
        if (!isPlainDecimal(text)) {
            throw new IllegalArgumentException("\"" + key + "\" must be a plain decimal such as \"13600000000\" or \"0.1\","
                    + " not \"" + (text.length() > 50 ? text.substring(0, 47) + "..." : text) + "\"");
        }
        return new BigDecimal(text);
    }

    /** {@code -?digits(.digits)?}, at most 40 digits on each side; hand-written, as it runs for every figure read. */
    private static boolean isPlainDecimal(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int start = i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == start || i - start > 40) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fraction = ++i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i == text.length() && i > fraction && i - fraction <= 40;
    }
}
