package io.github.tradecoop.check;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.format.FigureFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders consistency findings in English, Chinese or Russian from the library's bundle,
 * formatting reported figures in the language. Templates are the library's own; arguments
 * are substituted in one pass and never read as templates.
 */
final class FindingMessages {

    private static final String BUNDLE = "io.github.tradecoop.check.FindingMessages";

    private FindingMessages() {
    }

    static String render(Finding finding, Locale locale) {
        String tag = locale.getLanguage();
        Locale language = "zh".equals(tag) || "ru".equals(tag) ? Locale.forLanguageTag(tag) : Locale.ROOT;
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
            // A share is a part of a whole; every other percentage in a finding is a change, printed with its sign.
            out.append(value == null ? "{" + name + "}"
                    : value instanceof Percentage share && name.equals("share") ? format.format(share) : text(value, format));
            i = close + 1;
        }
        return out.toString();
    }

    /** A finding's argument as text in a language: figures formatted, anything else as it is. */
    static String text(Object value, FigureFormat format) {
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
        if (value instanceof PercentagePoints points) {
            return format.format(points);
        }
        if (value instanceof Quantity quantity) {
            return format.format(quantity);
        }
        if (value instanceof Range range) {
            return format.format(range);
        }
        return String.valueOf(value);
    }
}
