package io.github.tradecoop.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

/** Text coming in: strict UTF-8, a whole document within the length limit, and I/O failures as problems. */
final class JsonInput {

    private JsonInput() {
    }

    /** A UTF-8 decoder that refuses malformed input instead of replacing it. */
    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Reads a whole document, stopping as soon as it is longer than a document may be.
     *
     * @throws TradeDataException if it is too long or cannot be read
     */
    static String slurp(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                text.append(buffer, 0, n);
                if (text.length() > TradeJson.MAX_DOCUMENT_LENGTH) {
                    throw new TradeDataException(new TradeDataException.Problem("", 0, 0, "json.too-long",
                            "the document is longer than " + TradeJson.MAX_DOCUMENT_LENGTH + " characters"), null);
                }
            }
        } catch (IOException e) {
            throw failure(e);
        }
        return text.toString();
    }

    /** An I/O failure of the input or output as a {@code json.io} problem. */
    static TradeDataException failure(IOException e) {
        String what = e instanceof CharacterCodingException ? "the input is not UTF-8"
                : e instanceof NoSuchFileException ? "no such file: " + e.getMessage()
                : "cannot read or write: " + e.getMessage();
        return new TradeDataException(new TradeDataException.Problem("", 0, 0, "json.io", what), e);
    }

    /**
     * A document that starts with a UTF-8 byte order mark, read as if the mark were a space (RFC 8259
     * lets a reader ignore it): lines and columns stay those of the file.
     */
    static String withoutByteOrderMark(String document) {
        return document.startsWith("\uFEFF") ? " " + document.substring(1) : document;
    }

    /** A reader whose first character, if a byte order mark, reads as a space. */
    static Reader withoutByteOrderMark(Reader reader) {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        return new java.io.FilterReader(pushback) {
            private boolean first = true;

            @Override
            public int read() throws IOException {
                int c = super.read();
                if (first) {
                    first = false;
                    return c == '\uFEFF' ? ' ' : c;
                }
                return c;
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (first && n > 0) {
                    first = false;
                    if (buffer[offset] == '\uFEFF') {
                        buffer[offset] = ' ';
                    }
                }
                return n;
            }
        };
    }
}
