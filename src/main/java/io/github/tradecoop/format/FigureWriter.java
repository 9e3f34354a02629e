package io.github.tradecoop.format;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes figures in one language: one canonical spelling per figure, chosen so that parsing it
 * gives back an equal figure. Amounts take the largest magnitude that keeps the resolution
 * ("RMB 4.06 billion"); counts, percentages and quantities are written in digits where the
 * digits read back the same ("nearly 3,000", "80.2%") and with a magnitude where they would not
 * ("136 thousand" for a count stated as 13.6万).
 */
final class FigureWriter {

    private final Lexicon lexicon;
    private final FigureFormat.CurrencyStyle currencyStyle;

    FigureWriter(Lexicon lexicon, FigureFormat.CurrencyStyle currencyStyle) {
        this.lexicon = lexicon;
        this.currencyStyle = currencyStyle;
    }

    private boolean chinese() {
        return lexicon == Lexicon.CHINESE;
    }

    String amount(ReportedAmount amount) {
        Figure figure = amount.figure();
        Written written = write(figure, false);
        String number = sign(figure) + written.text();
        String code = amount.currency().getCurrencyCode();
        List<String> natural = lexicon.writeCurrency.get(code);
        String currencyText;
        boolean before;
        if (currencyStyle == FigureFormat.CurrencyStyle.CODE || natural == null) {
            currencyText = code;
            before = lexicon != Lexicon.RUSSIAN;
        } else {
            currencyText = natural.size() == 3 ? natural.get(russianPluralForm(written)) : natural.get(0);
            before = lexicon == Lexicon.ENGLISH;
        }
        String glue = chinese() && !before ? "" : " ";
        String body = before ? currencyText + " " + number : number + glue + currencyText;
        return qualifierPrefix(figure.qualifier()) + body;
    }

    String count(Count count) {
        return qualifierPrefix(count.qualifier()) + write(count.figure(), true).text();
    }

    String percentage(Percentage percentage) {
        Figure figure = percentage.figure();
        return qualifierPrefix(figure.qualifier()) + sign(figure) + write(figure, true).text() + lexicon.writePercent;
    }

    String points(PercentagePoints points) {
        Figure figure = points.figure();
        String space = chinese() ? "" : " ";
        return qualifierPrefix(figure.qualifier()) + sign(figure) + write(figure, true).text() + space
                + lexicon.writePoints;
    }

    String quantity(Quantity quantity) {
        Figure figure = quantity.figure();
        String space = chinese() ? "" : " ";
        return qualifierPrefix(figure.qualifier()) + write(figure, true).text() + space
                + lexicon.writeUnit.get(quantity.unit());
    }

    /**
     * Writes a computed range in the largest magnitude below its ends, with at most six
     * significant digits rounded outwards (so the printed range still contains the range):
     * "[4.0545, 4.0655] billion", "[40.545, 40.655]亿", "[4,0545; 4,0655] млрд", "(100, ∞)".
     * Meant for messages; {@link Range#toString()} is the exact, parsable form.
     *
     * @param range the range
     * @return its spelling in this language
     */
    String range(Range range) {
        Objects.requireNonNull(range, "range must not be null");
        BigDecimal size = range.upper().or(range::lower).orElse(BigDecimal.ZERO).abs();
        Map.Entry<Integer, String> unit = null;
        for (Map.Entry<Integer, String> magnitude : lexicon.canonicalMagnitudes()) {
            if (size.compareTo(BigDecimal.ONE.scaleByPowerOfTen(magnitude.getKey())) >= 0) {
                unit = magnitude;
            }
        }
        int shift = unit == null ? 0 : unit.getKey();
        String low = range.lower().map(l -> end(l.movePointLeft(shift), RoundingMode.FLOOR)).orElse("-∞");
        String high = range.upper().map(u -> end(u.movePointLeft(shift), RoundingMode.CEILING)).orElse("∞");
        // Where the decimal separator is a comma, the ends are separated by a semicolon.
        String separator = lexicon.decimalSeparator == ',' ? "; " : ", ";
        return (range.isLowerInclusive() ? "[" : "(") + low + separator + high + (range.isUpperInclusive() ? "]" : ")")
                + (unit == null ? "" : lexicon.magnitudeSpace + unit.getValue());
    }

    private String end(BigDecimal value, RoundingMode rounding) {
        return value.round(new MathContext(6, rounding)).stripTrailingZeros().toPlainString()
                .replace('.', lexicon.decimalSeparator);
    }

    private String qualifierPrefix(Qualifier qualifier) {
        if (qualifier == Qualifier.EXACT) {
            return "";
        }
        return lexicon.writeQualifier.get(qualifier) + (chinese() ? "" : " ");
    }

