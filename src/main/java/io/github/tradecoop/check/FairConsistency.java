package io.github.tradecoop.check;

import io.github.tradecoop.event.Attendance;
import io.github.tradecoop.event.ReportedDates;
import io.github.tradecoop.event.ScaleFigure;
import io.github.tradecoop.event.SigningGroup;
import io.github.tradecoop.event.SigningSummary;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Converted;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.format.FigureFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The relations between a fair's figures that real reports state: parts and their wholes, shares,
 * changes on the previous edition, groups of the signing against its total, a total in two
 * currencies, and sources that disagree. Sound, as every check: a figure is flagged only when no
 * true values within the rounding of all the figures involved agree; a disagreement between sources
 * is a warning, as both may be honest reports of different counts.
 */
final class FairConsistency {

    private static final FigureFormat ENGLISH = FigureFormat.english();

    private FairConsistency() {
    }

    static void check(TradeFair fair, List<Finding> findings) {
        Map<String, Located<Attendance>> people = new HashMap<>();
        index(fair.attendance(), "attendance", people);
        index(fair.exhibitors(), "exhibitors", people);
        parts(fair.attendance(), "attendance", people, findings);
        parts(fair.exhibitors(), "exhibitors", people, findings);
        scale(fair.scale(), findings);
        signingGroups(fair, findings);
        conversion(fair.signing(), findings);
        sourcesDisagree(fair, findings);
    }

    /** A figure and the path it is at. */
    private record Located<T>(T value, String path) {
    }

    private static void index(List<Attendance> figures, String list, Map<String, Located<Attendance>> people) {
        for (int i = 0; i < figures.size(); i++) {
            String id = figures.get(i).id();
            if (id != null) {
                people.put(id, new Located<>(figures.get(i), list + "[" + i + "]"));
            }
        }
    }

    private static void parts(List<Attendance> figures, String list, Map<String, Located<Attendance>> people,
            List<Finding> findings) {
        for (int i = 0; i < figures.size(); i++) {
            Attendance part = figures.get(i);
            String path = list + "[" + i + "]";
            if (part.yearOnYear() != null && part.previous() != null) {
                change(path + ".yearOnYear", part.count().bounds(), part.previous().bounds(), part.yearOnYear(),
                        "attendance.change-vs-previous", part.count(), part.previous(), findings);
            }
            if (part.partOf() == null) {
                continue;
            }
            Located<Attendance> whole = people.get(part.partOf());
            if (whole == null) {
                findings.add(new Finding(Severity.ERROR, "reference.part", path + ".partOf",
                        "\"" + part.partOf() + "\" is not the id of an attendance or exhibitor figure", null, null,
                        Map.of("id", part.partOf())));
                continue;
            }
            Range wholeBounds = whole.value().count().bounds();
            if (exceeds(part.count().bounds(), wholeBounds)) {
                findings.add(new Finding(Severity.ERROR, "attendance.part-exceeds-whole", path + ".count",
                        ENGLISH.format(part.count()) + " " + part.who() + " are a part of "
                                + ENGLISH.format(whole.value().count()) + " " + whole.value().who() + ", and more than it",
                        part.count().bounds(), wholeBounds, Map.of("part", part.count(), "who", part.who(),
                                "whole", whole.value().count(), "wholeWho", whole.value().who())));
            } else if (part.share() != null) {
                share(path + ".share", part.share(), part.count().bounds(), wholeBounds, "attendance.share-vs-values",
                        part.count(), whole.value().count(), findings);
            }
        }
    }

