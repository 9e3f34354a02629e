package io.github.tradecoop.format;

import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Quantity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The words and conventions of one language for reported figures, loaded from the data file
 * {@code lexicon_<language>.tsv} beside this class: one row per phrase, category, meaning and
 * phrase, so that a new spelling found in a real report is a line of data, not code.
 * {@link FigureParser} says what each category does.
 */
final class Lexicon {

    /** A currency word: its currency, or null for a symbol that needs the format's default ("$", "¥"). */
    record CurrencyWord(@Nullable String symbol, @Nullable Currency currency) {
    }

    /** Categories whose phrases may begin a figure: see {@link #beginnings}. */
    private static final java.util.Set<String> BEGINNING = java.util.Set.of("qualifier", "several", "comparison", "direction",
            "currency", "trailer", "total", "percent-before");

    static final Lexicon ENGLISH = load(Locale.ENGLISH);
    static final Lexicon CHINESE = load(Locale.CHINESE);
    static final Lexicon RUSSIAN = load(Locale.forLanguageTag("ru"));

    final Locale locale;
    final PhraseTrie<Qualifier> qualifiers = new PhraseTrie<>();
    final PhraseTrie<Qualifier> qualifiersAfter = new PhraseTrie<>();
    /** Chinese 数, 几, 上: a qualifier that stands only before a bare unit (数百, 上万). */
    final PhraseTrie<Qualifier> several = new PhraseTrie<>();
    final PhraseTrie<String> markers = new PhraseTrie<>();
    final PhraseTrie<String> comparisons = new PhraseTrie<>();
    /** Markers that say the figure is a total ("a total of", "共", "всего"): a count even without a noun. */
    final PhraseTrie<String> totals = new PhraseTrie<>();
    final PhraseTrie<Integer> directions = new PhraseTrie<>();
    final PhraseTrie<Integer> directionsAfter = new PhraseTrie<>();
    /** Change words after a percentage or points only: "a 5% expansion", not "a $130 million expansion". */
    final PhraseTrie<Integer> rateDirectionsAfter = new PhraseTrie<>();
    final PhraseTrie<String> links = new PhraseTrie<>();
    final PhraseTrie<String> toWords = new PhraseTrie<>();
    final PhraseTrie<String> trailers = new PhraseTrie<>();
    final PhraseTrie<Integer> magnitudes = new PhraseTrie<>();
    final PhraseTrie<CurrencyWord> currencies = new PhraseTrie<>();
    /** Percent words and the power of ten they scale by: 0 for %, 1 for 成 (tenths), 2 for 倍 (times). */
    final PhraseTrie<Integer> percentWords = new PhraseTrie<>();
    /** Percent words written before the number: "百分之五" is 5%. */
    final PhraseTrie<String> percentBefore = new PhraseTrie<>();
    final PhraseTrie<String> pointsWords = new PhraseTrie<>();
    final PhraseTrie<Quantity.Unit> units = new PhraseTrie<>();
    final PhraseTrie<String> classifiers = new PhraseTrie<>();
    /** Words that follow numbers in running text without being what a count counts: "of", "September", "года". */
    final PhraseTrie<String> notNouns = new PhraseTrie<>();
    /** Every phrase that can begin a figure before its number, for the finder's one look-up per word. */
    final PhraseTrie<String> beginnings = new PhraseTrie<>();
    /** Words after a count's number that make it a difference or a ratio: "100 fewer", "three times", "в 3 раза". */
    final PhraseTrie<String> notCounts = new PhraseTrie<>();
    /** Chinese words whose last character begins figures elsewhere: 签约 (sign) ends in 约 (about). */
    final PhraseTrie<String> notBeginnings = new PhraseTrie<>();
    /** Chinese words that end a noun after a count but may begin one: 参展 ends "企业参展", begins "参展商". */
    final PhraseTrie<String> nounEnds = new PhraseTrie<>();
    /** Units of time: after a Chinese classifier ("个月", "个小时"), after English adjectives ("16 consecutive years"). */
    final PhraseTrie<String> timeUnits = new PhraseTrie<>();
    /** Months, after a day's number: "12 October", "12 октября". */
    final PhraseTrie<String> months = new PhraseTrie<>();
    /** English adjectives that are no noun alone but may stand before one: "461 new products", "20 other countries". */
    final PhraseTrie<String> adjectives = new PhraseTrie<>();
    /** Russian words after which "до" is "to" the level reached, not "up to": "довести до", "вдвое … до". */
    final PhraseTrie<String> levelReached = new PhraseTrie<>();
    /** Russian nouns that two in words names rather than counts: "двух стран", "двумя государствами". */
    final PhraseTrie<String> bothSides = new PhraseTrie<>();
    /** Chinese nouns read whole after a classifier, though they begin with a word that ends nouns: 采购商, 签约项目. */
    final PhraseTrie<String> nounWords = new PhraseTrie<>();
    /** Chinese words that begin with a percent or unit word but mean something else: 成都, 成果 (成 is a tenth). */
    final PhraseTrie<String> notUnits = new PhraseTrie<>();
    /** Chinese names of groups of countries, named with their number after them: 欧盟27国, 东盟10国. */
    final PhraseTrie<String> groupNames = new PhraseTrie<>();
    /** Endings written after digits in Russian: "5-ти миллиардов" (пяти). */
    final PhraseTrie<String> numberSuffixes = new PhraseTrie<>();

