package io.github.tradecoop.format;

import io.github.tradecoop.figure.Qualifier;

/**
 * Tells reported figures from the other numbers of running text, for {@link FigureFinder}.
 *
 * <p>What is not a figure, and why it is left out (docs/finding.md has the table):
 * <ul>
 *   <li>a bare number with no noun, qualifier, unit, currency or percent sign, and not stated as
 *       a total ("a total of 122", "共55个" are counts): it may be a year, a list number, an
 *       article or a code ("in 2023", "Article 5", "1.", "Route 66");</li>
 *   <li>a four-digit number from 1000 to 2999 written without separators, as a count in English:
 *       a year ("2023 exports");</li>
 *   <li>a number joined to letters or digits ("G20", "5G", "COVID-19", "ASEAN+3", "737-800",
 *       "20th"), to a time or date ("10:30", "2024-05-17", "10/5"), or an ordinal ("第四届", "8-е");</li>
 *   <li>either end of a range ("30-40%", "600 to 700 visitors", "8万到10万人", "от 4,2 до 95
 *       млрд"), but not a level reached after a change ("grew 3.7 percent to 11.46 trillion yuan",
 *       "на 42,1% до 17,3 млрд юаней"): {@link FigureRanges} tells them apart;</li>
 *   <li>a count after a capitalised word that does not begin a sentence ("Boeing 737", "YotaPhone
 *       3 smartphone") or a rank sign ("No. 1", "#2", "№ 5", "the top 10"; but "top" after "to" or
 *       a modal is "more than"), one written as a word ("one of", "одна
 *       из", "一批"), and a count whose next word is a function word, month or unit of time ("10
 *       September", "5 years", "10 сентября", "前5个月");</li>
 *   <li>a count whose number is followed by a {@code not-count} word: a ratio or difference ("three
 *       times", "100 fewer", "в 3 раза") or a unit the model has no kind for ("900,000 net square
 *       feet", "300 га");</li>
 *   <li>Chinese numerals that name rather than count ("千家万户", "千亿级", "两国", "三国"), a Russian
 *       plural magnitude alone ("тысячи компаний"), a Chinese number of hundreds of millions with no
 *       noun, or with none after a word for a sum ("逾3500亿", "金额5000多万": yuan left unsaid).</li>
 * </ul>
 */
final class FigureRules {

    private static final String[] THE = {"the"};
    private static final String[] THE_OR_ALL = {"the", "all"};
    /** "the top 10 companies", "Top 500 enterprises": the number names a band of a ranking, not a count. */
    private static final String[] TOP = {"top"};
    /** Words after which "top" is a verb, "more than": "expected to top $5 billion", "could top 3,000". */
    private static final String[] BEFORE_VERB_TOP = {"to", "will", "would", "could", "can", "may", "might", "should"};
    private static final String[] RUSSIAN_SINGULAR_MAGNITUDES = {"тысяча", "тысячу", "миллион", "миллиард", "триллион",
        "десяток", "сотня", "сотню"};

    private final CharSequence original;
    private final char[] text;
    private final int length;
    private final FigureRanges ranges;

    FigureRules(CharSequence original, char[] text, FigureRanges ranges) {
        this.original = original;
        this.text = text;
        this.length = text.length;
        this.ranges = ranges;
    }

    /** Whether an ordinal "第" and a number end just before {@code separator}: "第一、", "第3、". */
    private boolean isOrdinalBefore(int separator) {
        int j = separator - 1;
        while (j >= 0 && (Text.isDigit(text[j]) || FigureFinder.isChineseNumeral(text[j]))) {
            j--;
        }
        return j < separator - 1 && j >= 0 && text[j] == '第';
    }

