package io.github.tradecoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process on the shipped examples and on broken copies. */
class MainTest {

    private static final String FAIR = "docs/examples/shenyang-2024-fair.json";
    private static final String TRADE = "docs/examples/shenyang-2023-trade.json";

    /** Exit status, standard output and standard error of one run. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path brokenCopy(Path dir, String source, String from, String to) throws Exception {
        String text = Files.readString(Path.of(source));
        assertTrue(text.contains(from), "the example contains " + from);
        Path copy = dir.resolve("broken-" + Path.of(source).getFileName());
        Files.writeString(copy, text.replace(from, to));
        return copy;
    }

    @Test
    void checkOfTheExamplesIsClean() {
        Run run = run("check", FAIR, TRADE);
        assertEquals(Main.OK, run.status(), run.out() + run.err());
        assertEquals("", run.out());
        assertEquals("tradecoop: checked 2 files, 0 problems\n", run.err());
    }

    @Test
    void checkPrintsOneLinePerProblemWithFileLineColumnAndPointer(@TempDir Path dir) throws Exception {
        Path broken = brokenCopy(dir, TRADE, "\"value\": \"4060000000\"", "\"value\": \"4600000000\"");
        Run run = run("check", broken.toString());
        assertEquals(Main.PROBLEMS, run.status());
        assertEquals(List.of(broken + ":16:16: /flows/0/value: TOTAL RMB 4.60 billion is outside EXPORT + IMPORT"
                + " = [4.0545, 4.0655] billion"), run.out().lines().toList());
    }

    @Test
    void checkSpeaksChineseAndRussian(@TempDir Path dir) throws Exception {
        Path broken = brokenCopy(dir, FAIR, "\"country\": \"CN\"\n  },", "\"country\": \"China\"\n  },");
        assertEquals(broken + ":8:16: /venue/country: 必须是ISO 3166-1两位字母国家代码，例如CN或RU\n",
                run("check", "--lang", "zh", broken.toString()).out());
        assertEquals(broken + ":8:16: /venue/country: должен быть двухбуквенным кодом страны ISO 3166-1, например CN или RU\n",
                run("check", "--lang=ru", broken.toString()).out());
    }

    @Test
    void unusableInputExitsWithTwo(@TempDir Path dir) throws Exception {
        Path notJson = dir.resolve("notes.json");
        Files.writeString(notJson, "{\"id\": \"f\", \"startDate\": \"2024-01-29\", oops}");
        Run run = run("check", notJson.toString(), FAIR, dir.resolve("missing.json").toString());
        assertEquals(Main.UNUSABLE, run.status());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(notJson + ":1:"), lines.get(0));
        assertTrue(lines.get(0).contains(": not valid JSON: "), lines.get(0));
        assertEquals(dir.resolve("missing.json") + ":0:0: /: no such file", lines.get(1));
    }

    @Test
    void problemsInOneFileAndAnUnusableOtherExitWithTwo(@TempDir Path dir) throws Exception {
        Path broken = brokenCopy(dir, TRADE, "\"value\": \"4060000000\"", "\"value\": \"4600000000\"");
        assertEquals(Main.UNUSABLE, run("check", broken.toString(), dir.resolve("none.json").toString()).status());
    }

    @Test
    void summaryOfTheFairStatesItsFigures() {
        Run run = run("summary", FAIR);
        assertEquals(Main.OK, run.status(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("2024 China-Russia (Shenyang) Economic and Trade Cooperation Fair\n"), out);
        assertTrue(out.contains("\nOpened: 2024-01-29\n"), out);
        assertTrue(out.contains("\nVenue: Shenyang, Liaoning, CN\n"), out);
        assertTrue(out.contains("\nHosts: Shenyang Municipal People's Government; Department of Commerce of Liaoning"
                + " Province; Foreign Affairs Office of the People's Government of Liaoning Province\n"), out);
        assertTrue(out.contains("\n  more than 100 entrepreneurs (from RU, EAEU)\n"), out);
        assertTrue(out.contains("\nSigned: 55 projects, RMB 13.6 billion\n"), out);
        assertTrue(out.contains("\n    presented by: Duan Jiyang, Yang Xiaobo\n"), out);
        assertTrue(out.endsWith("\nConsistency: consistent\n"), out);
    }

    @Test
    void summaryInChineseAndRussian() {
        String chinese = run("summary", "--lang", "zh", FAIR).out();
        assertTrue(chinese.contains("\n主办: 沈阳市人民政府; 辽宁省商务厅; "), chinese);
        assertTrue(chinese.contains("\n签约: 55个项目, 136亿元\n"), chinese);
        String russian = run("summary", "--lang", "ru", TRADE).out();
        assertTrue(russian.contains("\n2023\n  RU  товарооборот  4,06 млрд юаней  +80,2%\n"), russian);
        assertTrue(russian.endsWith("\nСогласованность: данные согласованы\n"), russian);
    }

    @Test
    void summaryOfStatisticsIsATableWithTheVerdict(@TempDir Path dir) throws Exception {
        String out = run("summary", TRADE).out();
        assertTrue(out.contains("\nShenyang, CN\n2023\n  RU  total    RMB 4.06 billion  +80.2%\n"
                + "  RU  exports  RMB 3.15 billion  +51.9%\n  RU  imports  RMB 910 million   +404.9%\n"), out);
        Path broken = brokenCopy(dir, TRADE, "\"value\": \"80.2\"", "\"value\": \"90.0\"");
        String verdict = run("summary", broken.toString()).out();
        assertTrue(verdict.contains("\nConsistency: 1 problem(s)\n  flows[0].yearOnYear: TOTAL growth +90.0% is outside"),
                verdict);
    }

    @Test
    void helpAndBadArgumentsAreShortAndUseful() {
        Run help = run("--help");
        assertEquals(Main.OK, help.status());
        assertTrue(help.out().startsWith("usage: tradecoop check"), help.out());
        for (String[] args : List.of(new String[0], new String[] {"frobnicate"}, new String[] {"check"},
                new String[] {"summary", "a", "b"}, new String[] {"check", "--lang", "de", FAIR},
                new String[] {"check", "--lang"}, new String[] {"check", "--verbose", FAIR})) {
            Run run = run(args);
            assertEquals(Main.UNUSABLE, run.status(), String.join(" ", args));
            assertTrue(run.err().lines().count() <= 12, run.err());
            assertEquals("", run.out());
        }
        assertEquals("tradecoop: unknown command \"frobnicate\": use check, summary or extract\ntry: tradecoop --help\n",
                run("frobnicate").err());
    }
}
