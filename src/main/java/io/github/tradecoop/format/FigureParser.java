package io.github.tradecoop.format;

import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.format.FoundFigure.Kind;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Reads one figure from folded text (see {@link Text}). Not thread-safe: made per call.
 *
 * <p>The grammar, with the lexicon category of each part: words before the number in any
 * order, each at most once: a qualifier ("more than", "超过", "более чем"), a direction of
 * change ("rose", "同比增长", "выросла"; followed by a link, "by", "на", or by a word that makes
 * it a level instead, "rose to", "增至", "выросла до"), a comparison ("比去年同期"), markers
 * ("a total of", "共", "на сумму") and, for amounts, a currency ("US$", "人民币"). Then the
 * number, a sign before it if no direction was stated, then in order and each optional: a
 * qualifier after the number ("多", "余"), a magnitude ("billion", "亿", "млрд"), a further
 * number with a smaller magnitude ("7 млрд 220,5 млн", "3亿5000万"), a qualifier after it,
 * then what the kind requires: a currency (amounts), a classifier and noun or a noun word
 * (counts, optional), a percent word (percentages), a points word (points), a unit
 * (quantities); then a qualifier ("以上", "左右"), a direction after the figure ("increase",
 * "больше") and a year-on-year phrase ("year on year", "в годовом выражении"). Then the input
 * must end.
 */
final class FigureParser {

    /**
     * What was read: the figure (signed for a change), the currency of an amount, the unit of a
     * quantity, where the noun of a count is (-1 if none), and whether a change was stated.
     */
    record Parsed(Kind kind, BigDecimal digits, int exponent, Qualifier qualifier, Currency currency,
            Quantity.Unit unit, int nounStart, int nounEnd, boolean change, int start, int numberStart, int end,
            boolean total) {

        /**
         * The figure: {@code digits × 10^exponent} as written, with the qualifier. Built on demand, so that
         * finding builds figures only for the numbers its rules accept.
         *
         * @throws Stop if the number is not a valid figure (out of bounds)
         */
        Figure figure() {
            try {
                return Figure.stated(digits, qualifier).scaledByPowerOfTen(exponent);
            } catch (IllegalArgumentException invalid) {
                throw new Stop("not a valid figure: " + invalid.getMessage(), numberStart);
            }
        }
    }

    /** A parse failure at an index, turned into a {@link FigureParseException} with the input. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int index;

        Stop(String message, int index) {
            super(message, null, false, false);
            this.index = index;
        }
    }

    static final int MAX_INPUT = 300;

    private final Lexicon lexicon;
    private final Currency defaultCurrency;
    private final char[] text;
    /** The text as written, while finding figures in it (noun case); null when parsing one figure. */
    private final CharSequence original;
    private final int limit;
    private final CurrencyWords currencies;
    private final CountNouns nouns;
    private final NumberReader numbers;
    private int pos;

    /** What is being read; null while finding, until the words after the number decide it. */
    private Kind kind;
    private boolean finding;
    private int figureStart;
    private Qualifier qualifier;
    private int direction;
    private boolean changeStated;
    private boolean level;
    private boolean trailerSeen;
    private boolean totalStated;
    private Currency currency;

    FigureParser(Lexicon lexicon, Currency defaultCurrency, char[] text, int limit, CharSequence original) {
        this.original = original;
        this.lexicon = lexicon;
        this.defaultCurrency = defaultCurrency;
        this.text = text;
        this.limit = limit;
        this.currencies = new CurrencyWords(lexicon, defaultCurrency, original);
        this.nouns = new CountNouns(lexicon, currencies);
        this.numbers = new NumberReader(lexicon, text, limit);
    }

    /** Reads the figure of a kind that fills the whole text. */
    Parsed parse(Kind wanted) {
        start(0, wanted, false);
        if (limit == 0) {
            throw new Stop("expected a " + kindName() + " but the input is empty", 0);
        }
        if (limit > MAX_INPUT) {
            throw new Stop("input longer than " + MAX_INPUT + " characters", MAX_INPUT);
        }
        Parsed parsed = read();
        if (pos != limit) {
            int at = pos;
            while (at < limit && Text.isSpace(text[at])) {
                at++;
            }
            throw new Stop("unexpected text after the " + kindName(), at == limit ? pos : at);
        }
        return parsed;
    }

    /**
     * Reads the longest figure of any kind that starts at {@code from}, for {@link FigureFinder}:
     * the words after the number decide the kind, and the figure may end before the text does.
     */
    Parsed find(int from) {
        start(from, null, true);
        return read();
    }

