package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.event.TradeFair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Locating many violations in one reading of the document finds what locating each alone finds. */
class LocateAllTest {

    /** Every pointer of the example, a few that name no value (nearest ancestor), the root, and odd keys. */
    private static Set<String> pointers(JsonEngine engine, String json) {
        Set<String> pointers = new LinkedHashSet<>(List.of("", "/nothing", "/venue/nothing/deeper", "/organizers/99/role",
                "/sessions/0/attendance/0/count/value", "/a~1b", "/attendance/1"));
        try (JsonEngine.Cursor cursor = engine.cursor(json)) {
            while (cursor.next()) {
                pointers.add(cursor.pointer());
            }
        }
        return pointers;
    }

    @Test
    void oneReadingFindsWhatOneReadingPerPointerFinds() throws Exception {
        String json = Files.readString(Path.of("docs/examples/shenyang-2024-fair.json"));
        for (JsonEngine engine : List.of(new Jackson2Engine(false), new Jackson3Engine(false))) {
            Set<String> pointers = pointers(engine, json);
            assertTrue(pointers.size() > 100, "pointers: " + pointers.size());
            Map<String, JsonEngine.Mark> all = engine.locateAll(json, pointers);
            for (String pointer : pointers) {
                assertEquals(engine.locate(json, pointer), all.get(pointer), engine.name() + " " + pointer);
            }
        }
    }

    @Test
    void everyViolationOfAManyTimesBrokenDocumentIsLocated() {
        StringBuilder json = new StringBuilder("{\"id\":\"expo\",\"name\":\"Expo\",\"startDate\":\"2024-05-17\",\"sources\":[");
        int broken = 2_000;
        for (int i = 0; i < broken; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"publisher\":\"P\",\"url\":\"ftp://x/")
                    .append(i).append("\"}");
        }
        json.append("]}");
        for (TradeJson tradeJson : List.of(TradeJson.jackson2(), TradeJson.jackson3())) {
            TradeDataException e = org.junit.jupiter.api.Assertions.assertThrows(TradeDataException.class,
                    () -> tradeJson.withValidation().read(json.toString(), TradeFair.class));
            assertEquals(broken, e.problems().size());
            List<Integer> columns = new ArrayList<>();
            e.problems().forEach(p -> columns.add(p.column()));
            assertEquals(columns.stream().distinct().count(), (long) broken, "each at its own place");
        }
    }
}
