package io.github.tradecoop.format;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.ReportedAmount;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The law of every format: parsing what it wrote gives back an equal figure. */
class FigureFormatPropertiesTest {

    private static final List<FigureFormat> FORMATS = List.of(
            FigureFormat.english(), FigureFormat.chinese(), FigureFormat.russian(),
            FigureFormat.english().withCurrencyStyle(FigureFormat.CurrencyStyle.CODE),
            FigureFormat.chinese().withCurrencyStyle(FigureFormat.CurrencyStyle.CODE),
            FigureFormat.russian().withCurrencyStyle(FigureFormat.CurrencyStyle.CODE));
    private static final List<Currency> CURRENCIES = List.of("CNY", "USD", "RUB", "EUR", "JPY").stream()
            .map(Currency::getInstance).toList();

    /**
     * Figures of {@code digits × 10^exponent} stated to a resolution of {@code 10^exponent}
     * or coarser (for "about" and "nearly"), with every qualifier. Resolutions stay below
     * 10^12, the largest magnitude word: coarser ones may have no spelling (see FigureFormat).
     */
    private static Gen<Figure> figures(int minExponent, int maxExponent, boolean signed) {
        Gen<Long> digits = signed ? longs().between(-9_999_999L, 9_999_999L) : longs().between(0, 9_999_999L);
        return digits.zip(integers().between(minExponent, maxExponent), arbitrary().enumValues(Qualifier.class),
                        integers().between(0, 3),
                        (n, exponent, qualifier, coarser) -> {
                            BigDecimal resolution = BigDecimal.ONE.scaleByPowerOfTen(exponent);
                            // "about 120" may be stated to tens: coarsen the resolution to a place where n has a zero
                            int zeros = 0;
                            long m = n;
                            while (zeros < coarser && m != 0 && m % 10 == 0) {
                                m /= 10;
                                zeros++;
                            }
                            if (qualifier == Qualifier.ABOUT || qualifier == Qualifier.NEARLY) {
                                resolution = resolution.scaleByPowerOfTen(zeros);
                            }
                            if ((qualifier == Qualifier.LESS_THAN || qualifier == Qualifier.UP_TO
                                    || qualifier == Qualifier.NEARLY) && n == 0) {
                                qualifier = Qualifier.EXACT;   // bounds [0, 0) and "nearly none" admit nothing
                            }
                            return Figure.of(BigDecimal.valueOf(n).scaleByPowerOfTen(exponent), resolution, qualifier);
                        });
    }

    @Test
    void parseOfFormatIsIdentityForAmounts() {
        qt().withExamples(3000)
                .forAll(figures(-2, 8, true), arbitrary().pick(CURRENCIES), arbitrary().pick(FORMATS))
                .check((figure, currency, format) -> {
                    ReportedAmount amount = ReportedAmount.of(currency, figure);
                    return format.parseAmount(format.format(amount)).equals(amount);
                });
    }

    @Test
    void parseOfFormatIsIdentityForCounts() {
        qt().withExamples(3000)
                .forAll(figures(0, 8, false), arbitrary().pick(FORMATS))
                .check((figure, format) -> {
                    Count count = Count.of(figure);
                    return format.parseCount(format.format(count)).equals(count);
                });
    }

    @Test
    void parseOfFormatIsIdentityForPercentages() {
        qt().withExamples(3000)
                .forAll(figures(-3, 2, true), arbitrary().pick(FORMATS))
                .check((figure, format) -> {
                    Percentage percentage = Percentage.of(figure);
                    return format.parsePercentage(format.format(percentage)).equals(percentage);
                });
    }

    @Test
    void parseOfFormatIsIdentityForPercentagePoints() {
        qt().withExamples(3000)
                .forAll(figures(-3, 2, true), arbitrary().pick(FORMATS))
                .check((figure, format) -> {
                    PercentagePoints points = PercentagePoints.of(figure);
                    return format.parsePoints(format.format(points)).equals(points);
                });
    }

