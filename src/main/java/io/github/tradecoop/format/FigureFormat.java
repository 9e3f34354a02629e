package io.github.tradecoop.format;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * back an equal figure, value, resolution and qualifier alike. Every figure has one: a
 * {@link Figure} is never stated to more than a trillion (the largest magnitude word) unless it
 * is "about" or "nearly" a round number, whose trailing zeros state it.
 */
public final class FigureFormat {

    /** How a currency is written. */
    public enum CurrencyStyle {
        /** As the language usually writes it: "RMB 13.6 billion", "136亿元", "13,6 млрд юаней". */
        NATURAL,
        /** As an ISO 4217 code: "CNY 13.6 billion", "CNY 136亿", "13,6 млрд CNY". */
        CODE
    }

    private static final Currency USD = Currency.getInstance("USD");
    private static final FigureFormat ENGLISH = new FigureFormat(Lexicon.ENGLISH, CurrencyStyle.NATURAL, USD);
    private static final FigureFormat CHINESE = new FigureFormat(Lexicon.CHINESE, CurrencyStyle.NATURAL,
            Currency.getInstance("CNY"));
    private static final FigureFormat RUSSIAN = new FigureFormat(Lexicon.RUSSIAN, CurrencyStyle.NATURAL, USD);

    private final Lexicon lexicon;
    private final CurrencyStyle currencyStyle;
    private final @Nullable Currency defaultCurrency;
    private final FigureWriter writer;

    private FigureFormat(Lexicon lexicon, CurrencyStyle currencyStyle, @Nullable Currency defaultCurrency) {
        this.lexicon = lexicon;
        this.currencyStyle = currencyStyle;
        this.defaultCurrency = defaultCurrency;
        this.writer = new FigureWriter(lexicon, currencyStyle);
    }

    /**
     * Returns the English format: "RMB 13.6 billion", "more than one hundred", "80.2%". A bare
     * {@code $} is the U.S. dollar, as readers of English reports take it ({@code ¥} stays
     * ambiguous); change that with {@link #withDefaultCurrency(Currency)}.
     *
     * @return the format
     */
    public static FigureFormat english() {
        return ENGLISH;
    }

    /**
     * Returns the Chinese format: "136亿元", "超过100", "同比增长80.2%". A bare {@code ¥} or
     * {@code ￥} is the yuan, as readers of Chinese reports take it ({@code $} stays ambiguous);
     * change that with {@link #withDefaultCurrency(Currency)}.
     *
     * @return the format
     */
    public static FigureFormat chinese() {
        return CHINESE;
    }

    /**
     * Returns the Russian format: "13,6 млрд юаней", "более 100", "рост на 80,2%". A bare
     * {@code $} (and "долл.", "долларов") is the U.S. dollar, as readers of Russian reports take
     * it; change that with {@link #withDefaultCurrency(Currency)}.
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
     * {@code currency} where that is one of their meanings: {@code withDefaultCurrency(CAD)}
     * reads "$5 million" as Canadian dollars. A symbol the default is not a meaning of is an
     * error. {@code HK$}, {@code C$}, {@code A$}, {@code S$} always name their own currencies.
     * In Chinese, {@code withDefaultCurrency(TWD)}, {@code HKD} or {@code MOP} also reads 元 alone as
     * that currency, as reports from Taiwan, Hong Kong and Macau write it ("460億元"); without one,
     * 元 is the renminbi unless the text declares otherwise ("11.9億元(澳門元,下同)").
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
     * Reads a reported amount: "RMB 13.6 billion", "US$1.2 billion", "$ 120.5 B",
     * "超200亿元人民币", "人民币300亿元", "5,2 млрд ам. долл.", "7 млрд 220,5 млн рублей".
     * A change stated with the amount ("an increase of 250 million yuan") gives a signed amount.
     *
     * @param text the whole text of the amount
     * @return the amount
     * @throws FigureParseException if the text is not an amount in this language
     */
    public ReportedAmount parseAmount(String text) {
        ParsedFigure parsed = parse(text, FoundFigure.Kind.AMOUNT);
        try {
            return ReportedAmount.of(parsed.amountCurrency(), parsed.figure());
        } catch (IllegalArgumentException invalid) {
            throw new FigureParseException("not a valid amount: " + invalid.getMessage(), text, 0);
        }
    }

    /**
     * Reads a count, with its noun or classifier if one follows: "55", "more than one hundred",
     * "a total of 227", "1,500 enterprises", "超过100", "227家企业", "15.3万人次", "近千",
     * "более 100 компаний". The noun is read but not kept.
     *
     * @param text the whole text of the count
     * @return the count
     * @throws FigureParseException if the text is not a count in this language
     */
    public Count parseCount(String text) {
        ParsedFigure parsed = parse(text, FoundFigure.Kind.COUNT);
        try {
            return Count.of(parsed.figure());
        } catch (IllegalArgumentException invalid) {
            throw new FigureParseException("not a valid count: " + invalid.getMessage(), text, 0);
        }
    }

    /**
     * Reads a percentage: "80.2%", "up 43.6 percent year on year", "declined 2.1 percent from a
     * year earlier", "同比增长80.2%", "比去年同期下降3.5%", "на 12,3% больше", "рост на 80,2%".
     *
     * @param text the whole text of the percentage
     * @return the percentage; a decrease is negative
     * @throws FigureParseException if the text is not a percentage in this language
     */
    public Percentage parsePercentage(String text) {
        return Percentage.of(parse(text, FoundFigure.Kind.PERCENTAGE).figure());
    }

