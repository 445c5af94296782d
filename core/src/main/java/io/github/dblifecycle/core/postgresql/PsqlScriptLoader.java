package io.github.dblifecycle.core.postgresql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.ScriptLines;
import io.github.dblifecycle.core.ScriptLoader;
import io.github.dblifecycle.core.ScriptRunner;
import io.github.dblifecycle.core.SqlStatement;

/**
 * Runs a psql script or pg_dump output the way {@code psql -f} does, streamed line by line: SQL is split by
 * {@link PostgresScriptSplitter}, {@code COPY … FROM stdin} rows go to the server through the COPY API
 * ({@link PgCopy}), and psql's meta-commands that make sense for a template are run here ({@link PsqlMetaCommand}).
 * Two things differ from psql on purpose, because a template is a throwaway copy loaded into a database
 * db-lifecycle created:
 * <ul>
 *   <li>ownership and privilege statements that name a role the server lacks ({@code ALTER … OWNER TO},
 *       {@code GRANT}, {@code REVOKE}, {@code SET ROLE}) are skipped, with one warning listing the roles, as
 *       {@code pg_restore --no-owner --no-privileges} would for them (a production dump names roles a CI server
 *       rarely has; the statements for roles it has still run);</li>
 *   <li>statements about a database ({@code CREATE/ALTER/DROP DATABASE}, {@code COMMENT ON DATABASE}, grants on a
 *       database) are skipped with a warning: they would touch another database, or the template's own comment,
 *       which marks it as this build's. A {@code \connect} is accepted only to the database the dump itself
 *       created ({@code pg_dump -C}), whose contents then go to the template; any other stops the load.</li>
 * </ul>
 */
final class PsqlScriptLoader implements ScriptLoader {
    /** psql's own limit on nested \i. */
    private static final int MAX_DEPTH = 32;
    /** Above this, complete statements are run at the next line end that may end one, so memory stays flat. */
    private static final int FLUSH_AT = 1 << 20;
    /** Scripts up to this size are also read through once by {@link #check}; dumps above it fail when run. */
    private static final long DRY_RUN_UP_TO = 8L << 20;

    private static final Pattern ABOUT_DATABASE = Pattern.compile("(?is)^(?:(?:CREATE|ALTER|DROP)\\s+DATABASE"
            + "|COMMENT\\s+ON\\s+DATABASE|SECURITY\\s+LABEL\\b.*?\\bON\\s+DATABASE|(?:GRANT|REVOKE)\\b.*?\\bON\\s+"
            + "DATABASE)\\b");
    private static final Pattern CREATE_DATABASE =
            Pattern.compile("(?is)^CREATE\\s+DATABASE\\s+(\"(?:[^\"]|\"\")*\"|[^\\s;]+)");
    private static final Pattern OWNERSHIP = Pattern.compile("(?is)^(?:GRANT|REVOKE|ALTER\\s+DEFAULT\\s+PRIVILEGES"
            + "|SET\\s+(?:SESSION\\s+AUTHORIZATION|ROLE)|ALTER\\s.*\\sOWNER\\s+TO)\\b");
    private static final Pattern MISSING_ROLE = Pattern.compile("role \"((?:[^\"]|\"\")*)\" does not exist");
    /**
     * Settings newer pg_dump versions write in their header to switch a timeout off ({@code SET transaction_timeout
     * = 0;}, pg_dump 17+). A server older than the setting has no such timeout, so there is nothing to switch off.
     */
    private static final Pattern NEWER_TIMEOUT_OFF =
            Pattern.compile("(?is)^SET\\s+(transaction_timeout)\\s*(?:=|TO)\\s*'?0'?\\s*$");

    private static final Pattern CLIENT_ENCODING =
            Pattern.compile("(?is)^SET\\s+client_encoding\\s*(?:=|TO)\\s*'?([A-Za-z0-9_-]+)'?\\s*$");

    private final PostgresScriptSplitter splitter;
    private final boolean keepOwnership;

