package io.github.dblifecycle.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the user's scripts in order on one connection, statement by statement in autocommit mode, the way the
 * product's command-line client would. A failure names the script, line, statement and the server's message.
 */
public final class ScriptRunner {
    /** PostgreSQL appends the 1-based character offset of the error within the statement. */
    private static final Pattern POSITION = Pattern.compile("Position: (\\d+)");

    private final ScriptSplitter splitter;

    public ScriptRunner(ScriptSplitter splitter) {
        this.splitter = splitter;
    }

    /**
     * Reads and splits every script first, so a missing file fails before anything runs. With a dialect that streams
     * its scripts ({@link ScriptSplitter#loader()}), only checks them and returns no statements.
     */
    public List<Script> load(List<Path> scripts) {
        List<Script> loaded = new ArrayList<>();
        ScriptLoader loader = splitter.loader();
        for (Path path : scripts) {
            if (loader != null) {
                loader.check(path);
                continue;
            }
            String text = read(path);
            List<SqlStatement> statements;
            try {
                statements = splitter.split(text);
            } catch (DbLifecycleException e) {
                throw new DbLifecycleException("Cannot read the SQL script " + path + ": " + e.getMessage(), e);
            }
            if (statements.isEmpty()) {
                throw noStatements(path);
            }
            loaded.add(new Script(path, statements));
        }
        return loaded;
    }

    /** Runs the scripts; returns how many statements ran. */
    public int run(Connection connection, List<Path> scripts) {
        return run(connection, scripts, Log.NONE);
    }

    /** Runs the scripts, logging what the dialect's loader warns about; returns how many statements ran. */
    public int run(Connection connection, List<Path> scripts, Log log) {
        List<Script> loaded = load(scripts);
        int count = 0;
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new DbLifecycleException("Cannot switch the template connection to autocommit: " + e.getMessage(), e);
        }
        ScriptLoader loader = splitter.loader();
        if (loader != null) {
            for (Path path : scripts) {
                count += loader.run(connection, path, log);
            }
            return count;
        }
        try (Statement statement = connection.createStatement()) {
            for (Script script : loaded) {
                for (SqlStatement sql : script.statements()) {
                    try {
                        statement.execute(sql.sql());
                    } catch (SQLException e) {
                        throw failure(script.path(), sql, e);
                    }
                    count++;
                }
            }
        } catch (SQLException e) {
            throw new DbLifecycleException("Cannot run the SQL scripts: " + e.getMessage(), e);
        }
        return count;
    }

    /** Fails for a missing, unreadable or empty script, in the words {@link #load} uses. */
    public static void checkReadable(Path path) {
        try {
            if (Files.size(path) == 0) {
                throw empty(path);
            }
        } catch (NoSuchFileException e) {
            throw missing(path, e);
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot read the SQL script " + path + " (parameter <scripts>): " + e, e);
        }
    }

    /** The error for a script that holds nothing to run. */
    public static DbLifecycleException noStatements(Path path) {
        return new DbLifecycleException("The SQL script " + path + " (parameter <scripts>) contains no SQL "
                + "statement. Remove it from <scripts> or add its statements.");
    }

    private static DbLifecycleException missing(Path path, IOException e) {
        return new DbLifecycleException(
                "The SQL script " + path + " does not exist. Fix the path in the "
                        + "db-lifecycle-maven-plugin parameter <scripts> (relative paths are relative to the module's "
                        + "directory).",
                e);
    }

    private static DbLifecycleException empty(Path path) {
        return new DbLifecycleException("The SQL script " + path + " (parameter <scripts>) is empty. Remove it "
                + "from <scripts> or add its statements.");
    }

    private static String read(Path path) {
        String text;
        try {
            // A strict decoder: a file in another encoding fails loudly instead of loading mangled text.
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // Windows editors' byte order mark is not SQL
            }
        } catch (NoSuchFileException e) {
            throw missing(path, e);
        } catch (CharacterCodingException e) {
            throw new DbLifecycleException(
                    "The SQL script " + path + " (parameter <scripts>) is not valid UTF-8. " + "Save it as UTF-8.", e);
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot read the SQL script " + path + " (parameter <scripts>): " + e, e);
        }
        if (text.isBlank()) {
            throw empty(path);
        }
        return text;
    }

    /** The error for a statement the server refused: names the script, the line, the statement and the message. */
    public static DbLifecycleException failure(Path path, SqlStatement sql, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        int line = sql.line() + errorLineOffset(sql.sql(), message);
        String state = e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")";
        return new DbLifecycleException(
                "SQL script " + path + " failed at line " + line
                        + (line != sql.line() ? " (in the statement starting on line " + sql.line() + ")" : "") + ":\n"
                        + "  statement: " + sql.excerpt() + "\n"
                        + "  database said" + state + ": " + message.replace("\n", "\n    ") + "\n"
                        + "Fix the script (parameter <scripts>) and run the build again.",
                e);
    }

    /** Lines between the statement's start and the error position the server reported, if it did. */
    private static int errorLineOffset(String sql, String message) {
        Matcher m = POSITION.matcher(message);
        if (!m.find()) {
            return 0;
        }
        int position = Integer.parseInt(m.group(1));
        if (position < 1 || position > sql.length()) {
            return 0;
        }
        return (int)
                sql.substring(0, position - 1).chars().filter(c -> c == '\n').count();
    }

    /** A script read and split. */
    public record Script(Path path, List<SqlStatement> statements) {}
}
