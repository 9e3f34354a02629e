/**
 * tradecoop: trade cooperation events and the figures reported around them.
 *
 * <p>Packages, from the bottom up: {@code money} (exact amounts of one currency),
 * then reported figures, formats, the event and trade model, consistency checks,
 * validation and JSON.
 */
module io.github.tradecoop {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // The command line quiets Hibernate Validator's startup line (java.util.logging, a JDK module).
    requires java.logging;
    requires transitive com.fasterxml.jackson.annotation;
    // Null contracts (JSpecify) are annotations: read at compile time, not needed at run time.
    requires static transitive org.jspecify;
    // Jackson 2 and 3 are optional: TradeJson uses whichever the application brings.
    requires static com.fasterxml.jackson.core;
    requires static com.fasterxml.jackson.databind;
    requires static com.fasterxml.jackson.datatype.jsr310;
    requires static tools.jackson.core;
    requires static tools.jackson.databind;

    exports io.github.tradecoop.money;
    exports io.github.tradecoop.figure;
    exports io.github.tradecoop.format;
    exports io.github.tradecoop.event;
    exports io.github.tradecoop.trade;
    exports io.github.tradecoop.check;
    exports io.github.tradecoop.validation;
    exports io.github.tradecoop.json;
    exports io.github.tradecoop.testing;
    // Not exported: the command line (io.github.tradecoop.cli, run with java -m) and the
    // constraint validators (io.github.tradecoop.validation.internal) are not API.

    // Bean Validation and Jackson read record fields reflectively.
    opens io.github.tradecoop.money;
    opens io.github.tradecoop.figure;
    opens io.github.tradecoop.event;
    opens io.github.tradecoop.trade;
    opens io.github.tradecoop.check;
    // Bean Validation providers instantiate the constraint validators reflectively.
    opens io.github.tradecoop.validation.internal;
}
