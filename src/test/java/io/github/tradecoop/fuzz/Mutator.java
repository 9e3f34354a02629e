package io.github.tradecoop.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** Mutations of JSON documents and of short texts, each chosen at random from a seeded source. */
final class Mutator {

    private static final List<String> NUMBERS = List.of("1e99999999", "1E-999999999", "-13600000000", "0", "-0",
            "0.000000000001", "0.0000000000001", "1" + "0".repeat(21), "9".repeat(40), "9".repeat(41), "1e9", "-1",
            "NaN", "Infinity", "1.5E+3", "0x10", "１３６", "13,6", "1 000", "9223372036854775808", "-9223372036854775809",
            "0." + "0".repeat(39) + "1", "100000000000000000000000000000");
    private static final List<String> ODD = List.of("", " ", "\u0000", "\uD800", "\uDC00x", "\u202E", "\uFEFF",
            "𠀀", "${1+1}", "#{7*7}", "{jakarta.validation.constraints.NotNull.message}", "\\u0000", "\"", "\\",
            "null", "true", "[]", "{}", "RMB", "亿", "млрд", "more than", "about", "%", "-", ".", "/", "~1", "a/b");
    private static final List<String> VALUE_SEEDS = List.of("CNY 13600000000", "RMB 13.6", "[1, 2]", "(100, ∞)",
            "(-∞, 5]", "[0.5, 0.5]", "2023", "2023-H1", "2023-Q3", "2023-08", "2023-01/2023-08", "USD -5", "EUR 0.01");

    private final SplittableRandom random;

    Mutator(SplittableRandom random) {
        this.random = random;
    }

    String valueSeed() {
        return VALUE_SEEDS.get(random.nextInt(VALUE_SEEDS.size()));
    }

