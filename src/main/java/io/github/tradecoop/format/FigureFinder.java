package io.github.tradecoop.format;

import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.ReportedAmount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds reported figures in running text. Each number (digits, an English number word, a
 * Chinese numeral) is a candidate; the figure around it is read by {@link FigureParser#find}
 * from the earliest word before it in the same clause that can begin a figure (a qualifier, a
 * word of change, a currency), so that "more than 100 entrepreneurs" is found whole. Work per
 * candidate is bounded (a window of words before it, a figure of bounded length after it), so
 * finding is linear in the text.
 *
 * <p>{@link FigureRules} tells reported figures from other numbers.
 */
final class FigureFinder {

    /** Words before a number searched for the start of its figure. */
    private static final int WINDOW_WORDS = 8;
    /** "на", "by" before a percentage: the link of a change. */
    private static final String[] BY = {"на", "by"};
    /** How far the look-backs of a sentence's words of change reach, in characters: the work per figure stays bounded. */
    private static final int REACH = 300;
    private static final int WINDOW_CHARS = 48;
    /** Han characters before a number searched: 比去年同期增长超过 is nine. */
    private static final int WINDOW_HAN = 12;
    private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿廿卅卌";
    /** The magnitude words whose number may be the article: not the abbreviations ("a m", "a b"). */
    private static final String[] MAGNITUDES_AFTER_ARTICLE = {"hundred", "thousand", "million", "billion", "trillion"};
    /** Items of a list walked for the currency written after its last: a longer list names none. */
    private static final int MAX_LIST_ITEMS = 50;
    private static final String CLAUSE_ENDS = ".;:!?。；：！？,，、()（）\"«»“”";
    /** Characters that may begin a number, and that end a clause, for look-up in the loop over every character. */
    private static final boolean[] NUMERAL = new boolean[65536];
    private static final boolean[] CLAUSE_END = new boolean[65536];
    /** First letters of Russian number words (один, два, три, четыре, пять, шесть, семь, восемь, девять,
     *  десять, сто, сорок, полтора, тысяча, миллион), from а to ё. */
    private static final boolean[] RUSSIAN_NUMBER_INITIAL = new boolean['ё' - 'а' + 1];

    static {
        CHINESE_NUMERALS.chars().forEach(c -> NUMERAL[c] = true);
        CLAUSE_ENDS.chars().forEach(c -> CLAUSE_END[c] = true);
        "одтчпшсвмт".chars().forEach(c -> RUSSIAN_NUMBER_INITIAL[c - 'а'] = true);
    }

    private final CharSequence original;
    private final char[] text;
    private final int length;
    private final @Nullable FigureFormat only;
    private final FigureParser[] parsers = new FigureParser[3];
    private final FigureRules rules;
    private final FigureRanges ranges;
    /** The end of the list of amounts last walked for a currency written after its last item, and that currency. */
    private int listWalkedUntil = -1;
    /** The last item of the list walked last, which says what its items are; null if none does. */
    private @Nullable ParsedFigure listLast;

    /**
     * Differences found ("на 4 тысячи человек больше", "rose by 500 visitors"): left out of the
     * figures at the end, but seen while finding, so that "до" after one is the level reached.
     */
    private final java.util.Map<FoundFigure, Integer> differences = new java.util.IdentityHashMap<>();

    /** Where "分别", "respectively", "соответственно" stand. */
    private final int[] respectively;
    /** Whether the text has any letter of {@link #OTHER_CYRILLIC}: most have none, and ask no more. */
    private final boolean otherCyrillic;

    /** The currency of ambiguous symbols and 元 in every language; null for each format's own. */
    private final @Nullable Currency defaultCurrency;

    private FigureFinder(CharSequence original, @Nullable FigureFormat only, @Nullable Currency defaultCurrency) {
        this.original = original;
        this.text = Text.fold(original);
        this.length = text.length;
        this.only = only;
        this.defaultCurrency = defaultCurrency;
        this.ranges = new FigureRanges(original, text);
        this.rules = new FigureRules(original, text, ranges);
        this.respectively = respectivelyPositions();
        boolean other = false;
        for (int i = 0; i < length && !other; i++) {
            other = isOtherCyrillic(text[i]);
        }
        this.otherCyrillic = other;
    }

    /** The figures of one format's language, or with {@code only} null of the language of each stretch. */
    static List<FoundFigure> find(CharSequence text, @Nullable FigureFormat only) {
        return new FigureFinder(text, only, null).find();
    }

    /** The figures of the language of each stretch, reading ambiguous symbols and 元 as {@code defaultCurrency}. */
    static List<FoundFigure> findAll(CharSequence text, Currency defaultCurrency) {
        return new FigureFinder(text, null, defaultCurrency).find();
    }

    private List<FoundFigure> find() {
        List<FoundFigure> found = new ArrayList<>();
        int floor = 0;
        int i = 0;
        while (i < length) {
            if (!isNumberStart(i)) {
                i++;
                continue;
            }
            FigureFormat format = formatAt(i);
            if (format != null && only != null && format.lexicon() != only.lexicon() && formatBefore(i) == only.lexicon()) {
                format = only;   // "перевалил 1500 TEU": a Latin unit after a number of a Russian sentence
            }
            if (format == null || only != null && format.lexicon() != only.lexicon()) {
                format = null;   // a number among words of another language: not this format's figure
            } else if (only != null) {
                format = only;
            }
            FoundFigure previous = found.isEmpty() ? null : found.get(found.size() - 1);
            FoundFigure figure = format == null ? null : figureAround(i, floor, format, previous);
            if (figure != null) {
                found.add(figure);
                floor = figure.end();
                i = Math.max(i + 1, figure.end());
            } else {
                i++;
                while (i < length && (Text.isDigit(text[i]) || NUMERAL[text[i]])) {
                    i++;
                }
                while (format != null && format.lexicon() == Lexicon.RUSSIAN && i < length && text[i] == ' '
                        && Text.isDigit(text[i - 1]) && Text.isGroupOfThree(text, i + 1)) {
                    i += 4;   // "от 1 232 до 1 500 тонн": the "500" of a number left out is no number of its own
                }
            }
        }
        List<FoundFigure> restated = withChangesRestated(withDeclaredCurrency(withoutRanges(found)));
        if (!differences.isEmpty()) {
            restated = new ArrayList<>(restated);
            restated.removeIf(differences::containsKey);
        }
        return linkChanges(restated);
    }

    /**
     * Whether a count or quantity after "by" or "на" is what a word of change before it in its
     * clause added or took away: "rose by 500 visitors", "вырос на 3 тысячи тонн". A difference, no
     * level: reported as one, a dataset would take it for the attendance or the output.
     */
    private int changeOfCount(ParsedFigure parsed, Lexicon lexicon) {
        if (parsed.kind() != FoundFigure.Kind.COUNT && parsed.kind() != FoundFigure.Kind.QUANTITY) {
            return 0;
        }
        if (lexicon == Lexicon.CHINESE) {
            // "较上届增加近3万平方米", "减少20家": a word of change just before the count
            for (int k = parsed.start() - 1; k >= Math.max(0, parsed.start() - 8) && Text.isHan(text[k]); k--) {
                long direction = Lexicon.CHINESE.directions.longest(text, k, length);
                if (direction != PhraseTrie.NONE && PhraseTrie.end(direction) == parsed.start()) {
                    return Lexicon.CHINESE.directions.value(direction);
                }
            }
            return 0;
        }
        if (!Text.isWordBefore(text, parsed.start(), BY)) {
            return text[parsed.start()] < 'z' ? englishChangeJustBefore(parsed.start()) : 0;   // "an increase of 13Mt", "up 500"
        }
        int by = parsed.start();
        while (by > 0 && Text.isSpace(text[by - 1])) {
            by--;
        }
        while (by > 0 && Text.isWordLetter(text[by - 1])) {
            by--;
        }
        if (text[by] < 'z') {
            return changeWordBefore(by, false, true);
        }
        // Russian "на" is also "for": "выросли цены на 100 товаров" counts goods; only a verb of change just before it
        int verbEnd = by;
        while (verbEnd > 0 && Text.isSpace(text[verbEnd - 1])) {
            verbEnd--;
        }
        int verb = verbEnd;
        while (verb > 0 && Text.isWordLetter(text[verb - 1])) {
            verb--;
        }
        long direction = verb < verbEnd ? Lexicon.RUSSIAN.directions.longest(text, verb, length) : PhraseTrie.NONE;
        return direction != PhraseTrie.NONE && PhraseTrie.end(direction) == verbEnd ? Lexicon.RUSSIAN.directions.value(direction) : 0;
    }

    /**
     * Leaves out both ends of a range of amounts, percentages, points or quantities whose ends are
     * figures in their own right: "$122 billion to $131 billion", "between 6.6 percent and 8.8
     * percent", "a 6.5-percent to 7.5-percent growth". A change before "to" is no range: in "rose 5%
     * to $3 billion" the second figure is the level reached.
     */
    private List<FoundFigure> withoutRanges(List<FoundFigure> found) {
        List<FoundFigure> kept = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            FoundFigure first = found.get(k);
            FoundFigure second = k + 1 < found.size() ? found.get(k + 1) : null;
            if (second != null && isRange(first, second)) {
                k++;
            } else {
                kept.add(first);
            }
        }
        return kept;
    }

    private boolean isRange(FoundFigure first, FoundFigure second) {
        // "年增四十％至四十五％": a change of 40% to 45%, not a change then a level of a percentage
        boolean changeRange = first.kind() == FoundFigure.Kind.PERCENTAGE && second.kind() == FoundFigure.Kind.PERCENTAGE
                && !second.isChange() && Text.isOneOf(text, first.end(), second.start(), CHINESE_RANGE_LINKS);
        if (first.kind() != second.kind() || first.kind() == FoundFigure.Kind.COUNT || first.isChange() && !changeRange
                || ranges.isLevelLeft(first.start()) || !first.currency().equals(second.currency())
                || !first.quantity().map(Quantity::unit).equals(second.quantity().map(Quantity::unit))) {
            return false;
        }
        int from = first.end();
        int to = second.start();
        while (from < to && Text.isSpace(text[from])) {
            from++;
        }
        while (to > from && Text.isSpace(text[to - 1])) {
            to--;
        }
        if (to - from == 1 && "-–~".indexOf(text[from]) >= 0) {
            return true;
        }
        if (Text.isOneOf(text, from, to, Text.RANGE_LINKS)) {
            // "an increase in the goods deficit of $2.7 billion to $93.0 billion": a change, then the level reached
            return first.kind() == FoundFigure.Kind.PERCENTAGE || first.kind() == FoundFigure.Kind.POINTS
                    || Text.isWordBefore(text, first.start(), Text.RANGE_BETWEEN) || changeWordBefore(first.start(), false, true) == 0;
        }
        return Text.isOneOf(text, from, to, Text.AND) && Text.isWordBefore(text, first.start(), Text.RANGE_BETWEEN);
    }

    private static final String[] CHINESE_RANGE_LINKS = {"至", "到", "~", "～", "-", "–"};

    /** Whether a number starts here: a digit or numeral after no other, or an English number word. */
    private boolean isNumberStart(int i) {
        char c = text[i];
        char before = i == 0 ? ' ' : text[i - 1];
        if (Text.isDigit(c)) {
            // not inside "1,500" or "3.5"; but "人，150家" is a number after a comma (，folds to ,)
            return !Text.isDigit(before) && !((before == '.' || before == ',') && i >= 2 && Text.isDigit(text[i - 2]));
        }
        if (NUMERAL[c]) {
            return !NUMERAL[before] && (only == null || only.lexicon() == Lexicon.CHINESE);
        }
        if (Text.isWordLetter(before) || c > 'z' && c < 'а' || c > 'ё') {
            return false;   // inside a word, or no letter that begins a number word
        }
        if (c >= 'а' && c <= 'ё') {
            return RUSSIAN_NUMBER_INITIAL[c - 'а'] && (only == null || only.lexicon() == Lexicon.RUSSIAN)
                    && RussianNumberWords.isNumberWord(text, i, length);
        }
        return (c >= 'e' && c <= 't' && NumberReader.isNumberWord(text, i, length) || isMagnitudeAfterArticle(i))
                && (only == null || only.lexicon() == Lexicon.ENGLISH);
    }

    /** "a hundred exhibitors", "a million visitors": a magnitude word whose number is the article before it. */
    private boolean isMagnitudeAfterArticle(int i) {
        if (i < 2 || text[i - 1] != ' ' || text[i - 2] != 'a' || i > 2 && Text.isWordLetter(text[i - 3])
                || "htmb".indexOf(text[i]) < 0) {
            return false;
        }
        for (String magnitude : MAGNITUDES_AFTER_ARTICLE) {
            if (NumberReader.isWord(text, i, length, magnitude)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The format for the language of the words around a number: the first letters after it, else
     * before it; with none in its clause ("Доля: 5,2%."), the one format asked for, else English.
     */
    private @Nullable FigureFormat formatAt(int i) {
        if (NUMERAL[text[i]]) {
            return FigureFormat.chinese();
        }
        for (int j = i; j < Math.min(length, i + 16) && !endsClause(j); j++) {
            FigureFormat format = formatOf(text[j]);
            if (format != null) {
                return format == FigureFormat.russian() && isOtherCyrillicAround(i) ? null : format;
            }
        }
        for (int j = i - 1; j >= Math.max(0, i - 16) && !endsClause(j); j--) {
            FigureFormat format = formatOf(text[j]);
            if (format != null) {
                return format == FigureFormat.russian() && isOtherCyrillicAround(i) ? null : format;
            }
        }
        return only != null ? only : FigureFormat.english();
    }

    /** The language of the first letters before a number in its clause; null if none. */
    private @Nullable Lexicon formatBefore(int i) {
        for (int j = i - 1; j >= Math.max(0, i - 16) && !endsClause(j); j--) {
            FigureFormat format = formatOf(text[j]);
            if (format != null) {
                return format.lexicon();
            }
        }
        return null;
    }

    /** Letters of Cyrillic alphabets other than Russian's: Kazakh, Kyrgyz, Uzbek, Tajik, Ukrainian, Belarusian. */
    private static final String OTHER_CYRILLIC = "әғқңөұүһіїєґўҳҷӣӯ";
    /** Characters around a number searched for {@link #OTHER_CYRILLIC}, within its sentence. */
    private static final int OTHER_CYRILLIC_REACH = 120;

    /**
     * Whether the words around a number are in a Cyrillic language other than Russian ("738 мың
     * тоннадан" is Kazakh, "мың" its thousand): the Russian format would misread them.
     */
    private boolean isOtherCyrillicAround(int i) {
        if (!otherCyrillic) {
            return false;
        }
        for (int j = i; j < Math.min(length, i + OTHER_CYRILLIC_REACH) && !Text.endsSentenceAt(text, original, j); j++) {
            if (isOtherCyrillic(text[j])) {
                return true;
            }
        }
        for (int j = i - 1; j >= Math.max(0, i - OTHER_CYRILLIC_REACH) && !Text.endsSentenceAt(text, original, j); j--) {
            if (isOtherCyrillic(text[j])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOtherCyrillic(char c) {
        return c > 'ё' && c < '\u0500' && OTHER_CYRILLIC.indexOf(c) >= 0;
    }

    /** Whether the character at {@code j} ends a clause: not a decimal point or group separator between digits. */
    private boolean endsClause(int j) {
        char c = text[j];
        if (!CLAUSE_END[c]) {
            return false;
        }
        return !((c == '.' || c == ',') && j > 0 && j + 1 < length && Text.isDigit(text[j - 1]) && Text.isDigit(text[j + 1]));
    }

    private static @Nullable FigureFormat formatOf(char c) {
        if (Text.isHan(c)) {
            return FigureFormat.chinese();
        }
        if (Character.isLetter(c)) {
            return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC ? FigureFormat.russian()
                    : FigureFormat.english();
        }
        return null;
    }

    /** The figure whose number starts at {@code number}, read from the earliest start that reaches it; null if none. */
    private @Nullable FoundFigure figureAround(int number, int floor, FigureFormat format, @Nullable FoundFigure previous) {
        FigureParser parser = parser(format);
        Lexicon lexicon = format.lexicon();
        // "同比分别增长48.9%和1.02倍": an item of a list right after a stated change takes its sign
        int listChangeSign = previous != null && isChangeKind(previous) && previous.isChange()
                && Text.isOneOf(text, previous.end(), number, Text.LIST_SEPARATORS) ? previous.figure().value().signum() : 0;
        int[] starts = new int[WINDOW_WORDS + 2];
        int count = 0;
        starts[count++] = number;
        if (isMagnitudeAfterArticle(number)) {
            starts[count++] = number - 2;   // "a hundred exhibitors": the figure begins at its article
        }
        if (number > floor && (text[number - 1] == '+' || text[number - 1] == '-' || text[number - 1] == '(')
                && (number - 1 == floor || !isJoined(text[number - 2]))) {
            starts[count++] = number - 1;   // "+30,6%", "(51.2)%"
        }
        int words = 0;
        int han = 0;
        // the bracket of an accountant's negative, "dropped (7.0)%", ends no clause before its number
        int scanFrom = number > floor && text[number - 1] == '(' ? number - 2 : number - 1;
        for (int j = scanFrom; j >= Math.max(floor, number - WINDOW_CHARS) && count < starts.length; j--) {
            char c = text[j];
            if (CLAUSE_END[c] || Text.isDigit(c)) {
                break;
            }
            boolean isHan = Text.isHan(c);
            boolean wordStart = isHan || !Text.isSpace(c)
                    && (j == 0 || !Text.isWordLetter(text[j - 1]) || !Text.isWordLetter(c));
            if (!wordStart) {
                continue;
            }
            if (isHan ? ++han > WINDOW_HAN : ++words > WINDOW_WORDS) {
                break;
            }
            if (canBegin(lexicon, j)) {
                starts[count++] = j;
                if (j > floor && text[j - 1] == '-' && count < starts.length && (j - 1 == floor || !isJoined(text[j - 2]))) {
                    starts[count++] = j - 1;   // "-$2.49 billion": a minus before the currency
                }
            }
        }
        for (int k = count - 1; k >= 0; k--) {
            if (isLevelAfterChange(starts[k], previous)) {
                continue;
            }
            ParsedFigure parsed;
            try {
                parsed = listChangeSign == 0 ? parser.find(starts[k]) : parser.findAfterChange(starts[k], listChangeSign);
            } catch (ParseStop notAFigure) {
                continue;
            }
            if (parsed.kind() != FoundFigure.Kind.PERCENTAGE && parsed.end() < length && text[parsed.end()] == '%') {
                continue;   // "元增长187%": read from a currency word left over before a change, the number is a percentage's
            }
            if (parsed.numberStart() == number || parsed.numberStart() == number + 1 && starts[k] == number - 1) {
                try {
                    if (isListItem(parsed)) {
                        parsed = withListKind(parser, starts, count, number, parsed);
                    }
                    parsed = withMagnitudeOfLevelReached(parser, parsed);
                    if (!rules.isFigure(parsed, lexicon, isBareLevelOfChange(parsed, lexicon))) {
                        return null;
                    }
                    FoundFigure figure = figure(parsed);
                    int changeSign = changeOfCount(parsed, lexicon);
                    if (changeSign == 0 && previous != null && differences.containsKey(previous) && previous.kind() == figure.kind()
                            && Text.isOneOf(text, previous.end(), figure.start(), Text.LIST_SEPARATORS)) {
                        changeSign = differences.get(previous);   // "分别较2012年增加305家和16家": the list goes on
                        changeSign = changeSign == 0 ? 1 : changeSign;
                    }
                    if (changeSign != 0 || rules.isDifference(parsed, lexicon)) {
                        differences.put(figure, changeSign);
                    }
                    return figure;
                } catch (IllegalArgumentException | ParseStop notOfItsKind) {
                    return null;   // a fraction of a count, a negative quantity, a number out of bounds
                }
            }
        }
        return null;
    }

    /**
     * A level left for another, whose magnitude or percent sign is written once, after the level
     * reached: "с $1,5 до $4,5 миллиона" is $1.5 million, "с 120,9 до 228,3 миллиарда тенге" 120.9
     * billion tenge, "с 5 до 7%" 5%. The figure itself if it has its own magnitude or noun, or no
     * such level follows.
     */
    private ParsedFigure withMagnitudeOfLevelReached(FigureParser parser, ParsedFigure first) {
        if (first.exponent() != 0 || first.nounStart() >= 0 || first.total()
                || first.kind() != FoundFigure.Kind.COUNT && first.kind() != FoundFigure.Kind.AMOUNT || !ranges.isLevelLeft(first.start())) {
            return first;
        }
        int link = first.end();
        while (link < length && Text.isSpace(text[link])) {
            link++;
        }
        int next = link;
        while (next < length && Text.isWordLetter(text[next])) {
            next++;
        }
        if (!Text.isOneOf(text, link, next, Text.RANGE_LINKS)) {
            return first;
        }
        while (next < length && Text.isSpace(text[next])) {
            next++;
        }
        ParsedFigure second;
        try {
            second = parser.find(next);
        } catch (ParseStop noLevel) {
            return first;
        }
        boolean rate = second.kind() == FoundFigure.Kind.PERCENTAGE || second.kind() == FoundFigure.Kind.POINTS;
        boolean sameKind = second.kind() == FoundFigure.Kind.AMOUNT || first.kind() == FoundFigure.Kind.COUNT;
        boolean measured = second.kind() == FoundFigure.Kind.AMOUNT || second.kind() == FoundFigure.Kind.QUANTITY;
        boolean fewDigits = first.digits().precision() - first.digits().scale() <= 3;   // a magnitude written once: "с 5 до 7 млрд"
        // a unit or currency written once, after a number of any length: "с 1 232 до 2 500 тонн"
        if (rate ? first.kind() != FoundFigure.Kind.COUNT || !fewDigits
                : (second.exponent() <= 0 || !fewDigits) && !(measured && second.exponent() <= 0 && first.kind() == FoundFigure.Kind.COUNT)
                || !sameKind
                || first.kind() == FoundFigure.Kind.AMOUNT && !java.util.Objects.equals(first.currency(), second.currency())) {
            return first;   // "с 5 до 7%" is from 5% to 7%; "from 2019 to 5%" has no rate of 2019
        }
        return new ParsedFigure(second.kind(), first.digits(), second.exponent(), first.qualifier(), second.currency(),
                second.unit(), -1, -1, false, first.start(), first.numberStart(), first.end(), false);
    }

    /** A number with nothing after it ("3.57 trillion and", "11.2、"): an item of a list whose last item may say what it is. */
    private static boolean isListItem(ParsedFigure parsed) {
        return parsed.kind() == FoundFigure.Kind.COUNT && parsed.nounStart() < 0 && !parsed.total();
    }

    /**
     * What a number with nothing after it states when a list goes on to an item that says it after
     * its number: an amount with a magnitude ("reached 3.57 trillion and 3.14 trillion yuan", "10.15
     * trillion, 11 trillion, and 11.17 trillion yuan"), a quantity with a magnitude ("3385.3万、957.2万、
     * 150万吨"), percentage points or a percentage ("高于全国平均水平11.2、15.6和5.7个百分点"). The
     * number itself if no item does.
     */
    private ParsedFigure withListKind(FigureParser parser, int[] starts, int count, int number, ParsedFigure bare) {
        if (bare.end() > listWalkedUntil) {
            listLast = null;
            // once per list: its other items reuse the walk
            listWalkedUntil = walkList(parser, bare.end(), changeWordBefore(bare.start(), false, true) != 0);
        }
        if (listLast == null) {
            return bare;   // "超过1万," stays a count
        }
        boolean rate = listLast.kind() == FoundFigure.Kind.PERCENTAGE || listLast.kind() == FoundFigure.Kind.POINTS;
        // amounts and quantities with their magnitude; rates of at most three whole digits ("from 2019, 2020 and 5%")
        boolean fits = rate ? bare.exponent() == 0 && bare.digits().precision() - bare.digits().scale() <= 3
                && isRespectiveListItem(bare.end(), bare.end()) : bare.exponent() > 0;
        if (!fits) {
            return bare;
        }
        for (int k = count - 1; k >= 0; k--) {   // from the earliest start: "rose 5, 6 and 7 percent"
            try {
                ParsedFigure item = parser.findInList(starts[k], listLast);
                if (item.numberStart() == number || item.numberStart() == number + 1 && starts[k] == number - 1) {
                    return item;
                }
            } catch (ParseStop notFromHere) {
                // a later start
            }
        }
        return bare;
    }

    /** Walks the items of a list from {@code at} to the first that says what it is ({@link #listLast}); returns where it stopped. */
    private int walkList(FigureParser parser, int at, boolean afterChange) {
        for (int items = 0; items < MAX_LIST_ITEMS; items++) {
            int next = afterListLink(at, afterChange && items == 0);
            if (next < 0 || next >= length || !Text.isDigit(text[next])) {
                return at;
            }
            ParsedFigure item;
            try {
                item = parser.find(next);
            } catch (ParseStop notAFigure) {
                return at;
            }
            if (item.numberStart() == next && (item.kind() == FoundFigure.Kind.AMOUNT && item.currency() != null
                    || item.kind() == FoundFigure.Kind.QUANTITY || item.kind() == FoundFigure.Kind.POINTS
                    || item.kind() == FoundFigure.Kind.PERCENTAGE && item.exponent() == 0)) {
                listLast = item;
                return next;
            }
            if (!isListItem(item)) {
                return at;
            }
            at = item.end();
        }
        return at;
    }

    /**
     * Links of a list whose items share what the last one says, after a change: "and", and "to"
     * between the change and the level reached ("decreased 1.0 billion to 9.0 billion dollars",
     * "сократился на 1,5 млрд до 9,2 млрд долларов").
     */
    private static final String[] AND_OR_TO = {"and", "и", "to", "до"};

    /** Where the next item of a list starts after ", ", " and ", ", and ", "、", "和", "及", " и "; -1 if no link is here. */
    private int afterListLink(int at, boolean afterChange) {
        int j = at;
        while (j < length && Text.isSpace(text[j])) {
            j++;
        }
        boolean linked = false;
        if (j < length && (text[j] == ',' || text[j] == '、' || text[j] == '和' || text[j] == '及')) {
            linked = true;
            j++;
            while (j < length && Text.isSpace(text[j])) {
                j++;
            }
        }
        for (String word : linked || !afterChange ? Text.AND : AND_OR_TO) {
            if (NumberReader.isWord(text, j, length, word)) {
                linked = true;
                j += word.length();
                while (j < length && Text.isSpace(text[j])) {
                    j++;
                }
                break;
            }
        }
        return linked ? j : -1;
    }

    /**
     * Whether "до" here is "to" the level reached, not "up to": after a percentage ("сократился на
     * 36,4% до 33,2 млрд юаней"), after a figure that "с" opens ("с 872 тыс. тонн до 1 232 тыс.
     * тонн"), or with a word of change earlier in the sentence ("подрос на треть - до", "вдвое вырос
     * (до", "довести до"). The figure is then read from its number.
     */
    private boolean isLevelAfterChange(int start, @Nullable FoundFigure previous) {
        if (!NumberReader.isWord(text, start, length, "до")) {
            return false;
        }
        if (previous != null && isPunctuationBetween(previous.end(), start)
                && (isChangeKind(previous) || ranges.isLevelLeft(previous.start()) || differences.containsKey(previous))) {
            return true;
        }
        if (previous != null && isChangeKind(previous) && (previous.isChange() || "+-\u2212".indexOf(text[previous.start()]) >= 0)
                && isNameBetween(previous.end(), start)) {
            return true;   // "нарастил оборот до 706 тыс. TEU (+54%), Калининград до 121 тыс. TEU": the next item of the list
        }
        int number = start;
        while (number > Math.max(0, start - 40)
                && (Text.isSpace(text[number - 1]) || Text.isDigit(text[number - 1]) || ",.$".indexOf(text[number - 1]) >= 0)) {
            number--;   // "с 5 до 7%": the bare number before "до" is no figure of its own
        }
        return number < start && ranges.isLevelLeft(number) || changeWordBefore(start, true, true) != 0
                || isLevelReachedWordJustBefore(start);
    }

    /** "Азербайджан — в 2 раза, до 12 тыс. тонн": a word after which "до" is "to" ends just before it, past a comma or dash. */
    private boolean isLevelReachedWordJustBefore(int at) {
        int end = at;
        while (end > 0 && (Text.isSpace(text[end - 1]) || ",-–—(".indexOf(text[end - 1]) >= 0)) {
            end--;
        }
        int wordStart = end;
        while (wordStart > 0 && Text.isWordLetter(text[wordStart - 1])) {
            wordStart--;
        }
        return wordStart < end && PhraseTrie.end(Lexicon.RUSSIAN.levelReached.longest(text, wordStart, end)) == end;
    }

    /** Whether only punctuation and one capitalised word, a name, stand between: "), Калининград ". */
    private boolean isNameBetween(int from, int to) {
        int j = from;
        while (j < to && (Text.isSpace(text[j]) || ",-–—()".indexOf(text[j]) >= 0)) {
            j++;
        }
        if (j == from || j >= to || !Character.isUpperCase(original.charAt(j))) {
            return false;
        }
        while (j < to && (Text.isWordLetter(text[j]) || text[j] == '-')) {
            j++;
        }
        return isPunctuationBetween(j, to);
    }

    private boolean isPunctuationBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!Text.isSpace(text[j]) && ",-–—(/".indexOf(text[j]) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sign of the nearest English or Russian word of change among the sixteen words before
     * {@code at} in its sentence (twelve in its clause) ("increased", "сократился", "рост"); with {@code levelWords}, 1 for a
     * Russian word after which "до" is the level reached ("вдвое", "довести"); 0 if there is none.
     * With {@code inClause}, only in the clause: "вырос на 5%, а импорт составит до 3 млрд" is "up to".
     */
    private int changeWordBefore(int at, boolean levelWords, boolean inClause) {
        int words = 0;
        int reach = inClause ? 12 : 16;   // "ростом объемов ввоза предметов одежды … в 4 раза, обуви — на 36%"
        for (int j = at - 1; j >= Math.max(0, at - REACH) && words < reach; j--) {
            char c = text[j];
            if (Text.endsSentenceAt(text, original, j) || inClause && c == ',' && !(j > 0 && Text.isDigit(text[j - 1]) && j + 1 < length
                    && Text.isDigit(text[j + 1]))) {
                return 0;
            }
            if (Text.isWordLetter(c) && (j == 0 || !Text.isWordLetter(text[j - 1]))) {
                words++;
                Lexicon lexicon = text[j] < 'z' ? Lexicon.ENGLISH : Lexicon.RUSSIAN;
                long direction = lexicon.directions.longest(text, j, length);
                if (direction != PhraseTrie.NONE && !endsWordBefore(lexicon, j)) {   // not the "up" of "set up"
                    return lexicon.directions.value(direction);
                }
                if (levelWords && Lexicon.RUSSIAN.levelReached.longest(text, j, length) != PhraseTrie.NONE) {
                    return 1;
                }
                if (levelWords && lexicon == Lexicon.RUSSIAN && isVerbOfItsOwn(j)) {
                    return 0;   // "Рост экспорта позволит создать до 500 рабочих мест": "до" is what "создать" reaches, up to
                }
            }
        }
        return 0;
    }

    /**
     * Whether the Russian word starting here is a verb of its own, no word of change: an infinitive
     * ("создать") or a verb in the present or future ("позволит", "составит", "ожидается"). Past forms
     * are left out, as nouns share their endings ("торговли", "доли").
     */
    private boolean isVerbOfItsOwn(int start) {
        int end = start;
        while (end < length && Text.isWordLetter(text[end])) {
            end++;
        }
        if (end - start < 5 || Text.isOneOf(text, start, end, NOUNS_LIKE_VERBS)) {
            return false;
        }
        char last = text[end - 1];
        char before = text[end - 2];
        boolean infinitive = last == 'ь' && before == 'т' && text[end - 3] != 'с';
        boolean present = last == 'т' && "еёиюяу".indexOf(before) >= 0;
        return infinitive || present || before == 'с' && (last == 'я' || last == 'ь');
    }

    /** Russian nouns ending as verbs do, seen before "до": "четверть", "нефть", "бюджет". */
    private static final String[] NOUNS_LIKE_VERBS = {"четверть", "нефть", "бюджет", "кредит", "лимит", "транзит",
            "совет", "предмет", "пакет", "валют", "институт", "маршрут", "паритет", "депозит", "визит"};

    /**
     * Whether a bare whole number is a level a change left or reached, its noun the subject of the
     * change: "attendance increased from 1,934 to 2,225", "the number of visitors fell to 461,000 from
     * 480,000", "вырос с 1 934 до 2 225". Written in digits after "to", "from", "до" or "с", with a
     * word of change earlier in its sentence.
     */
    private boolean isBareLevelOfChange(ParsedFigure parsed, Lexicon lexicon) {
        if (parsed.kind() != FoundFigure.Kind.COUNT || parsed.nounStart() >= 0 || parsed.start() != parsed.numberStart()
                || parsed.exponent() != 0 || parsed.digits().scale() > 0 || !Text.isDigit(text[parsed.numberStart()])
                || lexicon == Lexicon.CHINESE || !Text.isWordBefore(text, parsed.start(), LEVEL_LINKS)
                || parsed.end() - parsed.numberStart() == 4 && parsed.digits().compareTo(BigDecimal.valueOf(1000)) >= 0
                && parsed.digits().compareTo(BigDecimal.valueOf(2999)) <= 0) {
            return false;   // "grew from 2015 to 2020", "вырос с 2019 до 2023 года": years
        }
        return changeWordBefore(parsed.start(), false, false) != 0;   // "rose by 52 percent, to 528"
    }

    /** The sign of an English word of change that ends just before {@code at} ("an increase of", "a slight decrease of", "up"); 0 if none. */
    private int englishChangeJustBefore(int at) {
        int end = at;
        while (end > 0 && Text.isSpace(text[end - 1])) {
            end--;
        }
        int words = 0;
        for (int j = end - 1; j >= Math.max(0, end - WINDOW_CHARS) && words < 4; j--) {
            if (CLAUSE_END[text[j]] || Text.isDigit(text[j])) {
                return 0;
            }
            if (Text.isWordLetter(text[j]) && (j == 0 || !Text.isWordLetter(text[j - 1]))) {
                words++;
                long direction = Lexicon.ENGLISH.directions.longest(text, j, end);
                if (direction != PhraseTrie.NONE && PhraseTrie.end(direction) == end && !endsWordBefore(Lexicon.ENGLISH, j)) {
                    return Lexicon.ENGLISH.directions.value(direction);
                }
            }
        }
        return 0;
    }

    /** Words before a level of a change: "to", "from", "до", "с". */
    private static final String[] LEVEL_LINKS = {"to", "from", "до", "с"};

    /** Whether a character is a Chinese numeral: a digit, 两, or a place from 十 to 亿. */
    static boolean isChineseNumeral(char c) {
        return NUMERAL[c];
    }

    private static boolean isJoined(char c) {
        return Text.isWordLetter(c) || Text.isDigit(c);
    }

    /** Whether a word that can begin a figure before its number starts here. */
    private boolean canBegin(Lexicon lexicon, int at) {
        return lexicon.beginnings.longest(text, at, length) != PhraseTrie.NONE && !endsWordBefore(lexicon, at)
                || CurrencyWords.isIsoCode(text, at, length, original);
    }

    /** Whether the word here ends a phrase begun before it that is no figure's beginning: 约 of 签约, "up" of "making up". */
    private boolean endsWordBefore(Lexicon lexicon, int at) {
        for (int from = Math.max(0, at - lexicon.notBeginnings.maxLength() + 1); from < at; from++) {
            if (from > 0 && !Text.isHan(text[from]) && Text.isWordLetter(text[from - 1])) {
                continue;   // "making up" starts at a word; Chinese words start anywhere
            }
            long word = lexicon.notBeginnings.longest(text, from, length);
            if (word != PhraseTrie.NONE && PhraseTrie.end(word) > at) {
                return true;
            }
        }
        return false;
    }

    private FigureParser parser(FigureFormat format) {
        int index = format.lexicon() == Lexicon.ENGLISH ? 0 : format.lexicon() == Lexicon.CHINESE ? 1 : 2;
        if (parsers[index] == null) {
            Currency own = format.defaultCurrency().orElse(null);
            parsers[index] = new FigureParser(format.lexicon(), defaultCurrency != null ? defaultCurrency : own, own, text, length,
                    original);
        }
        return parsers[index];
    }

    private FoundFigure figure(ParsedFigure parsed) {
        io.github.tradecoop.figure.Figure figure = parsed.figure();
        Object value = switch (parsed.kind()) {
            case AMOUNT -> ReportedAmount.of(parsed.amountCurrency(), figure);
            case COUNT -> Count.of(figure);
            case PERCENTAGE -> Percentage.of(figure);
            case POINTS -> PercentagePoints.of(figure);
            case QUANTITY -> Quantity.of(figure, parsed.quantityUnit());
        };
        int end = parsed.end();
        if (text[end - 1] == '.' && endsSentence(end)) {
            end--;   // "$25 млрд. Российская": the abbreviation's point ends the sentence too
        }
        String noun = parsed.nounStart() < 0 ? null
                : original.subSequence(parsed.nounStart(), Math.min(parsed.nounEnd(), end)).toString();
        return new FoundFigure(parsed.start(), end, original.subSequence(parsed.start(), end).toString(),
                parsed.kind(), value, noun, parsed.change(), null);
    }

    /**
     * Whether a sentence ends after a point here: the text ends, or a line, or a closing quote or
     * bracket follows ("sq.m.”"), or a capital letter or digit begins the next sentence.
     */
    private boolean endsSentence(int after) {
        if (after < length && "”\"»’')".indexOf(text[after]) >= 0) {
            return true;
        }
        int j = after;
        while (j < length && text[j] == ' ') {
            j++;
        }
        return j == length || text[j] == '\n' || Text.isDigit(text[j]) || Character.isUpperCase(original.charAt(j));
    }

    /** Links each figure to the change stated for it in the same clause, just after it or just before it ("up 5% to"). */
    private List<FoundFigure> linkChanges(List<FoundFigure> found) {
        List<FoundFigure> linked = new ArrayList<>(found);
        boolean[] paired = pairRespectively(linked);
        for (int k = 0; k < linked.size(); k++) {
            FoundFigure figure = linked.get(k);
            FoundFigure next = k + 1 < linked.size() ? linked.get(k + 1) : null;
            if (paired[k] || isChangeKind(figure) && !isShareBeforePoints(figure, next) || isChinesePartnerCount(figure)) {
                continue;   // "对五个中亚国家的进出口总额同比增长53.8%": the trade's change, not the countries'
            }
            FoundFigure previous = k > 0 ? linked.get(k - 1) : null;
            // "сократился на 10,9%, до $3,37 млрд, импорт — на 9,7%": the level reached is the earlier change's
            if (previous != null && isChangeKind(previous) && previous.isChange() && isLinkTo(previous.end(), figure.start())) {
                linked.set(k, figure.withChange(previous));
            } else if (next != null && isChangeKind(next) && next.isChange() && sameClause(figure.end(), next.start())
                    && !(previous != null && ranges.isLevelLeft(previous.start()) && isBracketClosedBetween(figure.end(), next.start()))) {
                // "191,950 buyers from 213 countries and regions attending, up by 3.36%": the buyers' change;
                // "$27.5 billion against $48.4 billion, a decline of 43.03 percent": the first amount's
                if (previous != null && !isChangeKind(previous) && previous.change().isEmpty()
                        && Text.isWordBefore(text, figure.start(), ORIGIN) && sameClause(previous.end(), figure.start())) {
                    linked.set(k - 1, previous.withChange(next));
                } else if (previous != null && !isChangeKind(previous) && previous.change().isEmpty() && !previous.isChange()
                        && (isEquivalentInBrackets(previous, figure) || isPartInBrackets(previous, figure, next)
                        || isChineseBase(figure) && sameClause(previous.end(), figure.start()))) {
                    // "81.4 billion dirhams ($22.16 billion) in H1 2015, up 28%": the change of the amount reported, not of
                    // its conversion, whose change in its own currency the report does not state
                    linked.set(k - 1, previous.withChange(next));
                } else {
                    linked.set(k, figure.withChange(next));
                }
            }
        }
        return List.copyOf(linked);
    }

    /**
     * Whether a percentage level is followed in its clause by a change in percentage points, which
     * is the change of that share: "占56.7%,占比较去年同期提升0.5个百分点", "accounting for 25.3% of the
     * total, up 1.2 percentage points".
     */
    private boolean isShareBeforePoints(FoundFigure share, @Nullable FoundFigure next) {
        return share.kind() == FoundFigure.Kind.PERCENTAGE && !share.isChange() && share.change().isEmpty() && next != null
                && next.kind() == FoundFigure.Kind.POINTS && next.isChange();
    }

    /**
     * Pairs the levels and the changes of a sentence that says "respectively" (分别, соответственно):
     * in "分别为3.38万亿元、3.23万亿元…，同比分别增长7.7%、2.9%…" and "出口24.9万吨，创汇5.7亿美元，同比分别增长18.4%和25.9%"
     * the i-th level before a list of changes takes the i-th change. A sentence with more or fewer
     * levels than changes pairs nothing: no level takes a change that may not be its own.
     *
     * @return for each figure, whether it is a level of such a sentence, linked here or left unlinked
     */
    private boolean[] pairRespectively(List<FoundFigure> linked) {
        boolean[] paired = new boolean[linked.size()];
        for (int c = 0; c < linked.size(); c++) {
            int changes = changeRun(linked, c);
            if (changes == 0) {
                continue;   // "同比分别增长48.9%和1.02倍": a list whose other items are no figures is one change long
            }
            int at = linked.get(c).start();
            if (isRespectiveListItem(at, at) || changes >= 2 && levelsJustBefore(linked, c) == changes) {
                // "出口6407.5億美元、進口4836.1億美元，…，年增率達34.9%及22.6%": as many levels as changes pair unsaid
                int first = c;
                while (first > 0 && !isChangeKind(linked.get(first - 1)) && !paired[first - 1]
                        && !endsSentenceBetween(linked.get(first - 1).end(), at)) {
                    first--;
                }
                for (int i = first; i < c; i++) {
                    paired[i] = true;
                    if (c - first == changes) {
                        linked.set(i, linked.get(i).withChange(linked.get(c + i - first)));
                    }
                }
            }
            c += changes - 1;
        }
        return paired;
    }

    /**
     * How many levels, none a change and none linked yet, stand just before the change at {@code c}
     * in its sentence, each item of a list after the first ("、", ",", "and", "和").
     */
    private int levelsJustBefore(List<FoundFigure> found, int c) {
        int levels = 0;
        for (int k = c - 1; k >= 0; k--) {
            FoundFigure level = found.get(k);
            if (isChangeKind(level) || level.isChange() || endsSentenceBetween(level.end(), found.get(c).start())) {
                break;
            }
            levels++;
        }
        return levels;
    }

    /** How many stated changes from {@code from} make a list, with only a list separator between them ("、", ",", "and", "и"). */
    private int changeRun(List<FoundFigure> found, int from) {
        int run = 0;
        while (from + run < found.size()) {
            FoundFigure item = found.get(from + run);
            if (!isChangeKind(item) || !item.isChange()
                    || run > 0 && !Text.isOneOf(text, found.get(from + run - 1).end(), item.start(), Text.LIST_SEPARATORS)) {
                break;
            }
            run++;
        }
        return run;
    }

    /** Whether {@code second} restates {@code first} in another currency in brackets right after it: "534.1 billion dirhams ($145.4 billion)". */
    private boolean isEquivalentInBrackets(FoundFigure first, FoundFigure second) {
        return first.kind() == FoundFigure.Kind.AMOUNT && second.kind() == FoundFigure.Kind.AMOUNT && !first.isChange()
                && !second.isChange() && !first.currency().equals(second.currency())
                && Text.isOneOf(text, first.end(), second.start(), OPENING_BRACKET) && second.end() < length && text[second.end()] == ')';
    }

    /**
     * Whether {@code part} is a part of {@code whole} in brackets after it, the change after the
     * bracket the whole's: "外国展位数905个(含东盟575个),比上届增长13.4%".
     */
    private boolean isPartInBrackets(FoundFigure whole, FoundFigure part, FoundFigure change) {
        int open = -1;
        for (int j = whole.end(); j < part.start(); j++) {
            if (text[j] == '(') {
                open = j;
            } else if (text[j] == ')' || CLAUSE_END[text[j]] && text[j] != '(' && text[j] != ',' && text[j] != '、') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int j = part.end(); j < change.start(); j++) {
            if (text[j] == ')') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Chinese figure is the base a change is set against: "較去年同期的246.5億元下跌5.2%",
     * "比上年的X增长": the change is that of the figure before it.
     */
    private boolean isChineseBase(FoundFigure figure) {
        int j = figure.start() - 1;
        if (j < 1 || text[j] != '的') {
            return false;
        }
        // "較去年同期的246.5億元", "同比2011年的228.2億美元", "僅次于今年1月份的895.9億元"
        for (int k = j - 1; k >= Math.max(0, j - 12); k--) {
            char c = text[k];
            if (c == '较' || c == '比' || c == '較' || c == '于' && k > 0 && text[k - 1] == '次') {
                return true;
            }
            if (!Text.isHan(c) && !Text.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a Chinese count names the partners trade is with, after 对: "对RCEP其他14个国家增长8.8%". */
    private boolean isChinesePartnerCount(FoundFigure figure) {
        if (figure.kind() != FoundFigure.Kind.COUNT) {
            return false;
        }
        for (int k = figure.start() - 1; k >= Math.max(0, figure.start() - 10); k--) {
            char c = text[k];
            if (c == '对' || c == '對') {
                return true;
            }
            if (CLAUSE_END[c] || Text.isSpace(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a bracket open before {@code from} closes before {@code to}: the levels of "в 2,2 раза
     * (с 32 тыс. тонн до 73 тыс. тонн), в Азербайджан — на 30%" are done before the next item's change.
     */
    private boolean isBracketClosedBetween(int from, int to) {
        int depth = 0;
        for (int j = from; j < to; j++) {
            if (text[j] == '(') {
                depth++;
            } else if (text[j] == ')' && depth-- == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words before a figure that is not what the change after it is about: where others come from
     * ("buyers from 213 countries", "участники из 40 стран") or the base compared with ("$27.5 billion
     * against $48.4 billion, a decline of 43.03 percent").
     */
    private static final String[] ORIGIN = {"from", "из", "against", "versus", "vs", "in", "across"};

    /**
     * A percentage that restates a change just before it, after "or", is that change too, with its
     * sign: "decreased by US$3.4 billion or 7.4 percent" is a fall of 7.4%. So is a Russian
     * percentage after "на" whose verb of change stands earlier in the sentence, left unrepeated:
     * "экспорт сократился на 10,9%, импорт — на 9,7%", "импорт прирастал активнее: на 22,6%".
     */
    private List<FoundFigure> withChangesRestated(List<FoundFigure> found) {
        List<FoundFigure> restated = new ArrayList<>(found);
        boolean changed = false;
        for (int k = 0; k < restated.size(); k++) {
            FoundFigure figure = restated.get(k);
            FoundFigure before = k > 0 ? restated.get(k - 1) : null;
            int comparative = figure.kind() == FoundFigure.Kind.AMOUNT && !figure.isChange() ? comparativeAfter(figure) : 0;
            if (comparative != 0) {
                // "продали на 2,5 млн рублей товаров больше": by how much more, in money
                restated.set(k, figure.asChange(comparative < 0));
                changed = true;
                continue;
            }
            if (figure.kind() == FoundFigure.Kind.AMOUNT && !figure.isChange() && before != null && before.isChange()
                    && isChangeKind(before) && Text.isOneOf(text, before.end(), figure.start(), OR_BY)) {
                // "на 34%, или на 4 миллиарда долларов", "by 5 percent, or by $2 billion": the change in money
                restated.set(k, figure.asChange(before.figure().value().signum() < 0));
                changed = true;
                continue;
            }
            Integer differenceSign = before == null ? null : differences.get(before);
            if (before != null && differenceSign != null && differenceSign < 0 && isChangeKind(figure)
                    && figure.figure().value().signum() > 0 && Text.isDigit(text[figure.start()])
                    && (Text.isOneOf(text, before.end(), figure.start(), Text.OR) || Text.isOneOf(text, before.end(), figure.start(), OR_BY))) {
                // "a decrease of 463,000 tonnes or 22%": the percentage restates a fall
                restated.set(k, figure.asChange(true));
                changed = true;
                continue;
            }
            if (!isChangeKind(figure) || figure.isChange()) {
                continue;
            }
            if (isSignedInBrackets(figure, before)) {
                // "287,1 тыс. TEU (+17%)", "1,27 млн TEU (-0,2%)": the sign is written, the value already has it
                restated.set(k, figure.asChange(false));
                changed = true;
                continue;
            }
            int sign = 0;
            if (before != null && before.isChange() && (Text.isOneOf(text, before.end(), figure.start(), Text.OR)
                    || isBracketAfter(before.end(), figure)
                    || isChangeKind(before) && isRespectiveListItem(before.end(), figure.start())
                    || before.kind() == figure.kind() && isLastOfListOfChanges(before, figure))) {
                sign = before.figure().value().signum() < 0 ? -1 : 1;
            } else if (Text.isWordBefore(text, figure.start(), BY)) {
                // after a participle, only a word of change in its own clause: "снижение было отмечено на 3,7 %"
                boolean participle = isParticipleBeforeBy(figure.start());
                sign = changeWordBefore(figure.start(), false, participle);
                // "…вырос на 5,2%, до $36,3 млрд. Импорт России в Китай — на 48,8%": a dash before "на" leaves out the
                // verb of the sentence before
                int sentences = isDashBeforeBy(figure.start()) ? 1 : 0;
                for (int b = k - 1; sign == 0 && !participle && b >= Math.max(0, k - 12) && figure.start() - restated.get(b).end() <= REACH
                        && sentenceEndsBetween(restated.get(b).end(), figure.start()) <= sentences; b--) {
                    if (isChangeKind(restated.get(b)) && restated.get(b).isChange()) {
                        // "…, с Россией – на 19,9%, с Казахстаном – на 10,6%": the verb said once, further back
                        sign = restated.get(b).figure().value().signum() < 0 ? -1 : 1;
                    }
                }
            }
            if (sign != 0) {
                restated.set(k, figure.asChange(sign < 0));
                changed = true;
            }
        }
        return changed ? restated : found;
    }

    /**
     * Whether the word before the "на" or "by" just before {@code at} is a participle, a predicate of
     * its own that the percentage completes: "план выполнен на 105%", "склады заполнены на 95%",
     * "capacity utilised by 80%". The percentage is no change a verb in an earlier clause speaks of.
     */
    private boolean isParticipleBeforeBy(int at) {
        int end = at;
        while (end > 0 && Text.isSpace(text[end - 1])) {
            end--;
        }
        while (end > 0 && Text.isWordLetter(text[end - 1])) {
            end--;   // "на" or "by"
        }
        while (end > 0 && Text.isSpace(text[end - 1])) {
            end--;
        }
        int start = end;
        while (start > 0 && Text.isWordLetter(text[start - 1])) {
            start--;
        }
        if (end - start < 5 || Character.isUpperCase(original.charAt(start))) {
            return false;   // "Казахстана на 5%": a name
        }
        char last = text[end - 1];
        char before = text[end - 2];
        if (last == 'd') {
            return before == 'e';
        }
        if (end - start < 7) {
            return false;   // "экспорт страны на 3%": short nouns end as participles do
        }
        boolean shortForm = before == 'н' && "аоы".indexOf(last) >= 0 && "еаяё".indexOf(text[end - 3]) >= 0;
        return shortForm || last == 'н' && "еаяё".indexOf(before) >= 0;
    }

    /**
     * Whether a list separator alone stands between two figures of a list its sentence says is
     * respective: "分别减少11.2%、13.9%、13%", "increased by 74.4%, 11.4% and 5% respectively",
     * "выросли на 5%, 7% и 9% соответственно". The items after the first change are changes too.
     */
    private boolean isRespectiveListItem(int from, int to) {
        if (from < to && !Text.isOneOf(text, from, to, Text.LIST_SEPARATORS)) {
            return false;
        }
        int near = java.util.Arrays.binarySearch(respectively, Math.max(0, from - REACH));
        near = near < 0 ? -near - 1 : near;
        if (near == respectively.length || respectively[near] >= to + REACH) {
            return false;   // no such word within reach: the sentence need not be bounded
        }
        int sentenceStart = from;
        while (sentenceStart > Math.max(0, from - REACH) && !Text.endsSentenceAt(text, original, sentenceStart - 1)) {
            sentenceStart--;
        }
        int sentenceEnd = to;
        while (sentenceEnd < Math.min(length, to + REACH) && !Text.endsSentenceAt(text, original, sentenceEnd)) {
            sentenceEnd++;
        }
        int k = java.util.Arrays.binarySearch(respectively, sentenceStart);
        k = k < 0 ? -k - 1 : k;
        return k < respectively.length && respectively[k] < sentenceEnd;
    }

    /** Where the words of {@link #RESPECTIVELY} start in the text, in order; found once, as every list asks. */
    private int[] respectivelyPositions() {
        int[] found = new int[8];
        int count = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c != '分' && c != 'r' && c != 'с') {
                continue;
            }
            for (String word : RESPECTIVELY) {
                if (i + word.length() <= length && Text.matches(text, i, word)) {
                    if (count == found.length) {
                        found = java.util.Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /**
     * Whether a percentage or points are a change by their written sign: a plus anywhere, a minus when
     * it opens the brackets right after a level:
     * "287,1 тыс. TEU (+17%)", "$52,9 млрд (+30,6%)", "1,24 млн TEU (-28,4% к январю-сентябрю 2014
     * года)". Port, railway and customs tables write every change so.
     */
    private boolean isSignedInBrackets(FoundFigure figure, @Nullable FoundFigure before) {
        char sign = text[figure.start()];
        if (sign == '+') {
            return true;   // a plus is written for a change only: "an increase of 13.1 MT (+5%)"
        }
        return (sign == '-' || sign == '\u2212') && before != null && !isChangeKind(before)
                && Text.isOneOf(text, before.end(), figure.start(), OPENING_BRACKET);
    }

    /**
     * Whether {@code figure} is the next item of a list of changes that {@code before} begins, with
     * nothing after it but the end of its clause: "up 5% and 7%.", "年增率達34.9%及22.6%，". A
     * percentage that goes on ("rose 5% and 7% of the exports …") is no such item.
     */
    private boolean isLastOfListOfChanges(FoundFigure before, FoundFigure figure) {
        if (!Text.isOneOf(text, before.end(), figure.start(), Text.LIST_SEPARATORS)) {
            return false;
        }
        int j = figure.end();
        while (j < length && Text.isSpace(text[j])) {
            j++;
        }
        return j == length || CLAUSE_END[text[j]] && text[j] != '(' || text[j] == '\n';
    }

    /** A percentage in brackets just after a change that it restates: "fell $62m (1%)". */
    private boolean isBracketAfter(int from, FoundFigure figure) {
        return Text.isOneOf(text, from, figure.start(), OPENING_BRACKET) && figure.end() < length && text[figure.end()] == ')';
    }

    private static final String[] OPENING_BRACKET = {"("};

    private int sentenceEndsBetween(int from, int to) {
        int ends = 0;
        for (int j = from; j < to; j++) {
            if (Text.endsSentenceAt(text, original, j)) {
                ends++;
            }
        }
        return ends;
    }

    /** Whether a dash stands just before the "на" before {@code at}: "Импорт России в Китай — на 48,8%". */
    private boolean isDashBeforeBy(int at) {
        int j = at;
        while (j > 0 && Text.isSpace(text[j - 1])) {
            j--;
        }
        while (j > 0 && Text.isWordLetter(text[j - 1])) {
            j--;
        }
        while (j > 0 && Text.isSpace(text[j - 1])) {
            j--;
        }
        return j > 0 && "—–-".indexOf(text[j - 1]) >= 0;
    }

    private boolean endsSentenceBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (Text.endsSentenceAt(text, original, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sign of "больше" (1) or "меньше" (-1) within two words after a Russian amount that "на"
     * opens: "на 2,5 млн рублей товаров больше" states a difference; 0 if none follows.
     */
    private int comparativeAfter(FoundFigure amount) {
        if (!Text.isWordBefore(text, amount.start(), ON)) {
            return 0;
        }
        int j = amount.end();
        for (int words = 0; words < 3; words++) {
            while (j < length && Text.isSpace(text[j])) {
                j++;
            }
            int wordEnd = j;
            while (wordEnd < length && Text.isWordLetter(text[wordEnd])) {
                wordEnd++;
            }
            if (wordEnd == j) {
                return 0;
            }
            if (Text.isOneOf(text, j, wordEnd, MORE)) {
                return 1;
            }
            if (Text.isOneOf(text, j, wordEnd, LESS)) {
                return -1;
            }
            j = wordEnd;
        }
        return 0;
    }

    private static final String[] ON = {"на"};
    private static final String[] MORE = {"больше"};
    private static final String[] LESS = {"меньше"};

    /** "Or by" between a change in percent and the same change in money. */
    private static final String[] OR_BY = {"или на", ", или на", "or by", ", or by"};

    /** Words that pair the items of a list with the things named before it. */
    private static final String[] RESPECTIVELY = {"分别", "respectively", "соответственно"};

    /**
     * 元 read as the currency a report declares for it in brackets, "(澳門元,下同)" ("in patacas,
     * the same below"): for the amount just before the declaration and every one after it.
     */
    private List<FoundFigure> withDeclaredCurrency(List<FoundFigure> found) {
        List<Integer> brackets = new ArrayList<>();
        List<Currency> currencies = new ArrayList<>();
        for (int at = indexOf(SAME_BELOW, 0); at >= 0; at = indexOf(SAME_BELOW, at + 1)) {
            int bracket = at - 1;
            while (bracket >= Math.max(0, at - 10) && text[bracket] != '(') {   // （ folds to (
                bracket--;
            }
            long word = bracket < Math.max(0, at - 10) ? PhraseTrie.NONE : Lexicon.CHINESE.currencies.longest(text, bracket + 1, at);
            Currency currency = word == PhraseTrie.NONE ? null : Lexicon.CHINESE.currencies.value(word).currency();
            if (currency != null && isPunctuationBetween(PhraseTrie.end(word), at)) {
                brackets.add(bracket);
                currencies.add(currency);
            }
        }
        if (brackets.isEmpty()) {
            return found;
        }
        List<FoundFigure> declared = new ArrayList<>(found);
        int last = -1;   // the last declaration before the figure
        for (int k = 0; k < declared.size(); k++) {
            FoundFigure figure = declared.get(k);
            while (last + 1 < brackets.size() && brackets.get(last + 1) < figure.start()) {
                last++;
            }
            Currency currency = last >= 0 ? currencies.get(last) : null;
            if (last + 1 < brackets.size() && isPunctuationBetween(figure.end(), brackets.get(last + 1))) {
                currency = currencies.get(last + 1);   // the amount the declaration follows
            }
            if (currency != null && figure.kind() == FoundFigure.Kind.AMOUNT && isBareYuan(figure)) {
                declared.set(k, figure.withCurrency(currency));
            }
        }
        return declared;
    }

    /** "下同", "the same below", after what a report declares once. */
    private static final String SAME_BELOW = "下同";

    private int indexOf(String word, int from) {
        char first = word.charAt(0);
        for (int i = from; i + word.length() <= length; i++) {
            if (text[i] == first && Text.matches(text, i, word)) {
                return i;
            }
        }
        return -1;
    }

    /** A renminbi amount written with 元 alone after its number: "11.9億元", not "人民币5亿元" or "5亿美元". */
    private boolean isBareYuan(FoundFigure amount) {
        int yuan = amount.end() - 1;
        return amount.currency().filter(c -> c.getCurrencyCode().equals("CNY")).isPresent() && text[yuan] == '元'
                && yuan > amount.start() && (Text.isDigit(text[yuan - 1]) || "十百千万亿".indexOf(text[yuan - 1]) >= 0)
                && !amount.text().contains("人民币");
    }

    private static boolean isChangeKind(FoundFigure figure) {
        return figure.kind() == FoundFigure.Kind.PERCENTAGE || figure.kind() == FoundFigure.Kind.POINTS;
    }

    /**
     * Whether two positions are in one clause: at most 72 characters apart ("83.8 million tonnes of that
     * grain last year in global markets, up 23.1 percent"), with no sentence end and
     * no ", and" or ", а" between ("$144.12 billion, and imports grew 7.57 per cent" starts a clause).
     */
    private boolean sameClause(int from, int to) {
        if (to - from > 72) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (Text.endsSentenceAt(text, original, j) || text[j] == ',' && Text.isWordBefore(text, wordEndAfter(j + 1), CLAUSE_LINKS)) {
                return false;
            }
        }
        return true;
    }

    /** "and", "while", "а" after a comma begin a clause of their own. */
    private static final String[] CLAUSE_LINKS = {"and", "while", "whereas", "а", "но"};

    /** The end of the word after the spaces at {@code at}, or {@code at}. */
    private int wordEndAfter(int at) {
        int j = at;
        while (j < length && Text.isSpace(text[j])) {
            j++;
        }
        int end = j;
        while (end < length && Text.isWordLetter(text[end])) {
            end++;
        }
        return end;
    }

    /** Whether only "to" or "at" stands between, with punctuation before it: " to ", ", до ", " — до ", " at ". */
    private boolean isLinkTo(int from, int to) {
        while (from < to && (Text.isSpace(text[from]) || ",-–—(".indexOf(text[from]) >= 0)) {
            from++;
        }
        return Text.isOneOf(text, from, to, Text.RANGE_LINKS) || Text.isOneOf(text, from, to, LEVEL_AT);
    }

    /**
     * "exports were down 15.85 percent at $261.14 billion", "rose 8.5 per cent to hit 10,200 tonnes",
     * "вырос на 42%, достигнув $6,3 млрд", "вырос на 14,5%, составив 43 млрд": the level the change leaves.
     */
    private static final String[] LEVEL_AT = {"at", "to reach", "reaching", "to hit", "hitting", "to stand at", "standing at",
            "to touch", "touching",
            "достигнув", "составив", "и составил", "и составила", "и составило", "и достиг", "и достигла", "и достигло",
            "达到", "达", "至"};
}
