package io.github.tradecoop.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.Seed;
import io.github.tradecoop.event.TradeFair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The examples of docs/validation.md: its code is a tagged region here, its printed output is checked. */
class ValidationGuideTest {

    private static String printed(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void guideShowsWhatTheCodePrints() throws Exception {
        // tag::validate[]
        TradeValidator validator = TradeValidator.shared();   // built once, on first use

        List<Violation> seed = validator.validate(Seed.fair());
        System.out.println(seed.isEmpty() ? "the seed is valid" : seed);

        TradeFair broken = TradeValidatorTest.brokenFair();   // the seed with seven problems
        for (Violation violation : validator.validate(broken)) {
            System.out.println(violation);
        }
        for (Violation violation : validator.validate(broken, Locale.forLanguageTag("zh"))) {
            System.out.println(violation);
        }
        // end::validate[]
        assertTrue(seed.isEmpty());
        String guide = Files.readString(Path.of("docs/validation.md"));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("zh"), Locale.forLanguageTag("ru"))) {
            String output = printed(validator.validate(broken, locale));
            assertEquals(7, output.lines().count());
            assertTrue(guide.contains("```text\n" + output + "\n```"),
                    "docs/validation.md does not show the current output in " + locale + ":\n" + output);
        }
    }
}