    /** One to three mutations of a JSON document. */
    String mutate(String json) {
        String out = json;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            out = once(out);
        }
        return out;
    }

    private String once(String json) {
        if (json.isEmpty()) {
            return json;
        }
        return switch (random.nextInt(11)) {
            case 0 -> flipChar(json);
            case 1 -> deleteSpan(json);
            case 2 -> duplicateSpan(json);
            case 3 -> replaceString(json, NUMBERS.get(random.nextInt(NUMBERS.size())));
            case 4 -> replaceString(json, ODD.get(random.nextInt(ODD.size())));
            case 5 -> replaceString(json, "x".repeat(1 + random.nextInt(20_000)));
            case 6 -> nest(json);
            case 7 -> json.substring(0, random.nextInt(json.length()));
            case 8 -> duplicateKey(json);
            case 9 -> replaceValue(json, "null");
            default -> replaceValue(json, NUMBERS.get(random.nextInt(NUMBERS.size())));
        };
    }

    private static final List<String> JSON_NUMBERS = List.of("0", "-1", "1e9", "-13600000000", "1.5E+3",
            "1" + "0".repeat(30), "0.0000000000001", "9223372036854775808", "1e99999", "-0.0");

    /** One or two mutations that keep the document well-formed JSON, so that reading gets past the syntax. */
    String mutateValues(String json) {
        String out = json;
        int count = random.nextInt(10) < 7 ? 1 : 2;
        for (int i = 0; i < count; i++) {
            out = switch (random.nextInt(6)) {
                case 0 -> replaceString(out, NUMBERS.get(random.nextInt(NUMBERS.size())));
                case 1 -> replaceString(out, ODD.get(random.nextInt(ODD.size())));
                case 2 -> replaceString(out, "x".repeat(1 + random.nextInt(5_000)));
                case 3 -> replaceValue(out, random.nextBoolean() ? "null" : JSON_NUMBERS.get(random.nextInt(JSON_NUMBERS.size())));
                case 4 -> duplicateKey(out);
                default -> nest(out);
            };
        }
        return out;
    }

    /** One to three mutations of a short text: characters flipped, cut, repeated, numbers swapped. */
    String mutateText(String text) {
        String out = text;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            if (out.isEmpty()) {
                out = NUMBERS.get(random.nextInt(NUMBERS.size()));
                continue;
            }
            out = switch (random.nextInt(6)) {
                case 0 -> flipChar(out);
                case 1 -> deleteSpan(out);
                case 2 -> duplicateSpan(out);
                case 3 -> out.replaceFirst("[0-9][0-9.,]*", NUMBERS.get(random.nextInt(NUMBERS.size())));
                case 4 -> insert(out, ODD.get(random.nextInt(ODD.size())));
                default -> out.repeat(1 + random.nextInt(50));
            };
        }
        return out;
    }

    private String flipChar(String s) {
        int at = random.nextInt(s.length());
        char c = (char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x10000));
        return s.substring(0, at) + c + s.substring(at + 1);
    }

    private String deleteSpan(String s) {
        int from = random.nextInt(s.length());
        int to = Math.min(s.length(), from + 1 + random.nextInt(40));
        return s.substring(0, from) + s.substring(to);
    }

    private String duplicateSpan(String s) {
        int from = random.nextInt(s.length());
        int to = Math.min(s.length(), from + 1 + random.nextInt(80));
        return s.substring(0, to) + s.substring(from, to) + s.substring(to);
    }

    private String insert(String s, String piece) {
        int at = random.nextInt(s.length() + 1);
        return s.substring(0, at) + piece + s.substring(at);
    }

    /** Replaces the content of one string literal. */
    private String replaceString(String json, String content) {
        int[] literal = stringLiteral(json);
        if (literal == null) {
            return json;
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : content.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return json.substring(0, literal[0] + 1) + escaped + json.substring(literal[1]);
    }

    /** Replaces one value after a colon (a string literal, number, object start) by a raw JSON token. */
    private String replaceValue(String json, String raw) {
        int colon = nth(json, ':');
        if (colon < 0) {
            return json;
        }
        int start = colon + 1;
        while (start < json.length() && json.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        if (end < json.length() && json.charAt(end) == '"') {
            end = json.indexOf('"', end + 1);
            end = end < 0 ? json.length() : end + 1;
        } else {
            while (end < json.length() && ",}]\n".indexOf(json.charAt(end)) < 0) {
                end++;
            }
        }
        return json.substring(0, start) + raw + json.substring(end);
    }

    private String nest(String json) {
        int colon = nth(json, ':');
        if (colon < 0) {
            return json;
        }
        int depth = random.nextBoolean() ? 10 + random.nextInt(30) : 900 + random.nextInt(200);
        return json.substring(0, colon + 1) + "[".repeat(depth) + "1" + "]".repeat(depth) + "," + json.substring(colon + 1);
    }

    /** Copies one "key": "value" pair next to itself. */
    private String duplicateKey(String json) {
        int colon = nth(json, ':');
        if (colon < 0) {
            return json;
        }
        int keyStart = json.lastIndexOf('"', json.lastIndexOf('"', colon - 1) - 1);
        int valueEnd = colon + 1;
        while (valueEnd < json.length() && ",}\n".indexOf(json.charAt(valueEnd)) < 0) {
            valueEnd++;
        }
        if (keyStart < 0 || valueEnd >= json.length()) {
            return json;
        }
        String pair = json.substring(keyStart, valueEnd);
        return json.substring(0, valueEnd) + "," + pair + json.substring(valueEnd);
    }

    /** The start and end (the quotes) of a random string literal, or null. */
    private int[] stringLiteral(String json) {
        int quote = nth(json, '"');
        if (quote < 0) {
            return null;
        }
        int end = json.indexOf('"', quote + 1);
        return end < 0 ? null : new int[] {quote, end};
    }

    /** The index of a random occurrence of a character, or -1. */
    private int nth(String s, char c) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                count++;
            }
        }
        if (count == 0) {
            return -1;
        }
        int target = random.nextInt(count);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c && target-- == 0) {
                return i;
            }
        }
        return -1;
    }
}
