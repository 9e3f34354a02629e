package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The specification of the figure parser: figure phrases as printed in real published reports
 * (fairs, customs and statistics releases, commerce bureaus), one file per language, each row
 * with what it must read as and the page it came from.
 */
class PhrasingCorpusTest {

    /** One phrase of the corpus and what it must read as. */
    record Row(String language, int line, String method, String phrase, String currency, Qualifier qualifier,
            Range bounds, String noun, String url) {
        @Override
        public String toString() {
            return language + ":" + line + " " + method + " \"" + phrase + "\"";
        }
    }

    static List<Row> rows(String language) {
        String name = "phrasings/" + language + ".tsv";
        try (InputStream in = PhrasingCorpusTest.class.getResourceAsStream(name)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] f = lines[i].split("\t", -1);
                if (f.length != 7) {
                    throw new IllegalStateException(name + ":" + (i + 1) + ": expected 7 columns, found " + f.length);
                }
                rows.add(new Row(language, i + 1, f[0], f[1], f[2], Qualifier.valueOf(f[3]), Range.parse(f[4]), f[5],
                        f[6]));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Row> corpus() {
        return Stream.of("en", "zh", "ru").flatMap(language -> rows(language).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyRealPhraseReadsAsLabelled(Row row) {
        FigureFormat format = FigureFormat.of(Locale.forLanguageTag(row.language()));
        Range bounds;
        Qualifier qualifier;
        String currency = "-";
        switch (row.method()) {
            case "amount", "amount-in" -> {
                if (row.method().equals("amount-in")) {
                    // a symbol several currencies write ("Sh"): refused alone, read once the reader is told the currency
                    FigureFormat plain = format;
                    assertThrows(FigureParseException.class, () -> plain.parseAmount(row.phrase()));
                    format = format.withDefaultCurrency(Currency.getInstance(row.currency()));
                }
                ReportedAmount amount = format.parseAmount(row.phrase());
                bounds = amount.bounds();
                qualifier = amount.qualifier();
                currency = amount.currency().getCurrencyCode();
            }
            case "count" -> {
                Count count = format.parseCount(row.phrase());
                bounds = count.bounds();
                qualifier = count.qualifier();
            }
            case "percentage" -> {
                Percentage percentage = format.parsePercentage(row.phrase());
                bounds = percentage.bounds();
                qualifier = percentage.figure().qualifier();
            }
            case "points" -> {
                PercentagePoints points = format.parsePoints(row.phrase());
                bounds = points.bounds();
                qualifier = points.qualifier();
            }
            case "quantity" -> {
                Quantity quantity = format.parseQuantity(row.phrase());
                bounds = quantity.bounds();
                qualifier = quantity.qualifier();
            }
            default -> throw new IllegalStateException("unknown method " + row.method());
        }
        assertEquals(row.currency(), currency, "currency");
        assertEquals(row.qualifier(), qualifier, "qualifier");
        assertEquals(row.bounds(), bounds, "bounds");
    }

    /** The tables of accepted forms in docs/figures.md show real phrases only (scripts/phrasing-forms.py writes them). */
    @Test
    void formsTableOfTheGuideShowsCorpusPhrases() throws IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("docs/figures.md"));
        for (String language : List.of("en", "zh", "ru")) {
            java.util.regex.Matcher block = java.util.regex.Pattern
                    .compile("<!-- forms:" + language + " -->(.*?)<!-- /forms -->", java.util.regex.Pattern.DOTALL)
                    .matcher(guide);
            assertTrue(block.find(), "docs/figures.md has no forms table for " + language);
            Set<String> phrases = new HashSet<>();
            rows(language).forEach(row -> phrases.add(row.phrase()));
            java.util.regex.Matcher example = java.util.regex.Pattern.compile("`([^`]+)`").matcher(block.group(1));
            int examples = 0;
            while (example.find()) {
                assertTrue(phrases.contains(example.group(1)), "\"" + example.group(1) + "\" in the " + language
                        + " table of docs/figures.md is not a corpus phrase");
                examples++;
            }
            assertTrue(examples >= 30, language + " table shows " + examples + " examples");
        }
    }

    @Test
    void corpusIsLargeVariedAndCited() {
        for (String language : List.of("en", "zh", "ru")) {
            List<Row> rows = rows(language);
            assertTrue(rows.size() >= 90, language + " has " + rows.size() + " rows");
            Set<String> pages = new HashSet<>();
            for (Row row : rows) {
                assertTrue(row.url().startsWith("http://") || row.url().startsWith("https://"), row + " has no address");
                pages.add(row.url());
            }
            assertTrue(pages.size() >= 25, language + " comes from " + pages.size() + " pages");
        }
        assertTrue(corpus().count() >= 300);
    }
}
