package io.github.dblifecycle.core.mysql;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.ScriptLines;
import io.github.dblifecycle.core.ScriptLoader;
import io.github.dblifecycle.core.ScriptRunner;
import io.github.dblifecycle.core.SqlStatement;

/**
 * Runs a script or mysqldump/mariadb-dump output the way the {@code mysql} client does, streamed: the file is read
 * as bytes and split by {@link MysqlScriptSplitter}, and string literals holding raw binary data are sent intact
 * ({@link MysqlStrings}). Like {@code PsqlScriptLoader} for pg_dump, it never loads into another database:
 * {@code CREATE DATABASE} and {@code DROP DATABASE} (of {@code --databases} and {@code --add-drop-database}) are
 * skipped with a warning, a {@code USE} is accepted only of the database the script's own {@code CREATE DATABASE}
 * names (its contents go to the template; mysqldump repeats it before the views), any other stops the load; {@code ALTER DATABASE db …}, which mysqldump
 * writes around routines, is applied to the template.
 */
final class MysqlDumpLoader implements ScriptLoader {
    private static final int FLUSH_AT = 1 << 20;
    /** Statements read ahead of the server: two, a few MB (mysqldump's INSERTs are up to 1 MB); enough to overlap. */
    private static final int QUEUED = 2;
    /** The statement inside a version comment, {@code /*!40101 SET NAMES utf8mb4 *}{@code /}. */
    private static final Pattern VERSIONED = Pattern.compile("(?s)^/\\*M?!\\d*\\s*(.*?)\\s*\\*/\\s*$");

    private static final Pattern NAME = Pattern.compile("`((?:[^`]|``)+)`|([A-Za-z0-9_$]+)");
    private static final Pattern CREATE_OR_DROP_DATABASE = Pattern.compile("(?is)^(CREATE|DROP)\\s+(?:DATABASE|SCHEMA)"
            + "\\s+(?:/\\*!\\d*\\s*)?(?:IF\\s+(?:NOT\\s+)?EXISTS\\s*)?(?:\\*/\\s*)?(`(?:[^`]|``)+`|[A-Za-z0-9_$]+)");
    private static final Pattern ALTER_DATABASE = Pattern.compile("(?is)^(/\\*M?!\\d*\\s*)?ALTER\\s+(?:DATABASE|SCHEMA)"
            + "\\s+(`(?:[^`]|``)+`|[A-Za-z0-9_$]+)(\\s+(?:DEFAULT\\s+)?(?:CHARACTER|CHARSET|COLLATE|CHAR\\s+SET|"
            + "UPGRADE|READ|ENCRYPTION|COMMENT)\\b)");
    private static final Pattern USE = Pattern.compile("(?is)^USE\\s+(`(?:[^`]|``)+`|[^\\s;]+)\\s*$");
    private static final Pattern SET_NAMES = Pattern.compile("(?is)^SET\\s+NAMES\\s+'?([A-Za-z0-9_]+)'?");

    private final MysqlScriptSplitter splitter;

