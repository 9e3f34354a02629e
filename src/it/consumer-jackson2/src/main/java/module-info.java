/** A consumer module: it needs nothing of tradecoop's but {@code requires io.github.tradecoop}. */
module consumer {
    requires io.github.tradecoop;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    exports consumer;
}
