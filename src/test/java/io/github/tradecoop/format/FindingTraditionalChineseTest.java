package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hong Kong and Taiwan reports print traditional characters: "164.42億元" and "3000餘家企業"
 * (paper.wenweipo.com, ctmanga.com; the corpus cites both). Before, 億, 萬 and 餘 were no numerals or
 * qualifiers, and "近41萬名" was read as nearly 41.
 */
class FindingTraditionalChineseTest {

    private static List<String> texts(List<FoundFigure> found) {
        return found.stream().map(FoundFigure::text).toList();
    }

    @Test
    void traditionalCharactersReadAsTheirSimplifiedForms() {
        assertEquals(FigureFormat.chinese().parseAmount("164.42亿元"), FigureFormat.chinese().parseAmount("164.42億元"));
        assertEquals(FigureFormat.chinese().parseCount("3000余家企业"), FigureFormat.chinese().parseCount("3000餘家企業"));
        assertEquals(FigureFormat.chinese().parseCount("两万五千人"), FigureFormat.chinese().parseCount("兩萬五千人"));
        assertEquals(FigureFormat.chinese().parsePercentage("同比增长12.2%"),
                FigureFormat.chinese().parsePercentage("同比增長12.2%"));
    }

    @Test
    void foundSpansAndNounsAreAsWritten() {
        List<FoundFigure> found = FigureFormat.findAll("超過3400家參展商和近41萬名專業觀眾，總展覽面積近8萬平方米。");
        assertEquals(List.of("超過3400家參展商", "近41萬名專業觀眾", "近8萬平方米"), texts(found));
        assertEquals("專業觀眾", found.get(1).noun().orElseThrow(), "the noun is the text's, not the folded copy's");
        assertEquals(410_000, found.get(1).count().orElseThrow().figure().value().longValueExact());
    }

    @Test
    void adverbsAfterACountEndItsNoun() {
        // "11國首次參展": eleven countries exhibit for the first time; 首次 is no part of what is counted
        assertEquals(List.of("國", "企業"), FigureFormat.findAll("其中11國首次參展，約200家企業連續6年參展。").stream()
                .map(f -> f.noun().orElseThrow()).toList());
        assertEquals("家", FigureFormat.chinese().find("迎来了30余家首次参展企业").get(0).noun().orElseThrow());
    }

    @Test
    void taiwanWordsOfChangeAndTheUnreadableZhao() {
        // Taiwan writes 成長 for growth, 衰退 for a fall, 年增/年減 for year on year; "衰退4.5%" was a level of 4.5%
        assertEquals(List.of("成長5.2%", "衰退4.5%", "年增12.3%"),
                texts(FigureFormat.chinese().find("出口成長5.2%，進口衰退4.5%，外銷訂單年增12.3%。")));
        assertEquals(-4.5, FigureFormat.chinese().find("進口衰退4.5%").get(0).percentage().orElseThrow()
                .figure().value().doubleValue());
        // 兆 is a trillion in Taiwan and a million on the mainland: "新台幣1.2兆元" was 1.2 dollars
        assertEquals(List.of(), texts(FigureFormat.chinese().find("約新台幣1.2兆元")));
        assertEquals("人次", FigureFormat.chinese().find("預計超過十萬人次入場").get(0).noun().orElseThrow());
    }

    @Test
    void aPercentSignAfterAFigureMeansItsNumberWasAPercentage() {
        // a typo ("2,9541億元") left "元增長187%" to be read as an amount of 187 yuan
        assertEquals(List.of("增長187%"), texts(FigureFormat.chinese().find("較上屆2,9541億元增長187%")));
        assertEquals(List.of("增长187%"), texts(FigureFormat.chinese().find("较上届2,9541亿元增长187%")));
    }

    @Test
    void taiwansOneCharacterTensAndWhiteCircleZero() {
        // "年增百分之卅四點一", "相差○點九億美元" (udn.com/news/story/7238/8994702)
        List<FoundFigure> found = FigureFormat.chinese().find("出口金額衝上五八四點九億美元，年增百分之卅四點一。南韓首度落後我國，相差○點九億美元。");
        assertEquals(List.of("五八四點九億美元", "年增百分之卅四點一", "○點九億美元"), Found.texts(found));
        assertEquals(Found.closed("34.05", "34.15"), found.get(1).bounds());
        assertEquals(Found.closed("85000000", "95000000"), found.get(2).bounds());
        assertEquals("卅家企業", FigureFormat.chinese().find("展會吸引了卅家企業").get(0).text());
        // "占總出口比重已提升至 7 成 4" (news.cnyes.com/news/id/6305157): seven tenths and four hundredths
        FoundFigure share = Found.only(FigureFormat.chinese(), "占總出口比重已提升至 7 成 4，顯示台灣的地位。");
        assertEquals("7 成 4", share.text());
        assertEquals(Found.closed("73.5", "74.5"), share.bounds());
        assertEquals(List.of("7成", "4家"), Found.texts(FigureFormat.chinese().find("7成4家")), "a digit before a classifier is a count");
    }
}
