/**
 * tradecoop: trade cooperation events and the figures reported around them.
 *
 * <p>Packages, from the bottom up: {@code money} (exact amounts of one currency),
 * then reported figures, formats, the event and trade model, consistency checks,
 * validation and JSON.
 */
module io.github.tradecoop {
    exports io.github.tradecoop.money;
    exports io.github.tradecoop.figure;
    exports io.github.tradecoop.format;
    exports io.github.tradecoop.event;
    exports io.github.tradecoop.trade;
    exports io.github.tradecoop.check;
}
