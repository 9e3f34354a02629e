package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding reported figures in running text: what is found, what is not, and that nothing breaks it. */
class FigureFinderTest {

    static String seed() {
        try (InputStream in = FigureFinderTest.class.getResourceAsStream("seed-press-release.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(List<FoundFigure> found) {
        return found.stream().map(FoundFigure::text).toList();
    }

    @Test
    void everyFigureOfTheSeedIsFoundWithItsBoundsAndNoun() {
        String seed = seed();
        List<FoundFigure> found = FigureFormat.english().find(seed);
        assertEquals(List.of("More than one hundred entrepreneurs", "55 projects", "RMB 13.6 billion", "227 enterprises",
                "122", "RMB 4.06 billion", "a year-on-year increase of 80.2%", "RMB 3.15 billion",
                "an increase of 51.9%", "RMB 910 million", "an increase of 404.9%"), texts(found));
        FoundFigure entrepreneurs = found.get(0);
        assertEquals(FoundFigure.Kind.COUNT, entrepreneurs.kind());
        assertEquals("[101, ∞)", entrepreneurs.bounds().toString());
        assertEquals("entrepreneurs", entrepreneurs.noun().orElseThrow());
        FoundFigure signed = found.get(2);
        assertEquals(Currency.getInstance("CNY"), signed.currency().orElseThrow());
        assertEquals("[13550000000, 13650000000]", signed.bounds().toString());
        assertEquals(signed.text(), seed.substring(signed.start(), signed.end()));
        assertEquals(ReportedAmountOf.of("RMB 13.6 billion"), signed.amount().orElseThrow());
        assertEquals(FigureFormat.english().find(seed), FigureFormat.findAll(seed));
    }

    /** Shorthand for the expected amount. */
    private static final class ReportedAmountOf {
        static io.github.tradecoop.figure.ReportedAmount of(String text) {
            return FigureFormat.english().parseAmount(text);
        }
    }

    @Test
    void aChangeInTheSameClauseBelongsToItsFigure() {
        List<FoundFigure> found = FigureFormat.findAll(
                "Total trade was RMB 4.06 billion, up 80.2%. 出口31.5亿元，同比增长51.9%。"
                        + "Экспорт составил 3,15 млрд юаней, что на 51,9% больше. Exports rose 5% to $3 billion.");
        assertEquals(List.of("RMB 4.06 billion", "up 80.2%", "31.5亿元", "同比增长51.9%", "3,15 млрд юаней", "51,9% больше",
                "rose 5%", "$3 billion"), texts(found));
        assertEquals("up 80.2%", found.get(0).change().orElseThrow().text());
        assertEquals("[80.15, 80.25]", found.get(0).change().orElseThrow().bounds().toString());
        assertEquals("同比增长51.9%", found.get(2).change().orElseThrow().text());
        assertEquals("51,9% больше", found.get(4).change().orElseThrow().text());
        assertEquals("rose 5%", found.get(7).change().orElseThrow().text());
        assertTrue(found.get(1).isChange());
        assertTrue(found.get(1).change().isEmpty());
    }

    @Test
    void aChangeInTheNextSentenceDoesNotBelong() {
        List<FoundFigure> found = FigureFormat.english().find("Exports were RMB 3 billion. Imports rose 5%.");
        assertTrue(found.get(0).change().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The fair opened in 2023 and closed on Sept. 10, 2024.", "第四届博览会于2024年5月17日开幕。",
        "8-е ЭКСПО прошло 17 мая 2024 года в 10:30.", "Call +86-24-2345-6789 or (024) 2345 6789.",
        "Under Article 5 of the rules, and 第五条, and статья 15.", "The G20, Boeing 737, 5G and COVID-19 were discussed.",
        "1. Opening\n2) Forums\n(3) Visits", "Growth of 30-40% is expected; 8万到10万人.", "It was the 20th fair, the fifth one.",
        "Route 66, B2B and ASEAN+3 meetings.", "In 2023 exports grew.", "一带一路倡议", "VIII Российско-китайское ЭКСПО"})
    void distractorsAreNotFigures(String text) {
        assertEquals(List.of(), texts(FigureFormat.findAll(text)), text);
    }

    @Test
    void eachLanguageFindsOnlyItsOwnFigures() {
        String mixed = "RMB 13.6 billion; 136亿元; 13,6 млрд юаней";
        assertEquals(List.of("RMB 13.6 billion"), texts(FigureFormat.english().find(mixed)));
        assertEquals(List.of("136亿元"), texts(FigureFormat.chinese().find(mixed)));
        assertEquals(List.of("13,6 млрд юаней"), texts(FigureFormat.russian().find(mixed)));
        assertEquals(List.of("RMB 13.6 billion", "136亿元", "13,6 млрд юаней"), texts(FigureFormat.findAll(mixed)));
    }

    @Test
    void offsetsAreUtf16IndexesIntoTheText() {
        String text = "😀 展会吸引了超过1500家企业。";
        FoundFigure figure = FigureFormat.findAll(text).get(0);
        assertEquals("超过1500家企业", figure.text());
        assertEquals(text.indexOf("超过"), figure.start());
        assertEquals(figure.text(), text.substring(figure.start(), figure.end()));
        assertEquals("企业", figure.noun().orElseThrow());
    }

    /** What every result of find must satisfy: spans in order, not overlapping, each the text it names. */
    private static boolean wellFormed(String text, List<FoundFigure> found) {
        int previousEnd = 0;
        for (FoundFigure figure : found) {
            if (figure.start() < previousEnd || figure.end() <= figure.start() || figure.end() > text.length()
                    || !text.substring(figure.start(), figure.end()).equals(figure.text())) {
                return false;
            }
            previousEnd = figure.end();
        }
        return true;
    }

    @Test
    void randomUnicodeNeverBreaksFinding() {
        qt().withExamples(2000)
                .forAll(strings().allPossible().ofLengthBetween(0, 200))
                .check(text -> wellFormed(text, FigureFormat.findAll(text))
                        && wellFormed(text, FigureFormat.chinese().find(text)));
    }

    @Test
    void figureLikeNoiseNeverBreaksFinding() {
        List<String> pieces = List.of("1", "13.6", "1,500", " ", "亿", "万", "元", "%", "billion", "млрд", "more than ",
                "近", "多", "up ", "на ", "больше", "$", "RMB ", "юаней", "个百分点", "square meters", "家", "企业", "-", "+",
                "两", "三", "十", "a total of ", "同比增长", "year on year", ". ", "，", "\n", "G", "2023", "第", ":", "(",
                "\uD800", "😀", "點", "点", "〇", "百分之", "萬", "億", "餘", "兆", "成長", "、", "和", "~", "签约", "一批",
                "сто", "двадцать", "тысячи", "полтора", " с половиной", "-ти", "раза", "между ", "No. ", "#", "between ",
                " and ", " to ", "the two ", "basis points", "hectares", "+ ", "a hundred ", "tenge");
        qt().withExamples(5000)
                .forAll(lists().of(arbitrary().pick(pieces)).ofSizeBetween(0, 40))
                .check(list -> {
                    String text = String.join("", list);
                    return wellFormed(text, FigureFormat.findAll(text));
                });
    }

    @Test
    void hugeAndOddInputsAreSearchedToTheEnd() {
        String digits = "1".repeat(1_000_000) + " and more than 100 enterprises";
        List<FoundFigure> found = FigureFormat.english().find(digits);
        assertEquals(List.of("more than 100 enterprises"), texts(found));
        assertEquals(List.of(), FigureFormat.findAll("(".repeat(100_000) + ")".repeat(100_000)));
        assertEquals(List.of(), FigureFormat.findAll("\uD800\uDC00\uD800 5\uDC00 亿"));
        assertEquals(List.of("up 5%"), texts(FigureFormat.findAll("more than, ".repeat(10_000) + "up 5%")));
        // a list of 100,000 amounts that never names its currency, and numerals read digit by digit without end
        assertEquals(List.of(), FigureFormat.findAll("3.5亿、".repeat(100_000)));
        assertEquals(List.of(), FigureFormat.findAll("一二三四五六七八九〇".repeat(10_000)));
    }

    /** Structures met in real reports while checking the finder on them (sentences reworded, figures kept). */
    @Test
    void structuresOfRealReports() {
        assertEquals(List.of("сократился за период на 42,1%", "17,3 млрд юаней"),
                texts(FigureFormat.russian().find("Экспорт сократился за период на 42,1% до 17,3 млрд юаней.")));
        assertEquals(List.of("86 investment projects", "263.87 billion yuan"),
                texts(FigureFormat.english().find("In all, 86 investment projects worth 263.87 billion yuan were signed.")));
        assertEquals(List.of("More than 2,000 domestic manufacturers"),
                texts(FigureFormat.english().find("More than 2,000 domestic manufacturers attended.")));
        assertEquals(List.of("grew 3.7 percent", "11.46 trillion yuan"),
                texts(FigureFormat.english().find("Exports grew 3.7 percent to 11.46 trillion yuan.")));
        assertEquals(List.of(), texts(FigureFormat.english().find("Around 600 to 700 visitors came each session.")));
        assertEquals(List.of("5万人", "6大洲", "74个国家和地区"),
                texts(FigureFormat.chinese().find("共有5万人参加，来自共6大洲74个国家和地区。")));
        assertEquals(List.of("同比增长62.8%"), texts(FigureFormat.chinese().find("前5个月进口同比增长62.8%。")));
        assertEquals(List.of(), texts(FigureFormat.chinese().find("投资额在20亿至50亿元之间。")));
        FoundFigure level = FigureFormat.russian().find("Товарооборот вырос на 12,3% до $30 млрд.").get(1);
        assertEquals("$30 млрд", level.text());
        assertEquals("вырос на 12,3%", level.change().orElseThrow().text());
    }
}
