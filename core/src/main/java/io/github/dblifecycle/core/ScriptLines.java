package io.github.dblifecycle.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Reads a script line by line as bytes, with a fixed-size buffer, so a dump of any size is streamed: a streaming
 * loader decodes the SQL lines and hands data lines (COPY rows) to the driver as raw bytes, untouched.
 */
public final class ScriptLines implements AutoCloseable {
    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int limit;
    private boolean eof;
    private int lineStart;
    private int lineEnd;
    private long lineNumber;
    private boolean first = true;

    public ScriptLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; {@code false} at the end of the input. */
    public boolean next() throws IOException {
        start = lineEnd;
        int scanned = 0; // bytes after start already known to hold no line break
        while (true) {
            for (int i = start + scanned; i < limit; i++) {
                if (buf[i] == '\n') {
                    return found(i + 1);
                }
            }
            scanned = limit - start;
            if (eof) {
                return start < limit && found(limit);
            }
            fill();
        }
    }

    private boolean found(int end) {
        lineStart = start;
        lineEnd = end;
        lineNumber++;
        if (first) {
            first = false;
            // Windows editors' byte order mark is not SQL.
            if (end - start >= 3
                    && buf[start] == (byte) 0xEF
                    && buf[start + 1] == (byte) 0xBB
                    && buf[start + 2] == (byte) 0xBF) {
                lineStart += 3;
            }
        }
        return true;
    }

    /** Keeps the unread rest of the buffer, grows it for a line longer than the buffer, and reads more. */
    private void fill() throws IOException {
        int rest = limit - start;
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, rest);
        } else if (rest == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        start = 0;
        lineEnd = 0;
        limit = rest;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** The 1-based number of the current line. */
    public long number() {
        return lineNumber;
    }

    /** The current line's bytes, with its line break. Valid until {@link #next}. */
    public byte[] array() {
        return buf;
    }

    public int offset() {
        return lineStart;
    }

    public int length() {
        return lineEnd - lineStart;
    }

    /** Whether the current line, without its line break (LF or CRLF), is exactly {@code text} (ASCII). */
    public boolean is(String text) {
        int end = lineEnd;
        if (end > lineStart && buf[end - 1] == '\n') {
            end--;
            if (end > lineStart && buf[end - 1] == '\r') {
                end--;
            }
        }
        if (end - lineStart != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (buf[lineStart + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The current line, line break included, decoded strictly: bytes invalid in {@code charset} fail. */
    public String decode(Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(buf, lineStart, lineEnd - lineStart))
                .toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
