package io.github.tradecoop.format;

import io.github.tradecoop.figure.Qualifier;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words and conventions of one language for reported figures. Phrases are matched
 * case-insensitively, longest first; the first spelling of each meaning is the one
 * {@link FigureFormat} writes.
 */
final class Lexicon {

    /** A phrase and what it means. */
    record Phrase<T>(String text, T meaning) {
    }

    final Locale locale;
    final List<Phrase<Qualifier>> qualifierPrefixes;
    final List<Phrase<Qualifier>> qualifierSuffixes;
    final List<String> totalMarkers;
    final List<Phrase<Integer>> magnitudes;
    /** Magnitudes {@link FigureFormat} writes, by ascending exponent. */
    final List<Phrase<Integer>> canonicalMagnitudes;
    final List<Phrase<Integer>> directions;
    final List<String> percentWords;
    final List<String> countClassifiers;
    final char decimalSeparator;
    final String groupSeparators;
    /** Separator written between digit groups; {@code null} to write none. */
    final String canonicalGroupSeparator;
    /** Smallest whole number written with group separators. */
    final long groupingThreshold;
    final boolean numberWords;
    /** Written between the number and a magnitude word. */
    final String magnitudeSpace;
    final Map<Qualifier, String> qualifierSpellings;

    private Lexicon(Builder b) {
        this.locale = b.locale;
        this.qualifierPrefixes = longestFirst(b.qualifierPrefixes);
        this.qualifierSuffixes = longestFirst(b.qualifierSuffixes);
        this.totalMarkers = b.totalMarkers.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.magnitudes = longestFirst(b.magnitudes);
        this.canonicalMagnitudes = List.copyOf(b.canonicalMagnitudes);
        this.directions = longestFirst(b.directions);
        this.percentWords = b.percentWords.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.countClassifiers = List.copyOf(b.countClassifiers);
        this.decimalSeparator = b.decimalSeparator;
        this.groupSeparators = b.groupSeparators;
        this.canonicalGroupSeparator = b.canonicalGroupSeparator;
        this.groupingThreshold = b.groupingThreshold;
        this.numberWords = b.numberWords;
        this.magnitudeSpace = b.magnitudeSpace;
        this.qualifierSpellings = new EnumMap<>(Qualifier.class);
        for (Phrase<Qualifier> p : b.qualifierPrefixes) {
            qualifierSpellings.putIfAbsent(p.meaning(), p.text());
        }
    }

    private static <T> List<Phrase<T>> longestFirst(List<Phrase<T>> phrases) {
        return phrases.stream().sorted(Comparator.comparingInt((Phrase<T> p) -> p.text().length()).reversed()).toList();
    }

    private static Phrase<Qualifier> q(String text, Qualifier meaning) {
        return new Phrase<>(text, meaning);
    }

    private static Phrase<Integer> m(String text, int exponent) {
        return new Phrase<>(text, exponent);
    }

