package io.github.tradecoop.format;

import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.format.FoundFigure.Kind;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * The words of one figure around its number, for {@link FigureParser}: before it in any order,
 * each at most once, a qualifier ("more than", "超过", "более чем"), a change ("rose", "同比增长",
 * "выросла", followed by a link such as "by" or "на", or by a word that makes it the level
 * reached instead: "rose to", "增至", "выросла до"), a comparison ("比去年同期"), a year-on-year
 * phrase, markers ("a total of", "共", "на сумму") and, for amounts, a currency; a qualifier
 * written after the number ("多", "以上"); after the figure, a change ("increase", "больше") and a
 * year-on-year phrase. Each method takes a position and returns the position after what it read.
 */
final class FigureWords {

    private final Lexicon lexicon;
    private final char[] text;
    private final int limit;
    private final CurrencyWords currencies;

    @Nullable Qualifier qualifier;
    /** +1 for a rise, -1 for a fall, 0 if no change was stated. */
    int direction;
    /** A word of change or a year-on-year phrase was read. */
    boolean changeStated;
    /** A change word followed by "to": the figure is the level reached. */
    boolean level;
    /** The figure is stated as a total ("a total of", "共"): a count even without a noun. */
    boolean totalStated;
    /** The last word before the number was "a" or "an" ("a million"). */
    boolean article;
    /** A percent word stood before the number ("百分之五"): a percentage with no percent sign after it. */
    boolean percentBefore;
    @Nullable Currency currency;
    /** Where the figure as written starts: its first word that is not a marker; -1 until one is read. */
    int figureStart;
    private boolean trailerSeen;
    /** Whether a currency was written before the number (not one a list gives its items). */
    private boolean currencyWritten;
    /** The sign of the change word {@link #directionAfter} found last. */
    private int signAfter;

    FigureWords(Lexicon lexicon, char[] text, int limit, CurrencyWords currencies) {
        this.lexicon = lexicon;
        this.text = text;
        this.limit = limit;
        this.currencies = currencies;
    }

    void reset() {
        qualifier = null;
        direction = 0;
        changeStated = false;
        level = false;
        totalStated = false;
        article = false;
        percentBefore = false;
        currency = null;
        figureStart = -1;
        trailerSeen = false;
        currencyWritten = false;
    }

    /** Reads the words before the number, from {@code from}; {@code amounts} says whether a currency may stand there. */
    int before(int from, boolean amounts) {
        int pos = from;
        while (true) {
            if (pos > from) {
                pos = skipSpaces(pos);   // between words; the figure itself starts at a word
            }
            if (pos >= limit) {
                return pos;
            }
            long q = qualifier == null ? lexicon.qualifiers.longest(text, pos, limit) : PhraseTrie.NONE;
            // a word of change stands before the currency ("up $5 billion"), never after it: in "sharing the euro rose to
            // 28.0 billion euros" the euro names the subject
            long d = direction == 0 && !level && !currencyWritten ? lexicon.directions.longest(text, pos, limit) : PhraseTrie.NONE;
            long c = lexicon.comparisons.longest(text, pos, limit);
            long m = lexicon.markers.longest(text, pos, limit);
            long l = lexicon.links.longest(text, pos, limit);
            long t = trailerSeen ? PhraseTrie.NONE : lexicon.trailers.longest(text, pos, limit);
            int best = Math.max(Math.max(Math.max(end(q), end(d)), end(t)), Math.max(Math.max(end(c), end(m)), end(l)));
            if (amounts && currency == null) {
                long found = currencies.read(text, pos, limit);
                // "TOP 10 million" in capitals is the pa'anga, not the qualifier "top"
                if (end(found) > best || end(found) == best && end(q) == best && currencies.isIsoMatch(found)) {
                    currency = currencies.currency(found, text, pos);
                    currencyWritten = true;
                    figureStart = figureStart < 0 ? pos : figureStart;
                    article = false;
                    pos = PhraseTrie.end(found);
                    pos = currencies.sameSymbol(text, pos, limit, currency);   // "港币$20,040"
                    continue;
                }
            }
            long p = percentBefore ? PhraseTrie.NONE : lexicon.percentBefore.longest(text, pos, limit);
            if (end(p) > best) {
                percentBefore = true;   // "同比增长百分之五点〇五": the percent word is the last before the number
                figureStart = figureStart < 0 ? pos : figureStart;
                return PhraseTrie.end(p);
            }
            if (best <= pos) {
                long s = qualifier == null ? lexicon.several.longest(text, pos, limit) : PhraseTrie.NONE;
                if (s != PhraseTrie.NONE && isBareUnit(PhraseTrie.end(s))) {
                    figureStart = figureStart < 0 ? pos : figureStart;
                    qualifier = lexicon.several.value(s);
                    pos = PhraseTrie.end(s);
                }
                return pos;
            }
            String marker = end(m) == best ? lexicon.markers.phrase(m) : "";
            article = "a".equals(marker) || "an".equals(marker);
            if (end(m) == best && end(q) != best && end(d) != best && !article) {
                figureStart = -1;    // "以美元计为298.6亿美元", "worth RMB 5 billion": the figure starts after a marker
            } else if (figureStart < 0 && end(l) != best) {
                figureStart = pos;
            }
            if (end(q) == best) {
                qualifier = lexicon.qualifiers.value(q);
            } else if (end(d) == best) {
                direction = lexicon.directions.value(d);
                changeStated = true;
                long to = lexicon.toWords.longest(text, skipSpaces(best), limit);
                if (to != PhraseTrie.NONE) {
                    level = true;
                    direction = 0;
                    best = PhraseTrie.end(to);
                    if (figureStart == pos) {
                        figureStart = -1;   // "widened to $20.98 billion": the level is the figure, the verb is not
                    }
                } else if (lexicon == Lexicon.RUSSIAN) {
                    best = Math.max(best, linkAfterWords(skipSpaces(best)));   // "сократился в июле на 41,9%"
                }
            } else if (end(m) == best) {
                totalStated |= end(lexicon.totals.longest(text, pos, limit)) == best;
            } else if (end(t) == best) {
                trailerSeen = true;   // "упал в годовом выражении на 10,5%"
            }
            pos = best;
            if (pos + 1 < limit && text[pos] == '-' && Text.isDigit(text[pos + 1]) && Text.isWordLetter(text[pos - 1])) {
                pos++;  // "over-90-percent": a hyphen, not a minus sign
            }
        }
    }