    private void start(int from, Kind wanted, boolean find) {
        pos = from;
        kind = wanted;
        finding = find;
        figureStart = -1;
        qualifier = null;
        direction = 0;
        changeStated = false;
        level = false;
        trailerSeen = false;
        totalStated = false;
        currency = null;
    }

    private Parsed read() {
        boolean article = prefix();
        int numberStart = pos;
        if (figureStart < 0) {
            figureStart = pos;
        }
        int sign = 1;
        if (pos + 1 < limit && (text[pos] == '+' || text[pos] == '-') && direction == 0 && kind != Kind.COUNT
                && Text.isDigit(text[pos + 1])) {
            sign = text[pos] == '+' ? 1 : -1;
            pos++;
        }
        int digitsStart = pos;
        NumberReader.Written written = numbers.read(pos, article);
        if (written == null) {
            throw new Stop("expected a number", pos);
        }
        pos = written.end();
        qualifierAfter();
        BigDecimal digits = written.digits();
        int exponent = written.exponent();
        int magnitude = magnitude();
        if (magnitude >= 0) {
            exponent += magnitude;
            qualifierAfter();
            // A further part with a smaller magnitude: "7 млрд 220,5 млн", "3亿5000万", "1 trillion 200 billion".
            while (digits.scale() <= 0) {
                int save = pos;
                skipSpaces();
                NumberReader.Written part = pos < limit && Text.isDigit(text[pos]) || lexicon.chineseNumerals
                        || lexicon.numberWords ? numbers.read(pos, false) : null;
                int partMagnitude = -1;
                if (part != null) {
                    pos = part.end();
                    partMagnitude = magnitude();
                }
                if (part != null && partMagnitude < 0 && exponent <= 3 && part.digits().scale() == 0
                        && part.exponent() == 0 && (Text.isDigit(text[part.end() - 1]) || lexicon.numberWords)) {
                    partMagnitude = 0;  // "1 миллион 887 тысяч 566", "two thousand five hundred": units after thousands
                }
                int partExponent = part == null ? -1 : part.exponent() + partMagnitude;
                if (part == null || partMagnitude < 0 || partExponent >= exponent
                        || part.digits().movePointRight(part.exponent()).compareTo(BigDecimal.ONE.movePointRight(exponent - partMagnitude)) >= 0) {
                    pos = save;
                    break;
                }
                digits = digits.movePointRight(exponent - partExponent).add(part.digits());
                exponent = partExponent;
                qualifierAfter();
            }
        } else if (written.end() == digitsStart) {
            throw new Stop("expected a number", digitsStart);
        }
        int nounStart = -1;
        int nounEnd = -1;
        int percentScale = 0;
        Quantity.Unit unit = null;
        int beforeTail = pos;
        skipSpacesOrHyphen();
        if (kind == null) {
            kind = kindAt(pos);
        }
        switch (kind) {
            case AMOUNT -> {
                Currency after = currencyAt(pos);
                if (after == null) {
                    pos = beforeTail;
                } else if (currency != null && !currency.equals(after)) {
                    throw new Stop("the currency after the number (" + after + ") contradicts the one before it ("
                            + currency + ")", beforeTail);
                } else {
                    currency = after;
                }
                if (currency == null) {
                    throw new Stop("expected a currency such as RMB, CNY, yuan, 元 or юаней", skipSpacesFrom(pos));
                }
            }
            case COUNT -> {
                long noun = nouns.read(text, pos, beforeTail, limit, finding ? original : null, magnitude >= 0);
                if (noun != PhraseTrie.NONE) {
                    nounStart = (int) (noun >>> 32);
                    nounEnd = (int) noun;
                    pos = nounEnd;
                } else {
                    pos = beforeTail;
                }
            }
            case PERCENTAGE -> percentScale = required(lexicon.percentWords, "a percent sign");
            case POINTS -> required(lexicon.pointsWords, "percentage points");
            case QUANTITY -> unit = required(lexicon.units, "a unit such as square metres or tonnes");
        }
        qualifierAfter();
        tail();
        if (percentScale == 2 && direction == 0) {
            throw new Stop("\"倍\" states growth only after a word of change such as 增长", numberStart);
        }
        if (direction != 0 && (kind == Kind.COUNT || kind == Kind.QUANTITY)) {
            throw new Stop("a " + kindName() + " cannot be a change; write the level it reached", 0);
        }
        if (direction < 0) {
            sign = -sign;
        }
        BigDecimal signed = sign < 0 ? digits.negate() : digits;
        if (finding && (kind == Kind.COUNT || kind == Kind.QUANTITY)
                && (signed.signum() < 0 || kind == Kind.COUNT && signed.scale() > exponent)) {
            throw new Stop("not a " + kindName(), numberStart);   // checked here: cheaper than the record's exception
        }
        Parsed parsed = new Parsed(kind, signed, exponent + percentScale, qualifier == null ? Qualifier.EXACT : qualifier,
                currency, unit, nounStart, nounEnd, changeStated && !level, figureStart, digitsStart, pos, totalStated);
        if (!finding) {
            parsed.figure();   // a parse reports an invalid figure where it is
        }
        return parsed;
    }

