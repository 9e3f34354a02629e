package io.github.tradecoop.cli;

import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.check.ConsistencyReport;
import io.github.tradecoop.check.Finding;
import io.github.tradecoop.event.Attendance;
import io.github.tradecoop.event.Person;
import io.github.tradecoop.event.Sector;
import io.github.tradecoop.event.Session;
import io.github.tradecoop.event.SigningSummary;
import io.github.tradecoop.event.Source;
import io.github.tradecoop.event.Statement;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.json.TradeDataException;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.trade.Indicator;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The {@code tradecoop} command line.
 *
 * <pre>
 * check [--lang en|zh|ru] FILE...   validate fair or trade-statistics JSON files
 * summary [--lang en|zh|ru] FILE    print a readable report of one file
 * extract [--lang en|zh|ru|auto] [--json] FILE...   the reported figures of text files
 * </pre>
 *
 * <p>{@code check} prints one line per problem, {@code file:line:column: pointer: message},
 * and exits with 0 when every file is clean, 1 when problems were found, and 2 when a file
 * cannot be used at all (missing, not JSON, not a fair or statistics) or the arguments are
 * wrong. Whether a file holds a fair or trade statistics is told by its content: a fair has
 * a {@code startDate}.
 */
public final class Main {

    /** Every file is clean. */
    public static final int OK = 0;
    /** Problems were found. */
    public static final int PROBLEMS = 1;
    /** A file could not be used, or the arguments were wrong. */
    public static final int UNUSABLE = 2;

    private static final String USAGE = String.join("\n",
            "usage: tradecoop check [--lang en|zh|ru] FILE...",
            "       tradecoop summary [--lang en|zh|ru] FILE",
            "       tradecoop extract [--lang en|zh|ru|auto] [--json] FILE...",
            "",
            "  check    validate fair or trade-statistics JSON: one line per problem,",
            "           file:line:column: pointer: message; exit 0 clean, 1 problems, 2 unusable",
            "  summary  print a readable report of a fair or of trade statistics",
            "  extract  the reported figures of text files, one per line as",
            "           file:line:column: KIND \"text\" bounds currency noun, or JSON Lines with --json;",
            "           exit 0 found, 1 none found, 2 unusable; --lang auto (default) chooses by script",
            "  --lang   language of messages and reports (default en)");

    /** Held, so that its level is not lost when the logger manager lets an unreferenced logger go. */
    private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    private final PrintStream out;
    private final PrintStream err;

    private Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // The command line is an application: Hibernate Validator's startup line is not its output.
        HIBERNATE_VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args the arguments
     * @param out  where reports and problems go
     * @param err  where usage and errors about the arguments go
     * @return the exit status: {@link #OK}, {@link #PROBLEMS} or {@link #UNUSABLE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new Main(out, err).dispatch(List.of(args));
    }