    /**
     * Whether what was read is a reported figure, by the rules of the class comment; {@code
     * levelOfChange} says that a bare number is the level a change left or reached ("the number of
     * visitors fell to 461,000 from 480,000"), which the subject says what it counts.
     */
    /**
     * Whether a count or quantity is a difference: a comparative follows it
     * ("на 4 тысячи человек больше"), past the same difference in percent ("на 705 тысяч тонн или на 57%
     * больше"), or after "на" a verb of exceeding does ("на 20 тонн превысил").
     */
    boolean isDifference(ParsedFigure parsed, Lexicon lexicon) {
        if (parsed.kind() != FoundFigure.Kind.QUANTITY && (parsed.kind() != FoundFigure.Kind.COUNT || parsed.nounStart() < 0)
                || lexicon == Lexicon.CHINESE) {
            return false;
        }
        int start = parsed.start();
        int at = skipSpaces(parsed.end());
        if (lexicon.notCounts.longest(text, at, length) != PhraseTrie.NONE) {
            return true;
        }
        if (lexicon != Lexicon.RUSSIAN || !Text.isWordBefore(text, start, ON)) {
            return false;
        }
        if (NumberReader.isWord(text, at, length, "или") && NumberReader.isWord(text, skipSpaces(at + 3), length, "на")) {
            // past "или на 57%" to the comparative, within the clause
            for (int j = skipSpaces(at + 3) + 2, limit = Math.min(length, at + 30); j < limit; j++) {
                if (CLAUSE_ENDS.indexOf(text[j]) >= 0 && !(text[j] == ',' && Text.isDigit(text[j - 1]))) {
                    return false;
                }
                if (j > 0 && text[j - 1] == ' ' && lexicon.notCounts.longest(text, j, length) != PhraseTrie.NONE) {
                    return true;
                }
            }
            return false;
        }
        return NumberReader.isWord(text, at, length, "превысил") || NumberReader.isWord(text, at, length, "превысила")
                || NumberReader.isWord(text, at, length, "превысило") || NumberReader.isWord(text, at, length, "превысили");
    }

    private static final String[] ON = {"на"};
    /** What a Chinese sum qualifies when it names a class by size: "超10亿元企业", "上亿元项目", "超亿元的项目". */
    private static final String[] CLASSED = {"企业", "项目", "的项目", "的企业", "大项目", "投资项目", "工业项目", "产业项目", "重大项目"};
    private static final String[] ARTICLES = {"a", "an"};

    /** Whether the digits from {@code at} end in the letter "m" alone: "300m". */
    private boolean isLetterMAfterDigits(int at) {
        int j = at;
        while (j < length && (Text.isDigit(text[j]) || (text[j] == '.' || text[j] == ',') && j + 1 < length && Text.isDigit(text[j + 1]))) {
            j++;
        }
        return j < length && text[j] == 'm' && (j + 1 == length || !Text.isWordLetter(text[j + 1]));
    }
    private static final String CLAUSE_ENDS = ".;:!?()";

