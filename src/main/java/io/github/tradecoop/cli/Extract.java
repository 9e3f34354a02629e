package io.github.tradecoop.cli;

import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.format.FoundFigure;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code extract} command: the reported figures of text files, one per line as
 * {@code file:line:column: KIND "text" bounds noun}, or as JSON Lines with {@code --json}.
 * Lines and columns count from 1, columns in UTF-16 units as the offsets of {@link FoundFigure}.
 */
final class Extract {

    private final PrintStream out;
    private final PrintStream err;
    private final @Nullable FigureFormat format;
    private final @Nullable Currency currency;
    private final boolean json;

    /**
     * @param format   the language's format, or null to choose per stretch of text ({@code --lang auto})
     * @param currency the currency of ambiguous symbols and 元 ({@code --currency}), or null for each language's default
     */
    Extract(PrintStream out, PrintStream err, @Nullable FigureFormat format, @Nullable Currency currency, boolean json) {
        this.out = out;
        this.err = err;
        this.format = format == null || currency == null ? format : format.withDefaultCurrency(currency);
        this.currency = currency;
        this.json = json;
    }

    /** Returns 0 when figures were found, 1 when none were, 2 when a file could not be read. */
    int run(List<String> files) {
        int found = 0;
        boolean unusable = false;
        for (String file : files) {
            String text;
            try {
                text = read(file);
            } catch (Unusable e) {
                err.println(file + ":0:0: " + e.getMessage());
                unusable = true;
                continue;
            }
            List<FoundFigure> figures = format != null ? format.find(text)
                    : currency != null ? FigureFormat.findAll(text, currency) : FigureFormat.findAll(text);
            int line = 1;
            int lineStart = 0;
            int scanned = 0;
            for (FoundFigure figure : figures) {
                for (; scanned < figure.start(); scanned++) {
                    if (text.charAt(scanned) == '\n') {
                        line++;
                        lineStart = scanned + 1;
                    }
                }
                int column = figure.start() - lineStart + 1;
                out.println(json ? jsonLine(file, line, column, figure) : textLine(file, line, column, figure));
            }
            found += figures.size();
        }
        if (unusable) {
            return Main.UNUSABLE;
        }
        return found > 0 ? Main.OK : Main.PROBLEMS;
    }

    private static String read(String file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new Unusable("no such file");
        } catch (IOException | RuntimeException e) {
            throw new Unusable("cannot read the file: " + e.getMessage());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;   // keep offsets: the BOM becomes a space
        } catch (CharacterCodingException e) {
            throw new Unusable("not UTF-8: malformed bytes near byte " + buffer.position());
        }
    }

    private static String textLine(String file, int line, int column, FoundFigure figure) {
        return file + ":" + line + ":" + column + ": " + figure.kind() + " \"" + oneLine(figure.text()) + "\" "
                + figure.bounds() + figure.currency().map(c -> " " + c.getCurrencyCode()).orElse("")
                + figure.noun().map(n -> " " + n).orElse("");
    }

    private static String jsonLine(String file, int line, int column, FoundFigure figure) {
        StringBuilder json = new StringBuilder(200).append('{');
        field(json, "file", file).append(',');
        json.append("\"line\":").append(line).append(",\"column\":").append(column)
                .append(",\"start\":").append(figure.start()).append(",\"end\":").append(figure.end()).append(',');
        field(json, "kind", figure.kind().name()).append(',');
        field(json, "text", figure.text()).append(',');
        field(json, "bounds", figure.bounds().toString()).append(',');
        field(json, "value", figure.figure().value().toPlainString()).append(',');
        field(json, "resolution", figure.figure().resolution().toPlainString()).append(',');
        field(json, "qualifier", figure.figure().qualifier().name());
        figure.currency().ifPresent(c -> field(json.append(','), "currency", c.getCurrencyCode()));
        figure.quantity().ifPresent(q -> field(json.append(','), "unit", q.unit().name()));
        figure.noun().ifPresent(n -> field(json.append(','), "noun", n));
        if (figure.isChange()) {
            json.append(",\"isChange\":true");   // "up 80.2%" states a change; "80.2%" a level
        }
        figure.change().ifPresent(c -> field(json.append(','), "change", c.text()));
        return json.append('}').toString();
    }

    private static StringBuilder field(StringBuilder json, String key, String value) {
        json.append('"').append(key).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    /** A file that cannot be used, with a one-line reason. */
    private static final class Unusable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message, null, false, false);
        }
    }
}