    MysqlDumpLoader(MysqlScriptSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public void check(Path script) {
        ScriptRunner.checkReadable(script);
    }

    @Override
    public int run(Connection connection, Path script, Log log) {
        try (Statement statement = connection.createStatement()) {
            // Scripts are sent as the client would send them: no JDBC {fn …}/{d …} escapes in them.
            statement.setEscapeProcessing(false);
            Load load = new Load(statement, script, log);
            load.run();
            if (load.count == 0) {
                throw ScriptRunner.noStatements(script);
            }
            load.report();
            return load.count;
        } catch (SQLException e) {
            throw new DbLifecycleException("Cannot run the SQL script " + script + ": " + e.getMessage(), e);
        }
    }

    /** A statement read and decoded, or how reading ended. */
    private record Item(SqlStatement statement, RuntimeException failure) {
        static final Item END = new Item(null, null);
    }

    private final class Load {
        private final Statement statement;
        private final Path script;
        private final Log log;
        private final List<String> skipped = new ArrayList<>();
        private Charset encoding = StandardCharsets.UTF_8;
        private String delimiter = ";";
        private String createdDatabase;
        private int createdLine;
        private boolean used;
        private int count;

        Load(Statement statement, Path script, Log log) {
            this.statement = statement;
            this.script = script;
            this.log = log;
        }

        /**
         * Reading, splitting and decoding run on a thread of their own, a few statements ahead of the server, so
         * the client's work overlaps the server's as with the mysql client's single fast loop; the queue keeps
         * memory flat.
         */
        void run() {
            BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUED);
            AtomicBoolean stop = new AtomicBoolean();
            Thread reader = new Thread(
                    () -> {
                        try (ScriptLines lines = new ScriptLines(Files.newInputStream(script))) {
                            read(lines, queue, stop);
                            queue.put(Item.END);
                        } catch (InterruptedException e) {
                            // the load stopped
                        } catch (IOException e) {
                            offer(
                                    queue,
                                    new DbLifecycleException(
                                            "Cannot read the SQL script " + script + " (parameter <scripts>): " + e,
                                            e));
                        } catch (RuntimeException e) {
                            offer(queue, e);
                        }
                    },
                    "db-lifecycle-script-reader");
            reader.setDaemon(true);
            reader.start();
            try {
                while (true) {
                    Item item = queue.take();
                    if (item.failure() != null) {
                        throw item.failure();
                    }
                    if (item == Item.END) {
                        return;
                    }
                    execute(item.statement());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DbLifecycleException("Interrupted while running the SQL script " + script, e);
            } finally {
                stop.set(true);
                reader.interrupt();
                queue.clear();
            }
        }

        private void offer(BlockingQueue<Item> queue, RuntimeException failure) {
            queue.clear(); // the reader's last word; the statements before it are not run
            queue.offer(new Item(null, failure));
        }

        private void read(ScriptLines lines, BlockingQueue<Item> queue, AtomicBoolean stop)
                throws IOException, InterruptedException {
            StringBuilder part = new StringBuilder();
            int partLine = 1;
            int flushAt = FLUSH_AT;
            while (lines.next() && !stop.get()) {
                if (part.length() == 0) {
                    partLine = (int) lines.number();
                }
                // One char per byte: the splitter sees the quotes and delimiters, binary data passes untouched.
                part.append(new String(lines.array(), lines.offset(), lines.length(), StandardCharsets.ISO_8859_1));
                if (part.length() >= flushAt) {
                    int length = part.length();
                    MysqlScriptSplitter.Partial complete = splitter.splitComplete(part.toString(), partLine, delimiter);
                    partLine = complete.restLine();
                    part.delete(0, complete.rest());
                    delimiter = complete.delimiter();
                    for (SqlStatement s : complete.statements()) {
                        queue.put(new Item(decode(s), null));
                    }
                    flushAt = part.length() == length ? 2 * length : FLUSH_AT;
                }
            }
            for (SqlStatement s : splitter.splitRest(part.toString(), partLine, delimiter)) {
                queue.put(new Item(decode(s), null));
            }
        }

        /** The statement as text; a SET NAMES changes how the statements after it are decoded. */
        private SqlStatement decode(SqlStatement raw) {
            String sql = MysqlStrings.decode(raw.sql(), encoding);
            if (sql == null) {
                throw new DbLifecycleException("The SQL script " + script + " (parameter <scripts>) is not valid "
                        + encoding.name() + " outside its string literals in the statement on line " + raw.line()
                        + ". Save it in the encoding its SET NAMES says (mysqldump writes utf8mb4).");
            }
            SqlStatement st = new SqlStatement(sql, raw.line());
            Matcher names = SET_NAMES.matcher(core(sql));
            if (names.find()) {
                encoding = charset(names.group(1), st);
            }
            return st;
        }

        private void execute(SqlStatement st) {
            String sql = st.sql();
            String core = core(sql);
            if (SET_NAMES.matcher(core).find()) {
                // The driver's connection keeps its own character set; the script's bytes were decoded as it says.
                count++;
                return;
            }
            Matcher database = CREATE_OR_DROP_DATABASE.matcher(core);
            if (database.find()) {
                if (database.group(1).equalsIgnoreCase("CREATE")) {
                    String created = name(database.group(2));
                    if (createdDatabase == null) {
                        createdDatabase = created;
                        createdLine = st.line();
                    } else if (!created.equals(createdDatabase)) {
                        throw new DbLifecycleException("The SQL script " + script + " creates a second database, "
                                + created + ", on line " + st.line() + " (after " + createdDatabase + " on line "
                                + createdLine + "): a dump of several databases (--all-databases, or --databases "
                                + "with more than one) cannot be one template, and db-lifecycle never loads into "
                                + "another database. Dump the one database the tests need.");
                    }
                }
                skipped.add("line " + st.line() + ": " + st.excerpt());
                return;
            }
            Matcher use = USE.matcher(core);
            if (use.find()) {
                String target = name(use.group(1));
                if (!target.equals(createdDatabase)) {
                    throw new DbLifecycleException("USE " + target + " on line " + st.line() + " of the SQL script "
                            + script + " would load the rest of the script into another database, and db-lifecycle "
                            + "loads a script only into the template it created. (A USE is accepted only of the "
                            + "database the script's own first CREATE DATABASE names, as mysqldump --databases writes "
                            + "it for one database.) Dump one database without --all-databases, or remove the line.");
                }
                count++;
                if (used) {
                    return; // mysqldump repeats it before the views
                }
                used = true;
                log.warn("USE " + target + " on line " + st.line() + " of the SQL script " + script + " goes to the "
                        + "database the dump creates (mysqldump --databases): its contents are loaded into the "
                        + "template instead.");
                return;
            }
            Matcher alter = ALTER_DATABASE.matcher(sql);
            if (alter.find()) {
                // Without a name, ALTER DATABASE changes the current database: the template, not the dumped one.
                sql = sql.substring(0, alter.start(2)) + sql.substring(alter.start(3));
            }
            try {
                statement.execute(sql);
                count++;
            } catch (SQLException e) {
                throw ScriptRunner.failure(script, st, e);
            }
        }

        void report() {
            if (!skipped.isEmpty()) {
                List<String> shown = skipped.subList(0, Math.min(5, skipped.size()));
                log.warn("Skipped " + skipped.size() + " statement(s) of " + script + " about databases "
                        + "(db-lifecycle loads into the template it created and never creates or drops a database "
                        + "from a script): " + String.join("; ", shown) + (shown.size() < skipped.size() ? "; …" : ""));
            }
        }

        private Charset charset(String name, SqlStatement st) {
            String java =
                    switch (name.toLowerCase(Locale.ROOT)) {
                        case "utf8", "utf8mb3", "utf8mb4" -> "UTF-8";
                        case "latin1" -> "windows-1252"; // MySQL's latin1 is cp1252
                        case "binary" -> "ISO-8859-1";
                        case "ascii" -> "US-ASCII";
                        case "cp1251" -> "windows-1251";
                        case "sjis", "cp932" -> "Shift_JIS";
                        case "gbk" -> "GBK";
                        default -> name;
                    };
            try {
                return Charset.forName(java);
            } catch (IllegalArgumentException e) {
                throw new DbLifecycleException(
                        "SET NAMES " + name + " on line " + st.line() + " of the SQL script "
                                + script + " names a character set db-lifecycle cannot read; dump with "
                                + "--default-character-set=utf8mb4.",
                        e);
            }
        }
    }

    /** The statement inside a version comment, or the statement. */
    private static String core(String sql) {
        if (!sql.startsWith("/*")) {
            return sql;
        }
        Matcher versioned = VERSIONED.matcher(sql);
        return versioned.matches() ? versioned.group(1) : sql;
    }

    /** A database name as written, unquoted. */
    private static String name(String written) {
        Matcher m = NAME.matcher(written);
        if (m.matches() && m.group(1) != null) {
            return m.group(1).replace("``", "`");
        }
        return written;
    }
}