    private int dispatch(List<String> args) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return UNUSABLE;
        }
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return OK;
        }
        String command = args.get(0);
        List<String> files = new ArrayList<>();
        Locale locale = Locale.ENGLISH;
        boolean auto = true;
        boolean json = false;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            String lang = null;
            if (arg.equals("--lang")) {
                if (i + 1 == args.size()) {
                    return usageError("--lang needs a language: en, zh or ru");
                }
                lang = args.get(++i);
            } else if (arg.startsWith("--lang=")) {
                lang = arg.substring("--lang=".length());
            } else if (arg.equals("--json") && command.equals("extract")) {
                json = true;
            } else if (arg.startsWith("-")) {
                return usageError("unknown option " + arg);
            } else {
                files.add(arg);
            }
            if ("auto".equals(lang) && command.equals("extract")) {
                auto = true;
            } else if (lang != null) {
                auto = false;
                if (!List.of("en", "zh", "ru").contains(lang)) {
                    return usageError("unknown language \"" + lang + "\": use en, zh or ru");
                }
                locale = Locale.forLanguageTag(lang);
            }
        }
        return switch (command) {
            case "check" -> files.isEmpty() ? usageError("check needs at least one FILE") : check(files, locale);
            case "summary" -> files.size() != 1 ? usageError("summary takes exactly one FILE") : summary(files.get(0), locale);
            case "extract" -> files.isEmpty() ? usageError("extract needs at least one FILE")
                    : new Extract(out, err, auto ? null : FigureFormat.of(locale), json).run(files);
            default -> usageError("unknown command \"" + command + "\": use check, summary or extract");
        };
    }

    private int usageError(String message) {
        err.println("tradecoop: " + message);
        err.println("try: tradecoop --help");
        return UNUSABLE;
    }

    private int check(List<String> files, Locale locale) {
        TradeJson json = TradeJson.auto().withValidation(locale);
        int status = OK;
        int problems = 0;
        for (String file : files) {
            try {
                read(json, file);
            } catch (TradeDataException e) {
                boolean invalid = e.problems().stream().noneMatch(p -> p.code().startsWith("json."));
                for (TradeDataException.Problem p : e.problems()) {
                    out.println(file + ":" + p.line() + ":" + p.column() + ": " + (p.pointer().isEmpty() ? "/" : p.pointer())
                            + ": " + p.message());
                    problems++;
                }
                status = Math.max(status, invalid ? PROBLEMS : UNUSABLE);
            } catch (Unreadable e) {
                out.println(file + ":0:0: /: " + e.getMessage());
                problems++;
                status = UNUSABLE;
            }
        }
        err.println("tradecoop: checked " + files.size() + (files.size() == 1 ? " file, " : " files, ") + problems
                + (problems == 1 ? " problem" : " problems"));
        return status;
    }

    private int summary(String file, Locale locale) {
        Object document;
        try {
            document = read(TradeJson.auto(), file);
        } catch (TradeDataException e) {
            TradeDataException.Problem p = e.problems().get(0);
            err.println(file + ":" + p.line() + ":" + p.column() + ": " + (p.pointer().isEmpty() ? "/" : p.pointer()) + ": "
                    + p.message());
            return UNUSABLE;
        } catch (Unreadable e) {
            err.println(file + ":0:0: /: " + e.getMessage());
            return UNUSABLE;
        }
        Report report = new Report(locale);
        if (document instanceof TradeFair fair) {
            report.fair(fair);
        } else {
            report.statistics((TradeStatistics) document);
        }
        out.print(report);
        return OK;
    }

    /** Reads a fair or trade statistics, told apart by content. */
    private static Object read(TradeJson json, String file) {
        String text;
        try {
            text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new Unreadable("no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new Unreadable("the file is not UTF-8");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new Unreadable("cannot read the file: " + e.getMessage());
        }
        return text.contains("\"startDate\"") ? json.read(text, TradeFair.class) : json.read(text, TradeStatistics.class);
    }

    /** A file that could not be opened or decoded. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /** A readable report in one language. */
    private static final class Report {
        private final ResourceBundle labels;
        private final FigureFormat figures;
        private final String language;
        private final StringBuilder text = new StringBuilder();

        Report(Locale locale) {
            Locale language = locale.getLanguage().equals("en") ? Locale.ROOT : locale;
            this.labels = ResourceBundle.getBundle("io.github.tradecoop.cli.Labels", language);
            this.figures = FigureFormat.of(locale);
            this.language = locale.getLanguage();
        }

        /** The name in the report's language where the data has one. */
        private String name(String english, Map<String, String> otherNames) {
            return otherNames.getOrDefault(language, english);
        }

        private String label(String key) {
            return labels.getString(key);
        }

        private String label(String key, Object argument) {
            return label(key).replace("{0}", String.valueOf(argument));
        }

        private void line(String content) {
            text.append(content).append('\n');
        }

        private void field(String key, String value) {
            line(label(key) + ": " + value);
        }

        void fair(TradeFair fair) {
            String title = name(fair.name(), fair.otherNames());
            line(title);
            line("=".repeat(Math.min(title.length(), 72)));
            field("fair.opened", fair.startDate().toString());
            if (fair.endDate() != null) {
                field("fair.closed", fair.endDate().toString());
            }
            if (fair.venue() != null) {
                field("fair.venue", String.join(", ", nonNull(fair.venue().district(), fair.venue().city(),
                        fair.venue().region(), fair.venue().country())));
            }
            Map<String, List<String>> byRole = new LinkedHashMap<>();
            fair.organizers().forEach(p -> byRole.computeIfAbsent(label("role." + p.role()), k -> new ArrayList<>())
                    .add(fair.organization(p.organizationId()).map(o -> name(o.name(), o.otherNames()))
                            .orElse(p.organizationId())));
            byRole.forEach((role, names) -> line(role + ": " + String.join("; ", names)));
            if (!fair.attendance().isEmpty()) {
                line(label("fair.attendance") + ":");
                fair.attendance().forEach(a -> line("  " + attendance(a)));
            }
            SigningSummary signing = fair.signing();
            if (signing != null) {
                List<String> parts = new ArrayList<>();
                if (signing.projects() != null) {
                    parts.add(label("fair.projects", figures.format(signing.projects())));
                }
                if (signing.totalValue() != null) {
                    parts.add(figures.format(signing.totalValue()));
                }
                field("fair.signed", String.join(", ", parts));
                if (!signing.sectors().isEmpty()) {
                    line("  " + label(signing.sectorsExhaustive() ? "fair.sectors.all" : "fair.sectors.including") + ": "
                            + signing.sectors().stream().map(Sector::label).collect(Collectors.joining(", ")));
                }
            }
            if (!fair.projects().isEmpty()) {
                field("fair.itemised", String.valueOf(fair.projects().size()));
            }
            if (!fair.intentions().isEmpty()) {
                field("fair.intentions", fair.intentions().stream()
                        .map(i -> i.sectors().stream().map(Sector::label).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; ")));
            }
            if (!fair.sessions().isEmpty()) {
                line(label("fair.sessions") + ":");
                for (Session s : fair.sessions()) {
                    line("  " + (s.date() == null ? "" : s.date() + "  ") + s.title() + " (" + label("session." + s.type()) + ")");
                    if (!s.presenters().isEmpty()) {
                        line("    " + label("fair.presenters") + ": "
                                + s.presenters().stream().map(Person::name).collect(Collectors.joining(", ")));
                    }
                    s.attendance().forEach(a -> line("    " + attendance(a)));
                }
            }
            if (!fair.statements().isEmpty()) {
                field("fair.statements", fair.statements().stream().map(Statement::speaker).map(Person::name)
                        .collect(Collectors.joining(", ")));
            }
            if (!fair.sources().isEmpty()) {
                field("fair.sources", fair.sources().stream().map(Main::source).collect(Collectors.joining("; ")));
            }
            verdict(Consistency.check(fair));
        }

        void statistics(TradeStatistics statistics) {
            line(label("statistics.title"));
            line("=".repeat(label("statistics.title").length()));
            Map<String, List<TradeFlow>> groups = new LinkedHashMap<>();
            for (TradeFlow flow : statistics.flows()) {
                groups.computeIfAbsent(flow.reporter().label() + " → " + flow.partner().label() + ", " + flow.period(),
                        k -> new ArrayList<>()).add(flow);
            }
            groups.forEach((heading, flows) -> {
                line(heading);
                int width = flows.stream().mapToInt(f -> label("direction." + f.direction()).length()).max().orElse(0);
                int valueWidth = flows.stream().mapToInt(f -> f.value() == null ? 1 : figures.format(f.value()).length())
                        .max().orElse(0);
                for (TradeFlow f : flows) {
                    String direction = label("direction." + f.direction());
                    String value = f.value() == null ? "–" : figures.format(f.value());
                    line("  " + direction + " ".repeat(width - direction.length() + 2) + value
                            + (f.yearOnYear() == null ? "" : " ".repeat(valueWidth - value.length() + 2) + growth(f.yearOnYear())));
                }
            });
            if (!statistics.indicators().isEmpty()) {
                line(label("statistics.indicators") + ":");
                for (Indicator i : statistics.indicators()) {
                    line("  " + i.area().label() + ", " + i.period() + ": " + figures.format(i.count()) + " "
                            + (i.description() != null ? i.description() : i.kind()));
                }
            }
            if (!statistics.sources().isEmpty()) {
                field("fair.sources", statistics.sources().stream().map(Main::source).collect(Collectors.joining("; ")));
            }
            verdict(Consistency.check(statistics));
        }

        private String growth(Percentage percentage) {
            String text = figures.format(percentage);
            return percentage.value().signum() > 0 ? "+" + text : text;
        }

        private String attendance(Attendance a) {
            List<String> origins = new ArrayList<>(a.originCountries());
            if (a.originGroup() != null) {
                origins.add(a.originGroup());
            }
            return count(a.count()) + " " + a.who()
                    + (origins.isEmpty() ? "" : " (" + label("fair.from") + " " + String.join(", ", origins) + ")");
        }

        private String count(Count count) {
            return figures.format(count);
        }

        private void verdict(ConsistencyReport report) {
            List<Finding> errors = report.errors();
            field("consistency", errors.isEmpty() ? label("consistency.ok") : label("consistency.problems", errors.size()));
            errors.forEach(f -> line("  " + f.path() + ": " + f.message()));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static String source(Source s) {
        return s.publisher() + (s.published() == null ? "" : ", " + s.published());
    }

    private static List<String> nonNull(String... values) {
        List<String> present = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                present.add(v);
            }
        }
        return present;
    }
}