    private static String sign(Figure figure) {
        return figure.value().signum() < 0 ? "-" : "";
    }

    /** A number as written: digits (with separators) and magnitude, and the digits alone. */
    private record Written(String text, BigDecimal digits, boolean hasMagnitude) {
    }

    /**
     * Chooses the spelling of a figure's absolute value that keeps its resolution: the
     * largest magnitude not above the value, with at most two decimals if possible, else
     * smaller magnitudes, else larger ones. With "about" and "nearly", a whole number's
     * resolution is its last non-zero digit, so the trailing zeros must come out right.
     */
    private Written write(Figure figure, boolean plainFirst) {
        BigDecimal value = figure.value().abs();
        BigDecimal resolution = figure.resolution();
        int resolutionExponent = resolution.precision() - resolution.scale() - 1;
        boolean roundNumber = figure.qualifier() == Qualifier.ABOUT || figure.qualifier() == Qualifier.NEARLY;
        // A one-sided figure reads back with the resolution of its last non-zero digit, whatever the spelling.
        boolean oneSided = figure.qualifier().isOneSided();

        List<Map.Entry<Integer, String>> options = new ArrayList<>();
        options.add(Map.entry(0, ""));
        options.addAll(lexicon.canonicalMagnitudes());
        int start = 0;
        if (!plainFirst) {
            for (int i = 0; i < options.size(); i++) {
                if (value.compareTo(BigDecimal.ONE.scaleByPowerOfTen(options.get(i).getKey())) >= 0) {
                    start = i;
                }
            }
        }
        List<Map.Entry<Integer, String>> order = new ArrayList<>();
        for (int i = start; i >= 0; i--) {
            order.add(options.get(i));
        }
        order.addAll(options.subList(start + 1, options.size()));

        for (int pass = 0; pass < 2; pass++) {
            for (Map.Entry<Integer, String> magnitude : order) {
                int exponent = magnitude.getKey();
                int decimals = exponent - resolutionExponent;
                BigDecimal digits = value.movePointLeft(exponent);
                boolean fits;
                if (oneSided) {
                    digits = digits.stripTrailingZeros();
                    digits = digits.scale() < 0 ? digits.setScale(0) : digits;
                    fits = pass == 1 || digits.scale() <= 2 || exponent == 0;
                } else if (decimals > 0) {
                    digits = digits.setScale(decimals);
                    fits = pass == 1 || decimals <= 2 || exponent == 0;
                } else {
                    digits = digits.setScale(0);
                    fits = roundNumber
                            ? (digits.signum() == 0 ? decimals == 0 : trailingZeros(digits) == -decimals)
                            : decimals == 0;
                }
                if (fits) {
                    String text = digitsText(digits)
                            + (exponent == 0 ? "" : lexicon.magnitudeSpace + magnitude.getValue());
                    return new Written(text, digits, exponent != 0);
                }
            }
        }
        throw new IllegalArgumentException("figure " + figure.value().toPlainString() + " with resolution "
                + resolution.toPlainString() + " cannot be written in " + lexicon.locale.getLanguage()
                + " without changing its resolution");
    }

    private static int trailingZeros(BigDecimal wholeNumber) {
        return Math.max(0, -wholeNumber.stripTrailingZeros().scale());
    }

    private String digitsText(BigDecimal digits) {
        String plain = digits.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : lexicon.decimalSeparator + plain.substring(point + 1);
        if (lexicon.canonicalGroupSeparator != null && whole.length() > 3
                && new BigDecimal(whole).compareTo(BigDecimal.valueOf(lexicon.groupingThreshold)) >= 0) {
            StringBuilder grouped = new StringBuilder();
            int firstGroup = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
            grouped.append(whole, 0, firstGroup);
            for (int i = firstGroup; i < whole.length(); i += 3) {
                grouped.append(lexicon.canonicalGroupSeparator).append(whole, i, i + 3);
            }
            whole = grouped.toString();
        }
        return whole + fraction;
    }

    /** Index into a Russian form list: 0 after 1 (21, 101, ...), 1 after 2 to 4, 2 otherwise. */
    private static int russianPluralForm(Written written) {
        if (written.hasMagnitude()) {
            return 2;
        }
        if (written.digits().scale() > 0) {
            return 1;
        }
        int lastTwo = written.digits().remainder(BigDecimal.valueOf(100)).intValue();
        int last = lastTwo % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return 2;
        }
        return last == 1 ? 0 : last >= 2 && last <= 4 ? 1 : 2;
    }
}
