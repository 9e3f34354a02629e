package io.github.tradecoop.validation;

import io.github.tradecoop.check.Finding;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.format.FigureFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders consistency findings in English, Chinese or Russian from the library's bundle,
 * formatting reported figures in the language. Templates are the library's own; arguments
 * are substituted in one pass and never read as templates.
 */
final class FindingMessages {

    private static final String BUNDLE = "io.github.tradecoop.validation.FindingMessages";
    private static final MathContext DISPLAY = new MathContext(6);

    private FindingMessages() {
    }

    /** The language the library has messages for, or {@code Locale.ROOT} for English. */
    static Locale supported(Locale locale) {
        String language = locale.getLanguage();
        return "zh".equals(language) || "ru".equals(language) ? Locale.forLanguageTag(language) : Locale.ROOT;
    }

    static String render(Finding finding, Locale locale) {
        Locale language = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language);
        Object variant = finding.arguments().get("variant");
        String key = variant == null ? finding.code() : finding.code() + "." + variant;
        String template;
        try {
            template = bundle.getString(key);
        } catch (MissingResourceException unknown) {
            return finding.message();
        }
        FigureFormat format = language == Locale.ROOT ? FigureFormat.english() : FigureFormat.of(language);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            Object value = finding.arguments().get(name);
            out.append(value == null ? "{" + name + "}" : text(value, format, language));
            i = close + 1;
        }
        return out.toString();
    }

    private static String text(Object value, FigureFormat format, Locale language) {
        if (value instanceof ReportedAmount amount) {
            return format.format(amount);
        }
        if (value instanceof Count count) {
            return format.format(count);
        }
        if (value instanceof Percentage percentage) {
            String text = format.format(percentage);
            return percentage.value().signum() > 0 ? "+" + text : text;
        }
        if (value instanceof Range range) {
            return range(range, language);
        }
        return String.valueOf(value);
    }

    /** A range in the language's largest magnitude below its ends: "[4.0545, 4.0655] billion", "[40.545, 40.655]亿". */
    private static String range(Range range, Locale language) {
        BigDecimal size = range.upper().or(range::lower).orElse(BigDecimal.ZERO).abs();
        int exponent = 0;
        String unit = "";
        String[][] units = switch (language.getLanguage()) {
            case "zh" -> new String[][] {{"12", "万亿"}, {"8", "亿"}, {"4", "万"}};
            case "ru" -> new String[][] {{"12", " трлн"}, {"9", " млрд"}, {"6", " млн"}, {"3", " тыс."}};
            default -> new String[][] {{"12", " trillion"}, {"9", " billion"}, {"6", " million"}, {"3", " thousand"}};
        };
        for (String[] candidate : units) {
            int e = Integer.parseInt(candidate[0]);
            if (size.compareTo(BigDecimal.ONE.scaleByPowerOfTen(e)) >= 0) {
                exponent = e;
                unit = candidate[1];
                break;
            }
        }
        final int shift = exponent;
        String decimalSeparator = "ru".equals(language.getLanguage()) ? "," : ".";
        String low = range.lower().map(l -> end(l.movePointLeft(shift), RoundingMode.FLOOR, decimalSeparator)).orElse("-∞");
        String high = range.upper().map(u -> end(u.movePointLeft(shift), RoundingMode.CEILING, decimalSeparator)).orElse("∞");
        // Russian writes decimal commas, so the ends are separated by a semicolon.
        String separator = "ru".equals(language.getLanguage()) ? "; " : ", ";
        return (range.isLowerInclusive() ? "[" : "(") + low + separator + high
                + (range.isUpperInclusive() ? "]" : ")") + unit;
    }

    private static String end(BigDecimal value, RoundingMode rounding, String decimalSeparator) {
        return value.round(new MathContext(DISPLAY.getPrecision(), rounding)).stripTrailingZeros().toPlainString()
                .replace(".", decimalSeparator);
    }
}
