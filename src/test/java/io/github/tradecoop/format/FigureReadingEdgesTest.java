package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading figures where the grammar draws a line: the input length, compound numbers, a unit
 * that is also a magnitude, several-word forms, currency codes and symbols, and where a found
 * figure starts.
 */
class FigureReadingEdgesTest {

    private static final FigureFormat EN = FigureFormat.english();
    private static final FigureFormat ZH = FigureFormat.chinese();
    private static final FigureFormat RU = FigureFormat.russian();

    private static FigureParseException refused(Runnable parse) {
        return assertThrows(FigureParseException.class, parse::run);
    }

    private static FoundFigure only(List<FoundFigure> found) {
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void inputOfExactlyThreeHundredCharactersIsReadNotRefusedForItsLength() {
        // The limit is 300 characters: at 300 the text itself decides, here its trailing spaces.
        String padded = "55" + " ".repeat(FigureParser.MAX_INPUT - 2);
        FigureParseException atTheEnd = refused(() -> EN.parseCount(padded));
        assertEquals(2, atTheEnd.index());
        FigureParseException tooLong = refused(() -> EN.parseCount(padded + " "));
        assertEquals(FigureParser.MAX_INPUT, tooLong.index());
    }

    @Test
    void anEmptyInputIsRefusedNamingWhatWasExpected() {
        assertTrue(refused(() -> EN.parseCount("")).getMessage().contains("expected a count"));
        assertTrue(refused(() -> EN.parseAmount("")).getMessage().contains("expected a reported amount"));
        assertTrue(refused(() -> EN.parsePercentage("")).getMessage().contains("expected a percentage"));
        assertTrue(refused(() -> EN.parseQuantity("")).getMessage().contains("expected a quantity"));
        assertTrue(refused(() -> RU.parsePoints("")).getMessage().contains("percentage points"));
    }

    @Test
    void aCountOrQuantityStatedAsAChangeIsRefusedNamingItsKind() {
        assertTrue(refused(() -> EN.parseCount("up 55")).getMessage().startsWith("a count cannot be a change"));
        assertTrue(refused(() -> EN.parseQuantity("up 55 tonnes")).getMessage().startsWith("a quantity cannot be a change"));
    }

    @Test
    void aTrailingHyphenIsUnreadTextNotACrash() {
        assertEquals(1, refused(() -> EN.parseCount("5-")).index());
        assertEquals(3, refused(() -> EN.parsePercentage("5.1-")).index());
    }

    @Test
    void aRussianCaseEndingAtTheEndOfTheTextIsRead() {
        // "5-ти" is the genitive of five, written with digits.
        assertEquals(Count.exactly(5), RU.parseCount("5-ти"));
    }

    @Test
    void compoundNumbersAddOnlySmallerParts() {
        assertEquals(Money.of("RUB", "7999000000"), RU.parseAmount("7 млрд 999 млн рублей").value());
        assertEquals(Count.exactly(1_887_566), RU.parseCount("1 миллион 887 тысяч 566 человек"));
        assertEquals(Count.exactly(2_500), EN.parseCount("two thousand five hundred"));
        assertEquals(350_000_000L, ZH.parseCount("3亿5000万").value());
        // Parts written in words or Chinese numerals add up as digits do.
        assertEquals(350_000_000L, ZH.parseCount("三亿五千万").value());
        assertEquals(2_500_000L, EN.parseCount("two million five hundred thousand").value());
        assertEquals(1_200_000L, EN.parseCount("one million two hundred thousand visitors").value());
        // A thousand million is not a part of a billion, nor is a second billion.
        assertEquals(7, refused(() -> RU.parseAmount("7 млрд 1000 млн рублей")).index());
        assertEquals(7, refused(() -> RU.parseAmount("7 млрд 0 млрд рублей")).index());
    }

    @Test
    void timesAndTenthsInChineseArePercentages() {
        // docs/figures.md: "成" for tenths, "倍" for times after a word of growth: 增长1.2倍 is +120%.
        assertEquals(0, new BigDecimal("120").compareTo(ZH.parsePercentage("增长1.2倍").value()));
        assertEquals(0, new BigDecimal("30").compareTo(ZH.parsePercentage("三成").value()));
        assertEquals(0, new BigDecimal("30").compareTo(ZH.parsePercentage("3成").value()));
    }

    @Test
    void aUnitThatIsAlsoAMagnitudeIsTheUnitAfterABareNumber() {
        // "t" is tonnes after a number, but "$4t" is four trillion dollars.
        assertEquals(Quantity.Unit.TONNE, EN.parseQuantity("4 t").unit());
        assertEquals(0, new BigDecimal("4").compareTo(EN.parseQuantity("4 t").value()));
        FoundFigure tea = only(EN.find("shipped 4t of tea"));
        assertEquals(FoundFigure.Kind.QUANTITY, tea.kind());
        assertEquals(0, new BigDecimal("4").compareTo(tea.quantity().orElseThrow().value()));
        FoundFigure market = only(EN.find("a market of $4t"));
        assertEquals(FoundFigure.Kind.AMOUNT, market.kind());
        assertEquals(Money.of("USD", 4_000_000_000_000L), market.amount().orElseThrow().value());
    }

    @Test
    void severalWithAPlaceWordIsAtLeastThatPlace() {
        assertEquals(Count.atLeast(10), ZH.parseCount("数十家企业"));
        assertEquals(Count.atLeast(100), ZH.parseCount("数百"));
        // Alone, the word states no number.
        assertEquals(0, refused(() -> ZH.parseCount("数")).index());
        assertEquals(0, refused(() -> ZH.parseCount("上")).index());
    }

    @Test
    void aFoundFigureStartsAtItsFirstWord() {
        assertEquals(0, only(EN.find("more than RMB 5 billion")).start());
        assertEquals(0, only(EN.find("up more than 5% on the year")).start());
        assertEquals(0, only(ZH.find("数百家企业参展")).start());
        assertEquals(4, only(ZH.find("展会吸引数百家企业参展")).start());
        // "rose by tens of percentage points": the change word, not the several word, starts it.
        FoundFigure tens = only(ZH.find("增长数十个百分点"));
        assertEquals(0, tens.start());
        assertEquals(Qualifier.AT_LEAST, tens.figure().qualifier());
        assertEquals(2, only(ZH.find("利润增长数十个百分点")).start());
    }

    @Test
    void aFoundCountMayBeZero() {
        FoundFigure none = only(EN.find("with 0 cancellations"));
        assertEquals(Count.exactly(0), none.count().orElseThrow());
    }

    @Test
    void codesAtEitherEndOfTheAlphabetAreCurrencies() {
        assertEquals(Currency.getInstance("AUD"), EN.parseAmount("AUD 5 million").currency());
        assertEquals(Currency.getInstance("CZK"), EN.parseAmount("CZK 5 million").currency());
        assertEquals(Currency.getInstance("KZT"), RU.parseAmount("12 млрд KZT").currency());
    }

    @Test
    void aLowerCaseWordThatSpellsACodeIsNotACurrencyInRunningText() {
        // "all" is not the lek, nor "top" the pa'anga; "TOP" in capitals is.
        FoundFigure exhibitors = only(EN.find("They met all 10 exhibitors from Shandong."));
        assertEquals(FoundFigure.Kind.COUNT, exhibitors.kind());
        assertEquals(Count.exactly(10), exhibitors.count().orElseThrow());
        FoundFigure paid = only(EN.find("They paid TOP 10 million."));
        assertEquals(Currency.getInstance("TOP"), paid.currency().orElseThrow());
    }

    @Test
    void aSymbolThatIsNotAMeaningOfTheCurrencyBeforeItIsUnreadText() {
        // "港币$20,040": "$" repeats the Hong Kong dollar; after RMB it names nothing and cannot be read.
        assertEquals(ReportedAmount.exactly(Money.of("HKD", 20_040)), ZH.parseAmount("港币$20,040"));
        assertEquals(3, refused(() -> EN.parseAmount("RMB$5 million")).index());
    }

    @Test
    void theBareYuanUnitAfterAnotherCurrencyIsItsUnit() {
        // "港币十五亿元": 元 is the unit of the currency named before; 人民币 or 美元 after it contradicts it.
        assertEquals(Currency.getInstance("HKD"), ZH.parseAmount("港币15亿元").currency());
        assertEquals(Currency.getInstance("USD"), ZH.parseAmount("美元15亿元").currency());
        assertEquals(5, refused(() -> ZH.parseAmount("港币15亿美元")).index());
        assertEquals(5, refused(() -> ZH.parseAmount("港币15亿元人民币")).index());
        assertEquals(4, refused(() -> ZH.parseAmount("港币15元人民币")).index());
        assertEquals(Currency.getInstance("HKD"), ZH.parseAmount("港币15元").currency());
    }

    @Test
    void aQualifierAfterTheNumberIsRead() {
        assertEquals(Qualifier.MORE_THAN, ZH.parseCount("7000余条").qualifier());
    }

    @Test
    void anInvalidFigureIsReportedWhereItsNumberIs() {
        FigureParseException fine = refused(() -> EN.parseAmount("a total of RMB 0.0000000000001"));
        assertEquals(15, fine.index());
        assertEquals(3, refused(() -> EN.parsePercentage("up 0.00000000000001%")).index());
    }

    @Test
    void aFractionalCountIsRefusedSayingCountsAreWhole() {
        FigureParseException fraction = refused(() -> EN.parseCount("a total of 1.5 companies"));
        assertTrue(fraction.getMessage().contains("whole number"), fraction.getMessage());
    }

    @Test
    void timesNeedAWordOfGrowth() {
        assertTrue(refused(() -> ZH.parsePercentage("1.2倍")).getMessage().contains("增长"));
    }

    @Test
    void foundChangesKeepTheirSignAndFoundQuantitiesTheirDecimals() {
        FoundFigure fell = only(EN.find("exports fell 5.2% year on year"));
        assertEquals(0, new BigDecimal("-5.2").compareTo(fell.percentage().orElseThrow().value()));
        FoundFigure sales = only(EN.find("sales fell by RMB 3 billion"));
        assertEquals(Money.of("CNY", -3_000_000_000L), sales.amount().orElseThrow().value());
        FoundFigure tea = only(EN.find("shipped 4.5 tonnes of tea"));
        assertEquals(0, new BigDecimal("4.5").compareTo(tea.quantity().orElseThrow().value()));
    }

    @Test
    void anArticleBeforeAMagnitudeIsTheNumberOne() {
        assertEquals(1_000_000L, EN.parseCount("a million visitors").value());
        assertEquals(Count.exactly(100), EN.parseCount("a hundred exhibitors"));
        // Only an article stands for one: after another marker a magnitude alone is no number.
        assertEquals(11, refused(() -> EN.parseCount("a total of million")).index());
    }

    @Test
    void aSeveralWordBeforeAnOrdinaryNumeralIsNotAFigure() {
        // 上一年 is "the previous year": only the growth rate is a figure.
        FoundFigure growth = only(ZH.find("与上一年相比增长5%"));
        assertEquals(FoundFigure.Kind.PERCENTAGE, growth.kind());
    }
}