    final Map<Qualifier, String> writeQualifier = new EnumMap<>(Qualifier.class);
    /** Magnitudes written, by exponent. */
    final TreeMap<Integer, String> writeMagnitude = new TreeMap<>();
    /** Currency spellings written: one form, or in Russian the forms after 1, after 2 to 4, and after 5 or more. */
    final Map<String, List<String>> writeCurrency = new HashMap<>();
    final Map<Quantity.Unit, String> writeUnit = new EnumMap<>(Quantity.Unit.class);
    String writePercent = "%";
    String writePoints = "";

    char decimalSeparator;
    /** Also read Indian digit groups: "1,00,000" (a lakh), "1,20,000". */
    boolean indianGroups;
    /** Also read '.' as the decimal separator (Russian reports written with a point). */
    boolean decimalPointToo;
    /** Also read ',' followed by other than three digits as the decimal separator ("198,65 billion" in English). */
    boolean decimalCommaToo;
    String groupSeparators = "";
    String canonicalGroupSeparator = "";
    long groupingThreshold = Long.MAX_VALUE;
    String magnitudeSpace = "";
    boolean numberWords;
    /** Russian number words in any case: "пять проектов", "более ста компаний", "около миллиона". */
    boolean russianNumberWords;
    boolean chineseNumerals;

    private Lexicon(Locale locale) {
        this.locale = locale;
    }

    private static Lexicon load(Locale locale) {
        String name = "lexicon_" + locale.getLanguage() + ".tsv";
        Lexicon lexicon = new Lexicon(locale);
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3 || fields[2].isEmpty()) {
                    throw new IllegalStateException(name + ":" + number + ": expected category, meaning and phrase");
                }
                try {
                    lexicon.add(fields[0], fields[1], fields[2]);
                } catch (RuntimeException invalid) {
                    throw new IllegalStateException(name + ":" + number + ": " + invalid.getMessage(), invalid);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }

