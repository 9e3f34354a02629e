package consumer.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.json.TradeJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** The controller through MockMvc, with Boot's own mapper (Jackson 3) and validator. */
@SpringBootTest
class FairControllerTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JsonMapper bootMapper;

    MockMvc mvc;
    String seed;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        seed = Files.readString(Path.of(System.getProperty("seedJson")));
    }

    @Test
    void theSeedFairIsAcceptedAndSummarised() throws Exception {
        mvc.perform(post("/fairs/summary").contentType(MediaType.APPLICATION_JSON).content(seed))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"name\":\"2024 China-Russia (Shenyang) Economic and Trade Cooperation Fair\",\"signed\":\"RMB 13.6 billion\","
                        + "\"projects\":55}"));
    }

    @Test
    void aFairWithThreeProblemsGetsOne400ListingAllThree() throws Exception {
        String broken = seed.replaceFirst("\"country\" *: *\"CN\"", "\"country\":\"China\"")
                .replaceFirst("\"startDate\" *: *\"[0-9-]+\"", "\"startDate\":\"1850-01-29\"")
                .replaceFirst("\"published\" *: *\"[0-9-]+\"", "\"published\":\"1850-02-01\"");
        mvc.perform(post("/fairs/summary").contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("{\"problems\":["
                        + "{\"path\":\"sources[0].published\",\"message\":\"must be a date in the years 1900 to 2100\"},"
                        + "{\"path\":\"startDate\",\"message\":\"must be a date in the years 1900 to 2100\"},"
                        + "{\"path\":\"venue.country\",\"message\":\"must be an ISO 3166-1 alpha-2 country code such as CN or RU\"}"
                        + "]}", true));
    }

    @Test
    void bootsMapperReadsTheFormatAsTradeJsonDoes() throws Exception {
        assertEquals(TradeJson.jackson3().read(seed, TradeFair.class), bootMapper.readValue(seed, TradeFair.class));
    }

    @Test
    void bootsMapperWritesAFairAsTradeJsonDoes() throws Exception {
        TradeFair fair = TradeJson.jackson3().read(seed, TradeFair.class);
        assertEquals(TradeJson.jackson3().write(fair), bootMapper.writeValueAsString(fair));
    }
}
