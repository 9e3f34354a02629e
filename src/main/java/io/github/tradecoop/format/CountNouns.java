package io.github.tradecoop.format;

import org.jspecify.annotations.Nullable;

/**
 * Finds what a count counts, after its number: a Chinese classifier and the noun after it
 * ("家企业", "个国家"), a classifier alone ("人次"), a Chinese noun without one ("21万专业观众"),
 * or one word in a spaced script ("projects", "person-times", "компаний"), which must stand
 * apart from the number and must not be a currency, percent, points, unit or year-on-year word.
 */
final class CountNouns {

    private final Lexicon lexicon;
    private final CurrencyWords currencies;

    CountNouns(Lexicon lexicon, CurrencyWords currencies) {
        this.lexicon = lexicon;
        this.currencies = currencies;
    }

    /**
     * Reads the noun at {@code at}; {@code afterNumber} is where the number (and magnitude) ended.
     * While finding figures in running text ({@code original} not null) a noun word must be in lower
     * case and not a {@code not-noun} of the lexicon, and a Chinese noun without a classifier is
     * taken only when {@code hanNounAllowed}: after a magnitude or a number written out in words
     * ("21万专业观众", not "一带一路").
     *
     * @return {@link PhraseTrie#NONE}, or the noun's start and end packed as {@code start << 32 | end};
     *         a classifier followed by a noun gives the noun, a classifier alone the classifier
     */
    long read(char[] text, int at, int afterNumber, int limit, @Nullable CharSequence original, boolean hanNounAllowed) {
        long classifier = lexicon.classifiers.longest(text, at, limit);
        if (classifier != PhraseTrie.NONE) {
            int end = PhraseTrie.end(classifier);
            if (original != null && lexicon.timeUnits.longest(text, end, limit) != PhraseTrie.NONE) {
                // "前5个月", "40多個小時": a duration, no count; nor a bare number left of it
                throw new ParseStop("a duration, no count", end);
            }
            // "100家以上": what follows the classifier is a qualifier, not a noun
            int nounEnd = lexicon.qualifiersAfter.longest(text, end, limit) == PhraseTrie.NONE ? hanRun(text, end, limit, original != null) : end;
            return nounEnd > end ? (long) end << 32 | nounEnd : (long) at << 32 | end;
        }
        if (lexicon.chineseNumerals && at < limit && Text.isHan(text[at]) && (original == null || hanNounAllowed)) {
            int end = hanRun(text, at, limit, original != null);
            return end > at && lexicon.qualifiersAfter.longest(text, at, limit) == PhraseTrie.NONE
                    ? (long) at << 32 | end : PhraseTrie.NONE;
        }
        if (at == afterNumber) {
            return PhraseTrie.NONE;
        }
        int end = at;
        while (end < limit && (Text.isWordLetter(text[end]) || (text[end] == '-' || text[end] == '\'')
                && end > at && end + 1 < limit && Text.isWordLetter(text[end + 1]))) {
            end++;
        }
        if (end == at || isFigureWord(text, at, limit)) {
            return PhraseTrie.NONE;
        }
        if (original != null && lexicon == Lexicon.ENGLISH && isAcronymPlural(original, at, end)
                && PhraseTrie.end(lexicon.notNouns.longest(text, at, limit)) != end) {
            return (long) at << 32 | end;   // "443 MoUs", "120 SMEs"
        }
        if (original != null && lexicon == Lexicon.ENGLISH && Character.isUpperCase(original.charAt(at))
                && isNounWord(text, at, end, limit, original, true, true)) {
            // "1,668 Chinese firms", "200 Russian companies", "40 African and Asian countries": a proper
            // adjective counts only with the lower-case plural that heads it
            int head = pluralHead(text, end, limit, original, true);
            return head > end && !Character.isUpperCase(original.charAt(lastWordStart(text, head))) ? (long) at << 32 | head : PhraseTrie.NONE;
        }
        // In running text, a noun is a lower-case word that is not a function word, month or unit of time:
        // "10 September", "in 2023 to" are not counts of September or to.
        if (original != null && !isNounWord(text, at, end, limit, original)) {
            if (isParticiple(text, at, end) && isNounWord(text, at, end, limit, original, false)
                    || PhraseTrie.end(lexicon.adjectives.longest(text, at, limit)) == end) {
                // "300 registered buyers", "461 new products"; not "four placed in the open", "5 new."
                int head = pluralHead(text, end, limit, original, false);
                return head > end ? (long) at << 32 | head : PhraseTrie.NONE;
            }
            return PhraseTrie.NONE;
        }
        if (original != null && lexicon == Lexicon.ENGLISH) {
            int head = pluralHead(text, end, limit, original, false);
            if (head < 0 || head == end && PhraseTrie.end(lexicon.adjectives.longest(text, at, limit)) == end) {
                return PhraseTrie.NONE;   // "12 online and one offline": an adjective with no noun after it
            }
            end = head;
        } else if (original != null && lexicon == Lexicon.RUSSIAN) {
            if (Text.isRussianVerb(text, at, end, false) || isGenitiveSingularAdjective(text, at, end)) {
                return PhraseTrie.NONE;   // "форум — 2022 проходил", "из которых 18 высокого уровня": no noun counted
            }
            end = nounAfterAdjectives(text, at, end, limit, original);
        }
        return (long) at << 32 | end;
    }

