package io.github.tradecoop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Printed output in the docs is what the code prints: a text block after
 * {@code <!-- output: ARGS -->} is the standard output of the command line with ARGS, and a
 * JSON block after {@code <!-- json-excerpt -->} appears in one of the shipped examples.
 */
class DocOutputsTest {

    private static final Pattern OUTPUT = Pattern.compile("<!-- output: (.+?) -->\\R```text\\R(.*?)\\R```", Pattern.DOTALL);
    private static final Pattern EXCERPT = Pattern.compile("<!-- json-excerpt -->\\R```json\\R(.*?)\\R```", Pattern.DOTALL);

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        return pages;
    }

    @Test
    void commandOutputsAreWhatTheCommandPrints() throws IOException {
        int checked = 0;
        for (Path page : pages()) {
            Matcher m = OUTPUT.matcher(Files.readString(page));
            while (m.find()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int status = Main.run(m.group(1).split(" "), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                assertEquals(Main.OK, status, page + ": " + m.group(1));
                assertEquals(out.toString(StandardCharsets.UTF_8).stripTrailing(), m.group(2),
                        page + " shows stale output of: " + m.group(1));
                checked++;
            }
        }
        assertTrue(checked >= 5, "found " + checked);
    }

    @Test
    void jsonExcerptsComeFromTheExamples() throws IOException {
        String examples = squeeze(Files.readString(Path.of("docs/examples/shenyang-2024-fair.json"))
                + Files.readString(Path.of("docs/examples/shenyang-2023-trade.json")));
        int checked = 0;
        for (Path page : pages()) {
            Matcher m = EXCERPT.matcher(Files.readString(page));
            while (m.find()) {
                String excerpt = squeeze(m.group(1));
                // An excerpt of several properties is shown as one object: compare its inside.
                String inside = excerpt.substring(1, excerpt.length() - 1);
                assertTrue(examples.contains(inside), page + " shows JSON that is not in the examples: " + m.group(1));
                checked++;
            }
        }
        assertTrue(checked >= 5, "found " + checked);
    }

    private static String squeeze(String json) {
        return json.replaceAll("\\s+", "");
    }
}