    static final Lexicon ENGLISH = new Builder(Locale.ENGLISH)
            .qualifierPrefixes(List.of(
                    q("more than", Qualifier.MORE_THAN), q("over", Qualifier.MORE_THAN), q("above", Qualifier.MORE_THAN),
                    q("in excess of", Qualifier.MORE_THAN),
                    q("at least", Qualifier.AT_LEAST), q("no less than", Qualifier.AT_LEAST),
                    q("no fewer than", Qualifier.AT_LEAST),
                    q("less than", Qualifier.LESS_THAN), q("fewer than", Qualifier.LESS_THAN),
                    q("under", Qualifier.LESS_THAN), q("below", Qualifier.LESS_THAN),
                    q("up to", Qualifier.UP_TO), q("at most", Qualifier.UP_TO), q("no more than", Qualifier.UP_TO),
                    q("nearly", Qualifier.NEARLY), q("almost", Qualifier.NEARLY), q("close to", Qualifier.NEARLY),
                    q("about", Qualifier.ABOUT), q("around", Qualifier.ABOUT), q("approximately", Qualifier.ABOUT),
                    q("roughly", Qualifier.ABOUT), q("some", Qualifier.ABOUT)))
            .totalMarkers(List.of("a total of", "in total", "totalling", "totaling"))
            .magnitudes(List.of(m("thousand", 3), m("million", 6), m("billion", 9), m("trillion", 12),
                    m("mn", 6), m("mln", 6), m("bn", 9), m("bln", 9), m("tn", 12)))
            .canonicalMagnitudes(List.of(m("thousand", 3), m("million", 6), m("billion", 9), m("trillion", 12)))
            .directions(List.of(
                    new Phrase<>("a year-on-year increase of", 1), new Phrase<>("a year-on-year growth of", 1),
                    new Phrase<>("a year-on-year rise of", 1), new Phrase<>("year-on-year increase of", 1),
                    new Phrase<>("an increase of", 1), new Phrase<>("a growth of", 1), new Phrase<>("growth of", 1),
                    new Phrase<>("a rise of", 1), new Phrase<>("increase of", 1), new Phrase<>("up", 1),
                    new Phrase<>("a year-on-year decrease of", -1), new Phrase<>("a year-on-year decline of", -1),
                    new Phrase<>("a year-on-year drop of", -1), new Phrase<>("year-on-year decrease of", -1),
                    new Phrase<>("a decrease of", -1), new Phrase<>("a decline of", -1), new Phrase<>("a drop of", -1),
                    new Phrase<>("a fall of", -1), new Phrase<>("decrease of", -1), new Phrase<>("down", -1)))
            .percentWords(List.of("%", "％", "percent", "per cent"))
            .numbers('.', ",", ",", 1000)
            .numberWords(true)
            .magnitudeSpace(" ")
            .build();

    static final Lexicon CHINESE = new Builder(Locale.CHINESE)
            .qualifierPrefixes(List.of(
                    q("超过", Qualifier.MORE_THAN), q("逾", Qualifier.MORE_THAN), q("超", Qualifier.MORE_THAN),
                    q("多于", Qualifier.MORE_THAN),
                    q("至少", Qualifier.AT_LEAST), q("不少于", Qualifier.AT_LEAST), q("不低于", Qualifier.AT_LEAST),
                    q("不到", Qualifier.LESS_THAN), q("不足", Qualifier.LESS_THAN), q("少于", Qualifier.LESS_THAN),
                    q("最多", Qualifier.UP_TO), q("不超过", Qualifier.UP_TO), q("至多", Qualifier.UP_TO),
                    q("近", Qualifier.NEARLY), q("将近", Qualifier.NEARLY), q("接近", Qualifier.NEARLY),
                    q("约", Qualifier.ABOUT), q("大约", Qualifier.ABOUT), q("约为", Qualifier.ABOUT)))
            .qualifierSuffixes(List.of(q("多", Qualifier.MORE_THAN), q("余", Qualifier.MORE_THAN),
                    q("以上", Qualifier.AT_LEAST), q("左右", Qualifier.ABOUT)))
            .totalMarkers(List.of("共", "共计", "总计", "合计", "达"))
            .magnitudes(List.of(m("万", 4), m("亿", 8), m("万亿", 12), m("千", 3), m("百万", 6), m("千万", 7)))
            .canonicalMagnitudes(List.of(m("万", 4), m("亿", 8), m("万亿", 12)))
            .directions(List.of(
                    new Phrase<>("同比增长", 1), new Phrase<>("同比增加", 1), new Phrase<>("同比上升", 1),
                    new Phrase<>("增长", 1), new Phrase<>("增加", 1), new Phrase<>("上升", 1),
                    new Phrase<>("同比下降", -1), new Phrase<>("同比减少", -1), new Phrase<>("同比下滑", -1),
                    new Phrase<>("下降", -1), new Phrase<>("减少", -1), new Phrase<>("下滑", -1)))
            .percentWords(List.of("%", "％"))
            .countClassifiers(List.of("个", "家", "名", "位", "项", "人", "批", "场", "次", "户"))
            .numbers('.', ",", null, Long.MAX_VALUE)
            .magnitudeSpace("")
            .build();