    @Test
    void parseOfFormatIsIdentityForQuantities() {
        qt().withExamples(3000)
                .forAll(figures(-2, 8, false), arbitrary().enumValues(Quantity.Unit.class), arbitrary().pick(FORMATS))
                .check((figure, unit, format) -> {
                    Quantity quantity = Quantity.of(figure, unit);
                    return format.parseQuantity(format.format(quantity)).equals(quantity);
                });
    }

    /**
     * A count's bounds hold exactly the whole numbers within its figure's bounds (and, for
     * "nearly", the whole number below them when there is none else), with closed whole ends:
     * checked at every whole number next to either range's ends.
     */
    @Test
    void countBoundsAreTheWholeNumbersOfTheFigure() {
        qt().withExamples(3000)
                .forAll(figures(0, 6, false))
                .check(figure -> {
                    Range whole = Count.of(figure).bounds();
                    Range reals = figure.bounds();
                    java.util.Set<BigDecimal> probes = new java.util.TreeSet<>();
                    for (Range range : List.of(whole, reals)) {
                        for (BigDecimal end : List.of(range.lower().orElseThrow(), range.upper().orElse(BigDecimal.ZERO))) {
                            BigDecimal floor = end.setScale(0, java.math.RoundingMode.FLOOR);
                            for (int d = -2; d <= 2; d++) {
                                probes.add(floor.add(BigDecimal.valueOf(d)));
                            }
                        }
                    }
                    BigDecimal nearlyFloor = reals.lower().orElseThrow().setScale(0, java.math.RoundingMode.FLOOR);
                    for (BigDecimal n : probes) {
                        boolean expected = reals.contains(n)
                                || figure.qualifier() == Qualifier.NEARLY && n.compareTo(nearlyFloor) == 0
                                && n.compareTo(figure.value()) < 0;
                        if (n.signum() >= 0 && whole.contains(n) != expected) {
                            return false;
                        }
                    }
                    return whole.isLowerInclusive() && whole.lower().orElseThrow().scale() <= 0
                            && whole.upper().map(u -> u.scale() <= 0 && whole.isUpperInclusive()).orElse(true);
                });
    }

    /** Every figure that can be built can be written in every format, and reads back equal. */
    @Test
    void everyFigureThatCanBeBuiltCanBeWritten() {
        qt().withExamples(3000)
                .forAll(longs().between(1, 999_999L), integers().between(-12, 20), integers().between(0, 8),
                        arbitrary().enumValues(Qualifier.class))
                .check((digits, exponent, coarser, qualifier) -> {
                    Figure figure;
                    try {
                        figure = Figure.of(BigDecimal.valueOf(digits).scaleByPowerOfTen(exponent),
                                BigDecimal.ONE.scaleByPowerOfTen(exponent - coarser + 6), qualifier);
                    } catch (IllegalArgumentException notAFigure) {
                        return true;   // not a multiple of its resolution, or beyond the bounds
                    }
                    ReportedAmount amount = ReportedAmount.of(Currency.getInstance("CNY"), figure);
                    for (FigureFormat format : FORMATS) {
                        if (!format.parseAmount(format.format(amount)).equals(amount)) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    void formatOfParseIsIdentityForCanonicalEnglishAmounts() {
        qt().withExamples(1000)
                .forAll(longs().between(1, 999), integers().between(0, 2), arbitrary().pick(List.of("thousand", "million", "billion")))
                .check((n, decimals, magnitude) -> {
                    String digits = BigDecimal.valueOf(n).movePointLeft(decimals).toPlainString();
                    if (digits.startsWith("0") || digits.endsWith("0") && decimals > 0) {
                        return true; // not canonical: leading zero, or trailing zeros the writer would drop a magnitude for
                    }
                    String text = "RMB " + digits + " " + magnitude;
                    return FigureFormat.english().format(FigureFormat.english().parseAmount(text)).equals(text);
                });
    }
}
