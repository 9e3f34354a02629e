package io.github.tradecoop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the documentation honest: a Java block in README.md or docs/ that follows a
 * {@code <!-- snippet: FILE#TAG -->} comment must equal the region of FILE between
 * {@code // tag::TAG[]} and {@code // end::TAG[]}, which the test suite compiles and runs.
 */
class DocSnippetsTest {

    private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->\\R```java\\R(.*?)\\R```",
            Pattern.DOTALL);

    @Test
    void everySnippetMatchesItsSource() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        int checked = 0;
        for (Path page : pages) {
            String text = Files.readString(page);
            int javaBlocks = text.split("```java", -1).length - 1;
            Matcher m = SNIPPET.matcher(text);
            while (m.find()) {
                String expected = region(Path.of(m.group(1)), m.group(2));
                assertEquals(expected, m.group(3), page + " shows a stale copy of " + m.group(1) + "#" + m.group(2));
                checked++;
                javaBlocks--;
            }
            assertEquals(0, javaBlocks, page + " has Java blocks that no compiled code backs; mark them <!-- snippet: FILE#TAG -->");
        }
        assertTrue(checked >= 15, "expected the guides' snippets, found " + checked);
    }

    /** The lines between the tag comments, without their common indentation. */
    static String region(Path file, String tag) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("// tag::" + tag + "[]")) {
                start = i + 1;
            } else if (line.equals("// end::" + tag + "[]")) {
                end = i;
            }
        }
        assertFalse(start < 0 || end < start, file + " has no region " + tag);
        // Marker lines of other (nested) tags are not part of what a page shows.
        List<String> region = lines.subList(start, end).stream()
                .filter(l -> !l.strip().matches("// (tag|end)::[\\w-]+\\[]")).toList();
        int indent = region.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }
}
