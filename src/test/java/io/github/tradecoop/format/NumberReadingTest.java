package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the number of a figure is read: digits with each language's separators, English number
 * words and Chinese numerals (docs/figures.md, "The number").
 */
class NumberReadingTest {

    private static final FigureFormat EN = FigureFormat.english();
    private static final FigureFormat ZH = FigureFormat.chinese();
    private static final FigureFormat RU = FigureFormat.russian();

    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    /** {@code n} below 100 in words, the tens and ones joined by a hyphen or a space. */
    private static String belowHundred(int n, boolean hyphen) {
        if (n < 20) {
            return UNITS[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : (hyphen ? "-" : " ") + UNITS[n % 10]);
    }

    /** {@code n} below 1,000 in words, as British ("and") or American reports write it. */
    private static String words(int n, boolean and, boolean hyphen) {
        if (n < 100) {
            return belowHundred(n, hyphen);
        }
        String hundreds = UNITS[n / 100] + " hundred";
        return n % 100 == 0 ? hundreds : hundreds + (and ? " and " : " ") + belowHundred(n % 100, hyphen);
    }

    // --- English number words ---

    @Test
    void everyNumberBelowAThousandWrittenInWordsIsRead() {
        qt().withExamples(400).forAll(integers().between(0, 999), booleans().all(), booleans().all())
                .checkAssert((n, and, hyphen) -> assertEquals(Count.exactly(n), EN.parseCount(words(n, and, hyphen)),
                        words(n, and, hyphen)));
    }

    @Test
    void theEndsOfTheWordListsAreRead() {
        // the last word of each list, at the end of the text and before a noun
        assertEquals(Count.exactly(0), EN.parseCount("zero"));
        assertEquals(Count.exactly(9), EN.parseCount("nine"));
        assertEquals(Count.exactly(19), EN.parseCount("nineteen"));
        assertEquals(Count.exactly(90), EN.parseCount("ninety"));
        assertEquals(Count.exactly(99), EN.parseCount("ninety-nine"));
        assertEquals(Count.exactly(900), EN.parseCount("nine hundred"));
        assertEquals(Count.exactly(7), EN.parseCount("seven"));
        assertEquals(Count.exactly(50), EN.parseCount("fifty"));
        assertEquals(Count.exactly(200), EN.parseCount("two hundred"));
        assertEquals(Count.exactly(200), EN.parseCount("two hundred exhibitors"));
        assertEquals(Count.exactly(250), EN.parseCount("two hundred fifty"));
    }

    @Test
    void aHundredNeedsItsArticle() {
        assertEquals(Count.exactly(100), EN.parseCount("a hundred"));
        assertEquals(Count.exactly(100), EN.parseCount("a hundred exhibitors"));
        FigureParseException bare = assertThrows(FigureParseException.class, () -> EN.parseCount("hundred exhibitors"));
        assertEquals(0, bare.index());
    }

    @Test
    void aWordThatOnlyBeginsLikeANumberIsNoNumber() {
        // "tenders", "seventh", "oneself": a number word must be a whole word
        assertThrows(FigureParseException.class, () -> EN.parseCount("tenders"));
        assertThrows(FigureParseException.class, () -> EN.parseCount("seventh"));
        assertThrows(FigureParseException.class, () -> EN.parseCount("twentyfive"));
    }

    @Test
    void numberWordsAreFoundInRunningText() {
        List<FoundFigure> found = EN.find("Ninety pavilions, twenty-five delegations and nineteen buyers' groups took part.");
        assertEquals(List.of("Ninety pavilions", "twenty-five delegations", "nineteen buyers"),
                found.stream().map(FoundFigure::text).toList());
        assertEquals(List.of(90L, 25L, 19L), found.stream().map(f -> f.figure().value().longValueExact()).toList());
    }

    // --- Digits and separators ---

    @Test
    void groupsAndDecimalsReadAlikeInEnglishChineseAndRussian() {
        ReportedAmount english = EN.parseAmount("RMB 1,234.5 million");
        assertEquals(Money.of("CNY", 1_234_500_000L), english.value());
        assertEquals(english, RU.parseAmount("1 234,5 млн юаней"));
        assertEquals(english, RU.parseAmount("1\u00A0234,5 млн юаней"));
        assertEquals(english, ZH.parseAmount("人民币12.345亿元"));
    }

    @Test
    void aCommaBeforeOneOrTwoDigitsIsADecimalCommaInEnglish() {
        assertEquals(EN.parseAmount("RMB 198.65 billion"), EN.parseAmount("RMB 198,65 billion"));
        // also at the very end of the text
        assertEquals(EN.parseAmount("RMB 66.1"), EN.parseAmount("RMB 66,1"));
        assertEquals(EN.parseAmount("RMB 66.12"), EN.parseAmount("RMB 66,12"));
        assertEquals(Money.of("CNY", 66_123L), EN.parseAmount("RMB 66,123").value());
    }

    @Test
    void aCommaBeforeFourDigitsIsNeitherAGroupNorADecimalComma() {
        FigureParseException four = assertThrows(FigureParseException.class, () -> EN.parseAmount("RMB 198,6543 billion"));
        assertEquals(7, four.index());
        FigureParseException ungrouped = assertThrows(FigureParseException.class, () -> EN.parseCount("1234,567"));
        assertEquals(4, ungrouped.index());
    }

    @Test
    void aFullStopAfterANumberIsNotADecimalPoint() {
        FigureParseException stop = assertThrows(FigureParseException.class, () -> EN.parseCount("55."));
        assertEquals(2, stop.index());
        // the sentence's full stop is not part of the figure
        List<FoundFigure> found = EN.find("Buyers signed a total of 122.");
        assertEquals(1, found.size());
        assertEquals("122", found.get(0).text());
        assertTrue(EN.find("See item 1.").isEmpty());
        List<FoundFigure> mid = EN.find("Buyers signed a total of 122. The fair closed.");
        assertEquals(List.of("122"), mid.stream().map(FoundFigure::text).toList());
        assertEquals(2, assertThrows(FigureParseException.class, () -> EN.parseCount("55. ")).index());
    }

    @Test
    void numbersOfMoreThanEighteenDigitsAreReadExactly() {
        // past what a long holds: the digits must not wrap around
        assertEquals(Money.of("CNY", new BigDecimal("98765432109876543210")),
                EN.parseAmount("RMB 98,765,432,109,876,543,210").value());
        assertEquals(Money.of("CNY", new BigDecimal("98765432109876543210")), EN.parseAmount("RMB 98765432109876543210").value());
        assertEquals(Money.of("CNY", new BigDecimal("98765432109876543.21")),
                EN.parseAmount("RMB 98,765,432,109,876,543.21").value());
        assertEquals(Money.of("RUB", new BigDecimal("98765432109876543.21")),
                RU.parseAmount("98 765 432 109 876 543,21 рублей").value());
    }

    @Test
    void groupedAmountsAreReadExactlyWhateverTheirLength() {
        qt().withExamples(300).forAll(longs().between(0, Long.MAX_VALUE), integers().between(0, 99), integers().between(0, 99))
                .checkAssert((whole, cents, extra) -> {
                    BigInteger integer = BigInteger.valueOf(whole).multiply(BigInteger.valueOf(extra + 1));
                    BigDecimal value = new BigDecimal(integer).add(BigDecimal.valueOf(cents, 2));
                    String english = String.format(java.util.Locale.ROOT, "RMB %,d.%02d", integer, cents);
                    assertEquals(Money.of("CNY", value), EN.parseAmount(english).value(), english);
                });
    }

    @Test
    void aNumberIsRefusedForItsLengthOnlyPastFortyDigits() {
        // up to MAX_DIGITS the number is read (and then refused as out of bounds at its start)
        String forty = "1234567890".repeat(4);
        assertEquals(40, NumberReader.MAX_DIGITS);
        assertEquals(0, assertThrows(FigureParseException.class, () -> EN.parseCount(forty)).index());
        FigureParseException tooLong = assertThrows(FigureParseException.class, () -> EN.parseCount(forty + "1"));
        assertEquals(41, tooLong.index());
        assertTrue(tooLong.getMessage().contains("longer than 40 digits"), tooLong.getMessage());
    }

    @Test
    void groupedDigitsCountTowardsTheLimit() {
        String fortyGrouped = "1" + ",234".repeat(13);   // 1 + 39 digits
        assertEquals(0, assertThrows(FigureParseException.class, () -> EN.parseCount(fortyGrouped)).index());
        String fortyOneGrouped = "12" + ",345".repeat(13);   // 41 digits
        FigureParseException tooLong = assertThrows(FigureParseException.class, () -> EN.parseCount(fortyOneGrouped));
        assertTrue(tooLong.getMessage().contains("longer than 40 digits"), tooLong.getMessage());
        assertEquals(fortyOneGrouped.length(), tooLong.index());
    }

    @Test
    void decimalsCountTowardsTheLimit() {
        String forty = "1." + "0".repeat(39);
        FigureParseException outOfBounds = assertThrows(FigureParseException.class, () -> EN.parsePercentage(forty + "%"));
        assertFalse(outOfBounds.getMessage().contains("longer than"), outOfBounds.getMessage());
        String fortyOne = "1." + "0".repeat(40);
        FigureParseException tooLong = assertThrows(FigureParseException.class, () -> EN.parsePercentage(fortyOne + "%"));
        assertTrue(tooLong.getMessage().contains("longer than 40 digits"), tooLong.getMessage());
        assertEquals(fortyOne.length(), tooLong.index());
    }

    // --- Chinese numerals ---

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    /** {@code n} from 1 to 9,999 in Chinese numerals, 十五 for 15; null where a zero would be written inside. */
    private static String chinese(int n) {
        String written = Integer.toString(n);
        String stated = written.replaceAll("0+$", "");
        if (stated.contains("0")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < stated.length(); i++) {
            int digit = stated.charAt(i) - '0';
            int place = written.length() - 1 - i;
            if (!(i == 0 && place == 1 && digit == 1)) {
                out.append(CHINESE_DIGITS.charAt(digit));
            }
            if (place > 0) {
                out.append("十百千".charAt(place - 1));
            }
        }
        return out.toString();
    }

    @Test
    void chineseNumeralsAreReadAsDigitsAreStatedToTheirLastPlace() {
        qt().withExamples(400).forAll(integers().between(1, 9999)).assuming(n -> chinese(n) != null).checkAssert(n -> {
            Figure figure = ZH.parseCount(chinese(n)).figure();
            int zeros = 0;
            for (int m = n; m % 10 == 0; m /= 10) {
                zeros++;
            }
            assertEquals(BigDecimal.valueOf(n), figure.value().stripTrailingZeros().setScale(0), chinese(n));
            assertEquals(BigDecimal.ONE.scaleByPowerOfTen(zeros).compareTo(figure.resolution()), 0, chinese(n));
        });
    }

    @Test
    void aDigitAfterAPlaceIsOfTheNextPlaceDown() {
        // docs: "三千五" is 3500, stated to the hundred
        Figure threeThousandFive = ZH.parseCount("三千五").figure();
        assertEquals(0, new BigDecimal("3500").compareTo(threeThousandFive.value()));
        assertEquals(0, new BigDecimal("100").compareTo(threeThousandFive.resolution()));
        assertEquals(ZH.parseCount("三千五百"), ZH.parseCount("三千五"));
        assertEquals(ZH.parseCount("两万五千"), ZH.parseCount("两万五"));
        assertEquals(Count.exactly(15), ZH.parseCount("十五"));
        assertEquals(Count.exactly(15), ZH.parseCount("一十五"));
    }

    @Test
    void aZeroWrittenAsLingCircleMakesTheNextDigitUnits() {
        Figure figure = ZH.parseCount("三千〇五").figure();
        assertEquals(0, new BigDecimal("3005").compareTo(figure.value()));
        assertEquals(0, BigDecimal.ONE.compareTo(figure.resolution()));
        assertEquals(Count.exactly(105), ZH.parseCount("一百〇五"));
    }

    @Test
    void liangIsTwo() {
        Figure figure = ZH.parseCount("两千").figure();
        assertEquals(0, new BigDecimal("2000").compareTo(figure.value()));
        assertEquals(0, new BigDecimal("1000").compareTo(figure.resolution()));
    }

    @Test
    void aPlaceWordAloneIsOneOfThatPlace() {
        // 十 is ten, stated to the ten, as 千 is a thousand stated to the thousand
        Figure ten = ZH.parseCount("十").figure();
        assertEquals(0, BigDecimal.TEN.compareTo(ten.value()));
        assertEquals(0, BigDecimal.TEN.compareTo(ten.resolution()));
        Figure thousand = ZH.parseCount("千").figure();
        assertEquals(0, new BigDecimal("1000").compareTo(thousand.value()));
        assertEquals(0, new BigDecimal("1000").compareTo(thousand.resolution()));
    }

    @Test
    void aMagnitudeWithoutANumberIsOneOfIt() {
        // docs: 逾万 is "more than 10,000"; "超亿元" more than 100 million yuan
        Count tenThousand = ZH.parseCount("逾万名");
        assertEquals(Qualifier.MORE_THAN, tenThousand.figure().qualifier());
        assertEquals(0, new BigDecimal("10000").compareTo(tenThousand.figure().value()));
        ReportedAmount hundredMillion = ZH.parseAmount("超亿元");
        assertEquals(Money.of("CNY", 100_000_000L), hundredMillion.value());
        assertEquals(Qualifier.MORE_THAN, hundredMillion.figure().qualifier());
        assertEquals(Money.of("CNY", 1_000_000_000_000L), ZH.parseAmount("超过万亿元").value());
    }

    @Test
    void aChineseNumeralBeforeAClassifierKeepsTheClassifierAsItsNoun() {
        // "五人": the number is 五 alone, 人 is what it counts
        List<FoundFigure> found = ZH.find("参会嘉宾共五人。");
        assertEquals(1, found.size());
        assertEquals("五人", found.get(0).text());
        assertEquals("人", found.get(0).noun().orElseThrow());
        assertEquals(Count.exactly(5), found.get(0).count().orElseThrow());
    }

    @Test
    void aHanCharacterThatIsNoNumeralIsNoNumber() {
        FigureParseException error = assertThrows(FigureParseException.class, () -> ZH.parseCount("家"));
        assertEquals(0, error.index());
        assertThrows(FigureParseException.class, () -> ZH.parseCount("〇"));
    }
}
