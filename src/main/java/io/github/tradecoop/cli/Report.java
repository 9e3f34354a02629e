package io.github.tradecoop.cli;

import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.check.ConsistencyReport;
import io.github.tradecoop.check.Finding;
import io.github.tradecoop.check.Severity;
import io.github.tradecoop.event.Attendance;
import io.github.tradecoop.event.Person;
import io.github.tradecoop.event.ProjectKind;
import io.github.tradecoop.event.ScaleFigure;
import io.github.tradecoop.event.Sector;
import io.github.tradecoop.event.Session;
import io.github.tradecoop.event.SigningGroup;
import io.github.tradecoop.event.SigningSummary;
import io.github.tradecoop.event.Source;
import io.github.tradecoop.event.Statement;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Converted;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.GrowthComparison;
import io.github.tradecoop.trade.Indicator;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import io.github.tradecoop.trade.TradeStatistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A readable report in one language. */
final class Report {
    private final ResourceBundle labels;
    private final FigureFormat figures;
    private final String language;
    private final Locale locale;
    private final StringBuilder text = new StringBuilder();

    Report(Locale locale) {
        Locale language = locale.getLanguage().equals("en") ? Locale.ROOT : locale;
        this.labels = ResourceBundle.getBundle("io.github.tradecoop.cli.Labels", language);
        this.figures = FigureFormat.of(locale);
        this.language = locale.getLanguage();
        this.locale = locale;
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
            field("fair.venue", String.join(", ", nonNull(fair.venue().building(), fair.venue().district(),
                    fair.venue().city(), fair.venue().region(), fair.venue().country())));
        }
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        fair.organizers().forEach(p -> byRole.computeIfAbsent(label("role." + p.role()), k -> new ArrayList<>())
                .add(fair.organization(p.organizationId()).map(o -> name(o.name(), o.otherNames()))
                        .orElse(p.organizationId())));
        byRole.forEach((role, names) -> line(role + ": " + String.join("; ", names)));
        if (!fair.coLocatedEvents().isEmpty()) {
            field("fair.coLocated", fair.coLocatedEvents().stream().map(e -> name(e.name(), e.otherNames()))
                    .collect(Collectors.joining("; ")));
        }
        figures("fair.attendance", fair.attendance());
        figures("fair.exhibitors", fair.exhibitors());
        if (!fair.scale().isEmpty()) {
            line(label("fair.scale") + ":");
            fair.scale().forEach(f -> line("  " + scale(f)));
        }
        SigningSummary signing = fair.signing();
        if (signing != null) {
            List<String> parts = new ArrayList<>();
            if (signing.projects() != null) {
                parts.add(label("fair.projects", figures.format(signing.projects())));
            }
            if (signing.totalValue() != null) {
                parts.add(figures.format(signing.totalValue()) + converted(signing.convertedValue()));
            }
            // Agreements of intent are not signed deals: a summary never calls them "Signed".
            field(signing.kind() == ProjectKind.INTENTION_AGREEMENT ? "fair.intended" : "fair.signed", String.join(", ", parts));
            if (signing.kind() != ProjectKind.UNKNOWN && signing.kind() != ProjectKind.INTENTION_AGREEMENT) {
                line("  " + label("fair.kind") + ": " + label("kind." + signing.kind()));
            }
            if (signing.valueYearOnYear() != null) {
                line("  " + label("fair.change") + ": " + growth(signing.valueYearOnYear())
                        + (signing.previousValue() == null ? ""
                                : " (" + label("fair.previous", figures.format(signing.previousValue())) + ")"));
            }
            if (!signing.sectors().isEmpty()) {
                line("  " + label(signing.sectorsExhaustive() ? "fair.sectors.all" : "fair.sectors.including") + ": "
                        + signing.sectors().stream().map(Sector::label).collect(Collectors.joining(", ")));
            }
            if (!signing.groups().isEmpty()) {
                line("  " + label("fair.breakdown") + ":");
                signing.groups().forEach(g -> line("    " + group(g)));
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
                String days = s.date() == null ? "" : s.date() + (s.endDate() == null ? "" : " – " + s.endDate()) + "  ";
                line("  " + days + s.title() + " (" + label("session." + s.type()) + ")");
                if (!s.presenters().isEmpty()) {
                    line("    " + label("fair.presenters") + ": "
                            + s.presenters().stream().map(p -> name(p.name(), p.otherNames())).collect(Collectors.joining(", ")));
                }
                s.attendance().forEach(a -> line("    " + attendance(a)));
            }
        }
        if (!fair.statements().isEmpty()) {
            field("fair.statements", fair.statements().stream().map(Statement::speaker).map(p -> name(p.name(), p.otherNames()))
                    .collect(Collectors.joining(", ")));
        }
        if (!fair.reportedDates().isEmpty()) {
            line(label("fair.reportedDates") + ":");
            fair.reportedDates().forEach(d -> line("  " + d.startDate() + (d.endDate() == null ? "" : " – " + d.endDate())
                    + "  " + fair.source(d.sourceId()).map(Report::source).orElse(d.sourceId())));
        }
        if (!fair.sources().isEmpty()) {
            field("fair.sources", fair.sources().stream().map(Report::source).collect(Collectors.joining("; ")));
        }
        verdict(Consistency.check(fair));
    }

    /**
     * Trade statistics as a table per period, earliest first: one row per flow, by reporter, partner,
     * product and direction as the release lists them, with value, growth, share and comparison.
     */
    void statistics(TradeStatistics statistics) {
        line(label("statistics.title"));
        line("=".repeat(label("statistics.title").length()));
        Map<ReferencePeriod, List<TradeFlow>> byPeriod = new TreeMap<>();
        for (TradeFlow flow : statistics.flows()) {
            byPeriod.computeIfAbsent(flow.period(), k -> new ArrayList<>()).add(flow);
        }
        boolean oneReporter = statistics.flows().stream().map(TradeFlow::reporter).distinct().count() == 1;
        if (oneReporter && !statistics.flows().isEmpty()) {
            line(statistics.flows().get(0).reporter().label());
        }
        byPeriod.forEach((period, flows) -> {
            line(period(period));
            List<String[]> rows = new ArrayList<>();
            for (TradeFlow f : flows) {
                String where = (oneReporter ? "" : area(f.reporter()) + " → ") + area(f.partner())
                        + (f.product() == null ? "" : ": " + f.product().name());
                rows.add(new String[] {where, label("direction." + f.direction()),
                        f.value() == null ? "–" : figures.format(f.value()) + converted(f.convertedValue()),
                        f.yearOnYear() == null ? "" : growth(f.yearOnYear()),
                        f.share() == null ? "" : label("statistics.share", figures.format(f.share())),
                        f.growthComparison() == null ? "" : comparison(f.growthComparison())});
            }
            table(rows);
        });
        if (!statistics.indicators().isEmpty()) {
            line(label("statistics.indicators") + ":");
            for (Indicator i : statistics.indicators()) {
                line("  " + i.area().label() + ", " + period(i.period()) + ": " + figures.format(i.count()) + " "
                        + (i.description() != null ? i.description() : i.kind()));
            }
        }
        if (!statistics.sources().isEmpty()) {
            field("fair.sources", statistics.sources().stream().map(Report::source).collect(Collectors.joining("; ")));
        }
        verdict(Consistency.check(statistics));
    }

    /** The widest first cell kept on its row; a longer one gets a line of its own above its row. */
    private static final int LABEL_WIDTH = 40;

    /** Rows of cells, each column as wide as its widest cell, trailing empty cells left out. */
    private void table(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                if (c > 0 || row[c].length() <= LABEL_WIDTH) {
                    widths[c] = Math.max(widths[c], row[c].length());
                }
            }
        }
        for (String[] cellsOf : rows) {
            String[] row = cellsOf;
            if (row[0].length() > LABEL_WIDTH) {
                line("  " + row[0]);
                row = row.clone();
                row[0] = "";
            }
            int last = columns - 1;
            while (last > 0 && row[last].isEmpty()) {
                last--;
            }
            StringBuilder cells = new StringBuilder("  ");
            for (int c = 0; c <= last; c++) {
                cells.append(row[c]);
                if (c < last) {
                    cells.append(" ".repeat(widths[c] - row[c].length() + 2));
                }
            }
            line(cells.toString());
        }
    }

    /** A period in words in the report's language, with its written form: "January–August 2025 (2025-01/2025-08)". */
    private String period(ReferencePeriod period) {
        String words;
        if (period instanceof ReferencePeriod.HalfYear h) {
            words = label("period.half" + h.half(), h.year());
        } else if (period instanceof ReferencePeriod.Quarter q) {
            words = label("period.quarter" + q.quarter(), q.year());
        } else if (period instanceof ReferencePeriod.Month m) {
            words = label("period.month", m.year()).replace("{1}", month(m.month()));
        } else if (period instanceof ReferencePeriod.MonthRange) {
            words = label("period.months", period.start().getYear()).replace("{1}", month(period.start().getMonthValue()))
                    .replace("{2}", month(period.end().getMonthValue()));
        } else {
            words = String.valueOf(period.start().getYear());
        }
        return words.equals(period.toString()) ? words : words + " (" + period + ")";
    }

    /** An area's label, the world in the report's language. */
    private String area(Area area) {
        return area instanceof Area.World ? label("area.world") : area.label();
    }

    private String month(int month) {
        return label("month." + month);
    }

    private String comparison(GrowthComparison comparison) {
        List<String> other = new ArrayList<>();
        if (comparison.reporter() != null) {
            other.add(area(comparison.reporter()));
        }
        if (comparison.partner() != null) {
            other.add(area(comparison.partner()));
        }
        if (comparison.period() != null) {
            other.add(period(comparison.period()));
        }
        String points = figures.format(comparison.points());
        return label("statistics.versus", (comparison.points().value().signum() > 0 ? "+" : "") + points)
                .replace("{1}", String.join(", ", other));
    }

    private String growth(Percentage percentage) {
        String text = figures.format(percentage);
        return percentage.value().signum() > 0 ? "+" + text : text;
    }

    /** A list of attendance or exhibitor figures, parts under "of which". */
    private void figures(String key, List<Attendance> list) {
        if (!list.isEmpty()) {
            line(label(key) + ":");
            list.forEach(a -> line("  " + (a.partOf() == null ? "" : "  " + label("fair.partOf") + " ") + attendance(a)));
        }
    }

    private String attendance(Attendance a) {
        List<String> origins = new ArrayList<>(a.originCountries());
        if (a.originGroup() != null) {
            origins.add(a.originGroup());
        }
        return count(a.count()) + " " + a.who()
                + (origins.isEmpty() ? "" : " (" + label("fair.from") + " " + String.join(", ", origins) + ")")
                + (a.share() == null ? "" : ", " + figures.format(a.share()))
                + change(a.yearOnYear(), a.previous() == null ? null : count(a.previous()));
    }

    private String scale(ScaleFigure f) {
        String figure = f.count() != null ? count(f.count()) : figures.format(Objects.requireNonNull(f.area()));
        return (f.partOf() == null ? "" : "  " + label("fair.partOf") + " ") + label("scale." + f.measure())
                + (f.scope() == null ? "" : " (" + f.scope() + ")") + ": " + figure
                + (f.what() == null ? "" : " " + f.what())
                + change(f.yearOnYear(), f.previous() != null ? count(f.previous())
                        : f.previousArea() != null ? figures.format(f.previousArea()) : null);
    }

    /** The change on the previous edition and the previous figure, whichever of them is stated. */
    private String change(@Nullable Percentage yearOnYear, @Nullable String previous) {
        if (yearOnYear == null) {
            return previous == null ? "" : " (" + label("fair.previous", previous) + ")";
        }
        return ", " + label("fair.change") + " " + growth(yearOnYear)
                + (previous == null ? "" : " (" + label("fair.previous", previous) + ")");
    }

    private String converted(@Nullable Converted converted) {
        if (converted == null) {
            return "";
        }
        return " (" + label("fair.converted") + " " + figures.format(converted.amount())
                + (converted.rate() == null ? "" : ", " + label("fair.rate", converted.rate().toPlainString())) + ")";
    }

    private String group(SigningGroup g) {
        List<String> parts = new ArrayList<>();
        if (g.kind() != null) {
            parts.add(label("kind." + g.kind()));
        }
        if (g.projects() != null) {
            parts.add(label("fair.projects", count(g.projects())));
        }
        if (g.value() != null) {
            parts.add(figures.format(g.value()));
        }
        if (g.share() != null) {
            parts.add(label("fair.shareOfTotal", figures.format(g.share())));
        }
        return g.label() + ": " + String.join(", ", parts)
                + change(g.yearOnYear(), g.previousValue() == null ? null : figures.format(g.previousValue()));
    }

    private String count(Count count) {
        return figures.format(count);
    }

    private void verdict(ConsistencyReport report) {
        List<Finding> errors = report.errors();
        field("consistency", errors.isEmpty() ? label("consistency.ok") : label("consistency.problems", errors.size()));
        errors.forEach(f -> line("  " + f.path() + ": " + f.message(locale)));
        report.findings().stream().filter(f -> f.severity() == Severity.WARNING)
                .forEach(f -> line("  " + label("consistency.warning") + " " + f.path() + ": " + f.message(locale)));
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String source(Source s) {
        return s.publisher() + (s.published() == null ? "" : ", " + s.published());
    }

    private static List<String> nonNull(@Nullable String... values) {
        List<String> present = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                present.add(v);
            }
        }
        return present;
    }
}