    /** Reads the words before the number; returns whether the last was the article "a"/"an". */
    private boolean prefix() {
        boolean article = false;
        int start = pos;
        while (true) {
            if (pos > start) {
                skipSpaces();   // between words; the figure itself starts at a word
            }
            if (pos >= limit) {
                return article;
            }
            long q = qualifier == null ? lexicon.qualifiers.longest(text, pos, limit) : PhraseTrie.NONE;
            long d = direction == 0 && !level ? lexicon.directions.longest(text, pos, limit) : PhraseTrie.NONE;
            long c = lexicon.comparisons.longest(text, pos, limit);
            long m = lexicon.markers.longest(text, pos, limit);
            long l = lexicon.links.longest(text, pos, limit);
            long t = trailerSeen ? PhraseTrie.NONE : lexicon.trailers.longest(text, pos, limit);
            long best = Math.max(Math.max(Math.max(end(q), end(d)), end(t)), Math.max(Math.max(end(c), end(m)), end(l)));
            if ((kind == Kind.AMOUNT || kind == null) && currency == null) {
                int save = pos;
                Currency found = currencyAt(pos);
                if (found != null && pos > best) {
                    figureStart = figureStart < 0 ? save : figureStart;
                    currency = found;
                    article = false;
                    continue;
                }
                pos = save;
            }
            if (best <= pos) {
                long s = qualifier == null ? lexicon.several.longest(text, pos, limit) : PhraseTrie.NONE;
                if (s != PhraseTrie.NONE && isBareUnit(PhraseTrie.end(s))) {
                    figureStart = figureStart < 0 ? pos : figureStart;
                    qualifier = lexicon.several.value(s);
                    pos = PhraseTrie.end(s);
                }
                return article;
            }
            article = false;
            if (end(m) == best && end(q) != best && end(d) != best) {
                figureStart = -1;    // "以美元计为298.6亿美元", "worth RMB 5 billion": the figure starts after a marker
            } else if (figureStart < 0 && end(l) != best) {
                figureStart = pos;   // the figure as written starts at its first word that is not a marker
            }
            if (end(q) == best) {
                qualifier = lexicon.qualifiers.value(q);
            } else if (end(d) == best) {
                direction = lexicon.directions.value(d);
                changeStated = true;
                int after = skipSpacesFrom((int) best);
                long to = lexicon.toWords.longest(text, after, limit);
                if (to != PhraseTrie.NONE) {
                    level = true;
                    direction = 0;
                    best = PhraseTrie.end(to);
                }
            } else if (end(m) == best) {
                String marker = lexicon.markers.phrase(m);
                article = "a".equals(marker) || "an".equals(marker);
                totalStated |= end(lexicon.totals.longest(text, pos, limit)) == best;
            } else if (end(t) == best) {
                trailerSeen = true;   // "упал в годовом выражении на 10,5%"
            }
            pos = (int) best;
            if (pos + 1 < limit && text[pos] == '-' && Text.isDigit(text[pos + 1]) && Text.isWordLetter(text[pos - 1])) {
                pos++;  // "over-90-percent": a hyphen, not a minus sign
            }
        }
    }

    /** While finding: the kind the words at a position state, by the longest of them; a count if none. */
    private Kind kindAt(int at) {
        if (currency != null) {
            return Kind.AMOUNT;
        }
        int amount = end(currencies.read(text, at, limit));
        int points = end(lexicon.pointsWords.longest(text, at, limit));
        int percent = end(lexicon.percentWords.longest(text, at, limit));
        int quantity = end(lexicon.units.longest(text, at, limit));
        int longest = Math.max(Math.max(amount, points), Math.max(percent, quantity));
        if (longest < 0) {
            return Kind.COUNT;
        }
        return longest == points ? Kind.POINTS : longest == percent ? Kind.PERCENTAGE
                : longest == quantity ? Kind.QUANTITY : Kind.AMOUNT;
    }