    boolean isFigure(ParsedFigure parsed, Lexicon lexicon, boolean levelOfChange) {
        int start = parsed.start();
        int end = parsed.end();
        char before = start == 0 ? ' ' : text[start - 1];
        char after = end >= length ? ' ' : text[end];
        char afterNext = end + 1 >= length ? ' ' : text[end + 1];
        if (isJoined(before) && !Text.isHan(before) || start >= 2 && "-+/.".indexOf(before) >= 0 && isJoined(text[start - 2])
                || before == '第' || start >= 2 && "到至~～–-".indexOf(before) >= 0
                && (Text.isDigit(text[start - 2]) || FigureFinder.isChineseNumeral(text[start - 2])
                || text[start - 2] == '%' && parsed.kind() != FoundFigure.Kind.AMOUNT)) {
            // joined to a word, an ordinal, or the second end of a range ("8万到10万", "30-40%"); but after "上升7.6%至"
            // an amount is the level reached
            return false;
        }
        boolean countOrQuantity = parsed.kind() == FoundFigure.Kind.COUNT || parsed.kind() == FoundFigure.Kind.QUANTITY;
        if (countOrQuantity && ((before == '-' || before == '\u2212') && (start < 2 || !isJoined(text[start - 2]))
                || text[start] == '+' && !isJoined(before))) {
            return false;   // "(-2.7 Mt)", "(+5.1 Mt)": a count or quantity with a sign is a difference, no level
        }
        if (parsed.kind() == FoundFigure.Kind.COUNT && Text.isWordBefore(text, start, ARTICLES) && isLetterMAfterDigits(parsed.numberStart())) {
            return false;   // "a 300m southern quay extension": 300 metres, or 300 million of something unsaid; no count either way
        }
        if (lexicon == Lexicon.CHINESE && text[start] == '元') {
            return false;   // "大紀元2月10日": Chinese writes 元 after its number, never before; this 元 ends a name
        }
        if (lexicon == Lexicon.CHINESE && parsed.kind() == FoundFigure.Kind.AMOUNT && end < length && Text.isHan(text[end])
                && (end >= 2 && text[end - 2] == '以' && (text[end - 1] == '上' || text[end - 1] == '下')
                || parsed.qualifier() != Qualifier.EXACT && Text.isOneOf(text, end, Math.min(length, end + 2), CLASSED)
                || parsed.qualifier() != Qualifier.EXACT && Text.isOneOf(text, end, Math.min(length, end + 3), CLASSED)
                || parsed.qualifier() != Qualifier.EXACT && Text.isOneOf(text, end, Math.min(length, end + 4), CLASSED))) {
            // "10亿元以上项目116个", "超10亿元企业有510家": a class of projects or firms by size, whose count follows
            return false;
        }
        if (before == '、' && isOrdinalBefore(start - 1)) {
            return false;   // "第一、二届进博会": 第 makes every item of the list an ordinal
        }
        if (NumberReader.isWord(text, start, length, "top") && !isVerbTop(start) && parsed.currency() == null) {
            return false;   // "the top 10 exporters": a band of a ranking; but "expected to top $5 billion" is more than
        }
        if (after == '兆') {
            return false;   // "1.2兆元": a trillion in Taiwan, a million ("兆瓦") on the mainland; no magnitude to read
        }
        boolean endsInHan = end > 0 && Text.isHan(text[end - 1]);   // "6大洲74个国家": Chinese runs on without spaces
        if (Text.isWordLetter(after) || Text.isDigit(after) && !endsInHan
                || "-:/.".indexOf(after) >= 0 && Text.isDigit(afterNext)
                || after == '-' && "$€£¥".indexOf(afterNext) >= 0) {
            return false;   // "2024-05-17", "10:30"; "$1–$2 billion" is a range's first end
        }
        if (ranges.isSecondEnd(parsed) || !parsed.change() && ranges.isFirstEnd(parsed) || ranges.isFirstOfSpacedDash(parsed)
                || parsed.change() && ranges.isFirstOfChineseChangeRange(parsed)) {
            return false;
        }
        if (lexicon == Lexicon.RUSSIAN && isPluralMagnitude(parsed)) {
            return false;   // "тысячи компаний" is "thousands of", not a thousand; "триллионов рублей" left from "4-5 триллионов"
        }
        if (parsed.kind() == FoundFigure.Kind.PERCENTAGE && isChineseNumeralPhrase(parsed)) {
            return false;   // "百分之百": "completely", not a hundred percent stated to the hundred
        }
        if (parsed.kind() == FoundFigure.Kind.POINTS && (endsWith(end, "-point") || endsWith(end, "-points"))
                && !endsWith(end, "percentage-point") && !endsWith(end, "percentage-points")) {
            return false;   // "a 3-point plan", "a 10-point lead": a compound adjective, no percentage points
        }
        if (parsed.kind() != FoundFigure.Kind.COUNT) {
            return true;
        }
        if (parsed.nounStart() >= 0 && parsed.nounEnd() - parsed.nounStart() < 2 && !Text.isHan(text[parsed.nounStart()])) {
            return false;   // "4 p.m."
        }
        int next = parsed.nounStart() >= 0 ? parsed.nounStart() : skipSpaces(parsed.end());
        if (lexicon.notCounts.longest(text, next, length) != PhraseTrie.NONE) {
            return false;   // "about 100 fewer than last year", "more than three times the figure": a difference, a ratio
        }
        if (parsed.nounStart() < 0 && (lexicon.timeUnits.longest(text, next, length) != PhraseTrie.NONE
                || lexicon.months.longest(text, next, length) != PhraseTrie.NONE)) {
            return false;   // "more than 5 years", "продлится до 12 октября", "about 20 September": a duration, a date
        }
        if (isRankBefore(start)) {
            return false;   // "the No. 1 exporter", "#2 market", "№ 5": a rank
        }
        if (lexicon == Lexicon.CHINESE && start >= 2 && text[start - 2] == '连' && text[start - 1] == '续') {
            return false;   // "连续三届位居福建首位", "连续四届参展": a streak of editions or years, no count
        }
        if (start == parsed.numberStart() && isNameBefore(start, lexicon) || !Text.isDigit(text[parsed.numberStart()])
                && parsed.digits().compareTo(java.math.BigDecimal.ONE) == 0 && parsed.exponent() == 0) {
            return false;   // "YotaPhone 3 smartphone", "Route 66"; "one of", "одна из", "一批项目": one in words is an article
        }
        if (isChineseNumeralPhrase(parsed)) {
            return false;   // "千家万户", "千亿级", "两国"
        }
        if (lexicon == Lexicon.CHINESE && parsed.nounStart() > 0
                && (text[parsed.nounStart()] == '国' || text[parsed.nounStart() - 1] == '国') && isGroupBefore(parsed.numberStart())) {
            return false;   // "欧盟27国", "东盟10国": a group named by its members' number
        }
        if (lexicon == Lexicon.ENGLISH && parsed.nounStart() >= 0 && Text.isWordBefore(text, start, THE_OR_ALL)
                && isAcronym(parsed.nounStart())) {
            return false;   // "the 10 ASEAN countries", "all 27 EU member states": a group named by its members' number
        }
        if (lexicon == Lexicon.ENGLISH && Text.isWordLetter(text[parsed.numberStart()]) && Text.isWordBefore(text, start, THE)) {
            return false;   // "the two countries", "the three sides": named by their number, as 两国 is
        }
        if (lexicon == Lexicon.RUSSIAN && Text.isWordLetter(text[parsed.numberStart()]) && parsed.qualifier() == Qualifier.EXACT
                && parsed.digits().intValue() == 2 && parsed.exponent() == 0 && parsed.nounStart() >= 0
                && lexicon.bothSides.longest(text, parsed.nounStart(), length) != PhraseTrie.NONE) {
            return false;   // "между двумя странами", "товарооборот двух стран": the two countries of the report
        }
        int numberEnd = parsed.numberStart();
        while (numberEnd < length && Text.isDigit(text[numberEnd])) {
            numberEnd++;
        }
        int groupedEnd = numberEnd;   // "4,000-capacity": past the groups of the number too
        while (groupedEnd + 1 < length && (text[groupedEnd] == ',' || text[groupedEnd] == '.') && Text.isDigit(text[groupedEnd + 1])) {
            groupedEnd++;
            while (groupedEnd < length && Text.isDigit(text[groupedEnd])) {
                groupedEnd++;
            }
        }
        if (groupedEnd < length && text[groupedEnd] == '-'
                && lexicon.numberSuffixes.longest(text, groupedEnd, length) == PhraseTrie.NONE
                && lexicon.qualifiersAfter.longest(text, groupedEnd, length) == PhraseTrie.NONE) {
            return false;   // "8-е", "737-800", "a 4,000-capacity hall"; but "из 59-ти регионов", "1,500-plus exhibitors" are counts
        }
        boolean qualified = parsed.qualifier() != Qualifier.EXACT;
        if (parsed.nounStart() < 0 && !qualified && !parsed.total() && !levelOfChange) {
            return false;   // a bare number
        }
        if (parsed.nounStart() < 0 && lexicon == Lexicon.CHINESE && (parsed.exponent() >= 8 || isSumNamedBefore(start))) {
            return false;   // "签约金额逾3500亿", "签约金额5000多万": yuan left unsaid, not a count
        }
        // A year: four digits from 1000 to 2999 with no separator, counted in a spaced script ("2023 exports").
        boolean yearLike = lexicon == Lexicon.ENGLISH && numberEnd - parsed.numberStart() == 4
                && "12".indexOf(text[parsed.numberStart()]) >= 0
                && (numberEnd == length || !Text.isHan(text[numberEnd])
                && !((text[numberEnd] == '.' || text[numberEnd] == ',') && numberEnd + 1 < length && Text.isDigit(text[numberEnd + 1])));
        // "an 8.26% growth over 2019": a qualifier before a year with no noun compares with that year
        boolean recentYear = yearLike && parsed.nounStart() < 0 && (text[parsed.numberStart()] == '2' && text[parsed.numberStart() + 1] == '0'
                || text[parsed.numberStart()] == '1' && text[parsed.numberStart() + 1] == '9');
        return !yearLike || qualified && !recentYear || parsed.total();
    }