    private static void scale(List<ScaleFigure> scale, List<Finding> findings) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < scale.size(); i++) {
            String id = scale.get(i).id();
            if (id != null) {
                ids.put(id, i);
            }
        }
        for (int i = 0; i < scale.size(); i++) {
            ScaleFigure part = scale.get(i);
            Percentage growth = part.yearOnYear();
            if (growth != null) {
                int index = i;
                part.previousBounds().ifPresent(previous -> change("scale[" + index + "].yearOnYear", part.bounds(), previous,
                        growth, "scale.change-vs-previous", figure(part),
                        part.previous() != null ? part.previous() : Objects.requireNonNull(part.previousArea()), findings));
            }
            if (part.partOf() == null) {
                continue;
            }
            Integer whole = ids.get(part.partOf());
            String path = "scale[" + i + "]";
            if (whole == null || scale.get(whole).measure() != part.measure()) {
                findings.add(new Finding(Severity.ERROR, "reference.part", path + ".partOf",
                        "\"" + part.partOf() + "\" is not the id of a scale figure of " + part.measure(), null, null,
                        Map.of("id", part.partOf())));
                continue;
            }
            ScaleFigure wholeFigure = scale.get(whole);
            // areas in two units (a pavilion in square feet of a fair in square metres) are not compared: the report made no conversion
            boolean comparable = part.area() == null || Objects.requireNonNull(wholeFigure.area()).unit() == part.area().unit();
            if (comparable && exceeds(part.bounds(), wholeFigure.bounds())) {
                findings.add(new Finding(Severity.ERROR, "scale.part-exceeds-whole",
                        path + (part.count() != null ? ".count" : ".area"),
                        part.measure() + " of " + describe(part) + " are a part of " + describe(wholeFigure)
                                + ", and more than it", part.bounds(), wholeFigure.bounds(),
                        Map.of("measure", part.measure().name(), "part", figure(part), "whole", figure(wholeFigure))));
            }
        }
    }

    private static String describe(ScaleFigure figure) {
        return text(figure(figure));
    }

    /** The figure of a scale figure, whichever its kind. */
    private static Object figure(ScaleFigure figure) {
        return figure.count() != null ? figure.count() : Objects.requireNonNull(figure.area());
    }

    private static String text(Object figure) {
        return FindingMessages.text(figure, ENGLISH);
    }

    private static void signingGroups(TradeFair fair, List<Finding> findings) {
        SigningSummary signing = fair.signing();
        if (signing == null) {
            return;
        }
        ReportedAmount total = signing.totalValue();
        if (total != null && signing.valueYearOnYear() != null && signing.previousValue() != null) {
            change("signing.valueYearOnYear", total.bounds(), signing.previousValue().bounds(),
                    signing.valueYearOnYear(), "signing.change-vs-previous", total, signing.previousValue(), findings);
        }
        Set<String> sessions = new HashSet<>();
        fair.sessions().forEach(s -> {
            if (s.id() != null) {
                sessions.add(s.id());
            }
        });
        for (int i = 0; i < signing.groups().size(); i++) {
            SigningGroup group = signing.groups().get(i);
            String path = "signing.groups[" + i + "]";
            if (group.sessionId() != null && !sessions.contains(group.sessionId())) {
                findings.add(new Finding(Severity.ERROR, "reference.session", path + ".sessionId",
                        "session \"" + group.sessionId() + "\" is not among the sessions", null, null,
                        Map.of("id", group.sessionId())));
            }
            if (group.projects() != null && signing.projects() != null
                    && exceeds(group.projects().bounds(), signing.projects().bounds())) {
                findings.add(new Finding(Severity.ERROR, "signing.group-exceeds-total", path + ".projects",
                        ENGLISH.format(group.projects()) + " projects of \"" + group.label() + "\" are more than the "
                                + ENGLISH.format(signing.projects()) + " signed in all",
                        group.projects().bounds(), signing.projects().bounds(),
                        Map.of("part", group.projects(), "label", group.label(), "whole", signing.projects())));
            }
            ReportedAmount value = group.value();
            if (value != null && group.yearOnYear() != null && group.previousValue() != null) {
                change(path + ".yearOnYear", value.bounds(), group.previousValue().bounds(), group.yearOnYear(),
                        "signing.change-vs-previous", value, group.previousValue(), findings);
            }
            if (value == null || total == null) {
                continue;
            }
            if (!value.currency().equals(total.currency())) {
                findings.add(new Finding(Severity.ERROR, "signing.currency-mismatch", path + ".value",
                        "the group is valued in " + value.currency() + " but the declared total is in "
                                + total.currency(), null, null,
                        Map.of("currency", value.currency().getCurrencyCode(),
                                "declaredCurrency", total.currency().getCurrencyCode())));
            } else if (exceeds(value.bounds(), total.bounds())) {
                findings.add(new Finding(Severity.ERROR, "signing.group-exceeds-total", path + ".value",
                        ENGLISH.format(value) + " of \"" + group.label() + "\" is more than the "
                                + ENGLISH.format(total) + " signed in all", value.bounds(), total.bounds(),
                        Map.of("part", value, "label", group.label(), "whole", total)));
            } else if (group.share() != null) {
                share(path + ".share", group.share(), value.bounds(), total.bounds(), "signing.share-vs-values",
                        value, total, findings);
            }
        }
    }

    /** The total in a second currency against the total, at the rate the report states. */
    private static void conversion(@Nullable SigningSummary signing, List<Finding> findings) {
        Converted converted = signing == null ? null : signing.convertedValue();
        ReportedAmount total = signing == null ? null : signing.totalValue();
        if (converted != null && total != null) {
            conversion("signing.convertedValue", converted, total, "signing.conversion", findings);
        }
    }

    /**
     * An amount in a second currency against the amount, at the rate the report states: a warning,
     * as a report may convert at another rate than the one it gives (an average of monthly rates).
     */
    static void conversion(String path, Converted converted, ReportedAmount stated, String code, List<Finding> findings) {
        converted.impliedOriginal().ifPresent(implied -> {
            if (!implied.intersects(stated.bounds())) {
                findings.add(new Finding(Severity.WARNING, code, path,
                        ENGLISH.format(converted.amount()) + " at " + Objects.requireNonNull(converted.rate()).toPlainString()
                                + " is " + ENGLISH.format(implied) + " in " + stated.currency() + ", not the "
                                + ENGLISH.format(stated) + " stated", stated.bounds(), implied,
                        Map.of("converted", converted.amount(), "rate", converted.rate().toPlainString(),
                                "implied", implied, "total", stated)));
            }
        });
    }

    /** Figures of the same thing that two sources state beyond each other's rounding, and dates that differ. */
    private static void sourcesDisagree(TradeFair fair, List<Finding> findings) {
        for (int i = 0; i < fair.reportedDates().size(); i++) {
            ReportedDates dates = fair.reportedDates().get(i);
            boolean startDiffers = !dates.startDate().equals(fair.startDate());
            boolean endDiffers = dates.endDate() != null && fair.endDate() != null && !dates.endDate().equals(fair.endDate());
            if (startDiffers || endDiffers) {
                String reported = dates.startDate() + (dates.endDate() == null ? "" : " – " + dates.endDate());
                String kept = fair.startDate() + (fair.endDate() == null ? "" : " – " + fair.endDate());
                findings.add(new Finding(Severity.WARNING, "fair.sources-disagree", "reportedDates[" + i + "]",
                        "source \"" + dates.sourceId() + "\" reports " + reported + ", the fair's dates are " + kept,
                        null, null, Map.of("variant", "dates", "source", dates.sourceId(), "reported", reported, "kept", kept)));
            }
        }
        disagreeing(fair.attendance(), "attendance", findings);
        disagreeing(fair.exhibitors(), "exhibitors", findings);
        List<ScaleFigure> scale = fair.scale();
        for (int i = 0; i < scale.size(); i++) {
            for (int j = 0; j < i; j++) {
                ScaleFigure a = scale.get(j);
                ScaleFigure b = scale.get(i);
                if (a.measure() == b.measure() && Objects.equals(a.scope(), b.scope()) && Objects.equals(a.what(), b.what())
                        && Objects.equals(a.partOf(), b.partOf()) && otherSource(a.sourceId(), b.sourceId())
                        && !a.bounds().intersects(b.bounds())) {
                    disagree("scale[" + i + "]", describe(b), b.sourceId(), describe(a), a.sourceId(), findings);
                    break;
                }
            }
        }
    }

    private static void disagreeing(List<Attendance> figures, String list, List<Finding> findings) {
        for (int i = 0; i < figures.size(); i++) {
            for (int j = 0; j < i; j++) {
                Attendance a = figures.get(j);
                Attendance b = figures.get(i);
                if (a.who().equalsIgnoreCase(b.who()) && Set.copyOf(a.originCountries()).equals(Set.copyOf(b.originCountries()))
                        && Objects.equals(a.originGroup(), b.originGroup()) && Objects.equals(a.partOf(), b.partOf())
                        && otherSource(a.sourceId(), b.sourceId()) && !a.count().bounds().intersects(b.count().bounds())) {
                    disagree(list + "[" + i + "].count", ENGLISH.format(b.count()) + " " + b.who(), b.sourceId(),
                            ENGLISH.format(a.count()) + " " + a.who(), a.sourceId(), findings);
                    break;
                }
            }
        }
    }

    private static boolean otherSource(@Nullable String a, @Nullable String b) {
        return a != null && b != null && !a.equals(b);
    }

    private static void disagree(String path, String figure, @Nullable String source, String other,
            @Nullable String otherSource, List<Finding> findings) {
        findings.add(new Finding(Severity.WARNING, "fair.sources-disagree", path,
                "source \"" + source + "\" reports " + figure + ", source \"" + otherSource + "\" " + other, null, null,
                Map.of("source", String.valueOf(source), "reported", figure, "otherSource", String.valueOf(otherSource),
                        "other", other)));
    }

    /** Whether the least a part can be is more than the most its whole can be. */
    private static boolean exceeds(Range part, Range whole) {
        Range atMostWhole = Range.of(null, false, whole.upper().orElse(null), whole.isUpperInclusive());
        return whole.upper().isPresent() && !part.intersects(atMostWhole);
    }

    /** A share against the part and the whole it is the ratio of. */
    private static void share(String path, Percentage share, Range part, Range whole, String code, Object partFigure,
            Object wholeFigure, List<Finding> findings) {
        Range implied = FlowFigures.impliedShare(part, whole);
        if (implied != null && !share.bounds().intersects(implied)) {
            findings.add(new Finding(Severity.ERROR, code, path,
                    "a share of " + ENGLISH.format(share) + " disagrees with " + text(partFigure) + " of "
                            + text(wholeFigure) + ", which is " + ENGLISH.format(implied) + "%",
                    share.bounds(), implied, Map.of("share", share, "value", partFigure, "whole", wholeFigure,
                            "implied", implied)));
        }
    }

    /** A change on the previous edition against the two figures it was computed from. */
    private static void change(String path, Range current, Range previous, Percentage growth, String code,
            Object currentFigure, Object previousFigure, List<Finding> findings) {
        if (previous.lower().map(l -> l.signum() <= 0).orElse(true)) {
            return;   // growth from a previous figure that may be zero is undetermined
        }
        Range implied = Percentage.growth(previous, current);
        if (!growth.bounds().intersects(implied)) {
            findings.add(new Finding(Severity.ERROR, code, path,
                    "a change of " + ENGLISH.format(growth) + " disagrees with " + text(currentFigure)
                            + " against " + text(previousFigure) + " the previous time, which is "
                            + ENGLISH.format(implied) + "%",
                    growth.bounds(), implied, Map.of("growth", growth, "value", currentFigure,
                            "previous", previousFigure, "implied", implied)));
        }
    }
}
