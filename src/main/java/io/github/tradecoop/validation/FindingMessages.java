package io.github.tradecoop.validation;

import io.github.tradecoop.check.Finding;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
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

    private static final String BUNDLE = "io.github.tradecoop.validation.FindingMessages";

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
            out.append(value == null ? "{" + name + "}" : text(value, format));
            i = close + 1;
        }
        return out.toString();
    }

    private static String text(Object value, FigureFormat format) {
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
            return format.format(range);
        }
        return String.valueOf(value);
    }
}
