package consumer;

import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.json.TradeJson;
import java.nio.file.Path;

/** What an application does with the library: read a fair and take its signed total. */
public final class SignedTotal {

    private SignedTotal() {
    }

    public static ReportedAmount of(Path fairJson) {
        TradeFair fair = TradeJson.auto().withValidation().read(fairJson, TradeFair.class);
        return fair.signing().totalValue();
    }
}
