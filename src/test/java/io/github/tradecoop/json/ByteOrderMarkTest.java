package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.trade.TradeStatistics;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A UTF-8 byte order mark at the start of a document or file is ignored, as RFC 8259 allows. */
class ByteOrderMarkTest {

    private static final String FAIR = "{\"id\":\"expo\",\"name\":\"Expo\",\"startDate\":\"2024-05-17\"}";

    @Test
    void aDocumentOrFileMayStartWithAByteOrderMark(@TempDir Path dir) throws Exception {
        for (TradeJson json : List.of(TradeJson.jackson2(), TradeJson.jackson3())) {
            TradeFair expected = json.read(FAIR, TradeFair.class);
            assertEquals(expected, json.read("\uFEFF" + FAIR, TradeFair.class));
            assertEquals(expected, json.read(new StringReader("\uFEFF" + FAIR), TradeFair.class));
            byte[] bytes = ("\uFEFF" + FAIR).getBytes(StandardCharsets.UTF_8);
            assertEquals(expected, json.read(new ByteArrayInputStream(bytes), TradeFair.class));
            Path file = dir.resolve(json.engine() + ".json");
            Files.write(file, bytes);
            assertEquals(expected, json.read(file, TradeFair.class));
            assertEquals(List.of(expected, expected), json.readLines(new StringReader("\uFEFF" + FAIR + "\n" + FAIR + "\n"),
                    TradeFair.class).toList());
        }
    }

    @Test
    void aByteOrderMarkKeepsLinesAndColumns() {
        for (TradeJson json : List.of(TradeJson.jackson2(), TradeJson.jackson3())) {
            TradeDataException e = org.junit.jupiter.api.Assertions.assertThrows(TradeDataException.class,
                    () -> json.read("\uFEFF{\"flows\":[{\"reporter\":{\"type\":\"planet\"}}]}", TradeStatistics.class));
            TradeDataException plain = org.junit.jupiter.api.Assertions.assertThrows(TradeDataException.class,
                    () -> json.read(" {\"flows\":[{\"reporter\":{\"type\":\"planet\"}}]}", TradeStatistics.class));
            assertEquals(plain.problems().get(0).column(), e.problems().get(0).column());
        }
    }
}