    /**
     * Whether the noun word from {@code at} to {@code end} is more than words that end a noun: "采购商"
     * goes past 采购, but "线上线下" is 线上 and 线下, which end "境内外专业采购商" where they follow it.
     */
    private boolean isNounWordNotEnds(char[] text, int at, int end, int limit) {
        int pos = at;
        while (pos < end) {
            long ending = lexicon.nounEnds.longest(text, pos, limit);
            if (ending == PhraseTrie.NONE || PhraseTrie.end(ending) > end) {
                return true;
            }
            pos = PhraseTrie.end(ending);
        }
        return false;
    }

    /** The longest Chinese noun read: "重点农产品流通企业" is nine characters. */
    private static final int MAX_NOUN = 10;
    /** How far from its start a Chinese noun may end with a noun word: "大型农产品专业采购商" is ten characters. */
    private static final int MAX_NOUN_WORD_END = 12;

    /**
     * The Chinese noun written here: while finding figures, Han characters up to a word that is not
     * part of a noun (来自, 的) or, after the first character, one that ends it (参展 in "企业参展"),
     * at most ten ({@link #MAX_NOUN}), reading the {@code noun-word} compounds of the lexicon whole (采购商 goes on past 采购);
     * when parsing one figure, the rest of the Han characters.
     */
    private int hanRun(char[] text, int at, int limit, boolean finding) {
        int end = at;
        while (end < limit && Text.isHan(text[end])) {
            long word = finding ? lexicon.nounWords.longest(text, end, limit) : PhraseTrie.NONE;
            // "采购商", "签约项目": a noun that begins with a word that would end one ("大型农产品专业采购商"); but a
            // noun word that is itself such a word ("线下") begins a noun only ("線上觀眾", not "企业线下参展")
            if (word != PhraseTrie.NONE && PhraseTrie.end(word) - at <= MAX_NOUN_WORD_END
                    && (end == at || isNounWordNotEnds(text, end, PhraseTrie.end(word), limit))) {
                end = PhraseTrie.end(word);
                continue;
            }
            if (finding && (end - at >= MAX_NOUN || lexicon.notNouns.longest(text, end, limit) != PhraseTrie.NONE
                    || end > at && lexicon.nounEnds.longest(text, end, limit) != PhraseTrie.NONE
                    // "112万人同比下降21%": a change or its basis begins after the count, no noun
                    || lexicon.trailers.longest(text, end, limit) != PhraseTrie.NONE
                    || lexicon.comparisons.longest(text, end, limit) != PhraseTrie.NONE
                    || lexicon.directions.longest(text, end, limit) != PhraseTrie.NONE)) {
                break;
            }
            end++;
        }
        // "5万人参加": a word that ends a noun, standing alone, is the verb after the count, not a noun
        return finding && end > at && PhraseTrie.end(lexicon.nounEnds.longest(text, at, limit)) == end ? at : end;
    }

    /** In running text: a lower-case word that is not a function word, month or unit of time. */
    private boolean isNounWord(char[] text, int at, int end, int limit, CharSequence original) {
        return isNounWord(text, at, end, limit, original, true);
    }

    private boolean isNounWord(char[] text, int at, int end, int limit, CharSequence original, boolean notParticiple) {
        return isNounWord(text, at, end, limit, original, notParticiple, false);
    }

    /** With {@code capitals}, a word in capitals may be one too: "Chinese", "EU" before the noun they qualify. */
    private boolean isNounWord(char[] text, int at, int end, int limit, CharSequence original, boolean notParticiple,
            boolean capitals) {
        return (capitals || Character.isLowerCase(original.charAt(at)))
                && PhraseTrie.end(lexicon.notNouns.longest(text, at, limit)) != end
                && !isFigureWord(text, at, limit) && !(notParticiple && isParticiple(text, at, end));
    }

