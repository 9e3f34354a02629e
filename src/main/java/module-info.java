/**
 * tradecoop: trade cooperation events and the figures reported around them.
 *
 * <p>Packages, from the bottom up, each with an example (the test suite runs every one):
 *
 * <p><b>{@link io.github.tradecoop.money money}</b>: exact amounts of one currency, with the aliases reports use.
 * <pre>{@code
 * Money exports = Money.of("RMB", "3150000000");            // RMB is an alias of CNY
 * Money total = exports.plus(Money.of("CNY", "910000000"));  // CNY 4060000000
 * }</pre>
 *
 * <p><b>{@link io.github.tradecoop.figure figure}</b>: reported figures with their rounding and qualifiers, as the ranges they allow.
 * <pre>{@code
 * ReportedAmount signed = ReportedAmount.parse("RMB 13.6 billion");
 * Range bounds = signed.bounds();                            // [13550000000, 13650000000]
 * }</pre>
 *
 * <p><b>{@link io.github.tradecoop.format format}</b>: reading and writing figures in English, Chinese and Russian, and finding them in text.
 * <pre>{@code
 * List<FoundFigure> figures = FigureFormat.findAll("The fair signed 55 projects worth RMB 13.6 billion. 签约项目55个。");
 * FoundFigure projects = figures.get(0);                     // COUNT "55 projects", noun "projects"
 * String chinese = FigureFormat.chinese().format(ReportedAmount.parse("RMB 13.6 billion"));   // 136亿元
 * }</pre>
 *
 * <p><b>{@link io.github.tradecoop.event event}</b>: a trade fair and what it is made of, built with {@code of} and {@code with…}.
 * <pre>{@code
 * TradeFair fair = TradeFair.of("shenyang-2024", "Shenyang Fair", LocalDate.of(2024, 1, 29))
 *         .withVenue(Place.of("Shenyang", "CN"))
 *         .withAttendance(List.of(Attendance.of("enterprises", Count.parse("227"))))
 *         .withSigning(SigningSummary.of(Count.parse("55"), ReportedAmount.parse("RMB 13.6 billion")));
 * }</pre>
 *
 * <p><b>{@link io.github.tradecoop.trade trade}</b>: trade flows between areas over reference periods.
 * <pre>{@code
 * Area shenyang = Area.city("Shenyang", "CN");
 * TradeFlow exports = TradeFlow.of(shenyang, Area.country("RU"), ReferencePeriod.parse("2023"),
 *         FlowDirection.EXPORT, ReportedAmount.parse("RMB 3.15 billion")).withYearOnYear(Percentage.parse("51.9%"));
 * }</pre>
 *
 * <p><b>{@link io.github.tradecoop.check check}</b>: figures checked against each other, never flagging honest rounding.
 * <pre>{@code
 * ConsistencyReport report = Consistency.check(statistics);  // exports + imports against the total, growth, ...
 * boolean consistent = report.isConsistent();
 * }</pre>
 *
 * <p><b>{@link io.github.tradecoop.validation validation}</b>: every problem at once, with its path, code and message.
 * <pre>{@code
 * List<Violation> violations = TradeValidator.shared().validate(fair);
 * // venue.country: must be an ISO 3166-1 alpha-2 country code such as CN or RU [CountryCode]
 * }</pre>
 *
 * <p><b>{@link io.github.tradecoop.json json}</b>: the JSON format on Jackson 2 or 3, strict, with located errors.
 * <pre>{@code
 * TradeJson json = TradeJson.auto();                         // Jackson 3 or 2, whichever the application has
 * String written = json.write(seed);
 * TradeFair read = json.withValidation().read(written, TradeFair.class);
 * }</pre>
 *
 * <p><b>{@link io.github.tradecoop.testing testing}</b>: assertions for applications' tests against reported figures.
 * <pre>{@code
 * TradeAssertions.assertReported("RMB 13.6 billion", sum);   // 13.62 billion rounds to the reported 13.6
 * }</pre>
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
    // constraint validators (io.github.tradecoop.validation.internal) and the decimal helper
    // (io.github.tradecoop.money.internal) are not API.

    // Bean Validation and Jackson read record fields reflectively.
    opens io.github.tradecoop.money;
    opens io.github.tradecoop.figure;
    opens io.github.tradecoop.event;
    opens io.github.tradecoop.trade;
    opens io.github.tradecoop.check;
    // Bean Validation providers instantiate the constraint validators reflectively.
    opens io.github.tradecoop.validation.internal;
}