    /** A Chinese unit with no digit before it: 百, 千, 万 in 数百, 上万. */
    private boolean isBareUnit(int at) {
        return at < limit && "十百千万亿".indexOf(text[at]) >= 0;
    }

    private static int end(long match) {
        return match == PhraseTrie.NONE ? -1 : PhraseTrie.end(match);
    }

    private void qualifierAfter() {
        int save = pos;
        skipSpaces();
        long match = lexicon.qualifiersAfter.longest(text, pos, limit);
        if (match == PhraseTrie.NONE) {
            pos = save;
            return;
        }
        Qualifier after = lexicon.qualifiersAfter.value(match);
        if (qualifier != null && qualifier != after) {
            throw new Stop("this contradicts the qualifier before the number", pos);
        }
        qualifier = after;
        pos = PhraseTrie.end(match);
    }

    /** The exponent of a magnitude word at the position (after spaces), or -1 leaving the position. */
    private int magnitude() {
        int save = pos;
        skipSpacesOrHyphen();
        if (kind == Kind.QUANTITY || kind == null) {
            long unit = lexicon.units.longest(text, pos, limit);
            long magnitude = lexicon.magnitudes.longest(text, pos, limit);
            if (unit != PhraseTrie.NONE && end(unit) >= end(magnitude)) {
                pos = save;
                return -1;
            }
        }
        long match = lexicon.magnitudes.longest(text, pos, limit);
        if (match == PhraseTrie.NONE) {
            pos = save;
            return -1;
        }
        pos = PhraseTrie.end(match);
        return lexicon.magnitudes.value(match);
    }

    /** The currency at a position, moving past it; null if none. */
    private Currency currencyAt(int at) {
        long match = currencies.read(text, at, limit);
        if (match == PhraseTrie.NONE) {
            return null;
        }
        pos = PhraseTrie.end(match);
        return currencies.currency(match, text, at);
    }

    private <T> T required(PhraseTrie<T> words, String what) {
        long match = words.longest(text, pos, limit);
        if (match == PhraseTrie.NONE) {
            throw new Stop("expected " + what, skipSpacesFrom(pos));
        }
        pos = PhraseTrie.end(match);
        return words.value(match);
    }

    /** A direction after the figure ("increase", "больше") and a year-on-year phrase, each at most once. */
    private void tail() {
        boolean directionAfter = false;
        boolean trailer = false;
        while (true) {
            int save = pos;
            skipSpaces();
            long d = directionAfter || kind == Kind.COUNT || kind == Kind.QUANTITY ? PhraseTrie.NONE
                    : lexicon.directionsAfter.longest(text, pos, limit);
            long t = trailer || trailerSeen ? PhraseTrie.NONE : lexicon.trailers.longest(text, pos, limit);
            if (d == PhraseTrie.NONE && t == PhraseTrie.NONE) {
                pos = save;
                return;
            }
            if (end(d) >= end(t)) {
                int after = lexicon.directionsAfter.value(d);
                if (direction != 0 && direction != after) {
                    throw new Stop("this contradicts the direction of change before the number", pos);
                }
                direction = after;
                changeStated = true;
                directionAfter = true;
                pos = PhraseTrie.end(d);
            } else {
                changeStated = true;
                trailer = true;
                pos = PhraseTrie.end(t);
            }
        }
    }

    private void skipSpaces() {
        pos = skipSpacesFrom(pos);
    }

    /** Skips spaces, or the hyphen of "1.12-billion", "6.1-percent", "50,000-sq-m". */
    private void skipSpacesOrHyphen() {
        if (pos + 1 < limit && text[pos] == '-' && pos > 0 && !Text.isSpace(text[pos - 1])
                && Text.isWordLetter(text[pos + 1])) {
            pos++;
        } else {
            skipSpaces();
        }
    }

    private int skipSpacesFrom(int at) {
        while (at < limit && Text.isSpace(text[at])) {
            at++;
        }
        return at;
    }

    private String kindName() {
        return switch (kind) {
            case AMOUNT -> "reported amount";
            case COUNT -> "count";
            case PERCENTAGE -> "percentage";
            case POINTS -> "difference in percentage points";
            case QUANTITY -> "quantity";
        };
    }
}