    /**
     * Chinese numerals that state no count: a place alone is "thousands of" or "a scale of" ("千家万户",
     * "千亿级"); "两国", "中俄蒙三国" are the countries a report is about, named by their number;
     * "两位数增长" is double-digit growth.
     */
    private boolean isChineseNumeralPhrase(ParsedFigure parsed) {
        int at = parsed.numberStart();
        char first = text[at];
        if (!FigureFinder.isChineseNumeral(first) || parsed.qualifier() != Qualifier.EXACT || parsed.total()) {
            return false;
        }
        return "百千万亿".indexOf(first) >= 0
                || "两二三四五六七八九".indexOf(first) >= 0 && at + 1 < length && text[at + 1] == '国'
                || "两二三四".indexOf(first) >= 0 && at + 2 < length && text[at + 1] == '位' && text[at + 2] == '数';   // 两位数增长: double-digit
    }

    /**
     * A Russian magnitude word standing for its number without a qualifier, in another form than
     * the singular: "тысяча компаний" is a thousand, "тысячи компаний" thousands; "около тысячи" is
     * about a thousand, so a qualified one is kept.
     */
    private boolean isPluralMagnitude(ParsedFigure parsed) {
        int at = parsed.numberStart();
        if (parsed.qualifier() != Qualifier.EXACT || !RussianNumberWords.isMagnitudeWord(text, at, length)) {
            return false;
        }
        for (String singular : RUSSIAN_SINGULAR_MAGNITUDES) {
            if (NumberReader.isWord(text, at, length, singular)) {
                return false;
            }
        }
        return true;
    }

