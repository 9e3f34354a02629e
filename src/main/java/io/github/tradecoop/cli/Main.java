package io.github.tradecoop.cli;

import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.json.TradeDataException;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.trade.TradeStatistics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The {@code tradecoop} command line.
 *
 * <pre>
 * check [--lang en|zh|ru] FILE...   validate fair or trade-statistics JSON files
 * summary [--lang en|zh|ru] FILE    print a readable report of one file
 * extract [--lang en|zh|ru|auto] [--currency CODE] [--json] FILE...   the reported figures of text files
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
            "       tradecoop extract [--lang en|zh|ru|auto] [--currency CODE] [--json] FILE...",
            "",
            "  check    validate fair or trade-statistics JSON: one line per problem,",
            "           file:line:column: pointer: message; exit 0 clean, 1 problems, 2 unusable",
            "  summary  print a readable report of a fair or of trade statistics",
            "  extract  the reported figures of text files, one per line as",
            "           file:line:column: KIND \"text\" bounds currency noun, or JSON Lines with --json;",
            "           exit 0 found, 1 none found, 2 unusable; --lang auto (default) chooses by script",
            "  --lang   language of messages and reports (default en)",
            "  --currency  for extract: the currency of \"$\", \"¥\" and 元 alone, such as HKD or AUD");

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
        Currency currency = null;
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
            } else if ((arg.equals("--currency") || arg.startsWith("--currency=")) && command.equals("extract")) {
                String code = arg.equals("--currency") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring("--currency=".length());
                try {
                    currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    return usageError("--currency needs an ISO 4217 code such as HKD, not \"" + code + "\"");
                }
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
                    : new Extract(out, err, auto ? null : FigureFormat.of(locale), currency, json).run(files);
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
}
