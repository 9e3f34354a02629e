package io.github.tradecoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tradecoop.event.ProjectKind;
import io.github.tradecoop.event.Role;
import io.github.tradecoop.event.ScaleMeasure;
import io.github.tradecoop.event.SessionType;
import io.github.tradecoop.trade.FlowDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Every session type, flow direction, role, project kind and scale measure the summary prints has its own
 * label in each of the three languages.
 */
class LabelsTest {

    @Test
    void everySessionTypeAndDirectionHasALabelInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (Locale language : List.of(Locale.ROOT, Locale.forLanguageTag("zh"), Locale.forLanguageTag("ru"))) {
            ResourceBundle labels = ResourceBundle.getBundle("io.github.tradecoop.cli.Labels", language);
            ResourceBundle english = ResourceBundle.getBundle("io.github.tradecoop.cli.Labels", Locale.ROOT);
            List<String> keys = new ArrayList<>();
            for (SessionType type : SessionType.values()) {
                keys.add("session." + type.name());
            }
            for (FlowDirection direction : FlowDirection.values()) {
                keys.add("direction." + direction.name());
            }
            for (Role role : Role.values()) {
                keys.add("role." + role.name());
            }
            for (ProjectKind kind : ProjectKind.values()) {
                keys.add("kind." + kind.name());
            }
            for (ScaleMeasure measure : ScaleMeasure.values()) {
                keys.add("scale." + measure.name());
            }
            for (String key : keys) {
                // a translation of its own: not missing, and not falling back to the English text
                if (!labels.containsKey(key) || !language.equals(Locale.ROOT) && labels.getString(key).equals(english.getString(key))) {
                    missing.add(language + " " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
