package io.github.tradecoop.format;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes reported figures in one language: English, Chinese or Russian.
 *
 * <p>Immutable and thread-safe; obtain one with {@link #english()}, {@link #chinese()},
 * {@link #russian()} or {@link #of(Locale)}, and adjust it with {@code with…} methods.
 *
 * <pre>{@code
 * ReportedAmount signed = FigureFormat.english().parseAmount("RMB 13.6 billion");
 * FigureFormat.chinese().format(signed);   // "136亿元"
 * FigureFormat.russian().format(signed);   // "13,6 млрд юаней"
 * }</pre>
 *
 * <p>Parsing understands magnitude words (thousand, million, billion, trillion, bn, mn;
 * 万, 亿, 万亿; тыс., млн, млрд, трлн), English number words below a thousand ("one
 * hundred"), qualifiers (more than, over, nearly, about, at least, up to; 超过, 逾, 多, 近, 约;
 * более, свыше, около, почти), "a total of" / "共" / "всего" as markers of an unqualified
 * figure, the currency before or after the number, grouping separators, the Russian
 * decimal comma, and year-on-year phrases for percentages ("a year-on-year increase of
 * 80.2%", "同比增长80.2%", "рост на 80,2%"; a decrease is negative). Letters match
 * case-insensitively. The whole input must be read: anything else is a
 * {@link FigureParseException} with the index of the first character that could not be.
 *
 * <p>Formatting writes one canonical spelling per figure, chosen so that parsing it gives
 * back an equal figure, value, resolution and qualifier alike. Every figure with a
 * resolution below 10^12 (the largest magnitude word) has one; a coarser figure such as
 * "about 10 trillion" stated to the trillion may not, and {@code format} then throws an
 * {@link IllegalArgumentException} rather than print a figure that reads back differently.
 */
public final class FigureFormat {

    /** How a currency is written. */
    public enum CurrencyStyle {
        /** As the language usually writes it: "RMB 13.6 billion", "136亿元", "13,6 млрд юаней". */
        NATURAL,
        /** As an ISO 4217 code: "CNY 13.6 billion", "CNY 136亿", "13,6 млрд CNY". */
        CODE
    }

    private static final FigureFormat ENGLISH = new FigureFormat(Lexicon.ENGLISH, CurrencyStyle.NATURAL, null);
    private static final FigureFormat CHINESE = new FigureFormat(Lexicon.CHINESE, CurrencyStyle.NATURAL, null);
    private static final FigureFormat RUSSIAN = new FigureFormat(Lexicon.RUSSIAN, CurrencyStyle.NATURAL, null);

    /** Currency words written after the number in Chinese. */
    private static final Map<String, String> CHINESE_UNITS = Map.of("CNY", "元", "USD", "美元", "EUR", "欧元", "RUB", "卢布");
    /** Russian forms after 1, after 2 to 4, and after 5 or more (also after a magnitude word). */
    private static final Map<String, List<String>> RUSSIAN_UNITS = Map.of(
            "CNY", List.of("юань", "юаня", "юаней"),
            "RUB", List.of("рубль", "рубля", "рублей"),
            "USD", List.of("доллар США", "доллара США", "долларов США"),
            "EUR", List.of("евро", "евро", "евро"));

    private final Lexicon lexicon;
    private final CurrencyStyle currencyStyle;
    private final Currency defaultCurrency;

    private FigureFormat(Lexicon lexicon, CurrencyStyle currencyStyle, Currency defaultCurrency) {
        this.lexicon = lexicon;
        this.currencyStyle = currencyStyle;
        this.defaultCurrency = defaultCurrency;
    }

    /**
     * Returns the English format: "RMB 13.6 billion", "more than one hundred", "80.2%".
     *
     * @return the format
     */
    public static FigureFormat english() {
        return ENGLISH;
    }

    /**
     * Returns the Chinese format: "136亿元", "超过100", "同比增长80.2%".
     *
     * @return the format
     */
    public static FigureFormat chinese() {
        return CHINESE;
    }

    /**
     * Returns the Russian format: "13,6 млрд юаней", "более 100", "рост на 80,2%".
     *
     * @return the format
     */
    public static FigureFormat russian() {
        return RUSSIAN;
    }

    /**
     * Returns the format for a locale's language.
     *
     * @param locale a locale whose language is English, Chinese or Russian
     * @return the format
     * @throws IllegalArgumentException for any other language
     */
    public static FigureFormat of(Locale locale) {
        Objects.requireNonNull(locale, "locale must not be null");
        return switch (locale.getLanguage()) {
            case "en" -> ENGLISH;
            case "zh" -> CHINESE;
            case "ru" -> RUSSIAN;
            default -> throw new IllegalArgumentException("no figure format for language \"" + locale.getLanguage()
                    + "\"; supported are en, zh and ru");
        };
    }

    /**
     * Returns a copy that writes currencies in the given style.
     *
     * @param style the style
     * @return the format
     */
    public FigureFormat withCurrencyStyle(CurrencyStyle style) {
        return new FigureFormat(lexicon, Objects.requireNonNull(style, "style must not be null"), defaultCurrency);
    }

    /**
     * Returns a copy that reads the ambiguous symbols {@code $} and {@code ¥} as
     * {@code currency} where that is one of their meanings. Without a default they are errors.
     *
     * @param currency the currency the context means
     * @return the format
     */
    public FigureFormat withDefaultCurrency(Currency currency) {
        return new FigureFormat(lexicon, currencyStyle, Objects.requireNonNull(currency, "currency must not be null"));
    }

    /**
     * Returns the language of this format.
     *
     * @return {@code en}, {@code zh} or {@code ru} as a locale
     */
    public Locale locale() {
        return lexicon.locale;
    }

    /**
     * Returns how currencies are written.
     *
     * @return the style
     */
    public CurrencyStyle currencyStyle() {
        return currencyStyle;
    }

    /**
     * Returns the currency that ambiguous symbols stand for.
     *
     * @return the default currency, empty if none was set
     */
    public Optional<Currency> defaultCurrency() {
        return Optional.ofNullable(defaultCurrency);
    }

    /**
     * Reads a reported amount: "RMB 13.6 billion", "13.6 billion yuan", "US$3.15 billion",
     * "人民币136亿元", "136亿元", "13,6 млрд юаней".
     *
     * @param text the whole text of the amount
     * @return the amount
     * @throws FigureParseException if the text is not an amount in this language
     */
    public ReportedAmount parseAmount(String text) {
        FigureParser.Parsed parsed = parse(text, FigureParser.Kind.AMOUNT);
        try {
            return ReportedAmount.of(parsed.currency(), parsed.figure());
        } catch (IllegalArgumentException invalid) {
            throw new FigureParseException("not a valid amount: " + invalid.getMessage(), text, 0);
        }
    }

    /**
     * Reads a count: "55", "more than one hundred", "a total of 227", "超过100", "227家", "более 100".
     *
     * @param text the whole text of the count
     * @return the count
     * @throws FigureParseException if the text is not a count in this language
     */
    public Count parseCount(String text) {
        FigureParser.Parsed parsed = parse(text, FigureParser.Kind.COUNT);
        try {
            return Count.of(parsed.figure());
        } catch (IllegalArgumentException invalid) {
            throw new FigureParseException("not a valid count: " + invalid.getMessage(), text, 0);
        }
    }

    /**
     * Reads a percentage: "80.2%", "a year-on-year increase of 80.2%", "a decrease of 5%",
     * "同比增长80.2%", "рост на 80,2%".
     *
     * @param text the whole text of the percentage
     * @return the percentage; a decrease is negative
     * @throws FigureParseException if the text is not a percentage in this language
     */
    public Percentage parsePercentage(String text) {
        return Percentage.of(parse(text, FigureParser.Kind.PERCENTAGE).figure());
    }

    /**
     * Writes a reported amount: "RMB 13.6 billion", "136亿元", "13,6 млрд юаней".
     *
     * @param amount the amount
     * @return its canonical spelling in this language
     * @throws IllegalArgumentException if no spelling in this language keeps the figure's resolution
     */
    public String format(ReportedAmount amount) {
        Objects.requireNonNull(amount, "amount must not be null");
        Figure figure = amount.figure();
        Written written = write(figure, false);
        String number = sign(figure) + written.text();
        String code = amount.currency().getCurrencyCode();
        String currencyText;
        boolean before;
        if (currencyStyle == CurrencyStyle.CODE) {
            currencyText = code;
            before = lexicon != Lexicon.RUSSIAN;
        } else if (lexicon == Lexicon.ENGLISH) {
            currencyText = "CNY".equals(code) ? "RMB" : code;
            before = true;
        } else if (lexicon == Lexicon.CHINESE) {
            currencyText = CHINESE_UNITS.getOrDefault(code, code);
            before = !CHINESE_UNITS.containsKey(code);
        } else {
            List<String> forms = RUSSIAN_UNITS.get(code);
            currencyText = forms == null ? code : forms.get(russianPluralForm(written));
            before = false;
        }
        String glue = lexicon == Lexicon.CHINESE && !before ? "" : " ";
        String body = before ? currencyText + " " + number : number + glue + currencyText;
        return qualifierPrefix(figure.qualifier()) + body;
    }

    /**
     * Writes a count: "55", "more than 100", "4,000", "超过100", "более 100".
     *
     * @param count the count
     * @return its canonical spelling in this language
     */
    public String format(Count count) {
        Objects.requireNonNull(count, "count must not be null");
        return qualifierPrefix(count.qualifier()) + write(count.figure(), false).text();
    }

    /**
     * Writes a percentage: "80.2%", "-5%", "more than 50%", "80,2%".
     *
     * @param percentage the percentage
     * @return its canonical spelling in this language
     */
    public String format(Percentage percentage) {
        Objects.requireNonNull(percentage, "percentage must not be null");
        Figure figure = percentage.figure();
        return qualifierPrefix(figure.qualifier()) + sign(figure) + write(figure, true).text() + "%";
    }

    /**
     * Writes a computed range in the largest magnitude below its ends, with at most six
     * significant digits rounded outwards (so the printed range still contains the range):
     * "[4.0545, 4.0655] billion", "[40.545, 40.655]亿", "[4,0545; 4,0655] млрд", "(100, ∞)".
     * Meant for messages; {@link Range#toString()} is the exact, parsable form.
     *
     * @param range the range
     * @return its spelling in this language
     */
    public String format(Range range) {
        Objects.requireNonNull(range, "range must not be null");
        BigDecimal size = range.upper().or(range::lower).orElse(BigDecimal.ZERO).abs();
        Lexicon.Phrase<Integer> unit = null;
        for (Lexicon.Phrase<Integer> magnitude : lexicon.canonicalMagnitudes) {
            if (size.compareTo(BigDecimal.ONE.scaleByPowerOfTen(magnitude.meaning())) >= 0) {
                unit = magnitude;
            }
        }
        int shift = unit == null ? 0 : unit.meaning();
        String low = range.lower().map(l -> end(l.movePointLeft(shift), RoundingMode.FLOOR)).orElse("-∞");
        String high = range.upper().map(u -> end(u.movePointLeft(shift), RoundingMode.CEILING)).orElse("∞");
        // Where the decimal separator is a comma, the ends are separated by a semicolon.
        String separator = lexicon.decimalSeparator == ',' ? "; " : ", ";
        return (range.isLowerInclusive() ? "[" : "(") + low + separator + high + (range.isUpperInclusive() ? "]" : ")")
                + (unit == null ? "" : lexicon.magnitudeSpace + unit.text());
    }

    private String end(BigDecimal value, RoundingMode rounding) {
        return value.round(new MathContext(6, rounding)).stripTrailingZeros().toPlainString()
                .replace('.', lexicon.decimalSeparator);
    }

    @Override
    public String toString() {
        return "FigureFormat[" + lexicon.locale.getLanguage() + ", " + currencyStyle
                + (defaultCurrency == null ? "" : ", default " + defaultCurrency) + "]";
    }

    private FigureParser.Parsed parse(String text, FigureParser.Kind kind) {
        Objects.requireNonNull(text, "text must not be null");
        return new FigureParser(lexicon, defaultCurrency, text, kind).parse();
    }

    private String qualifierPrefix(Qualifier qualifier) {
        if (qualifier == Qualifier.EXACT) {
            return "";
        }
        return lexicon.qualifierSpellings.get(qualifier) + (lexicon == Lexicon.CHINESE ? "" : " ");
    }

    private static String sign(Figure figure) {
        return figure.value().signum() < 0 ? "-" : "";
    }

    /** A number as written: digits (with separators) and magnitude, and the digits alone. */
    private record Written(String text, BigDecimal digits, boolean hasMagnitude) {
    }

    /**
     * Chooses the spelling of a figure's absolute value that keeps its resolution: the
     * largest magnitude not above the value, with at most two decimals if possible, else
     * smaller magnitudes, else larger ones. With "about" and "nearly", a whole number's
     * resolution is its last non-zero digit, so the trailing zeros must come out right.
     */
    private Written write(Figure figure, boolean plainFirst) {
        BigDecimal value = figure.value().abs();
        BigDecimal resolution = figure.resolution();
        int resolutionExponent = resolution.precision() - resolution.scale() - 1;
        boolean roundNumber = figure.qualifier() == Qualifier.ABOUT || figure.qualifier() == Qualifier.NEARLY;

        List<Lexicon.Phrase<Integer>> options = new ArrayList<>();
        options.add(new Lexicon.Phrase<>("", 0));
        options.addAll(lexicon.canonicalMagnitudes);
        int start = 0;
        if (!plainFirst) {
            for (int i = 0; i < options.size(); i++) {
                if (value.compareTo(BigDecimal.ONE.scaleByPowerOfTen(options.get(i).meaning())) >= 0) {
                    start = i;
                }
            }
        }
        List<Lexicon.Phrase<Integer>> order = new ArrayList<>();
        for (int i = start; i >= 0; i--) {
            order.add(options.get(i));
        }
        order.addAll(options.subList(start + 1, options.size()));

        for (int pass = 0; pass < 2; pass++) {
            for (Lexicon.Phrase<Integer> magnitude : order) {
                int exponent = magnitude.meaning();
                int decimals = exponent - resolutionExponent;
                BigDecimal digits = value.movePointLeft(exponent);
                boolean fits;
                if (decimals > 0) {
                    digits = digits.setScale(decimals);
                    fits = pass == 1 || decimals <= 2 || exponent == 0;
                } else {
                    digits = digits.setScale(0);
                    fits = roundNumber
                            ? (digits.signum() == 0 ? decimals == 0 : trailingZeros(digits) == -decimals)
                            : decimals == 0;
                }
                if (fits) {
                    String text = digitsText(digits)
                            + (exponent == 0 ? "" : lexicon.magnitudeSpace + magnitude.text());
                    return new Written(text, digits, exponent != 0);
                }
            }
        }
        throw new IllegalArgumentException("figure " + figure.value().toPlainString() + " with resolution "
                + resolution.toPlainString() + " cannot be written in " + lexicon.locale.getLanguage()
                + " without changing its resolution");
    }

    private static int trailingZeros(BigDecimal wholeNumber) {
        return Math.max(0, -wholeNumber.stripTrailingZeros().scale());
    }

    private String digitsText(BigDecimal digits) {
        String plain = digits.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : lexicon.decimalSeparator + plain.substring(point + 1);
        if (lexicon.canonicalGroupSeparator != null && whole.length() > 3
                && new BigDecimal(whole).compareTo(BigDecimal.valueOf(lexicon.groupingThreshold)) >= 0) {
            StringBuilder grouped = new StringBuilder();
            int firstGroup = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
            grouped.append(whole, 0, firstGroup);
            for (int i = firstGroup; i < whole.length(); i += 3) {
                grouped.append(lexicon.canonicalGroupSeparator).append(whole, i, i + 3);
            }
            whole = grouped.toString();
        }
        return whole + fraction;
    }

    /** Index into a Russian form list: 0 after 1 (21, 101, ...), 1 after 2 to 4, 2 otherwise. */
    private static int russianPluralForm(Written written) {
        if (written.hasMagnitude()) {
            return 2;
        }
        if (written.digits().scale() > 0) {
            return 1;
        }
        int lastTwo = written.digits().remainder(BigDecimal.valueOf(100)).intValue();
        int last = lastTwo % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return 2;
        }
        return last == 1 ? 0 : last >= 2 && last <= 4 ? 1 : 2;
    }
}