    private int skipSpaces(int at) {
        while (at < length && Text.isSpace(text[at])) {
            at++;
        }
        return at;
    }

    private boolean endsWith(int end, String word) {
        return end >= word.length() && Text.matches(text, end - word.length(), word);
    }

    /** Whether the name of a group of countries ends just before {@code at}: 欧盟, 东盟. */
    private boolean isGroupBefore(int at) {
        for (int from = Math.max(0, at - Lexicon.CHINESE.groupNames.maxLength()); from < at; from++) {
            if (PhraseTrie.end(Lexicon.CHINESE.groupNames.longest(text, from, at)) == at) {
                return true;
            }
        }
        return false;
    }

    /** Whether a rank sign stands just before the number: "No. 1", "no 2", "#3", "№ 5", "the top 10". */
    private boolean isRankBefore(int start) {
        if (Text.isWordBefore(text, start, TOP) || start > 0 && text[start - 1] == '前'
                && (start < 2 || "目此之以提当日".indexOf(text[start - 2]) < 0)) {   // not 目前, 此前
            return true;   // "the top 10", "排名前10位": a band of a ranking
        }
        int j = start;
        while (j > 0 && Text.isSpace(text[j - 1])) {
            j--;
        }
        if (j > 0 && (text[j - 1] == '#' || text[j - 1] == '№')) {
            return true;
        }
        int end = j > 0 && text[j - 1] == '.' ? j - 1 : j;
        return end >= 2 && text[end - 2] == 'n' && text[end - 1] == 'o' && (end == 2 || !Text.isWordLetter(text[end - 3]))
                && (end < j || j < start);
    }

    /**
     * Whether a word for a sum of money ends just before {@code at}, past the verbs that link it to
     * its figure: "金额5000多万", "投资总额达", "资金约".
     */
    private boolean isSumNamedBefore(int at) {
        int j = at - 1;
        while (j >= Math.max(0, at - 4) && "达到为约逾超过共近计累合是至".indexOf(text[j]) >= 0) {
            j--;
        }
        return j >= 0 && "额金资".indexOf(text[j]) >= 0;
    }

    /** Whether a word of two capitals or more starts here: "ASEAN", "EU", "BRICS". */
    private boolean isAcronym(int at) {
        int end = at;
        while (end < length && Character.isUpperCase(original.charAt(end))) {
            end++;
        }
        return end - at >= 2 && (end == length || !Text.isWordLetter(text[end]));
    }

    /** Whether the "top" starting here is a verb: a modal or "to" before it. */
    private boolean isVerbTop(int top) {
        return Text.isWordBefore(text, top, BEFORE_VERB_TOP);
    }

    /** Whether the word just before a count is a capitalised name ("Boeing 737", "Route 66", "ЭКСПО 2017"). */
    private boolean isNameBefore(int start, Lexicon lexicon) {
        int j = start - 1;
        if (j < 1 || text[j] != ' ' || !Text.isWordLetter(text[j - 1])) {
            return false;
        }
        j--;
        while (j > 0 && Text.isWordLetter(text[j - 1])) {
            j--;
        }
        boolean sentenceStart = j == 0 || endsClauseBefore(j);
        // "«В 173 мероприятиях…»": a preposition in capitals is no name
        boolean preposition = lexicon == Lexicon.RUSSIAN && start - 1 - j <= 3
                && PhraseTrie.end(lexicon.notNouns.longest(text, j, length)) == start - 1;
        return Character.isUpperCase(original.charAt(j)) && !sentenceStart && !preposition;
    }

    private boolean endsClauseBefore(int at) {
        int j = at - 1;
        while (j >= 0 && Text.isSpace(text[j])) {
            if (text[j] == '\n') {
                return true;   // a line break ends a sentence, as a heading or a list item does
            }
            j--;
        }
        return j < 0 || ".!?".indexOf(text[j]) >= 0;
    }

    private static boolean isJoined(char c) {
        return Text.isWordLetter(c) || Text.isDigit(c);
    }
}