    /**
     * Reads a difference in percentage points: "2.3 percentage points", "down 0.5 percentage
     * point", "增长2.3个百分点", "на 1,2 п.п.".
     *
     * @param text the whole text of the difference
     * @return the difference; a decrease is negative
     * @throws FigureParseException if the text is not a difference in percentage points in this language
     */
    public PercentagePoints parsePoints(String text) {
        return PercentagePoints.of(parse(text, FoundFigure.Kind.POINTS).figure());
    }

    /**
     * Reads a physical quantity: "104,000 square meters", "1.2 million tonnes", "10万平方米",
     * "3.5万吨", "50 тыс. кв. м", "412 900 т".
     *
     * @param text the whole text of the quantity
     * @return the quantity
     * @throws FigureParseException if the text is not a quantity in this language
     */
    public Quantity parseQuantity(String text) {
        ParsedFigure parsed = parse(text, FoundFigure.Kind.QUANTITY);
        try {
            return Quantity.of(parsed.figure(), parsed.quantityUnit());
        } catch (IllegalArgumentException invalid) {
            throw new FigureParseException("not a valid quantity: " + invalid.getMessage(), text, 0);
        }
    }

    /**
     * Writes a reported amount: "RMB 13.6 billion", "136亿元", "13,6 млрд юаней".
     *
     * @param amount the amount
     * @return its canonical spelling in this language
     */
    public String format(ReportedAmount amount) {
        return writer.amount(Objects.requireNonNull(amount, "amount must not be null"));
    }

    /**
     * Writes a count in digits where they read back the same ("55", "more than 100", "nearly
     * 3,000", "超过100", "более 100"), else with a magnitude ("136 thousand" for 13.6万).
     *
     * @param count the count
     * @return its canonical spelling in this language
     */
    public String format(Count count) {
        return writer.count(Objects.requireNonNull(count, "count must not be null"));
    }

    /**
     * Writes a percentage: "80.2%", "-5%", "more than 50%", "80,2%".
     *
     * @param percentage the percentage
     * @return its canonical spelling in this language
     */
    public String format(Percentage percentage) {
        return writer.percentage(Objects.requireNonNull(percentage, "percentage must not be null"));
    }

    /**
     * Writes a difference in percentage points: "2.3 percentage points", "-0.5个百分点", "1,2 п.п.".
     *
     * @param points the difference
     * @return its canonical spelling in this language
     */
    public String format(PercentagePoints points) {
        return writer.points(Objects.requireNonNull(points, "points must not be null"));
    }

    /**
     * Writes a quantity: "104,000 square metres", "10.4万平方米", "104 000 кв. м".
     *
     * @param quantity the quantity
     * @return its canonical spelling in this language
     */
    public String format(Quantity quantity) {
        return writer.quantity(Objects.requireNonNull(quantity, "quantity must not be null"));
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
        return writer.range(Objects.requireNonNull(range, "range must not be null"));
    }

    /**
     * Finds the reported figures of this format's language in running text, in text order:
     * amounts, counts with their nouns, percentages, percentage points and quantities, each with
     * its place in the text and the change stated for it. Years, dates, times, ordinals, phone,
     * article and list numbers, numbers inside names ("G20", "Boeing 737") and bare numbers are
     * not figures (see docs/finding.md). Never throws for any text, and runs in time linear in
     * its length.
     *
     * @param text the text, such as a press release
     * @return the figures found, in text order
     */
    public List<FoundFigure> find(CharSequence text) {
        return FigureFinder.find(Objects.requireNonNull(text, "text must not be null"), this);
    }

    /**
     * Finds the reported figures of English, Chinese and Russian in running text, choosing the
     * language of each figure by the script of the words around it (Han, Cyrillic, else Latin),
     * with the default formats ({@link #english()}, {@link #chinese()}, {@link #russian()}).
     *
     * @param text the text, in any mix of the three languages
     * @return the figures found, in text order
     */
    public static List<FoundFigure> findAll(CharSequence text) {
        return FigureFinder.find(Objects.requireNonNull(text, "text must not be null"), null);
    }

    /**
     * Finds the reported figures of English, Chinese and Russian as {@link #findAll(CharSequence)}
     * does, in a report whose context names the currency of its ambiguous symbols: "$" and "¥"
     * where {@code defaultCurrency} is one of their meanings, and 元 alone where it is the New
     * Taiwan dollar, the Hong Kong dollar or the pataca (see {@link #withDefaultCurrency}). A
     * symbol that {@code defaultCurrency} is not a meaning of keeps the reading of its format: with
     * KES, "Sh30 billion" is in Kenyan shillings and "$300 million" in U.S. dollars.
     *
     * @param text            the text, in any mix of the three languages
     * @param defaultCurrency the currency the report's context means: AUD for "$" in an Australian
     *                        release, HKD for "$" and 元 in a Hong Kong one
     * @return the figures found, in text order
     */
    public static List<FoundFigure> findAll(CharSequence text, Currency defaultCurrency) {
        return FigureFinder.findAll(Objects.requireNonNull(text, "text must not be null"),
                Objects.requireNonNull(defaultCurrency, "defaultCurrency must not be null"));
    }

    Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public String toString() {
        return "FigureFormat[" + lexicon.locale.getLanguage() + ", " + currencyStyle
                + (defaultCurrency == null ? "" : ", default " + defaultCurrency) + "]";
    }

    private ParsedFigure parse(String text, FoundFigure.Kind kind) {
        Objects.requireNonNull(text, "text must not be null");
        char[] folded = Text.fold((CharSequence) (text.length() > FigureParser.MAX_INPUT ? text.substring(0, FigureParser.MAX_INPUT + 1) : text));
        try {
            return new FigureParser(lexicon, defaultCurrency, folded, folded.length, null).reading(text).parse(kind);
        } catch (ParseStop stop) {
            throw new FigureParseException(String.valueOf(stop.getMessage()), text, stop.index);
        }
    }
}
