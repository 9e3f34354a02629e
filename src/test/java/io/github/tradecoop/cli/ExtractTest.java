package io.github.tradecoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tradecoop extract}: figures of text files with their place, kinds and bounds. */
class ExtractTest {

    @Test
    void printsEachFigureWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("release.txt");
        Files.writeString(file, "Opening\nThe fair signed 55 projects worth RMB 13.6 billion.\n展会吸引了超过1500家企业。\n");
        MainTest.Run run = MainTest.run("extract", file.toString());
        assertEquals(Main.OK, run.status(), run.err());
        assertEquals(List.of(
                file + ":2:17: COUNT \"55 projects\" [55, 55] projects",
                file + ":2:35: AMOUNT \"RMB 13.6 billion\" [13550000000, 13650000000] CNY",
                file + ":3:6: COUNT \"超过1500家企业\" [1501, ∞) 企业"), run.out().lines().toList());
    }

    @Test
    void aLanguageCanBeChosen(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.txt");
        Files.writeString(file, "RMB 13.6 billion; 136亿元");
        MainTest.Run run = MainTest.run("extract", "--lang", "zh", file.toString());
        assertEquals(List.of(file + ":1:19: AMOUNT \"136亿元\" [13550000000, 13650000000] CNY"), run.out().lines().toList());
    }

    @Test
    void theCurrencyOfAReportCanBeNamed(@TempDir Path dir) throws Exception {
        // a Hong Kong release writes "$" and 元 for Hong Kong dollars; an Australian one "$" for Australian dollars
        Path file = dir.resolve("hk.txt");
        Files.writeString(file, "Exports were $3.5 billion. 出口35億元。\n");
        assertEquals(List.of(file + ":1:14: AMOUNT \"$3.5 billion\" [3450000000, 3550000000] HKD",
                file + ":1:30: AMOUNT \"35億元\" [3450000000, 3550000000] HKD"),
                MainTest.run("extract", "--currency", "HKD", file.toString()).out().lines().toList());
        assertEquals(List.of(file + ":1:30: AMOUNT \"35億元\" [3450000000, 3550000000] HKD"),
                MainTest.run("extract", "--lang", "zh", "--currency=hkd", file.toString()).out().lines().toList());
        assertEquals(List.of(file + ":1:14: AMOUNT \"$3.5 billion\" [3450000000, 3550000000] USD",
                file + ":1:30: AMOUNT \"35億元\" [3450000000, 3550000000] CNY"),
                MainTest.run("extract", file.toString()).out().lines().toList());
        MainTest.Run unknown = MainTest.run("extract", "--currency", "XX", file.toString());
        assertEquals(Main.UNUSABLE, unknown.status());
        assertTrue(unknown.err().contains("--currency needs an ISO 4217 code"), unknown.err());
    }

    @Test
    void jsonLinesCarryTheFigureAndItsChange(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trade.txt");
        Files.writeString(file, "Exports were \"RMB 3.15 billion\", up 51.9%.");
        MainTest.Run run = MainTest.run("extract", "--json", file.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertEquals("{\"file\":\"" + file + "\",\"line\":1,\"column\":15,\"start\":14,\"end\":30,\"kind\":\"AMOUNT\","
                + "\"text\":\"RMB 3.15 billion\",\"bounds\":\"[3145000000, 3155000000]\",\"value\":\"3150000000\","
                + "\"resolution\":\"10000000\",\"qualifier\":\"EXACT\",\"currency\":\"CNY\",\"change\":\"up 51.9%\"}",
                lines.get(0));
        assertTrue(lines.get(1).endsWith("\"text\":\"up 51.9%\",\"bounds\":\"[51.85, 51.95]\",\"value\":\"51.9\","
                + "\"resolution\":\"0.1\",\"qualifier\":\"EXACT\",\"isChange\":true}"), lines.get(1));
    }

    @Test
    void noFigureIsExitOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("none.txt");
        Files.writeString(file, "The fair opened in 2023 and closed on Sept. 10.");
        MainTest.Run run = MainTest.run("extract", file.toString());
        assertEquals(Main.PROBLEMS, run.status());
        assertEquals("", run.out());
    }

    @Test
    void unreadableOrMalformedInputIsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'5', '%', ' ', (byte) 0xC3, (byte) 0x28});
        MainTest.Run malformed = MainTest.run("extract", bad.toString());
        assertEquals(Main.UNUSABLE, malformed.status());
        assertEquals(List.of(bad + ":0:0: not UTF-8: malformed bytes near byte 3"), malformed.err().lines().toList());
        MainTest.Run missing = MainTest.run("extract", dir.resolve("missing.txt").toString());
        assertEquals(Main.UNUSABLE, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertEquals(Main.UNUSABLE, MainTest.run("extract").status());
        assertEquals(Main.UNUSABLE, MainTest.run("extract", "--lang", "de", bad.toString()).status());
    }

    @Test
    void aByteOrderMarkKeepsColumns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.txt");
        Files.write(file, ("\uFEFFup 5%").getBytes(StandardCharsets.UTF_8));
        MainTest.Run run = MainTest.run("extract", file.toString());
        assertEquals(List.of(file + ":1:2: PERCENTAGE \"up 5%\" [4.5, 5.5]"), run.out().lines().toList());
    }
}