    /** An acronym in the plural, a noun though written in capitals: "443 MoUs", "120 SMEs", "30 NGOs". */
    private static boolean isAcronymPlural(CharSequence original, int at, int end) {
        if (end - at < 3 || original.charAt(end - 1) != 's' || !Character.isUpperCase(original.charAt(at))) {
            return false;
        }
        int capitals = 0;
        for (int i = at; i < end - 1; i++) {
            capitals += Character.isUpperCase(original.charAt(i)) ? 1 : 0;
        }
        return capitals >= 2;
    }

    /** Where the last word before {@code end} starts. */
    private static int lastWordStart(char[] text, int end) {
        int start = end;
        while (start > 0 && (Text.isWordLetter(text[start - 1]) || text[start - 1] == '-')) {
            start--;
        }
        return start;
    }

    /** An English past participle ("four placed in the open", "300 registered"): a verb, not what is counted. */
    private boolean isParticiple(char[] text, int at, int end) {
        return lexicon == Lexicon.ENGLISH && end - at >= 6 && text[end - 1] == 'd' && text[end - 2] == 'e';
    }

    /**
     * Extends an English noun to the plural that heads it, at most three words on: "86 investment
     * projects", "2,000 domestic manufacturers", "70 major investment promotion activities"; "55
     * projects worth" stops at "projects". Returns -1 when the words lead to a unit of time or a
     * measure instead ("16 consecutive years"): then nothing is counted. With {@code capitals}, words
     * in capitals may stand before the head ("Chinese and foreign companies", "Belt and Road projects").
     */
    private int pluralHead(char[] text, int end, int limit, CharSequence original, boolean capitals) {
        int head = isPlural(text, end - 1, end) ? end : -1;
        int pos = end;
        boolean joined = false;
        for (int words = 0; words < 3 && pos + 1 < limit; words++) {
            if (head < 0 && text[pos] == ',' && pos + 2 < limit && text[pos + 1] == ' ' && Text.isWordLetter(text[pos + 2])) {
                pos++;   // "5,000 local, regional and international exhibitors": adjectives listed before the head
            }
            if (text[pos] != ' ' || !Text.isWordLetter(text[pos + 1])) {
                break;
            }
            int start = pos + 1;
            int wordEnd = start;
            while (wordEnd < limit && (Text.isWordLetter(text[wordEnd])
                    || text[wordEnd] == '-' && wordEnd + 1 < limit && Text.isWordLetter(text[wordEnd + 1]))) {
                wordEnd++;
            }
            if (head < 0 && !joined && (NumberReader.isWord(text, start, limit, "and") || NumberReader.isWord(text, start, limit, "or"))) {
                joined = true;   // "2,000 domestic and foreign companies", "360 investment and trade deals"
                words--;
                pos = wordEnd;
                continue;
            }
            if (head > 0 && wordEnd - start > 4 && text[wordEnd - 1] == 'g' && text[wordEnd - 2] == 'n' && text[wordEnd - 3] == 'i') {
                break;   // "550 Chinese exhibitors showcasing products": a verb in "-ing" after the head; but "50 trading companies"
            }
            if (!isNounWord(text, start, wordEnd, limit, original, true, capitals && head < 0)) {
                if (head < 0 && (PhraseTrie.end(lexicon.timeUnits.longest(text, start, limit)) == wordEnd
                        || lexicon.notCounts.longest(text, start, limit) != PhraseTrie.NONE)) {
                    return -1;
                }
                break;
            }
            if (wordEnd - start >= 3 && isPlural(text, start, wordEnd)) {
                head = wordEnd;   // a whole word: "us" and "is" end in "s" but are no plurals
            }
            pos = wordEnd;
        }
        return head > 0 ? head : end;
    }