    /**
     * Where the link ("на") after a Russian word of change starts when up to four words, none a
     * verb, stand between them ("сократился в июле на", "выросли поставки на", "увеличился в
     * денежном выражении на"); -1 if no link follows so.
     */
    private int linkAfterWords(int at) {
        int pos = at;
        for (int words = 0; words <= 4 && pos < limit; words++) {   // "уменьшившись по сравнению с июнем на 6,4%"
            if (lexicon.links.longest(text, pos, limit) != PhraseTrie.NONE) {
                return words > 0 ? pos : -1;
            }
            long trailer = lexicon.trailers.longest(text, pos, limit);
            if (trailer != PhraseTrie.NONE) {
                // "сократился по отношению к предыдущему месяцу на 0,1%": what the change is on, one word here
                pos = skipSpaces(PhraseTrie.end(trailer));
                continue;
            }
            if (lexicon.beginnings.longest(text, pos, limit) != PhraseTrie.NONE
                    || lexicon.markers.longest(text, pos, limit) != PhraseTrie.NONE) {
                return -1;   // "снизился более чем на 5%": a word of the figure, read as such
            }
            int end = pos;
            while (end < limit && Text.isWordLetter(text[end])) {
                end++;
            }
            if (end == pos || end >= limit || text[end] != ' ' || Text.isRussianVerb(text, pos, end, true)) {
                return -1;   // "темпы роста оказались на 150 п.п. выше": a verb of its own, not the change's words
            }
            pos = end + 1;
        }
        return -1;
    }

    /** Reads a qualifier written after the number ("多", "余", "以上", "左右"), if one follows. */
    int qualifierAfter(int from) {
        int pos = skipSpaces(from);
        long match = lexicon.qualifiersAfter.longest(text, pos, limit);
        if (match == PhraseTrie.NONE) {
            return from;
        }
        Qualifier after = lexicon.qualifiersAfter.value(match);
        if (qualifier == Qualifier.MORE_THAN && after == Qualifier.AT_LEAST) {
            return PhraseTrie.end(match);   // "超過28萬名以上": more than, said twice
        }
        if (qualifier != null && qualifier != after) {
            throw new ParseStop("this contradicts the qualifier before the number", pos);
        }
        qualifier = after;
        return PhraseTrie.end(match);
    }

    /**
     * Reads a change after the figure ("increase", "больше") and a year-on-year phrase, each at most
     * once; {@code linked} says whether "на" or a sign stood just before the number.
     */
    int after(int from, Kind kind, boolean linked) {
        int pos = from;
        boolean directionAfter = false;
        boolean trailer = false;
        while (true) {
            int at = skipSpaces(pos);
            long d = directionAfter || kind == Kind.COUNT || kind == Kind.QUANTITY ? PhraseTrie.NONE : directionAfter(at, kind);
            // a count or a quantity is no change: "attracted over 2,000 exhibitors annually" states how many a year
            long t = trailer || trailerSeen || kind == Kind.COUNT || kind == Kind.QUANTITY ? PhraseTrie.NONE
                    : lexicon.trailers.longest(text, at, limit);
            if (d == PhraseTrie.NONE && t == PhraseTrie.NONE) {
                return pos;
            }
            if (d == PhraseTrie.NONE && !changeStated && !linked && lexicon == Lexicon.RUSSIAN && text[at] == 'к') {
                return pos;   // "270,2 млрд (61% к соответствующему периоду прошлого года)": an index of the level, no change
            }
            changeStated = true;
            if (end(d) >= end(t)) {
                int sign = signAfter;
                if (direction != 0 && direction != sign) {
                    throw new ParseStop("this contradicts the direction of change before the number", at);
                }
                direction = sign;
                directionAfter = true;
                pos = PhraseTrie.end(d);
            } else {
                trailer = true;
                pos = PhraseTrie.end(t);
            }
        }
    }

    /**
     * A change word after the number, its sign left in {@link #signAfter}; some ("expansion") only
     * after a percentage or points, as "a $130 million expansion" is a project, not a change.
     */
    private long directionAfter(int at, Kind kind) {
        long any = lexicon.directionsAfter.longest(text, at, limit);
        long rate = kind == Kind.PERCENTAGE || kind == Kind.POINTS ? lexicon.rateDirectionsAfter.longest(text, at, limit)
                : PhraseTrie.NONE;
        if (end(rate) > end(any)) {
            signAfter = lexicon.rateDirectionsAfter.value(rate);
            return rate;
        }
        if (any != PhraseTrie.NONE) {
            signAfter = lexicon.directionsAfter.value(any);
        }
        return any;
    }

    /** A Chinese unit with no digit before it: 百, 千, 万 in 数百, 上万. */
    private boolean isBareUnit(int at) {
        return at < limit && "十百千万亿".indexOf(text[at]) >= 0;
    }

    private int skipSpaces(int at) {
        while (at < limit && Text.isSpace(text[at])) {
            at++;
        }
        return at;
    }

    static int end(long match) {
        return match == PhraseTrie.NONE ? -1 : PhraseTrie.end(match);
    }
}