    PsqlScriptLoader(PostgresScriptSplitter splitter, boolean keepOwnership) {
        this.splitter = splitter;
        this.keepOwnership = keepOwnership;
    }

    @Override
    public void check(Path script) {
        if (PgRestore.isArchive(script)) {
            PgRestore.program(script); // pg_restore missing fails now, before any database is created
        } else {
            ScriptRunner.checkReadable(script);
            if (sizeOf(script) <= DRY_RUN_UP_TO) {
                // Read through once without a server, so a bad meta-command, a \connect elsewhere, an unterminated
                // string or a script without statements fail before any database is created.
                Load dry = new Load(null, null, Log.NONE);
                dry.top(script);
                if (dry.count == 0) {
                    throw ScriptRunner.noStatements(script);
                }
            }
        }
    }

    private static long sizeOf(Path script) {
        try {
            return Files.size(script);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public int run(Connection connection, Path script, Log log) {
        try (Statement statement = connection.createStatement()) {
            // Scripts are sent as the client would send them: no JDBC {fn …}/{d …} escapes in them.
            statement.setEscapeProcessing(false);
            Load load = new Load(connection, statement, log);
            load.top(script);
            load.report(script);
            if (load.count == 0) {
                throw ScriptRunner.noStatements(script);
            }
            return load.count;
        } catch (SQLException e) {
            throw new DbLifecycleException("Cannot run the SQL script " + script + ": " + e.getMessage(), e);
        }
    }

    /** The state of one top-level script, shared with the scripts it includes, as psql's session is. */
    private final class Load {
        private final Connection connection;
        private final Statement statement;
        private final Log log;
        private final PsqlVariables variables = new PsqlVariables();
        private final Set<String> missingRoles = new LinkedHashSet<>();
        private final List<String> skippedDatabaseStatements = new ArrayList<>();
        private final List<String> skippedSettings = new ArrayList<>();
        private int skippedOwnership;
        private Charset encoding = StandardCharsets.UTF_8;
        /** The key of psql's \restrict (pg_dump 17.6, 16.10, 15.14 … and later): no meta-command until its unrestrict. */
        private String restrictKey;

        private String createdDatabase;
        private boolean connected;
        private boolean warnedOnErrorStop;
        private int count;

        Load(Connection connection, Statement statement, Log log) {
            this.connection = connection;
            this.statement = statement;
            this.log = log;
        }

        void top(Path script) {
            if (PgRestore.isArchive(script)) {
                log.info("Reading the pg_dump archive " + script + " with pg_restore");
                read(script, PgRestore.plainScript(script), 0);
            } else {
                ScriptRunner.checkReadable(script);
                read(script, open(script), 0);
            }
        }

        private InputStream open(Path script) {
            try {
                return Files.newInputStream(script);
            } catch (IOException e) {
                throw new DbLifecycleException(
                        "Cannot read the SQL script " + script + " (parameter <scripts>): " + e, e);
            }
        }

        void read(Path script, InputStream in, int depth) {
            try (ScriptLines lines = new ScriptLines(in)) {
                read(script, lines, depth);
            } catch (IOException e) {
                throw new DbLifecycleException("Cannot read the SQL script " + script + ": " + e, e);
            }
        }

        private void read(Path script, ScriptLines lines, int depth) throws IOException {
            StringBuilder part = new StringBuilder();
            int partLine = 1;
            int flushAt = FLUSH_AT;
            boolean stdin = false;
            while (lines.next()) {
                int number = (int) lines.number();
                String text = decode(script, lines);
                if (isBlank(part)) {
                    part.setLength(0);
                    partLine = number;
                }
                if (startsWithBackslash(text)) {
                    partLine = runComplete(script, part, partLine, lines);
                    if (!inQuote) {
                        meta(script, number, PsqlMetaCommand.parse(text, variables), depth);
                        if (part.length() > 0) {
                            // What is left before it (comments) keeps its place: the line stays, empty, so the
                            // statements after it are numbered with the script's lines.
                            part.append('\n');
                        }
                        continue;
                    }
                    // else a line of a multi-line string that happens to start with a backslash
                }
                if (part.length() == 0) {
                    partLine = number;
                }
                part.append(text);
                stdin |= containsStdin(text);
                if (endsWithSemicolon(text) && (stdin || part.length() >= flushAt)) {
                    int length = part.length();
                    partLine = runComplete(script, part, partLine, lines);
                    stdin = !isBlank(part) && stdin;
                    flushAt = part.length() == length ? Math.max(FLUSH_AT, 2 * length) : FLUSH_AT;
                }
            }
            if (!isBlank(part)) {
                // The end of the script ends its last statement, as in psql; what is still open is an error.
                List<SqlStatement> last;
                try {
                    last = splitter.split(part.toString(), partLine);
                } catch (DbLifecycleException e) {
                    throw new DbLifecycleException("Cannot read the SQL script " + script + ": " + e.getMessage(), e);
                }
                for (SqlStatement s : last) {
                    execute(script, s, lines);
                }
            }
        }

        private boolean inQuote;

        /**
         * Runs the statements complete in {@code part} and leaves the unfinished rest in it; returns the line on
         * which that rest starts. Sets {@link #inQuote}.
         */
        private int runComplete(Path script, StringBuilder part, int partLine, ScriptLines lines) throws IOException {
            inQuote = false;
            if (part.length() == 0) {
                return partLine;
            }
            PostgresScriptSplitter.Partial complete;
            try {
                complete = splitter.splitComplete(part.toString(), partLine);
            } catch (DbLifecycleException e) {
                throw new DbLifecycleException("Cannot read the SQL script " + script + ": " + e.getMessage(), e);
            }
            inQuote = complete.inQuote();
            int restLine = partLine;
            for (int i = 0; i < complete.rest(); i++) {
                if (part.charAt(i) == '\n') {
                    restLine++;
                }
            }
            part.delete(0, complete.rest());
            for (SqlStatement s : complete.statements()) {
                execute(script, s, lines);
            }
            return restLine;
        }

        private void execute(Path script, SqlStatement parsed, ScriptLines lines) throws IOException {
            String sql = variables.substitute(parsed.sql());
            SqlStatement st = new SqlStatement(sql, parsed.line());
            if (ABOUT_DATABASE.matcher(sql).find()) {
                Matcher created = CREATE_DATABASE.matcher(sql);
                if (created.find() && createdDatabase == null) {
                    createdDatabase = identifier(created.group(1));
                }
                skippedDatabaseStatements.add("line " + st.line() + ": " + st.excerpt());
                return;
            }
            Matcher setEncoding = CLIENT_ENCODING.matcher(sql);
            if (setEncoding.find()) {
                // The driver's connection must stay UTF-8; the script's bytes are decoded here instead.
                encoding = charset(script, st, setEncoding.group(1));
                count++;
                return;
            }
            if (connection == null) {
                // a dry run: only the reading is checked
                count++;
                if (PgCopy.readsStdin(sql)) {
                    while (lines.next() && !lines.is("\\.")) {
                        // the COPY rows are the server's to check
                    }
                }
                return;
            }
            if (PgCopy.readsStdin(sql)) {
                PgCopy.run(connection, sql, st, lines, script, encoding);
                count++;
                return;
            }
            try {
                statement.execute(sql);
                count++;
            } catch (SQLException e) {
                Matcher role = MISSING_ROLE.matcher(String.valueOf(e.getMessage()));
                if ("42704".equals(e.getSQLState()) && OWNERSHIP.matcher(sql).find() && role.find()) {
                    if (keepOwnership) {
                        throw new DbLifecycleException(
                                ScriptRunner.failure(script, st, e).getMessage() + "\n  The option "
                                        + PostgresBackend.KEEP_OWNERSHIP_OPTION + " (prepare parameter "
                                        + "keepOwnership) is on: create the role on the server, or turn it off to "
                                        + "skip ownership and privilege statements for roles the server lacks.",
                                e);
                    }
                    missingRoles.add(role.group(1).replace("\"\"", "\""));
                    skippedOwnership++;
                    return;
                }
                Matcher newer = NEWER_TIMEOUT_OFF.matcher(sql);
                if ("42704".equals(e.getSQLState()) && newer.find()) {
                    skippedSettings.add(newer.group(1) + " (line " + st.line() + ")");
                    count++;
                    return;
                }
                throw ScriptRunner.failure(script, st, e);
            }
        }

        private void meta(Path script, int line, PsqlMetaCommand command, int depth) {
            String name = command.name();
            String where = " on line " + line + " of the SQL script " + script;
            if (restrictKey != null && !name.equals("unrestrict")) {
                throw new DbLifecycleException("psql meta-command \\" + name + where + " comes after \\restrict, "
                        + "where psql refuses every meta-command until \\unrestrict (pg_dump writes \\restrict so "
                        + "that data cannot smuggle commands in). Remove it or the \\restrict line.");
            }
            switch (name) {
                case "restrict" -> restrictKey = command.argument(0, where);
                case "unrestrict" -> {
                    if (restrictKey == null || !restrictKey.equals(command.argument(0, where))) {
                        throw new DbLifecycleException("\\unrestrict" + where
                                + (restrictKey == null
                                        ? " has no \\restrict before it"
                                        : " names another key than the \\restrict before it")
                                + "; psql refuses it too. Fix or remove the line.");
                    }
                    restrictKey = null;
                }
                case "connect", "c" -> connect(command, where);
                case "i", "include" ->
                    include(script, line, Path.of("").toAbsolutePath(), command.argument(0, where), depth);
                case "ir", "include_relative" ->
                    include(script, line, script.toAbsolutePath().getParent(), command.argument(0, where), depth);
                case "set" -> set(command, where);
                case "unset" -> variables.unset(command.argument(0, where));
                case "echo" -> log.info(script.getFileName() + ":" + line + ": " + command.text());
                case "warn" -> log.warn(script.getFileName() + ":" + line + ": " + command.text());
                default ->
                    throw new DbLifecycleException("psql meta-command \\" + name + where + " is not "
                            + "supported: db-lifecycle runs the script over JDBC and understands only \\i, \\ir, "
                            + "\\include, \\include_relative, \\set, \\unset, \\echo, \\warn, \\restrict, \\unrestrict "
                            + "and the \\connect of pg_dump -C. Remove the line, or turn it into SQL.");
            }
        }

        private void set(PsqlMetaCommand command, String where) {
            if (command.arguments().isEmpty()) {
                return; // \set alone lists the variables
            }
            String name = command.arguments().get(0);
            String value = String.join(
                    "", command.arguments().subList(1, command.arguments().size()));
            if (name.equals("ON_ERROR_STOP")
                    && !warnedOnErrorStop
                    && List.of("off", "false", "0", "no").contains(value.toLowerCase(Locale.ROOT))) {
                warnedOnErrorStop = true;
                log.warn("\\set ON_ERROR_STOP " + value + where + " is ignored: db-lifecycle always stops at the "
                        + "first error, so a broken template is never cloned.");
            }
            variables.set(name, value);
        }

        private void connect(PsqlMetaCommand command, String where) {
            String target = command.database();
            if (target == null) {
                return; // \connect alone reconnects to the same database
            }
            if (connected || !target.equals(createdDatabase)) {
                throw new DbLifecycleException("\\connect " + target + where + " would load the rest of the script "
                        + "into another database, and db-lifecycle loads a script only into the template it created. "
                        + (createdDatabase == null
                                ? ""
                                : "(A \\connect is accepted once, to the database the script's "
                                        + "own CREATE DATABASE names, as pg_dump -C writes it.) ")
                        + "Dump one database without -C and --all-databases, or remove the line.");
            }
            connected = true;
            log.warn("\\connect " + target + where + " goes to the database the dump creates (pg_dump -C): its "
                    + "contents are loaded into the template instead.");
        }

        private void include(Path script, int line, Path base, String file, int depth) {
            Path included = base.resolve(file);
            if (depth + 1 >= MAX_DEPTH) {
                throw new DbLifecycleException("\\i " + file + " on line " + line + " of the SQL script " + script
                        + " nests includes " + MAX_DEPTH + " deep; does the file include itself?");
            }
            if (!Files.isRegularFile(included)) {
                throw new DbLifecycleException("\\i " + file + " on line " + line + " of the SQL script " + script
                        + ": " + included + " does not exist (\\i and \\include resolve a relative path against the "
                        + "directory the build runs in, \\ir and \\include_relative against the script's directory, "
                        + "as psql does).");
            }
            read(included, open(included), depth + 1);
        }

        private String decode(Path script, ScriptLines lines) {
            try {
                return lines.decode(encoding);
            } catch (CharacterCodingException e) {
                throw new DbLifecycleException(
                        "The SQL script " + script + " (parameter <scripts>) is not valid "
                                + encoding.name() + " on line " + lines.number()
                                + ". Save it as UTF-8, or say its encoding "
                                + "with SET client_encoding = '…' as pg_dump does.",
                        e);
            }
        }

        void report(Path script) {
            if (!missingRoles.isEmpty()) {
                log.warn("Skipped " + skippedOwnership + " ownership and privilege statement(s) of " + script
                        + " that name roles this server does not have: " + String.join(", ", missingRoles)
                        + ". The objects belong to the user db-lifecycle connects as (as with pg_restore --no-owner "
                        + "--no-privileges); create the roles on the server to keep them, or set "
                        + PostgresBackend.KEEP_OWNERSHIP_OPTION + " (keepOwnership) to fail instead.");
            }
            if (!skippedSettings.isEmpty()) {
                log.warn("Skipped the SET of " + String.join(", ", skippedSettings) + " in " + script + ": this "
                        + "server is older than the setting (a newer pg_dump writes it to switch the timeout off), "
                        + "so it has no such timeout to switch off.");
            }
            if (!skippedDatabaseStatements.isEmpty()) {
                List<String> shown =
                        skippedDatabaseStatements.subList(0, Math.min(5, skippedDatabaseStatements.size()));
                log.warn("Skipped " + skippedDatabaseStatements.size() + " statement(s) of " + script + " about "
                        + "databases (db-lifecycle loads into the template it created and never creates, alters or "
                        + "drops a database from a script): " + String.join("; ", shown)
                        + (shown.size() < skippedDatabaseStatements.size() ? "; …" : ""));
            }
        }
    }

    private static Charset charset(Path script, SqlStatement st, String name) {
        String upper = name.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        String java =
                switch (upper) {
                    case "UTF8", "UNICODE", "SQLASCII" -> "UTF-8";
                    case "LATIN1" -> "ISO-8859-1";
                    case "LATIN9" -> "ISO-8859-15";
                    case "WIN1252" -> "windows-1252";
                    case "WIN1251" -> "windows-1251";
                    case "EUCJP" -> "EUC-JP";
                    case "SJIS" -> "Shift_JIS";
                    default -> name;
                };
        try {
            return Charset.forName(java);
        } catch (IllegalArgumentException e) {
            throw new DbLifecycleException(
                    "SQL script " + script + " line " + st.line() + ": client_encoding " + name
                            + " is not an encoding db-lifecycle can read; dump with --encoding=UTF8.",
                    e);
        }
    }

    /** An SQL identifier as the server stores it: unquoted ones fold to lower case. */
    static String identifier(String sql) {
        return sql.startsWith("\"")
                ? sql.substring(1, sql.length() - 1).replace("\"\"", "\"")
                : sql.toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithBackslash(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return c == '\\';
            }
        }
        return false;
    }

    private static boolean endsWithSemicolon(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == ';';
            }
        }
        return false;
    }

    private static boolean containsStdin(String line) {
        for (int i = line.length() - 5; i >= 0; i--) {
            if (line.regionMatches(true, i, "stdin", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
