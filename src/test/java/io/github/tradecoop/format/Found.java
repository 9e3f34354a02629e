package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tradecoop.figure.Range;
import java.math.BigDecimal;
import java.util.List;

/** What the finding tests ask of found figures: their texts, the one figure of a text, a closed range. */
final class Found {

    private Found() {
    }

    static List<String> texts(List<FoundFigure> found) {
        return found.stream().map(FoundFigure::text).toList();
    }

    /** The one figure the format finds in the text; fails naming what it found otherwise. */
    static FoundFigure only(FigureFormat format, String text) {
        List<FoundFigure> found = format.find(text);
        assertEquals(1, found.size(), () -> "one figure in \"" + text + "\", found " + texts(found));
        return found.get(0);
    }

    static Range closed(String low, String high) {
        return Range.closed(new BigDecimal(low), new BigDecimal(high));
    }
}
