package io.github.tradecoop.format;

import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.format.FoundFigure.Kind;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads one figure from folded text (see {@link Text}). Not thread-safe: one per format and text.
 *
 * <p>The grammar: the words before the number ({@link FigureWords#before}: qualifier, change,
 * comparison, markers, currency, a percent word written before the number, {@code percent-before}:
 * "百分之"); the number ({@link NumberReader}: digits, number words, Chinese numerals), with a sign if
 * no change was stated; then in order,
 * each optional: a qualifier after the number ("多", "余"), a magnitude ("billion", "亿", "млрд"),
 * further numbers with smaller magnitudes ("7 млрд 220,5 млн", "3亿5000万", "1 миллион 887 тысяч
 * 566"), a qualifier after them; then what the kind requires: a currency (amounts), a classifier
 * and noun or a noun word (counts, optional; {@link CountNouns}), a percent word (percentages), a
 * points word (points), a unit (quantities); then a qualifier ("以上", "左右") and the words after
 * the figure ({@link FigureWords#after}: a change, a year-on-year phrase). {@link #parse} requires
 * the text to end there; {@link #find} reads the longest figure at a position, and the words after
 * the number decide its kind.
 *
 * <p>Categories used while finding, not while parsing: {@code not-begin} (words whose end would
 * begin a figure: 签约, 出超, "making up"), {@code not-count} (words after a count's number that make it
 * a ratio, a difference or a measure: "times", "fewer", "hectares"), {@code not-noun} and {@code
 * noun-end} (where a count's noun stops), {@code noun-word} (Chinese nouns read whole though they
 * begin with a noun-end: 采购商), {@code adjective} (English words that are no noun alone but stand
 * before one: "new"), {@code time-unit} (units of time after a classifier or adjectives),
 * {@code level-reached} (Russian words after which "до" is "to": "вдвое", "довести"), {@code
 * both-sides} (Russian nouns that two in words names: "двух стран"), {@code not-unit} (Chinese words
 * that begin with a unit or percent word: 成都), {@code direction-after-rate} (change words after a
 * percentage only: "expansion"). Setting {@code indian-groups} reads "1,00,000".
 */
final class FigureParser {

    /** "на" just before the number: "на 5% к прошлому году" states a change, as "+5% к …" does; "61% к …" is an index. */
    private static final String[] LINKS = {"на"};

    static final int MAX_INPUT = 300;

    private final Lexicon lexicon;
    private final @Nullable Currency defaultCurrency;
    private final char[] text;
    /** The text as written, while finding figures in it (noun case); null when parsing one figure. */
    private final @Nullable CharSequence original;
    private final int limit;
    private final CurrencyWords currencies;
    private final CountNouns nouns;
    private final NumberReader numbers;
    private int pos;

    /** What is being read; null while finding, until the words after the number decide it. */
    private @Nullable Kind kind;
    private boolean finding;
    private final FigureWords words;
    /** While reading an item of a list after a change: the sign of that change; 0 otherwise. */
    private int listChangeSign;
    /** While reading an item of a list: the last item, which says what the items are. */
    private @Nullable ParsedFigure listLast;

    FigureParser(Lexicon lexicon, @Nullable Currency defaultCurrency, char[] text, int limit, @Nullable CharSequence original) {
        this(lexicon, defaultCurrency, null, text, limit, original);
    }

    /**
     * A parser whose ambiguous symbols are read as {@code defaultCurrency} where it is one of their
     * meanings, else as {@code fallbackCurrency} where that is: while finding with a report's
     * currency (KES for "Sh"), "$" is still the format's dollar.
     */
    FigureParser(Lexicon lexicon, @Nullable Currency defaultCurrency, @Nullable Currency fallbackCurrency, char[] text,
            int limit, @Nullable CharSequence original) {
        this.original = original;
        this.lexicon = lexicon;
        this.defaultCurrency = defaultCurrency;
        this.text = text;
        this.limit = limit;
        this.currencies = new CurrencyWords(lexicon, defaultCurrency, fallbackCurrency, original);
        this.words = new FigureWords(lexicon, text, limit, currencies);
        this.nouns = new CountNouns(lexicon, currencies);
        this.numbers = new NumberReader(lexicon, text, limit);
    }

    /**
     * The text as written, before folding, for a parse: where case tells units apart ("Mt", a
     * million tonnes, from "mt"). While finding, the original text serves.
     */
    private @Nullable CharSequence written;

    FigureParser reading(CharSequence asWritten) {
        this.written = asWritten;
        return this;
    }

    /** Reads the figure of a kind that fills the whole text. */
    ParsedFigure parse(Kind wanted) {
        start(0, wanted, false);
        if (limit == 0) {
            throw new ParseStop("expected a " + kindName() + " but the input is empty", 0);
        }
        if (limit > MAX_INPUT) {
            throw new ParseStop("input longer than " + MAX_INPUT + " characters", MAX_INPUT);
        }
        ParsedFigure parsed = read();
        if (pos != limit) {
            int at = pos;
            while (at < limit && Text.isSpace(text[at])) {
                at++;
            }
            throw new ParseStop("unexpected text after the " + kindName(), at == limit ? pos : at);
        }
        return parsed;
    }

    /**
     * Reads the longest figure of any kind that starts at {@code from}, for {@link FigureFinder}:
     * the words after the number decide the kind, and the figure may end before the text does.
     */
    ParsedFigure find(int from) {
        start(from, null, true);
        return read();
    }

    /**
     * Reads as {@link #find(int)} does an item of a list after a change of the sign given: a multiple
     * ("1.02倍") then states growth without its own word of change.
     */
    ParsedFigure findAfterChange(int from, int sign) {
        listChangeSign = sign;
        try {
            return find(from);
        } finally {
            listChangeSign = 0;
        }
    }


    /**
     * Finds the figure at a position as an item of a list whose last item says what it is after its
     * number: a currency, a unit, percentage points or a percent sign written once for all.
     */
    ParsedFigure findInList(int from, ParsedFigure last) {
        start(from, last.kind(), true);
        words.currency = last.currency();
        listLast = last;
        try {
            return read();
        } finally {
            listLast = null;
        }
    }

    private void start(int from, @Nullable Kind wanted, boolean find) {
        pos = from;
        kind = wanted;
        finding = find;
        words.reset();
    }

    private ParsedFigure read() {
        // "-$2.49 billion": a minus joined to the currency before the number makes the amount negative
        // ("положительное –$137,7 млн" has a dash of punctuation, not a minus: only "-" and "−" are)
        boolean minusBeforeCurrency = pos + 1 < limit && text[pos] == '-' && (kind == Kind.AMOUNT || kind == null)
                && (original == null || original.charAt(pos) == '-' || original.charAt(pos) == '\u2212')
                && !Text.isDigit(text[pos + 1]) && !Text.isSpace(text[pos + 1]) && (pos == 0 || !Text.isWordLetter(text[pos - 1]));
        int minus = pos;
        if (minusBeforeCurrency) {
            pos++;
        }
        pos = words.before(pos, kind == Kind.AMOUNT || kind == null);
        if (minusBeforeCurrency && (words.currency == null || words.figureStart != minus + 1 || words.direction != 0)) {
            throw new ParseStop("a minus sign stands before a currency only", minus);
        }
        boolean article = words.article;
        int numberStart = pos;
        if (words.figureStart < 0) {
            words.figureStart = pos;
        }
        if (minusBeforeCurrency) {
            words.figureStart = minus;
        }
        int sign = minusBeforeCurrency ? -1 : 1;
        // "a negative growth of -19.02 percent", "a decline of -11.53 percent": a sign after a word of change
        // is the sign of the change, which the word only names
        boolean signWritten = false;
        if (pos + 1 < limit && (text[pos] == '+' || text[pos] == '-') && kind != Kind.COUNT && Text.isDigit(text[pos + 1])
                && (words.direction == 0 || pos > 0 && Text.isSpace(text[pos - 1]))) {
            sign = text[pos] == '+' ? 1 : -1;
            signWritten = words.direction != 0;
            pos++;
        }
        // "a (51.2)% drop", "declined (7.0)%": an accountant's negative in brackets before the percent sign
        boolean bracketed = sign == 1 && !minusBeforeCurrency && pos + 1 < limit && text[pos] == '(' && Text.isDigit(text[pos + 1])
                && kind != Kind.COUNT;
        if (bracketed) {
            sign = -1;
            signWritten = true;
            pos++;
        }
        int digitsStart = pos;
        NumberReader.Written written = numbers.read(pos, article);
        if (written == null) {
            throw new ParseStop("expected a number", pos);
        }
        if (bracketed) {
            int close = written.end();
            if (close + 1 >= limit || text[close] != ')' || text[close + 1] != '%' || written.exponent() != 0) {
                throw new ParseStop("a number in brackets is negative only before a percent sign: \"(7.0)%\"", close);
            }
            written = new NumberReader.Written(written.digits(), 0, close + 1);   // past ")": the percent sign follows
        }
        pos = written.end();
        long suffix = lexicon.numberSuffixes.longest(text, pos, limit);
        if (suffix != PhraseTrie.NONE && PhraseTrie.end(suffix) < limit && Text.isSpace(text[PhraseTrie.end(suffix)])) {
            pos = PhraseTrie.end(suffix);   // "5-ти миллиардов"
        }
        pos = words.qualifierAfter(pos);
        BigDecimal digits = written.digits();
        int exponent = written.exponent();
        int magnitude = magnitude();
        if (magnitude >= 0) {
            exponent += magnitude;
            pos = words.qualifierAfter(pos);
            // A further part with a smaller magnitude: "7 млрд 220,5 млн", "3亿5000万", "1 trillion 200 billion".
            while (digits.scale() <= 0) {
                int save = pos;
                skipSpaces();
                boolean joined = false;
                if (words.currency == null && (NumberReader.isWord(text, pos, limit, "and") || NumberReader.isWord(text, pos, limit, "и"))) {
                    // "1 billion and 300 million US dollars": one amount, its currency after the last part (not "$1 billion
                    // and 300 million tonnes", nor "3.57 trillion and 3.14 trillion yuan", a list)
                    int next = skipSpacesFrom(pos + (text[pos] == 'и' ? 1 : 3));
                    if (next < limit && Text.isDigit(text[next])) {
                        pos = next;
                        joined = true;
                    }
                }
                if (lexicon.units.longest(text, pos, limit) != PhraseTrie.NONE || lexicon.notCounts.longest(text, pos, limit) != PhraseTrie.NONE) {
                    pos = save;
                    break;   // "2.5亿千瓦时", "1315万千瓦": 千 begins the unit, it is no thousands of a further part
                }
                NumberReader.Written part = pos < limit && Text.isDigit(text[pos]) || lexicon.chineseNumerals
                        || lexicon.numberWords || lexicon.russianNumberWords ? numbers.read(pos, false) : null;
                int partMagnitude = -1;
                if (part != null) {
                    pos = part.end();
                    partMagnitude = magnitude();
                }
                if (joined && partMagnitude < 0) {
                    pos = save;
                    break;   // after "and" only a part with its own magnitude: "1 million and 500 companies" is two
                }
                if (part != null && partMagnitude < 0 && exponent <= 3 && part.digits().scale() == 0
                        && part.exponent() == 0 && (Text.isDigit(text[part.end() - 1]) || lexicon.numberWords || lexicon.russianNumberWords)) {
                    partMagnitude = 0;  // "1 миллион 887 тысяч 566", "two thousand five hundred": units after thousands
                } else if (part != null && partMagnitude < 0 && Text.isHan(text[save]) && Text.isHan(text[part.end() - 1])) {
                    // Chinese numerals below the magnitude: "两万五千人" is 25,000, "一亿二千万" is 120 million;
                    // a lone digit is of the next place down ("三万五" is 35,000), unless a zero keeps it in its own.
                    partMagnitude = part.exponent() == 0 && part.digits().compareTo(BigDecimal.TEN) < 0
                            && text[save] != '零' && text[save] != '〇' ? exponent - 1 : 0;
                    if (partMagnitude > 0) {
                        part = new NumberReader.Written(part.digits(), 0, part.end());
                    }
                }
                int partExponent = part == null ? -1 : part.exponent() + partMagnitude;
                if (part == null || partMagnitude < 0 || partExponent >= exponent
                        || part.digits().movePointRight(part.exponent()).compareTo(BigDecimal.ONE.movePointRight(exponent - partMagnitude)) >= 0) {
                    pos = save;
                    break;
                }
                digits = digits.movePointRight(exponent - partExponent).add(part.digits());
                exponent = partExponent;
                pos = words.qualifierAfter(pos);
            }
        } else if (written.end() == digitsStart) {
            throw new ParseStop("expected a number", digitsStart);
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
        if (words.percentBefore && kind != Kind.PERCENTAGE) {
            throw new ParseStop("the percent word before the number states a percentage, not a " + kindName(), numberStart);
        }
        switch (kind) {
            case AMOUNT -> {
                Currency after = currencyAt(pos);
                if (after != null && pos < limit && Text.isDigit(text[pos])) {
                    after = null;   // "€18.7 bn\n€5.0 bn": a currency joined to the digits after it is the next figure's
                }
                if (after == null) {
                    pos = beforeTail;
                } else if (words.currency != null && !words.currency.equals(after) && isUnitWord(beforeTail)) {
                    pos = skipSpacesFrom(pos);   // "港币十五亿元": 元 is the unit of the currency named before
                } else if (words.currency != null && !words.currency.equals(after)) {
                    throw new ParseStop("the currency after the number (" + after + ") contradicts the one before it ("
                            + words.currency + ")", beforeTail);
                } else {
                    words.currency = after;
                }
                if (words.currency == null) {
                    throw new ParseStop("expected a currency such as RMB, CNY, yuan, 元 or юаней", skipSpacesFrom(pos));
                }
            }
            case COUNT -> {
                long noun = nouns.read(text, pos, beforeTail, limit, finding ? original : null, magnitude >= 0 || words.totalStated);
                if (noun != PhraseTrie.NONE) {
                    nounStart = (int) (noun >>> 32);
                    nounEnd = (int) noun;
                    pos = nounEnd;
                    long measure = lexicon.units.longest(text, skipSpacesFrom(pos), limit);
                    if (measure != PhraseTrie.NONE && lexicon.units.value(measure) == Quantity.Unit.TEU) {
                        // "2,67 млн груженых и порожних контейнеров ДФЭ": containers counted in TEU, a quantity
                        kind = Kind.QUANTITY;
                        unit = Quantity.Unit.TEU;
                        nounStart = skipSpacesFrom(pos);
                        nounEnd = PhraseTrie.end(measure);
                        pos = nounEnd;
                    }
                } else {
                    pos = beforeTail;
                }
            }
            case PERCENTAGE -> {
                percentScale = words.percentBefore || isListed(lexicon.percentWords, beforeTail) ? 0
                        : required(lexicon.percentWords, "a percent sign");
                int tenth = percentScale == 1 && exponent == 0 && digits.scale() == 0 ? digitOfTenthAfter(pos) : -1;
                if (tenth >= 0) {
                    // "7 成 4": seven tenths and four hundredths, 74%
                    digits = digits.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(tenth));
                    percentScale = 0;
                    pos = skipSpacesFrom(pos) + 1;
                }
            }
            case POINTS -> {
                if (!isListed(lexicon.pointsWords, beforeTail)) {
                    required(lexicon.pointsWords, "percentage points");
                }
            }
            case QUANTITY -> {
                int unitStart = pos;
                unit = isListed(lexicon.units, beforeTail) ? Objects.requireNonNull(listLast).unit()
                        : required(lexicon.units, "a unit such as square metres or tonnes");
                if (pos > unitStart) {
                    nounStart = unitStart;   // what a quantity counts is its unit, as written: "square feet", "亩"
                    nounEnd = pos;
                }
                if (unit == Quantity.Unit.TONNE && pos - unitStart == 2 && text[unitStart] == 'm') {
                    exponent += megatonnes(unitStart, magnitude >= 0);
                }
            }
        }
        pos = words.qualifierAfter(pos);
        pos = words.after(pos, kind, digitsStart > numberStart || Text.isWordBefore(text, numberStart, LINKS));
        int direction = words.direction;
        boolean changeOfList = false;
        if (percentScale == 2 && direction == 0) {
            if (listChangeSign == 0) {
                throw new ParseStop("\"倍\" states growth only after a word of change such as 增长", numberStart);
            }
            direction = listChangeSign;   // "同比分别增长48.9%和1.02倍": the word of change said once, for the list
            changeOfList = true;
        }
        if (direction != 0 && (kind == Kind.COUNT || kind == Kind.QUANTITY)) {
            throw new ParseStop("a " + kindName() + " cannot be a change; write the level it reached", 0);
        }
        if (direction < 0 && !signWritten) {
            sign = -sign;
        }
        BigDecimal signed = sign < 0 ? digits.negate() : digits;
        if (finding && (kind == Kind.COUNT || kind == Kind.QUANTITY)
                && (signed.signum() < 0 || kind == Kind.COUNT && signed.scale() > exponent && nounStart >= 0)) {
            // checked here: cheaper than the record's exception; a fraction with no noun may be an item of a
            // list of percentages ("11.2、15.6和5.7个百分点"), and FigureFinder refuses it as a count
            throw new ParseStop("not a " + kindName(), numberStart);
        }
        ParsedFigure parsed = new ParsedFigure(kind, signed, exponent + percentScale,
                words.qualifier == null ? Qualifier.EXACT : words.qualifier, words.currency, unit, nounStart, nounEnd,
                words.changeStated && !words.level || changeOfList, words.figureStart, digitsStart, pos, words.totalStated);
        if (!finding) {
            parsed.figure();   // a parse reports an invalid figure where it is
        }
        return parsed;
    }

    /** While finding: the kind the words at a position state, by the longest of them; a count if none. */
    private Kind kindAt(int at) {
        if (words.currency != null) {
            return Kind.AMOUNT;
        }
        if (words.percentBefore) {
            return Kind.PERCENTAGE;
        }
        int amount = FigureWords.end(currencies.read(text, at, limit));
        int points = FigureWords.end(lexicon.pointsWords.longest(text, at, limit));
        int percent = FigureWords.end(lexicon.percentWords.longest(text, at, limit));
        int notUnit = FigureWords.end(lexicon.notUnits.longest(text, at, limit));
        if (percent > 0 && notUnit > percent) {
            percent = -1;   // "一成都公司", "又一成果": 成 begins a word, it is no tenth
        }
        int quantity = FigureWords.end(lexicon.units.longest(text, at, limit));
        if (quantity > 0 && notUnit > quantity) {
            quantity = -1;   // "5万吨级集装箱泊位": a berth of the 50,000-tonne class, no 50,000 tonnes
        }
        int longest = Math.max(Math.max(amount, points), Math.max(percent, quantity));
        if (longest < 0) {
            return Kind.COUNT;
        }
        return longest == points ? Kind.POINTS : longest == percent ? Kind.PERCENTAGE
                : longest == quantity ? Kind.QUANTITY : Kind.AMOUNT;
    }

    private static int end(long match) {
        return match == PhraseTrie.NONE ? -1 : PhraseTrie.end(match);
    }

    /**
     * What "Mt", "MT" or "mt" after a number adds to its exponent: "Mt" is the megatonne, a million
     * tonnes ("633.5 million tonnes (Mt)", "55.9Mt"); "MT" and "mt" are metric tonnes in some reports
     * ("500 MT of rice") and million tonnes in others, so after a magnitude word ("2.5 million MT")
     * they are tonnes, and with none they state nothing while finding.
     */
    private int megatonnes(int at, boolean afterMagnitude) {
        CharSequence cased = original != null ? original : written;
        boolean mega = cased != null && cased.charAt(at) == 'M' && cased.charAt(at + 1) == 't';
        if (!afterMagnitude && mega) {
            return 6;
        }
        if (afterMagnitude && mega) {
            throw new ParseStop("\"Mt\" is a million tonnes; a magnitude before it is one too many", at);
        }
        if (!afterMagnitude && finding) {
            throw new ParseStop("\"MT\" or \"mt\" alone may mean metric tonnes or million tonnes", at);
        }
        return 0;
    }

    /** The exponent of a magnitude word at the position (after spaces), or -1 leaving the position. */
    private int magnitude() {
        int save = pos;
        skipSpacesOrHyphen();
        if (kind == Kind.QUANTITY || kind == null && words.currency == null) {   // "$4t" is four trillion dollars
            long unit = lexicon.units.longest(text, pos, limit);
            long magnitude = lexicon.magnitudes.longest(text, pos, limit);
            if (unit != PhraseTrie.NONE && FigureWords.end(unit) >= FigureWords.end(magnitude)) {
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
    private @Nullable Currency currencyAt(int at) {
        long match = currencies.read(text, at, limit);
        if (match == PhraseTrie.NONE) {
            return null;
        }
        pos = PhraseTrie.end(match);
        return currencies.currency(match, text, at);
    }

    /** Whether this is an item of a list whose word of its kind is not written here but after the last item. */
    private boolean isListed(PhraseTrie<?> kindWords, int beforeTail) {
        if (listLast == null || kindWords.longest(text, pos, limit) != PhraseTrie.NONE) {
            return false;
        }
        pos = beforeTail;
        return true;
    }

    private <T> T required(PhraseTrie<T> words, String what) {
        long match = words.longest(text, pos, limit);
        if (match == PhraseTrie.NONE) {
            throw new ParseStop("expected " + what, skipSpacesFrom(pos));
        }
        pos = PhraseTrie.end(match);
        return words.value(match);
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

    /**
     * The single digit written right after 成 that ends the figure ("7 成 4，", "三成五。"), or -1: it states
     * the hundredths, so "7成4" is 74%.
     */
    private int digitOfTenthAfter(int at) {
        int digit = skipSpacesFrom(at);
        if (digit >= limit || at == 0 || text[at - 1] != '成') {
            return -1;
        }
        char c = text[digit];
        int value = Text.isDigit(c) ? c - '0' : "〇一二三四五六七八九".indexOf(c);
        int after = digit + 1;
        boolean ends = after >= limit || !Text.isDigit(text[after]) && !Text.isHan(text[after]) && !Text.isWordLetter(text[after])
                && !((text[after] == '.' || text[after] == ',') && after + 1 < limit && Text.isDigit(text[after + 1]));
        return value >= 0 && ends ? value : -1;
    }

    /** Whether the currency word after the number is the bare unit 元, which names no currency of its own. */
    private boolean isUnitWord(int at) {
        int start = skipSpacesFrom(at);
        return start < limit && text[start] == '元' && (start + 1 == limit || !Text.isHan(text[start + 1])
                || text[start + 1] != '人');
    }

    private int skipSpacesFrom(int at) {
        while (at < limit && Text.isSpace(text[at])) {
            at++;
        }
        return at;
    }

    private String kindName() {
        return switch (Objects.requireNonNull(kind)) {   // named only once a kind is chosen
            case AMOUNT -> "reported amount";
            case COUNT -> "count";
            case PERCENTAGE -> "percentage";
            case POINTS -> "difference in percentage points";
            case QUANTITY -> "quantity";
        };
    }
}