    /**
     * Extends a Russian noun that is an adjective to the noun it qualifies, at most two words on,
     * and past "и" between two adjectives: "пять ключевых документов", "пять крупных российских
     * компаний", "11 тысяч российских и иностранных компаний", "32 крупные организации". Only
     * plural adjectives, which counts take, and not to a verb ("300 иностранных представили").
     */
    private int nounAfterAdjectives(char[] text, int at, int end, int limit, CharSequence original) {
        int wordStart = at;
        int wordEnd = end;
        boolean joined = false;
        for (int words = 0; words < 2 && isPluralAdjective(text, wordStart, wordEnd); words++) {
            if (wordEnd + 1 >= limit || text[wordEnd] != ' ' || !Text.isWordLetter(text[wordEnd + 1])) {
                break;
            }
            int next = wordEnd + 1;
            boolean and = !joined && NumberReader.isWord(text, next, limit, "и") && next + 2 < limit && text[next + 1] == ' ';
            if (and) {
                joined = true;   // "российских и иностранных компаний"
                words--;
                next += 2;
            }
            int nextEnd = next;
            while (nextEnd < limit && Text.isWordLetter(text[nextEnd])) {
                nextEnd++;
            }
            if (nextEnd < limit && text[nextEnd] == '-') {
                break;   // "десять главнокомандующих военно-воздушных сил": a compound after the noun
            }
            if (!and && PhraseTrie.end(lexicon.timeUnits.longest(text, next, limit)) == nextEnd) {
                throw new ParseStop("a duration, no count", next);   // "за 12 ярмарочных дней"
            }
            if (nextEnd == next || !isNounWord(text, next, nextEnd, limit, original) || Text.isRussianVerb(text, next, nextEnd, true)
                    || isInfinitive(text, next, nextEnd) || and && !isPluralAdjective(text, next, nextEnd)) {
                break;
            }
            wordStart = next;
            wordEnd = nextEnd;
        }
        return joined && wordStart == at ? end : wordEnd;
    }

    /**
     * A Russian infinitive by its ending, "-ать", "-ять", "-еть", "-ить", "-уть", "-ыть", "-оть", "-чь":
     * "58 желающих побывать" counts the willing, not a visit. Only after an adjective, where no
     * noun in "-ть" ("сеть", "путь") follows a plural adjective in the genitive.
     */
    private static boolean isInfinitive(char[] text, int start, int end) {
        if (end - start < 4) {
            return false;
        }
        char last = text[end - 1];
        return last == 'ь' && (text[end - 2] == 'ч' || text[end - 2] == 'т' && "аяеиуыо".indexOf(text[end - 3]) >= 0);
    }

    /**
     * An adjective a count takes, by its ending: genitive plural "-ых", "-их" ("ключевых"),
     * nominative plural "-ые" and "-ие" after к, г, х or a hushing consonant ("крупные", "российские",
     * "ведущие"), not the "-ние", "-тие" of nouns ("соглашение", "предприятие"), and after a number
     * ending in one the singular "-ая", "-яя", "-ый", "-ое" ("91 двусторонняя встреча").
     */
    private static boolean isPluralAdjective(char[] text, int start, int end) {
        if (end - start <= 3) {
            return false;
        }
        char last = text[end - 1];
        char before = text[end - 2];
        return last == 'х' && (before == 'ы' || before == 'и') || last == 'е' && (before == 'ы' || before == 'о'
                || before == 'и' && "кгхщчжш".indexOf(text[end - 3]) >= 0)
                || last == 'я' && (before == 'а' || before == 'я') || last == 'й' && before == 'ы'
                // dative and instrumental plural: "по 20 различным тематикам", "с 5 крупными компаниями"
                || last == 'м' && (before == 'ы' || before == 'и') && end - start > 4
                || last == 'и' && before == 'м' && (text[end - 3] == 'ы' || text[end - 3] == 'и');
    }

    /** A genitive singular adjective ("высокого", "нового"): the noun it qualifies is left out, as in "18 высокого уровня". */
    private static boolean isGenitiveSingularAdjective(char[] text, int start, int end) {
        return end - start > 4 && text[end - 1] == 'о' && text[end - 2] == 'г' && (text[end - 3] == 'о' || text[end - 3] == 'е');
    }


    /** An English plural by its ending: "-s", not "-ss", "-us" or "-ous" ("business", "various"). */
    private static boolean isPlural(char[] text, int start, int end) {
        int n = end - start;
        return n >= 3 && text[end - 1] == 's' && text[end - 2] != 's' && text[end - 2] != 'u' || n < 3 && text[end - 1] == 's';
    }

    private boolean isFigureWord(char[] text, int at, int limit) {
        return currencies.read(text, at, limit) != PhraseTrie.NONE
                || lexicon.percentWords.longest(text, at, limit) != PhraseTrie.NONE
                || lexicon.pointsWords.longest(text, at, limit) != PhraseTrie.NONE
                || lexicon.units.longest(text, at, limit) != PhraseTrie.NONE
                || lexicon.trailers.longest(text, at, limit) != PhraseTrie.NONE
                || lexicon.magnitudes.longest(text, at, limit) != PhraseTrie.NONE;
    }
}
