/** A consumer module: it needs nothing of tradecoop's but {@code requires io.github.tradecoop}. */
module consumer {
    requires io.github.tradecoop;
    requires tools.jackson.databind;
    exports consumer;
}
