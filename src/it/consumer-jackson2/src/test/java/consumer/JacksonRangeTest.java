package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tradecoop.json.TradeJson;
import org.junit.jupiter.api.Test;

/**
 * On the Jackson 2 this project is built with: from 2.17 up TradeJson works; below, it refuses
 * with a message naming the version found and the minimum (the invoker also runs this on 2.16).
 */
class JacksonRangeTest {

    @Test
    void jackson2IsUsableExactlyFrom217() {
        String version = com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();
        String[] parts = version.split("\\.");
        boolean supported = Integer.parseInt(parts[0]) > 2 || Integer.parseInt(parts[1]) >= 17;
        if (supported) {
            assertEquals("{\"type\":\"country\",\"code\":\"RU\"}",
                    TradeJson.jackson2().write(io.github.tradecoop.trade.Area.country("RU")));
        } else {
            IllegalStateException e = assertThrows(IllegalStateException.class, TradeJson::jackson2);
            assertEquals("jackson-core " + version + " is older than 2.17, the oldest version tradecoop supports:"
                    + " use 2.17 or newer", e.getMessage());
        }
    }
}
