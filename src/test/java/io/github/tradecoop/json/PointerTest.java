package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.validation.TradeValidator;
import io.github.tradecoop.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pointers to violations follow RFC 6901, map keys included: "/" is "~1", "~" is "~0", "." and "[" stay. */
class PointerTest {

    private static final String FAIR = "{\"id\":\"expo\",\"name\":\"Expo\",\"startDate\":\"2024-05-17\","
            + "\"otherNames\":{\"a/b\":\"x\",\"c.d[e]~\":\"y\"}}";

    @Test
    void mapKeysAreEscapedWhole() {
        for (TradeJson json : List.of(TradeJson.jackson2(), TradeJson.jackson3())) {
            TradeDataException e = assertThrows(TradeDataException.class,
                    () -> json.withValidation().read(FAIR, TradeFair.class));
            List<String> pointers = e.problems().stream().map(TradeDataException.Problem::pointer).sorted().toList();
            assertEquals(List.of("/otherNames/a~1b", "/otherNames/c.d[e]~0"), pointers);
            e.problems().forEach(p -> assertEquals(1, p.line()));
        }
    }

    @Test
    void aViolationCarriesItsPointer() {
        TradeFair fair = TradeJson.auto().read(FAIR, TradeFair.class);
        List<Violation> violations = TradeValidator.shared().validate(fair);
        assertEquals(List.of("/otherNames/a~1b", "/otherNames/c.d[e]~0"),
                violations.stream().map(Violation::pointer).sorted().toList());
    }
}
