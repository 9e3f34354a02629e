package io.github.tradecoop.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.jspecify.annotations.Nullable;

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
        if (e instanceof MalformedLine malformed) {
            return new TradeDataException(new TradeDataException.Problem("", malformed.line, 1, "json.io",
                    malformed.getMessage()), e);
        }
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

    /** Malformed UTF-8 on a known line of a JSON Lines stream. */
    static final class MalformedLine extends CharacterCodingException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
        final int line;

        MalformedLine(int line) {
            this.line = line;
        }

        @Override
        public String getMessage() {
            return "line " + line + " is not UTF-8";
        }
    }

    /** The malformed line among a failure's causes, however a Jackson version wrapped it; null if none. */
    static @Nullable MalformedLine malformedLine(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MalformedLine line) {
                return line;
            }
        }
        return null;
    }

    /**
     * A reader of UTF-8 that decodes one line at a time, so that the lines before a malformed one
     * are read first and the failure names its line. A line ends at a newline byte, which is
     * never part of a multi-byte sequence; long lines are decoded in chunks.
     */
    static Reader utf8Lines(InputStream input) {
        return new Reader() {
            private final CharsetDecoder decoder = strictUtf8();
            private final byte[] raw = new byte[8192];
            private int rawStart;
            private int rawEnd;
            private final ByteBuffer bytes = ByteBuffer.allocate(8192);
            private final CharBuffer chars = CharBuffer.allocate(8192).flip();
            private int line = 1;
            private boolean endOfInput;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (!chars.hasRemaining()) {
                    if (endOfInput && bytes.position() == 0) {
                        return -1;
                    }
                    decodeMore();
                }
                int n = Math.min(length, chars.remaining());
                chars.get(buffer, offset, n);
                return n;
            }

            /** Decodes the next stretch: up to the end of the line, the end of the input, or a full buffer. */
            private void decodeMore() throws IOException {
                if (rawStart == rawEnd && !endOfInput) {
                    int n = input.read(raw);
                    if (n < 0) {
                        endOfInput = true;
                    } else {
                        rawStart = 0;
                        rawEnd = n;
                    }
                }
                int end = rawStart;
                int max = Math.min(rawEnd, rawStart + bytes.remaining());
                while (end < max && raw[end] != '\n') {
                    end++;
                }
                boolean lineEnd = end < max;
                if (lineEnd) {
                    end++;
                }
                bytes.put(raw, rawStart, end - rawStart);
                rawStart = end;
                bytes.flip();
                chars.clear();
                boolean last = lineEnd || endOfInput && rawStart == rawEnd;
                if (decoder.decode(bytes, chars, last).isError() || last && decoder.flush(chars).isError()) {
                    throw new MalformedLine(line);
                }
                if (last) {
                    decoder.reset();
                    if (lineEnd) {
                        line++;
                    }
                }
                bytes.compact();
                chars.flip();
            }

            @Override
            public void close() throws IOException {
                input.close();
            }
        };
    }
}
