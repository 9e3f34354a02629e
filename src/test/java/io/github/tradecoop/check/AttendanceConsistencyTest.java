package io.github.tradecoop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.tradecoop.event.Attendance;
import io.github.tradecoop.event.Session;
import io.github.tradecoop.event.SessionType;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.figure.Count;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session attendance against the fair's: compared only with a fair figure for the same group that
 * counts everyone, or the same origin. Soundness first: honest figures are never flagged.
 */
class AttendanceConsistencyTest {

    private static final String CODE = "attendance.session-exceeds-fair";

    private static TradeFair fair(List<Attendance> fairAttendance, List<Attendance> sessionAttendance) {
        return TradeFair.of("expo", "Expo", LocalDate.of(2024, 5, 17)).withAttendance(fairAttendance)
                .withSessions(List.of(Session.of(SessionType.EXHIBITION, "Exhibition").withAttendance(sessionAttendance)));
    }

    private static long flagged(TradeFair fair) {
        return Consistency.check(fair).findings().stream().filter(f -> f.code().equals(CODE)).count();
    }

    @Test
    void aBreakdownByOriginIsNotAWholeForASessionOfEveryone() {
        // The false alarm of a real report: 1,500 enterprises, 120 of them from Russia, an exhibition of 1,500.
        TradeFair fair = fair(List.of(Attendance.of("enterprises", Count.exactly(1500)),
                        Attendance.of("enterprises", Count.exactly(120)).withOriginCountries(List.of("RU"))),
                List.of(Attendance.of("enterprises", Count.exactly(1500))));
        assertEquals(0, flagged(fair), Consistency.check(fair).findings().toString());
    }

    @Test
    void aSessionIsComparedWithTheFairFigureOfTheSameOrigin() {
        TradeFair fair = fair(List.of(Attendance.of("enterprises", Count.exactly(120)).withOriginCountries(List.of("RU"))),
                List.of(Attendance.of("enterprises", Count.exactly(130)).withOriginCountries(List.of("RU"))));
        assertEquals(1, flagged(fair));
    }

    @Test
    void aSessionOfOneOriginIsComparedWithTheFairFigureOfEveryone() {
        TradeFair fair = fair(List.of(Attendance.of("enterprises", Count.exactly(120))),
                List.of(Attendance.of("enterprises", Count.exactly(130)).withOriginCountries(List.of("RU"))));
        assertEquals(1, flagged(fair));
    }

    @Test
    void aSessionOfEveryoneIsNotComparedWithAFairFigureOfAnotherGroupOfCountries() {
        TradeFair fair = fair(List.of(Attendance.of("entrepreneurs", Count.moreThan(100)).withOriginGroup("EAEU")),
                List.of(Attendance.of("entrepreneurs", Count.exactly(500))));
        assertEquals(0, flagged(fair));
    }

    /**
     * A count honestly reported for a true number: exactly, rounded "about", "more than" or "at
     * least" something below it, "up to" or "less than" something above it, or "nearly" the round
     * number above it.
     */
    static Count honest(long truth, int way, long slack) {
        long below = Math.max(0, truth - 1 - slack % Math.max(1, truth));
        return switch (way) {
            case 0 -> Count.exactly(truth);
            case 1 -> Count.about(roundToLeadingDigit(truth));
            case 2 -> Count.moreThan(Math.min(below, truth - 1));
            case 3 -> Count.atLeast(truth - slack % (truth + 1));
            case 4 -> Count.upTo(truth + slack);
            case 5 -> Count.lessThan(truth + 1 + slack);
            default -> nearly(truth);
        };
    }

    /** The truth rounded at its two leading digits: 1,234 → 1,200. */
    private static long roundToLeadingDigit(long truth) {
        long unit = 1;
        while (truth / unit >= 100) {
            unit *= 10;
        }
        return Math.max(unit, (truth + unit / 2) / unit * unit);
    }

    /** "Nearly" the next multiple of the truth's leading place: 2,987 → nearly 3,000; admits the truth. */
    private static Count nearly(long truth) {
        long unit = 1;
        while (truth / unit >= 10) {
            unit *= 10;
        }
        long up = (truth / unit + 1) * unit;
        Count count = Count.nearly(up);
        return count.admits(truth) ? count : Count.exactly(truth);
    }

    @Test
    void honestlyReportedAttendanceIsNeverFlagged() {
        qt().withExamples(10_000)
                .forAll(longs().between(1, 200_000), longs().between(0, 1_000_000), longs().between(0, 1_000_000),
                        integers().between(0, 6 * 7 * 7 - 1))
                .check((total, partSeed, sessionSeed, ways) -> {
                    long slack = (partSeed ^ sessionSeed) % 5_001;
                    long fromRussia = partSeed % (total + 1);           // a part of everyone
                    long session = sessionSeed % (total + 1);           // a session of some of everyone
                    long russianSession = sessionSeed % (fromRussia + 1);
                    if (fromRussia == 0 || session == 0 || russianSession == 0) {
                        return true;
                    }
                    Count whole = honest(total, ways % 7, slack);
                    Count part = honest(fromRussia, ways / 7 % 7, slack);
                    Count sessionCount = honest(session, ways / 49 % 6, slack);
                    TradeFair fair = fair(List.of(Attendance.of("enterprises", whole),
                                    Attendance.of("enterprises", part).withOriginCountries(List.of("RU"))),
                            List.of(Attendance.of("enterprises", sessionCount),
                                    Attendance.of("enterprises", honest(russianSession, ways % 6, slack))
                                            .withOriginCountries(List.of("RU"))));
                    return whole.admits(total) && part.admits(fromRussia) && flagged(fair) == 0;
                });
    }

    @Test
    void aSessionBeyondTheFairsRoundingIsFlagged() {
        qt().withExamples(10_000)
                .forAll(longs().between(1, 200_000), integers().between(0, 6), longs().between(1, 100_000))
                .check((total, way, beyond) -> {
                    Count whole = honest(total, way == 2 || way == 3 ? 0 : way, 0);   // a whole with an upper bound
                    long upper = whole.bounds().upper().orElseThrow().longValueExact();
                    TradeFair fair = fair(List.of(Attendance.of("enterprises", whole)),
                            List.of(Attendance.of("enterprises", Count.exactly(upper + beyond))));
                    return flagged(fair) == 1;
                });
    }

    @Test
    void theHonestReportsOfTheGeneratorAdmitTheirTruth() {
        for (long truth : new long[] {1, 9, 10, 15, 99, 120, 2987, 100_000}) {
            for (int way = 0; way < 7; way++) {
                assertTrue(honest(truth, way, 37).admits(truth), truth + " way " + way);
            }
        }
    }
}