    private void add(String category, String meaning, String phrase) {
        if (BEGINNING.contains(category)) {
            addAll(beginnings, phrase, "");
        }
        switch (category) {
            case "setting" -> setting(meaning, phrase);
            case "qualifier" -> addAll(qualifiers, phrase, Qualifier.valueOf(meaning));
            case "qualifier-after" -> addAll(qualifiersAfter, phrase, Qualifier.valueOf(meaning));
            case "several" -> addAll(several, phrase, Qualifier.valueOf(meaning));
            case "marker" -> addAll(markers, phrase, "");
            case "comparison" -> addAll(comparisons, phrase, "");
            case "total" -> addAll(totals, phrase, "");
            case "direction" -> addAll(directions, phrase, Integer.valueOf(meaning));
            case "direction-after" -> addAll(directionsAfter, phrase, Integer.valueOf(meaning));
            case "direction-after-rate" -> addAll(rateDirectionsAfter, phrase, Integer.valueOf(meaning));
            case "link" -> addAll(links, phrase, "");
            case "to" -> addAll(toWords, phrase, "");
            case "trailer" -> addAll(trailers, phrase, "");
            case "magnitude" -> addAll(magnitudes, phrase, Integer.valueOf(meaning));
            // "*": an ambiguous symbol, resolved by Currencies; "*Sh": a word ambiguous as the symbol "Sh" is ("shillings")
            case "currency" -> addAll(currencies, phrase, meaning.startsWith("*")
                    ? new CurrencyWord(meaning.length() > 1 ? meaning.substring(1) : phrase, null)
                    : new CurrencyWord(null, Currency.getInstance(meaning)));
            case "percent" -> addAll(percentWords, phrase, Integer.valueOf(meaning));
            case "percent-before" -> addAll(percentBefore, phrase, "");
            case "points" -> addAll(pointsWords, phrase, "");
            case "unit" -> addAll(units, phrase, Quantity.Unit.valueOf(meaning));
            case "classifier" -> addAll(classifiers, phrase, "");
            case "not-noun" -> addAll(notNouns, phrase, "");
            case "adjective" -> addAll(adjectives, phrase, "");
            case "level-reached" -> addAll(levelReached, phrase, "");
            case "both-sides" -> addAll(bothSides, phrase, "");
            case "noun-word" -> addAll(nounWords, phrase, "");
            case "not-unit" -> addAll(notUnits, phrase, "");
            case "group-name" -> addAll(groupNames, phrase, "");
            case "noun-end" -> addAll(nounEnds, phrase, "");
            case "not-begin" -> addAll(notBeginnings, phrase, "");
            case "not-count" -> addAll(notCounts, phrase, "");
            case "time-unit" -> addAll(timeUnits, phrase, "");
            case "month" -> addAll(months, phrase, "");
            case "number-suffix" -> addAll(numberSuffixes, phrase, "");
            case "write-qualifier" -> writeQualifier.putIfAbsent(Qualifier.valueOf(meaning), phrase);
            case "write-magnitude" -> writeMagnitude.putIfAbsent(Integer.valueOf(meaning), phrase);
            case "write-currency" -> writeCurrency.putIfAbsent(meaning, List.of(phrase.split("\\|")));
            case "write-unit" -> writeUnit.putIfAbsent(Quantity.Unit.valueOf(meaning), phrase);
            case "write-percent" -> writePercent = phrase;
            case "write-points" -> writePoints = phrase;
            default -> throw new IllegalArgumentException("unknown category " + category);
        }
    }

    private void setting(String key, String value) {
        switch (key) {
            case "decimal" -> decimalSeparator = value.charAt(0);
            case "decimal-point-too" -> decimalPointToo = true;
            case "decimal-comma-too" -> decimalCommaToo = true;
            case "groups" -> groupSeparators = value;
            case "canonical-group" -> canonicalGroupSeparator = value;
            case "grouping-threshold" -> groupingThreshold = Long.parseLong(value);
            case "magnitude-space" -> magnitudeSpace = value;
            case "number-words" -> numberWords = true;
            case "indian-groups" -> indianGroups = true;
            case "russian-number-words" -> russianNumberWords = true;
            case "chinese-numerals" -> chineseNumerals = true;
            default -> throw new IllegalArgumentException("unknown setting " + key);
        }
    }

    /** Adds a phrase, and for "x. y" also "x.y", as reports write abbreviations both ways. */
    private static <T> void addAll(PhraseTrie<T> trie, String phrase, T meaning) {
        String folded = Text.fold(phrase);
        trie.add(folded, meaning);
        if (folded.contains(". ")) {
            trie.add(folded.replace(". ", "."), meaning);
        }
    }

    /** Magnitudes written, by ascending exponent, as phrases with their exponents. */
    List<Map.Entry<Integer, String>> canonicalMagnitudes() {
        return new ArrayList<>(writeMagnitude.entrySet());
    }
}
