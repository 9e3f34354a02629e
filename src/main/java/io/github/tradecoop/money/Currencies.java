package io.github.tradecoop.money;

import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Resolves ISO 4217 codes and the currency names press releases use in English,
 * Chinese and Russian to {@link Currency}.
 *
 * <p>Matching ignores case ({@code "rmb"}, {@code "Yuan"}, {@code "cny"}) but nothing
 * else: the whole text must be a code or an alias. Symbols that several currencies
 * use ({@code $}, {@code ¥}, a bare "dollar", the shilling's {@code Sh}) are ambiguous and resolve only through
 * {@link #of(String, Currency)} with an explicit default.
 */
public final class Currencies {

    /** Aliases in their usual spelling, in the order error messages list them. */
    private static final Map<String, Currency> ALIASES;
    /** Aliases keyed by their case-folded spelling, for look-up. */
    private static final Map<String, Currency> BY_FOLDED_ALIAS;
    /** Spellings that several currencies share, with the currencies they may mean. */
    private static final Map<String, List<Currency>> AMBIGUOUS;

    static {
        Map<String, Currency> aliases = new LinkedHashMap<>();
        alias(aliases, "CNY", "RMB", "yuan", "renminbi", "Chinese yuan", "元", "人民币", "人民币元",
                "юань", "юаня", "юаней", "юанях", "юанями");
        alias(aliases, "RUB", "ruble", "rubles", "rouble", "roubles", "Russian ruble", "Russian rubles",
                "руб.", "руб", "рубль", "рубля", "рублей", "₽", "卢布");
        alias(aliases, "USD", "US$", "U.S. dollar", "U.S. dollars", "US dollar", "US dollars",
                "доллар США", "доллара США", "долларов США", "долл. США", "美元");
        alias(aliases, "EUR", "€", "euro", "euros", "евро", "欧元");
        ALIASES = Collections.unmodifiableMap(aliases);
        BY_FOLDED_ALIAS = aliases.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> fold(e.getKey()), Map.Entry::getValue));

        List<Currency> dollars = currencies("USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD");
        List<Currency> yen = currencies("CNY", "JPY");
        Map<String, List<Currency>> ambiguous = new LinkedHashMap<>();
        for (String s : List.of("$", "dollar", "dollars", "доллар", "доллара", "долларов")) {
            ambiguous.put(s, dollars);
        }
        ambiguous.put("¥", yen);
        // "Sh": Kenyan, Tanzanian and Ugandan papers all write it for their own shilling
        List<Currency> shillings = currencies("KES", "TZS", "UGX", "SOS");
        ambiguous.put("sh", shillings);
        ambiguous.put("shs", shillings);
        // "P": the Philippine peso ("P287.34 million") and the Botswana pula ("P60 million")
        ambiguous.put("p", currencies("PHP", "BWP"));
        // A bare "lira": the Turkish lira in most reports, but Lebanon and Syria call their pounds lira too
        List<Currency> liras = currencies("TRY", "LBP", "SYP");
        ambiguous.put("lira", liras);
        ambiguous.put("liras", liras);
        ambiguous.put("￥", yen);
        AMBIGUOUS = Collections.unmodifiableMap(ambiguous);
    }

    private Currencies() {
    }

    /**
     * Resolves an ISO 4217 code or an unambiguous alias.
     *
     * @param codeOrAlias a code such as {@code "CNY"} or an alias such as {@code "RMB"},
     *                    {@code "人民币"}, {@code "рублей"}, {@code "US$"}
     * @return the currency
     * @throws IllegalArgumentException if the text is unknown or ambiguous; the message
     *                                  says what would have been accepted
     */
    public static Currency of(String codeOrAlias) {
        Objects.requireNonNull(codeOrAlias, "codeOrAlias must not be null");
        Currency found = lookUp(codeOrAlias);
        if (found != null) {
            return found;
        }
        List<Currency> candidates = AMBIGUOUS.get(fold(codeOrAlias));
        if (candidates != null) {
            throw new IllegalArgumentException("ambiguous currency \"" + codeOrAlias + "\": it may mean "
                    + codes(candidates) + "; write an ISO 4217 code or pass a default currency");
        }
        throw unknown(codeOrAlias);
    }

    /**
     * Resolves a code or alias, reading an ambiguous symbol such as {@code $} or {@code ¥}
     * as {@code defaultCurrency} when that is one of the currencies it may mean.
     *
     * @param codeOrAlias     a code, an alias or an ambiguous symbol
     * @param defaultCurrency the currency an ambiguous symbol stands for in this context
     * @return the currency
     * @throws IllegalArgumentException if the text is unknown, or ambiguous and the
     *                                  default is not one of its meanings
     */
    public static Currency of(String codeOrAlias, Currency defaultCurrency) {
        Objects.requireNonNull(codeOrAlias, "codeOrAlias must not be null");
        Objects.requireNonNull(defaultCurrency, "defaultCurrency must not be null");
        Currency found = lookUp(codeOrAlias);
        if (found != null) {
            return found;
        }
        List<Currency> candidates = AMBIGUOUS.get(fold(codeOrAlias));
        if (candidates == null) {
            throw unknown(codeOrAlias);
        }
        if (!candidates.contains(defaultCurrency)) {
            throw new IllegalArgumentException("ambiguous currency \"" + codeOrAlias + "\" may mean "
                    + codes(candidates) + ", but the default " + defaultCurrency + " is not one of them");
        }
        return defaultCurrency;
    }

    /**
     * Tells whether the text is a code or an unambiguous alias.
     *
     * @param codeOrAlias the text to test
     * @return {@code true} if {@link #of(String)} would resolve it
     */
    public static boolean isKnown(String codeOrAlias) {
        return codeOrAlias != null && lookUp(codeOrAlias) != null;
    }

    /**
     * Tells whether the text is a symbol or word that several currencies share.
     *
     * @param text the text to test
     * @return {@code true} if it resolves only with a default currency
     */
    public static boolean isAmbiguous(String text) {
        return text != null && AMBIGUOUS.containsKey(fold(text));
    }

    /**
     * Returns every alias this class knows, in its usual spelling, with its currency.
     * ISO codes themselves are not listed; every ISO 4217 code is accepted.
     *
     * @return an unmodifiable map in a stable order
     */
    public static Map<String, Currency> aliases() {
        return ALIASES;
    }

    private static @Nullable Currency lookUp(String text) {
        if (isIsoCodeShape(text)) {
            try {
                return Currency.getInstance(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException notIso) {
                return BY_FOLDED_ALIAS.get(fold(text));
            }
        }
        return BY_FOLDED_ALIAS.get(fold(text));
    }

    private static boolean isIsoCodeShape(String text) {
        if (text.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException unknown(String text) {
        return new IllegalArgumentException("unknown currency \"" + text
                + "\": expected an ISO 4217 code such as CNY, RUB, USD or EUR, or one of the aliases "
                + String.join(", ", ALIASES.keySet()));
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String codes(List<Currency> currencies) {
        return currencies.stream().map(Currency::getCurrencyCode).collect(Collectors.joining(", "));
    }

    private static List<Currency> currencies(String... codes) {
        return java.util.Arrays.stream(codes).map(Currency::getInstance).toList();
    }

    private static void alias(Map<String, Currency> aliases, String code, String... spellings) {
        Currency currency = Currency.getInstance(code);
        for (String spelling : spellings) {
            aliases.put(spelling, currency);
        }
    }
}
