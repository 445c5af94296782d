package io.github.dblifecycle.core.postgresql;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ScriptLines;
import io.github.dblifecycle.core.ScriptRunner;
import io.github.dblifecycle.core.SqlStatement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A {@code COPY … FROM stdin} block of a psql script or pg_dump output: the rows that follow the statement, up to
 * the line {@code \.}, go to the server through the driver's COPY API as raw bytes, as psql sends them (any COPY
 * format: text or CSV, with their escapes and NULL markers, is the server's to parse).
 */
final class PgCopy {
    /** The server names the row it refused: {@code COPY item, line 3, column name: "x"}. */
    private static final Pattern ROW = Pattern.compile("COPY [^,\\n]+, line (\\d+)");

    private static final int CHUNK = 1 << 18;

    private PgCopy() {}

    /** Whether a complete statement is a COPY that reads its rows from the script. */
    static boolean readsStdin(String sql) {
        return sql.regionMatches(true, 0, "COPY", 0, 4)
                && Pattern.compile("\\bFROM\\s+STDIN\\b", Pattern.CASE_INSENSITIVE)
                        .matcher(sql)
                        .find();
    }

    /** Runs the COPY and sends the rows that follow it in {@code lines}; leaves {@code lines} on the {@code \.}. */
    static void run(
            Connection connection, String sql, SqlStatement statement, ScriptLines lines, Path script, Charset encoding)
            throws IOException {
        boolean transcode = !encoding.equals(StandardCharsets.UTF_8); // the driver's connection speaks UTF-8
        CopyIn copy;
        try {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        } catch (SQLException e) {
            throw ScriptRunner.failure(script, statement, e);
        }
        long firstRow = lines.number() + 1;
        byte[] chunk = new byte[CHUNK];
        int filled = 0;
        try {
            while (lines.next()) {
                if (lines.is("\\.")) {
                    break;
                }
                byte[] row = lines.array();
                int offset = lines.offset();
                int length = lines.length();
                if (transcode) {
                    row = lines.decode(encoding).getBytes(StandardCharsets.UTF_8);
                    offset = 0;
                    length = row.length;
                }
                if (filled + length > chunk.length) {
                    copy.writeToCopy(chunk, 0, filled);
                    filled = 0;
                }
                if (length > chunk.length) {
                    copy.writeToCopy(row, offset, length); // a row longer than a chunk
                } else {
                    System.arraycopy(row, offset, chunk, filled, length);
                    filled += length;
                }
            }
            if (filled > 0) {
                copy.writeToCopy(chunk, 0, filled);
            }
            copy.endCopy();
        } catch (SQLException e) {
            cancel(copy);
            throw rowFailure(script, statement, firstRow, e);
        }
    }

    private static void cancel(CopyIn copy) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the error that stopped the COPY is the one to report
        }
    }

    /** Names the script line of the row the server refused, which it counts from the first row. */
    private static DbLifecycleException rowFailure(Path script, SqlStatement statement, long firstRow, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        Matcher m = ROW.matcher(message);
        if (!m.find()) {
            return ScriptRunner.failure(script, statement, e);
        }
        long line = firstRow + Long.parseLong(m.group(1)) - 1;
        String state = e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")";
        return new DbLifecycleException(
                "SQL script " + script + " failed at line " + line + " (row "
                        + m.group(1) + " of the COPY data of the statement on line " + statement.line() + "):\n"
                        + "  statement: " + statement.excerpt() + "\n"
                        + "  database said" + state + ": " + message.replace("\n", "\n    ") + "\n"
                        + "Fix the script (parameter <scripts>) and run the build again.",
                e);
    }
}