    static final Lexicon RUSSIAN = new Builder(Locale.forLanguageTag("ru"))
            .qualifierPrefixes(List.of(
                    q("более", Qualifier.MORE_THAN), q("свыше", Qualifier.MORE_THAN), q("больше", Qualifier.MORE_THAN),
                    q("не менее", Qualifier.AT_LEAST), q("как минимум", Qualifier.AT_LEAST),
                    q("менее", Qualifier.LESS_THAN), q("меньше", Qualifier.LESS_THAN),
                    q("до", Qualifier.UP_TO), q("не более", Qualifier.UP_TO),
                    q("почти", Qualifier.NEARLY), q("около", Qualifier.ABOUT), q("примерно", Qualifier.ABOUT),
                    q("порядка", Qualifier.ABOUT), q("приблизительно", Qualifier.ABOUT)))
            .totalMarkers(List.of("всего", "в общей сложности", "в общей сумме"))
            .magnitudes(List.of(m("тыс.", 3), m("тыс", 3), m("тысяча", 3), m("тысячи", 3), m("тысяч", 3),
                    m("млн", 6), m("млн.", 6), m("миллион", 6), m("миллиона", 6), m("миллионов", 6),
                    m("млрд", 9), m("млрд.", 9), m("миллиард", 9), m("миллиарда", 9), m("миллиардов", 9),
                    m("трлн", 12), m("трлн.", 12), m("триллион", 12), m("триллиона", 12), m("триллионов", 12)))
            .canonicalMagnitudes(List.of(m("тыс.", 3), m("млн", 6), m("млрд", 9), m("трлн", 12)))
            .directions(List.of(
                    new Phrase<>("рост на", 1), new Phrase<>("увеличение на", 1), new Phrase<>("вырос на", 1),
                    new Phrase<>("выросла на", 1), new Phrase<>("выросли на", 1), new Phrase<>("прирост на", 1),
                    new Phrase<>("снижение на", -1), new Phrase<>("сокращение на", -1), new Phrase<>("падение на", -1),
                    new Phrase<>("снизился на", -1), new Phrase<>("снизилась на", -1), new Phrase<>("снизились на", -1)))
            .percentWords(List.of("%", "％", "процента", "процентов", "процент"))
            .numbers(',', " \u00A0\u202F", " ", 10000)
            .magnitudeSpace(" ")
            .build();

    /** Collects a language's phrases; every list defaults to empty. */
    private static final class Builder {
        private final Locale locale;
        private List<Phrase<Qualifier>> qualifierPrefixes = List.of();
        private List<Phrase<Qualifier>> qualifierSuffixes = List.of();
        private List<String> totalMarkers = List.of();
        private List<Phrase<Integer>> magnitudes = List.of();
        private List<Phrase<Integer>> canonicalMagnitudes = List.of();
        private List<Phrase<Integer>> directions = List.of();
        private List<String> percentWords = List.of();
        private List<String> countClassifiers = List.of();
        private char decimalSeparator;
        private String groupSeparators;
        private String canonicalGroupSeparator;
        private long groupingThreshold;
        private boolean numberWords;
        private String magnitudeSpace;

        Builder(Locale locale) {
            this.locale = locale;
        }

        Builder qualifierPrefixes(List<Phrase<Qualifier>> v) {
            qualifierPrefixes = v;
            return this;
        }

        Builder qualifierSuffixes(List<Phrase<Qualifier>> v) {
            qualifierSuffixes = v;
            return this;
        }

        Builder totalMarkers(List<String> v) {
            totalMarkers = v;
            return this;
        }

        Builder magnitudes(List<Phrase<Integer>> v) {
            magnitudes = v;
            return this;
        }

        Builder canonicalMagnitudes(List<Phrase<Integer>> v) {
            canonicalMagnitudes = v;
            return this;
        }

        Builder directions(List<Phrase<Integer>> v) {
            directions = v;
            return this;
        }

        Builder percentWords(List<String> v) {
            percentWords = v;
            return this;
        }

        Builder countClassifiers(List<String> v) {
            countClassifiers = v;
            return this;
        }

        Builder numbers(char decimal, String groups, String canonicalGroup, long threshold) {
            decimalSeparator = decimal;
            groupSeparators = groups;
            canonicalGroupSeparator = canonicalGroup;
            groupingThreshold = threshold;
            return this;
        }

        Builder numberWords(boolean v) {
            numberWords = v;
            return this;
        }

        Builder magnitudeSpace(String v) {
            magnitudeSpace = v;
            return this;
        }

        Lexicon build() {
            return new Lexicon(this);
        }
    }
}
