package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link FigureFormat#find} over a labelled corpus: the seed press
 * release and paragraphs in the style of real fair and trade reports, written around real
 * figures (each paragraph cites its pages) with distractors that are not figures. A figure
 * counts as found when its span is exactly the labelled one and its kind and bounds are equal.
 * The labels are {@code ⟦text|KIND|bounds⟧} inside the text.
 */
class FindingQualityTest {

    /** A labelled figure: span, kind, bounds. */
    record Label(int start, int end, String kind, String bounds) {
    }

    /** A paragraph without its labels, and its labels. */
    record Paragraph(String file, int number, String text, List<Label> labels) {
    }

    static List<Paragraph> paragraphs(String file) {
        String content;
        try (InputStream in = FindingQualityTest.class.getResourceAsStream("paragraphs/" + file)) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        int number = 0;
        for (String block : content.split("(?m)^---$")) {
            StringBuilder text = new StringBuilder();
            List<Label> labels = new ArrayList<>();
            boolean cited = false;
            for (String line : block.strip().split("\n", -1)) {
                if (line.startsWith("# source:")) {
                    cited = true;
                    continue;
                }
                int i = 0;
                while (i < line.length()) {
                    int open = line.indexOf('⟦', i);
                    if (open < 0) {
                        text.append(line, i, line.length());
                        break;
                    }
                    int close = line.indexOf('⟧', open);
                    text.append(line, i, open);
                    String[] parts = line.substring(open + 1, close).split("\\|");
                    if (parts.length != 3) {
                        throw new IllegalStateException(file + ": bad label " + line.substring(open, close + 1));
                    }
                    labels.add(new Label(text.length(), text.length() + parts[0].length(), parts[1], parts[2]));
                    text.append(parts[0]);
                    i = close + 1;
                }
                text.append('\n');
            }
            number++;
            if (!cited) {
                throw new IllegalStateException(file + " paragraph " + number + " cites no source");
            }
            paragraphs.add(new Paragraph(file, number, text.toString(), labels));
        }
        return paragraphs;
    }

    /** Found and labelled figures compared; counts of true positives, found and labelled. */
    private static int[] score(List<Paragraph> paragraphs, FigureFormat format, List<String> misses) {
        int matched = 0;
        int found = 0;
        int labelled = 0;
        for (Paragraph paragraph : paragraphs) {
            Set<Label> expected = new HashSet<>(paragraph.labels());
            List<FoundFigure> figures = format == null ? FigureFormat.findAll(paragraph.text()) : format.find(paragraph.text());
            for (FoundFigure figure : figures) {
                Label label = new Label(figure.start(), figure.end(), figure.kind().name(), figure.bounds().toString());
                if (expected.remove(label)) {
                    matched++;
                } else {
                    misses.add(paragraph.file() + " #" + paragraph.number() + " found " + figure);
                }
            }
            for (Label label : expected) {
                misses.add(paragraph.file() + " #" + paragraph.number() + " missed " + label.kind() + " \""
                        + paragraph.text().substring(label.start(), label.end()) + "\" " + label.bounds());
            }
            found += figures.size();
            labelled += paragraph.labels().size();
        }
        return new int[] {matched, found, labelled};
    }

    @Test
    void precisionAndRecallAreAtLeast95PercentInEachLanguage() {
        List<String> misses = new ArrayList<>();
        int[] total = new int[3];
        StringBuilder report = new StringBuilder("figure finding over the labelled corpus:\n");
        for (String language : List.of("en", "zh", "ru")) {
            List<Paragraph> paragraphs = new ArrayList<>(paragraphs(language + ".txt"));
            if (language.equals("en")) {
                paragraphs.addAll(paragraphs("seed.txt"));
            }
            assertTrue(paragraphs.size() >= 10, language + " has " + paragraphs.size() + " paragraphs");
            int[] own = score(paragraphs, FigureFormat.of(Locale.forLanguageTag(language)), misses);
            int[] auto = score(paragraphs, null, misses);
            for (int[] s : List.of(own, auto)) {
                for (int k = 0; k < 3; k++) {
                    total[k] += s[k];
                }
            }
            report.append(line(language + " find", own)).append(line(language + " findAll", auto));
            assertTrue(precision(own) >= 0.95 && recall(own) >= 0.95, report + String.join("\n", misses));
            assertTrue(precision(auto) >= 0.95 && recall(auto) >= 0.95, report + String.join("\n", misses));
        }
        report.append(line("all", total));
        System.out.print(report);
        misses.forEach(System.out::println);
        assertTrue(precision(total) >= 0.95 && recall(total) >= 0.95, report.toString());
    }

    private static double precision(int[] s) {
        return s[1] == 0 ? 1 : (double) s[0] / s[1];
    }

    private static double recall(int[] s) {
        return s[2] == 0 ? 1 : (double) s[0] / s[2];
    }

    private static String line(String name, int[] s) {
        return String.format(Locale.ROOT, "  %-11s precision %.3f (%d of %d found), recall %.3f (%d of %d labelled)%n",
                name, precision(s), s[0], s[1], recall(s), s[0], s[2]);
    }
}
