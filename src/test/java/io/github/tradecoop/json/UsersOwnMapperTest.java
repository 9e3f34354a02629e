package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tradecoop.Seed;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.trade.TradeStatistics;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The mapping lives in annotations, so an application's own mapper handles the model too. */
class UsersOwnMapperTest {

    @Test
    void aPlainJackson3MapperReadsAndWritesTheFormat() throws Exception {
        tools.jackson.databind.json.JsonMapper mapper = new tools.jackson.databind.json.JsonMapper();
        assertEquals(Seed.fair(), mapper.readValue(Files.readString(JsonExamplesTest.FAIR), TradeFair.class));
        assertEquals(Seed.statistics(), mapper.readValue(Files.readString(JsonExamplesTest.TRADE), TradeStatistics.class));
        assertEquals(Seed.fair(), TradeJson.jackson3().read(mapper.writeValueAsString(Seed.fair()), TradeFair.class));
    }

    @Test
    void aJackson2MapperWithJavaTimeReadsAndWritesTheFormat() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        assertEquals(Seed.fair(), mapper.readValue(Files.readString(JsonExamplesTest.FAIR), TradeFair.class));
        assertEquals(Seed.statistics(), mapper.readValue(Files.readString(JsonExamplesTest.TRADE), TradeStatistics.class));
        assertEquals(TradeJson.jackson2().write(Seed.fair()), mapper.writeValueAsString(Seed.fair()));
    }

    /** Figures name their properties, so a mapper that detects no property by itself still writes them. */
    @Test
    void figuresAreWrittenWhateverTheMappersVisibilityRules() throws Exception {
        ReportedAmount amount = ReportedAmount.parse("RMB 13.6 billion");
        String expected = TradeJson.jackson3().write(amount);
        com.fasterxml.jackson.databind.ObjectMapper mapper2 = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .visibility(com.fasterxml.jackson.annotation.PropertyAccessor.ALL,
                        com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
                .build();
        tools.jackson.databind.json.JsonMapper mapper3 = tools.jackson.databind.json.JsonMapper.builder()
                .changeDefaultVisibility(checker -> checker.withVisibility(com.fasterxml.jackson.annotation.PropertyAccessor.ALL,
                        com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE))
                .build();
        assertEquals(expected, mapper2.writeValueAsString(amount));
        assertEquals(expected, mapper3.writeValueAsString(amount));
        assertEquals("{\"value\":\"80.2\",\"resolution\":\"0.1\",\"qualifier\":\"EXACT\"}",
                mapper2.writeValueAsString(Percentage.of("80.2")));
    }
}
