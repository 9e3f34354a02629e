/** A consumer module: it requires tradecoop and the Jackson 2 modules it brings, the lines getting-started.md gives. */
module consumer {
    requires io.github.tradecoop;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    exports consumer;
}
