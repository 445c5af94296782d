package io.github.dblifecycle.core.mysql;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a statement read byte for byte (as ISO-8859-1, so no byte is lost) into the text to send over JDBC.
 * mysqldump writes BLOB and BINARY values raw inside {@code '…'} (only {@code \0 \' \" \n \r \\ \Z} escaped), so
 * a dump is not valid text in any encoding; the {@code mysql} client sends those bytes as they are. JDBC sends
 * text, so a string literal whose bytes are not valid in the dump's encoding is sent as the hex literal of the
 * same bytes ({@code X'…'}), which the server stores byte for byte; everything else is decoded as the dump's
 * {@code SET NAMES} says.
 */
final class MysqlStrings {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private MysqlStrings() {}

    /**
     * @param raw the statement, one char per byte
     * @return the statement as text, or {@code null} when bytes outside string literals are not valid in
     *         {@code encoding} (the caller names the line)
     */
    static String decode(String raw, Charset encoding) {
        if (isAscii(raw)) {
            return raw;
        }
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        if (valid(bytes, 0, bytes.length, encoding)) {
            return decode(bytes, 0, bytes.length, encoding);
        }
        StringBuilder out = new StringBuilder(bytes.length + bytes.length / 2);
        int from = 0;
        int i = 0;
        while (i < bytes.length) {
            byte c = bytes[i];
            if (c == '\'' || c == '"') {
                int end = literalEnd(bytes, i, c);
                if (!valid(bytes, i, end, encoding)) {
                    if (!valid(bytes, from, i, encoding)) {
                        return null;
                    }
                    out.append(decode(bytes, from, i, encoding));
                    hex(bytes, i + 1, end - 1, c, out);
                    from = end;
                }
                i = end;
            } else if (c == '`') {
                int close = i + 1;
                while (close < bytes.length && bytes[close] != '`') {
                    close++;
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        if (!valid(bytes, from, bytes.length, encoding)) {
            return null;
        }
        return out.append(decode(bytes, from, bytes.length, encoding)).toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The offset just past the closing quote of the literal opening at {@code start}. */
    private static int literalEnd(byte[] s, int start, byte quote) {
        int i = start + 1;
        while (i < s.length) {
            byte c = s[i];
            if (c == '\\') {
                i += 2;
            } else if (c == quote && i + 1 < s.length && s[i + 1] == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length;
    }

    /**
     * The hex literal of the bytes a literal's content stands for, with MySQL's escapes resolved, in one pass (a
     * dump's binary columns are many MB).
     */
    private static void hex(byte[] s, int from, int to, byte quote, StringBuilder out) {
        if (from >= to) {
            out.append("''");
            return;
        }
        out.append("X'");
        for (int i = from; i < to; i++) {
            int c = s[i];
            if (c == '\\' && i + 1 < to) {
                int e = s[++i];
                switch (e) {
                    case '0' -> c = 0;
                    case 'b' -> c = '\b';
                    case 'n' -> c = '\n';
                    case 'r' -> c = '\r';
                    case 't' -> c = '\t';
                    case 'Z' -> c = 26;
                    case '%', '_' -> {
                        hexByte('\\', out); // kept: they are escapes only in LIKE patterns
                        c = e;
                    }
                    default -> c = e;
                }
            } else if (c == quote && i + 1 < to && s[i + 1] == quote) {
                i++;
            }
            hexByte(c, out);
        }
        out.append('\'');
    }

    private static void hexByte(int b, StringBuilder out) {
        out.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }

    private static String decode(byte[] bytes, int from, int to, Charset encoding) {
        return new String(bytes, from, to - from, encoding);
    }

    /** Whether {@code bytes[from, to)} are valid in {@code encoding}; UTF-8 is checked without decoding. */
    private static boolean valid(byte[] bytes, int from, int to, Charset encoding) {
        if (encoding.equals(StandardCharsets.UTF_8)) {
            return validUtf8(bytes, from, to);
        }
        if (encoding.equals(StandardCharsets.ISO_8859_1)) {
            return true;
        }
        try {
            encoding.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. */
    static boolean validUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + n >= to) {
                return false; // cut short
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = cp << 6 | cc & 0x3F;
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }
}
