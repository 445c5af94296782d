package io.github.dblifecycle.core.mysql;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
        String whole = strict(raw, 0, raw.length(), encoding);
        if (whole != null) {
            return whole;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int from = 0;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\'' || c == '"') {
                int end = literalEnd(raw, i, c);
                String text = strict(raw, i, end, encoding);
                if (text == null) {
                    String before = strict(raw, from, i, encoding);
                    if (before == null) {
                        return null;
                    }
                    out.append(before).append(hex(unescape(raw, i + 1, end - 1, c)));
                    from = end;
                }
                i = end;
            } else if (c == '`') {
                int close = raw.indexOf('`', i + 1);
                i = close < 0 ? raw.length() : close + 1;
            } else {
                i++;
            }
        }
        String rest = strict(raw, from, raw.length(), encoding);
        return rest == null ? null : out.append(rest).toString();
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
    private static int literalEnd(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote && i + 1 < s.length() && s.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** The bytes a literal's content stands for, with MySQL's escapes resolved. */
    private static byte[] unescape(String s, int from, int to, char quote) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to) {
                char e = s.charAt(++i);
                switch (e) {
                    case '0' -> out.write(0);
                    case 'b' -> out.write('\b');
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 't' -> out.write('\t');
                    case 'Z' -> out.write(26);
                    case '%', '_' -> {
                        out.write('\\'); // kept: they are escapes only in LIKE patterns
                        out.write(e);
                    }
                    default -> out.write(e);
                }
            } else if (c == quote && i + 1 < to && s.charAt(i + 1) == quote) {
                out.write(c);
                i++;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        if (bytes.length == 0) {
            return "''";
        }
        char[] out = new char[bytes.length * 2 + 3];
        out[0] = 'X';
        out[1] = '\'';
        for (int i = 0; i < bytes.length; i++) {
            out[2 + 2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[3 + 2 * i] = HEX[bytes[i] & 0xF];
        }
        out[out.length - 1] = '\'';
        return new String(out);
    }

    /** The bytes of {@code raw[from, to)} decoded, or null when they are not valid in {@code encoding}. */
    private static String strict(String raw, int from, int to, Charset encoding) {
        if (encoding.equals(StandardCharsets.ISO_8859_1)) {
            return raw.substring(from, to);
        }
        byte[] bytes = raw.substring(from, to).getBytes(StandardCharsets.ISO_8859_1);
        try {
            CharBuffer chars = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
