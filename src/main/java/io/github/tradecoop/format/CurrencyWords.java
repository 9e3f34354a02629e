package io.github.tradecoop.format;

import io.github.tradecoop.money.Currencies;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds a currency in folded text: a lexicon word ("US$", "人民币", "ам. долл."), any ISO 4217
 * code, or an ambiguous symbol ("$", "¥") that the format's default currency resolves.
 */
final class CurrencyWords {

    /** Every ISO 4217 code the JDK knows, folded. */
    private static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(c -> c.getCurrencyCode().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /**
     * The currencies whose unit Chinese calls 元, as the renminbi's is: in a report from Taiwan, Hong
     * Kong or Macau, "460亿元" is in New Taiwan dollars, Hong Kong dollars or patacas.
     */
    static final Set<Currency> YUAN_UNITS = Set.of(Currency.getInstance("TWD"), Currency.getInstance("HKD"),
            Currency.getInstance("MOP"));

    /** Match value standing for an ISO code rather than a lexicon word. */
    private static final int ISO = Integer.MAX_VALUE;

    private final Lexicon lexicon;
    private final @Nullable Currency defaultCurrency;
    /** The currency of an ambiguous symbol that {@link #defaultCurrency} is no meaning of, if it is one; null if none. */
    private final @Nullable Currency fallbackCurrency;
    /** The text as written while finding figures in it, where a code must be in capitals ("TOP" but not "top"). */
    private final @Nullable CharSequence original;

    CurrencyWords(Lexicon lexicon, @Nullable Currency defaultCurrency, @Nullable Currency fallbackCurrency,
            @Nullable CharSequence original) {
        this.lexicon = lexicon;
        this.defaultCurrency = defaultCurrency;
        this.fallbackCurrency = fallbackCurrency;
        this.original = original;
    }

    /** The currency word or code at {@code at}, as a {@link PhraseTrie} match, or {@link PhraseTrie#NONE}. */
    long read(char[] text, int at, int limit) {
        long match = lexicon.currencies.longest(text, at, limit);
        if (match != PhraseTrie.NONE && (PhraseTrie.end(match) - at > 1 || !Text.isWordLetter(text[at])
                || isSingleLetterAmount(text, PhraseTrie.end(match), limit))) {
            return match;
        }
        if (isIsoCode(text, at, limit, original)) {
            return (long) (at + 3) << 32 | ISO;
        }
        return PhraseTrie.NONE;
    }

    /** Whether a match of {@link #read} is an ISO 4217 code written in capitals. */
    boolean isIsoMatch(long match) {
        return match != PhraseTrie.NONE && (int) match == ISO;
    }

    /** The currency a match of {@link #read} stands for. */
    Currency currency(long match, char[] text, int at) {
        if ((int) match == ISO) {
            return Currency.getInstance(new String(text, at, 3).toUpperCase(Locale.ROOT));
        }
        Lexicon.CurrencyWord word = lexicon.currencies.value(match);
        if (word.currency() != null) {
            return defaultCurrency != null && YUAN_UNITS.contains(defaultCurrency) && isBareYuan(match)
                    ? defaultCurrency : word.currency();
        }
        if (defaultCurrency == null) {
            throw new ParseStop("\"" + word.symbol() + "\" is ambiguous; write an ISO code or set a default"
                    + " currency with FigureFormat.withDefaultCurrency", at);
        }
        String symbol = Objects.requireNonNull(word.symbol());   // a word without its currency is a symbol
        try {
            return Currencies.of(symbol, defaultCurrency);
        } catch (IllegalArgumentException notOneOfItsMeanings) {
            if (fallbackCurrency != null && !fallbackCurrency.equals(defaultCurrency)) {
                try {
                    return Currencies.of(symbol, fallbackCurrency);   // "$" in a Kenyan report read with KES for "Sh"
                } catch (IllegalArgumentException notThatEither) {
                    // the message names the default asked for
                }
            }
            throw new ParseStop(String.valueOf(notOneOfItsMeanings.getMessage()), at);
        }
    }

    /**
     * Whether a one-letter currency ("R" of the rand, "N" of the naira) stands before an amount:
     * digits joined to it with a separator and two digits or more ("R250,000", "R2.50") or a magnitude
     * after them ("R191.56 billion", "N18.804 trillion", "R2 bn", "R1.2 billion"), not a name or a code
     * such as "N95", "R2" or the hall "N1.2".
     */
    private boolean isSingleLetterAmount(char[] text, int at, int limit) {
        int pos = at;
        while (pos < limit && Text.isDigit(text[pos])) {
            pos++;
        }
        if (pos == at) {
            return false;
        }
        if (pos + 1 < limit && (text[pos] == '.' || text[pos] == ',') && Text.isDigit(text[pos + 1])) {
            int digits = pos + 1;
            while (digits < limit && Text.isDigit(text[digits])) {
                digits++;
            }
            if (digits - pos - 1 >= 2) {
                return true;   // "R250,000", "R2.50"; not the hall "N1.2", which may still have a magnitude after it
            }
            pos = digits;
        }
        while (pos < limit && Text.isSpace(text[pos])) {
            pos++;
        }
        return lexicon.magnitudes.longest(text, pos, limit) != PhraseTrie.NONE;
    }

    /** Whether a match is 元 alone, which names no country: "460亿元", not "人民币" or "美元". */
    boolean isBareYuan(long match) {
        return (int) match != ISO && "元".equals(lexicon.currencies.phrase(match));
    }

    /**
     * Skips an ambiguous symbol right after a currency word that it is one of the meanings of:
     * "港币$20,040", where "$" repeats the Hong Kong dollar.
     *
     * @return the position after the symbol, or {@code at} if none such follows
     */
    int sameSymbol(char[] text, int at, int limit, Currency currency) {
        long match = lexicon.currencies.longest(text, at, limit);
        if (match == PhraseTrie.NONE || lexicon.currencies.value(match).currency() != null) {
            return at;
        }
        try {
            Currencies.of(Objects.requireNonNull(lexicon.currencies.value(match).symbol()), currency);
            return PhraseTrie.end(match);
        } catch (IllegalArgumentException notItsMeaning) {
            return at;
        }
    }

    /** Whether an ISO 4217 code stands at {@code at}; in capitals in {@code original}, if given. */
    static boolean isIsoCode(char[] text, int at, int limit, @Nullable CharSequence original) {
        if (at + 3 > limit) {
            return false;
        }
        for (int i = at; i < at + 3; i++) {
            if (text[i] < 'a' || text[i] > 'z' || original != null && !Character.isUpperCase(original.charAt(i))) {
                return false;
            }
        }
        return (at + 3 == limit || !Text.isWordLetter(text[at + 3])) && ISO_CODES.contains(new String(text, at, 3));
    }
}
