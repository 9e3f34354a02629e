package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.figure.Count;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a count counts, found after its number (docs/finding.md, "What a figure's span holds"):
 * a Chinese classifier and its noun, a Chinese noun after a magnitude, one Russian word, or the
 * English plural that heads the noun. The noun is read as written, where it stands in the text.
 */
class CountNounsTest {

    private static final FigureFormat EN = FigureFormat.english();
    private static final FigureFormat ZH = FigureFormat.chinese();
    private static final FigureFormat RU = FigureFormat.russian();

    private static FoundFigure only(List<FoundFigure> found) {
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    private static void assertNoun(String noun, String span, FoundFigure figure) {
        assertEquals(span, figure.text());
        assertEquals(noun, figure.noun().orElseThrow());
    }

    // --- Chinese ---

    @Test
    void aClassifierAndTheNounAfterItInsideASentence() {
        String text = "本届展会共有1653家企业参展。";
        FoundFigure enterprises = only(ZH.find(text));
        assertNoun("企业", "1653家企业", enterprises);
        assertEquals("1653家企业", text.substring(enterprises.start(), enterprises.end()));
        assertNoun("国家", "20个国家", only(ZH.find("共有20个国家参展。")));
    }

    @Test
    void aClassifierAloneIsTheNoun() {
        assertNoun("人次", "23.4万人次", only(ZH.find("展会吸引23.4万人次。")));
        // 参加 ends the noun: "5万人参加" counts 人
        assertNoun("人", "5万人", only(ZH.find("展会吸引5万人参加。")));
        // 以上 after the classifier qualifies the number; it is not a noun
        FoundFigure atLeast = only(ZH.find("共有100家以上。"));
        assertNoun("家", "100家以上", atLeast);
    }

    @Test
    void aChineseNounWithoutAClassifierAfterAMagnitude() {
        String text = "展会吸引21万专业观众。";
        FoundFigure visitors = only(ZH.find(text));
        assertNoun("专业观众", "21万专业观众", visitors);
        assertEquals(4, visitors.start());
    }

    @Test
    void whileFindingAChineseNounIsAtMostTenCharacters() {
        // a long run of Han characters is a sentence, not a noun: the noun is cut after ten ("116家重点农产品流通企业",
        // district.ce.cn/newarea/roll/201211/29/t20121129_23892498, is nine)
        FoundFigure groups = only(ZH.find("共有200家中外知名大型企业集团代表参会。"));
        assertNoun("中外知名大型企业集团", "200家中外知名大型企业集团", groups);
        assertEquals(10, groups.noun().orElseThrow().length());
        assertNoun("重点农产品流通企业", "116家重点农产品流通企业", only(ZH.find("与116家重点农产品流通企业和产销大户企业对接。")));
    }

    @Test
    void aWordThatEndsANounMayBeginOne() {
        // 参展 ends "企业参展" but begins 参展商, exhibitors
        assertNoun("参展商", "500家参展商", only(ZH.find("本届共有500家参展商。")));
        assertNoun("企业", "1653家企业", only(ZH.find("共有1653家企业参展。")));
    }

    @Test
    void whenParsingOneFigureTheNounIsTheRestOfTheHanCharacters() {
        assertEquals(Count.exactly(200), ZH.parseCount("200家中外知名大型企业集团代表"));
        assertEquals(Count.exactly(1653), ZH.parseCount("1653家企业"));
    }

    @Test
    void aDurationAfterAClassifierIsNoCount() {
        assertTrue(ZH.find("前5个月出口增长。").isEmpty());
    }

    @Test
    void aNounIsNeverEmpty() {
        // where a word that is no noun follows the number (来自, 的), no empty noun is made up
        for (String text : List.of("展会吸引5万来自全国的观众。", "展会吸引5万的观众。", "共有5家以上企业参展。",
                "展会吸引23.4万人次。", "共有200家中外知名大型企业集团代表参会。", "The fair signed 55 projects.")) {
            for (FoundFigure figure : FigureFormat.findAll(text)) {
                figure.noun().ifPresent(noun -> assertFalse(noun.isEmpty(), text));
            }
        }
    }

    // --- Russian ---

    @Test
    void aRussianNounIsOneWord() {
        FoundFigure companies = only(RU.find("В выставке участвовали более 100 компаний из Китая."));
        assertNoun("компаний", "более 100 компаний", companies);
    }

    // --- English ---

    @Test
    void anEnglishNounExtendsToThePluralThatHeadsIt() {
        assertNoun("investment projects", "86 investment projects",
                EN.find("The fair signed 86 investment projects worth RMB 5 billion.").get(0));
        List<FoundFigure> found = EN.find("The fair drew 2,000 domestic manufacturers and 58,600 standard stands were built.");
        assertNoun("domestic manufacturers", "2,000 domestic manufacturers", found.get(0));
        assertNoun("standard stands", "58,600 standard stands", found.get(1));
        assertNoun("small business owners", "300 small business owners",
                only(EN.find("Orders came from 300 small business owners.")));
    }

    @Test
    void theNounEndsAtTheEndOfTheText() {
        assertNoun("domestic manufacturers", "2,000 domestic manufacturers", only(EN.find("The fair drew 2,000 domestic manufacturers")));
        assertNoun("domestic car-makers", "2,000 domestic car-makers", only(EN.find("The fair drew 2,000 domestic car-makers")));
        assertNoun("projects", "55 projects", only(EN.find("The fair signed 55 projects ")));
        assertNoun("projects", "55 projects", only(EN.find("The fair signed 55 projects-")));
    }

    @Test
    void wordsEndingInSsOrUsAreNotPlurals() {
        // "across", "plus", "various": not the plural head of the noun
        assertNoun("enterprises", "More than 60 enterprises", only(EN.find("More than 60 enterprises across the region took part.")));
        assertNoun("buyers", "60 buyers", EN.find("The fair drew 60 buyers plus 20 agents.").get(0));
        assertNoun("foreign buyers", "60 foreign buyers", only(EN.find("The fair drew 60 foreign buyers various agents.")));
        assertNoun("export ads", "60 export ads", only(EN.find("The fair ran 60 export ads")));
        assertNoun("companies", "More than 60 companies", only(EN.find("More than 60 companies focus on green energy.")));
        assertNoun("companies", "60 companies", only(EN.find("Organisers say 60 companies express interest in returning.")));
        assertNoun("hotels", "60 hotels", only(EN.find("Organisers say 60 hotels bus staff to the venue.")));
        // a short word is a plural only if it ends in "s"
        assertNoun("exhibitors", "More than 60 exhibitors", only(EN.find("More than 60 exhibitors signed up.")));
    }

    @Test
    void aPossessiveApostropheIsNotPartOfTheNoun() {
        assertNoun("exhibitors", "More than 60 exhibitors", only(EN.find("More than 60 exhibitors' stands were booked.")));
        assertNoun("buyers", "nineteen buyers", only(EN.find("Orders came from nineteen buyers' groups.")));
    }

    @Test
    void aDashWrittenAsHyphensEndsTheNoun() {
        assertNoun("domestic buyers", "2,000 domestic buyers", only(EN.find("The fair drew 2,000 domestic buyers--and more.")));
        assertNoun("domestic makers", "2,000 domestic makers", only(EN.find("The fair drew 2,000 domestic makers-")));
    }

    @Test
    void aHyphenJoinsTheWordsOfANounOnlyBetweenLetters() {
        assertNoun("person-times", "52,000 person-times", only(EN.find("Visitors made 52,000 person-times at the fair.")));
        // "small- and medium-sized": the hanging hyphen is no part of the noun
        for (String text : List.of("The fair drew 300 small- and medium-sized enterprises.",
                "The fair drew 2,000 domestic car- and truck-makers.")) {
            FoundFigure figure = only(EN.find(text));
            assertFalse(figure.noun().orElseThrow().endsWith("-"), figure::toString);
            assertFalse(figure.text().endsWith("-"), figure::toString);
        }
    }

    @Test
    void thePluralIsLookedForAtMostThreeWordsOn() {
        // the work per figure is bounded (docs/finding.md): a plural four words on is not reached
        FoundFigure figure = only(EN.find("The fair drew 25 big bright green energy vehicles."));
        assertFalse(figure.noun().orElseThrow().endsWith("vehicles"), figure::toString);
        // three words on, the plural is reached ("more than 70 major investment promotion activities", breakinglatest.news)
        assertNoun("big green energy vehicles", "25 big green energy vehicles",
                only(EN.find("The fair drew 25 big green energy vehicles.")));
        assertNoun("small business owners", "300 small business owners", only(EN.find("The fair drew 300 small business owners.")));
    }

    @Test
    void parsingACountWithATrailingWordOrHyphenNamesWhereItFailed() {
        FigureParseException hyphen = assertThrows(FigureParseException.class, () -> EN.parseCount("55 projects-"));
        assertEquals(11, hyphen.index());
        FigureParseException apostrophe = assertThrows(FigureParseException.class, () -> EN.parseCount("55 exhibitors'"));
        assertEquals(13, apostrophe.index());
        // a noun begins with a letter: a quotation mark after the number is where reading stops
        FigureParseException quoted = assertThrows(FigureParseException.class, () -> EN.parseCount("55 'projects'"));
        assertEquals(3, quoted.index());
    }
}
