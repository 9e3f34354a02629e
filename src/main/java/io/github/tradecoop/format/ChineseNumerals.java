package io.github.tradecoop.format;

import io.github.tradecoop.format.NumberReader.Written;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads Chinese numerals for {@link NumberReader}: places ("三千五百"), digit by digit ("一二六"), with
 * a decimal point ("四百二十七点九"). A number is returned as written, digits times a power of ten,
 * so that its resolution is the place of its last digit.
 */
final class ChineseNumerals {

    private static final String CHINESE_DIGITS = "零〇一二三四五六七八九";
    private static final String CHINESE_PLACES = "十百千";
    /** Twenty, thirty and forty written as one character, as Taiwan's press does: 廿, 卅, 卌. */
    private static final String TENS_IN_ONE = "廿卅卌";

    private final char[] text;
    private final int limit;

    ChineseNumerals(char[] text, int limit) {
        this.text = text;
        this.limit = limit;
    }

    /**
     * Chinese numerals below ten thousand: digits 零 to 九 and 两, places 十, 百, 千 ("三千五百",
     * "十五", "两千"); a digit after a place without one is of the next place down ("三千五" is
     * 3500). Returns null if no numeral starts here.
     */
    @Nullable Written read(int start) {
        if (start + 1 < limit && chineseDigit(text[start]) > 0 && chineseDigit(text[start + 1]) >= 0) {
            return chineseDigitByDigit(start);
        }
        int pos = start;
        long total = 0;
        int digit = -1;
        int lastPlace = -1;       // place of the last unit read
        int resolutionPlace = 0;  // place of the last digit stated
        boolean zero = false;
        while (pos < limit) {
            char c = text[pos];
            int d = c == '两' ? 2 : CHINESE_DIGITS.indexOf(c) - 1;
            if (c == '〇' || c == '零') {
                d = 0;   // "三千零五", "一百〇八": a zero keeps the next digit in its own place
            }
            int place = CHINESE_PLACES.indexOf(c) + 1;
            int tens = TENS_IN_ONE.indexOf(c);
            if (tens >= 0) {
                if (digit >= 0 || lastPlace >= 0 && lastPlace <= 1) {
                    break;
                }
                total += (tens + 2) * 10L;   // "卅四點一" is 34.1, "百分之廿" 20%: twenty, thirty, forty in one character
                lastPlace = 1;
                resolutionPlace = 1;
                zero = false;
                pos++;
                continue;
            }
            if (d >= 0 && digit < 0) {
                if (d == 0) {
                    zero = true;
                } else {
                    digit = d;
                }
            } else if (place > 0 && (lastPlace < 0 || place < lastPlace)) {
                total += (long) (digit < 0 ? 1 : digit) * pow10(place);
                lastPlace = place;
                resolutionPlace = place;
                digit = -1;
                zero = false;
            } else {
                break;
            }
            pos++;
        }
        if (pos == start && (text[start] == '万' || text[start] == '亿')) {
            return new Written(BigDecimal.ONE, 0, start);  // "逾万名", "超过万亿元": the magnitude follows
        }
        if (pos == start + 1 && zero && chineseFractionEnd(pos) > pos) {
            int fractionEnd = chineseFractionEnd(pos);   // "零点五": 0.5
            return new Written(new BigDecimal("0." + chineseDigits(pos + 1, fractionEnd)), 0, fractionEnd);
        }
        if (pos == start || total == 0 && digit < 0) {
            return null;
        }
        if (digit >= 0) {
            resolutionPlace = lastPlace > 0 && !zero ? lastPlace - 1 : 0;
            total += digit * pow10(resolutionPlace);
        }
        int fractionEnd = chineseFractionEnd(pos);
        if (fractionEnd > pos) {
            // "四百二十七点九" is 427.9, "十点五" 10.5: the fraction is stated digit by digit
            BigDecimal fraction = new BigDecimal("0." + chineseDigits(pos + 1, fractionEnd));
            return new Written(BigDecimal.valueOf(total).add(fraction), 0, fractionEnd);
        }
        return new Written(BigDecimal.valueOf(total / pow10(resolutionPlace)), resolutionPlace, pos);
    }

    /** A Chinese digit from 0 to 9 ("〇", "零" and "○" are 0), or -1. */
    private static int chineseDigit(char c) {
        return c == '〇' || c == '○' ? 0 : CHINESE_DIGITS.indexOf(c) - 1 + (c == '零' ? 1 : 0);
    }

    /** The end of a decimal point (点, 點 folded, or ".") and the Chinese digits after it at {@code at}; else {@code at}. */
    private int chineseFractionEnd(int at) {
        if (at + 1 >= limit || text[at] != '点' && text[at] != '.' || chineseDigit(text[at + 1]) < 0) {
            return at;
        }
        int end = at + 1;
        while (end < limit && end - at <= NumberReader.MAX_DIGITS && chineseDigit(text[end]) >= 0) {
            end++;
        }
        return end;
    }

    /** The Chinese digits from {@code from} to {@code to} as ASCII digits. */
    private String chineseDigits(int from, int to) {
        StringBuilder digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            digits.append((char) ('0' + chineseDigit(text[i])));
        }
        return digits.toString();
    }

    /**
     * Chinese digits written one after another as places: "六八〇" is 680, "一二六" 126, "三○八二億"
     * 308.2 billion (Taiwan and Hong Kong papers). Two digits without a zero state "three or four"
     * ("三四个", "三四千人"), a range with no single value, and so does a run followed by 十, 百 or
     * 千: no number.
     */
    private @Nullable Written chineseDigitByDigit(int start) {
        int end = start;
        boolean zero = false;
        while (end < limit && end - start < NumberReader.MAX_DIGITS && chineseDigit(text[end]) >= 0) {
            zero |= chineseDigit(text[end]) == 0;
            end++;
        }
        boolean pair = end - start == 2 && !zero;
        // "三四千人", "三四万": three or four thousand; but "三○八二億" is 3082 hundred million
        boolean placeAfter = end < limit && ("十百千".indexOf(text[end]) >= 0 || pair && "万亿".indexOf(text[end]) >= 0);
        if (placeAfter || pair) {
            return null;
        }
        int fractionEnd = chineseFractionEnd(end);
        String digits = chineseDigits(start, end) + (fractionEnd > end ? "." + chineseDigits(end + 1, fractionEnd) : "");
        return new Written(new BigDecimal(digits), 0, Math.max(end, fractionEnd));
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
