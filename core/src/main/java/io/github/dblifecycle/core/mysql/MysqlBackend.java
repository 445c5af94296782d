package io.github.dblifecycle.core.mysql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.AbstractBackend;
import io.github.dblifecycle.core.BuildContext;
import io.github.dblifecycle.core.BuildMark;
import io.github.dblifecycle.core.Cloner;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DatabaseNames;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Fingerprint;
import io.github.dblifecycle.core.Fingerprinter;
import io.github.dblifecycle.core.Ownership;
import io.github.dblifecycle.core.ServerCloneBinding;
import io.github.dblifecycle.core.ServerSessionLock;
import io.github.dblifecycle.core.SessionLock;
import io.github.dblifecycle.core.reuse.TemplateNames;
import io.github.dblifecycle.core.reuse.TemplateStore;

/**
 * MySQL 8 and MariaDB 10.5+ for one build, through MySQL Connector/J ({@code jdbc:mysql:}) or MariaDB Connector/J
 * ({@code jdbc:mariadb:}). The template is a database built by the scripts; each clone is filled inside the server
 * by {@link MysqlCloner} (no dump, no rows through the client). Every database created carries the marker
 * {@code db-lifecycle build <id>}: as its COMMENT on MariaDB, in a table {@code _dblc_owner} on MySQL (which has no
 * database comments); a database without our marker is never dropped.
 */
public final class MysqlBackend extends AbstractBackend implements Fingerprinter {
    public static final String ID = MysqlBackendType.ID;
    public static final String TABLE_SESSIONS_OPTION = "mysql.tableSessions";
    public static final String CLONE_CONCURRENCY_OPTION = "mysql.cloneConcurrency";
    /** {@code auto} (default), {@code sql} or {@code tablespace}: how the tables' rows get into a clone. */
    public static final String CLONE_METHOD_OPTION = "mysql.cloneMethod";

    private static final Set<String> OPTIONS =
            Set.of(TABLE_SESSIONS_OPTION, CLONE_CONCURRENCY_OPTION, CLONE_METHOD_OPTION);
    private static final List<String> METHODS = List.of("auto", "sql", "tablespace");
    private static final Pattern OUR_NAME = Pattern.compile("[a-z][a-z0-9_]*_([a-z0-9]{8})_(t|[0-9]+)");
    private static final String MARK = TemplateStore.BUILD_MARKER_PREFIX;
    /** A reusable template's name ({@link TemplateNames}), built under its final name on MySQL. */
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z][a-z0-9_]*_tpl_[0-9a-f]{12}");

    /**
     * Defaults measured on the 2-core build machine (MysqlCloneBenchmark, 542 MB template, 4 clones): 2 sessions per
     * clone with 4 clones at a time took 27.0 s, with 2 clones at a time 42.8 s; one session per clone gains nothing
     * for small templates (site/markdown/backend-mysql.md; reproduce with {@code benchmark/run.sh 3 mysql}).
     */
    static final int DEFAULT_TABLE_SESSIONS = 2;

    static final int DEFAULT_CLONE_CONCURRENCY = 4;

    private final int tableSessions;
    private final int cloneConcurrency;
    private final String cloneMethod;
    /** Each warning once per build (the same DEFINER may be dropped in every clone). */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    MysqlBackend(MysqlBackendType type, BuildContext context) {
        super(type, context);
        int sessions = DEFAULT_TABLE_SESSIONS;
        int concurrency = DEFAULT_CLONE_CONCURRENCY;
        String method = "auto";
        for (Map.Entry<String, String> o : context.options().entrySet()) {
            if (!o.getKey().startsWith(ID + ".")) {
                continue;
            }
            if (!OPTIONS.contains(o.getKey())) {
                throw new DbLifecycleException("Unknown MySQL option '" + o.getKey() + "'. Known: "
                        + String.join(", ", OPTIONS.stream().sorted().toList()) + ".");
            }
            if (o.getKey().equals(CLONE_METHOD_OPTION)) {
                method = o.getValue() == null ? "" : o.getValue().strip().toLowerCase(Locale.ROOT);
                if (!METHODS.contains(method)) {
                    throw new DbLifecycleException("Invalid value '" + o.getValue() + "' for the option "
                            + CLONE_METHOD_OPTION + ": use " + String.join(", ", METHODS) + ".");
                }
                continue;
            }
            int value = positive(o.getKey(), o.getValue());
            if (o.getKey().equals(TABLE_SESSIONS_OPTION)) {
                sessions = value;
            } else {
                concurrency = value;
            }
        }
        this.tableSessions = sessions;
        this.cloneConcurrency = concurrency;
        this.cloneMethod = method;
    }

    private static int positive(String key, String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DbLifecycleException(
                "Invalid value '" + value + "' for the option " + key + ": use a whole number from 1 to 64.");
    }

    @Override
    public Database createTemplate(String name) throws SQLException {
        try (Connection c = admin().open()) {
            createMarked(c, name);
        }
        return database(name);
    }

    /** Reads the template's model once and, unless {@code sql}, exports its tablespaces for the run. */
    @Override
    public Cloner cloner(Database template) throws SQLException {
        MysqlTemplate t;
        try (Connection c = admin().open()) {
            t = MysqlTemplate.read(c, template.name());
        }
        Method method = chooseMethod(t, template.name());
        return new TemplateCloner(
                t,
                method.exported(),
                "Cloning " + template.name() + " inside the server: "
                        + t.tables().size() + " table(s), " + t.totalBytes() / (1024 * 1024) + " MB, "
                        + t.views().size()
                        + " view(s), " + t.triggers().size() + " trigger(s), "
                        + t.routines().size() + " routine(s), "
                        + t.events().size() + " event(s); " + tableSessions + " session(s) per clone, "
                        + cloneConcurrency
                        + " clone(s) at a time; " + method.line());
    }

    /** How the rows get into the clones, and the log text saying which and why. */
    private record Method(String line, MysqlTablespaces exported) {}

    /** One template's cloning run: its model and, with tablespace import, its exported files. */
    private final class TemplateCloner extends BaseCloner {
        private final MysqlTemplate model;
        private final MysqlTablespaces exported; // null: rows by SQL

        TemplateCloner(MysqlTemplate model, MysqlTablespaces exported, String description) {
            super(description);
            this.model = model;
            this.exported = exported;
        }

        @Override
        public Database createClone(String name) throws SQLException {
            try (Connection c = admin().open()) {
                createMarked(c, name);
                try {
                    new MysqlCloner(admin(), model, name, tableSessions, MysqlBackend.this::warn, exported).copy();
                } catch (SQLException | RuntimeException | Error e) {
                    undo(e, () -> dropMarked(c, name)); // ours: created just above
                    throw e;
                }
            }
            return database(name);
        }

        @Override
        public void close() {
            if (exported != null) {
                exported.close();
            }
        }
    }

    /**
     * {@code sql}: rows by INSERT … SELECT. {@code tablespace}/{@code auto}: the template's InnoDB tables exported
     * once now (MysqlTablespaces), each clone imports copies of the files; auto falls back to SQL when this JVM
     * cannot use the server's datadir, tablespace fails then. Returns the method and the log text saying which and why.
     */
    private Method chooseMethod(MysqlTemplate t, String name) throws SQLException {
        if (cloneMethod.equals("sql")) {
            return new Method("method sql (" + CLONE_METHOD_OPTION + "=sql): rows by INSERT ... SELECT", null);
        }
        long start = System.nanoTime();
        MysqlTablespaces.Outcome outcome;
        // In the build's own directory, also for a template found by reuse: 'mvn clean' removes a leftover.
        Path staging = context().workDir().resolve("mysql-export-" + name);
        try (Connection c = admin().open()) {
            MysqlServer.prepareReadSession(c);
            c.setCatalog(name);
            outcome = MysqlTablespaces.export(c, t, staging);
        }
        if (outcome.tablespaces() == null) {
            if (cloneMethod.equals("tablespace")) {
                throw new DbLifecycleException(CLONE_METHOD_OPTION + "=tablespace, but tablespace import cannot be "
                        + "used: " + outcome.reason() + ". Use " + CLONE_METHOD_OPTION + "=auto or sql.");
            }
            return new Method(
                    "method sql (" + CLONE_METHOD_OPTION + "=auto; tablespace import unavailable: " + outcome.reason()
                            + "): rows by INSERT ... SELECT",
                    null);
        }
        StringBuilder line = new StringBuilder("method tablespace (" + CLONE_METHOD_OPTION + "=" + cloneMethod
                + "; datadir " + outcome.tablespaces().datadir() + " is usable: import probe passed): "
                + outcome.tablespaces().size() + " table(s) exported in " + (System.nanoTime() - start) / 1_000_000
                + " ms and imported into each clone");
        if (!outcome.sqlTables().isEmpty()) {
            line.append(", ").append(outcome.sqlTables().size()).append(" copied with SQL (");
            line.append(String.join(
                            ", ",
                            outcome.sqlTables().entrySet().stream()
                                    .map(e -> e.getKey() + ": " + e.getValue())
                                    .toList()))
                    .append(')');
        }
        return new Method(line.toString(), outcome.tablespaces());
    }

    private Database database(String name) {
        return new Database(name, admin().withUrl(MysqlUrl.withDatabase(admin().url(), name)), null);
    }

    /** Creates a database with our marker; if marking fails, drops it again (it did not exist a moment ago). */
    private void createMarked(Connection c, String name) throws SQLException {
        String quoted = MysqlSql.database(name);
        String mark = MARK + buildId();
        MysqlServer server = MysqlServer.of(c);
        if (server.hasSchemaComments()) {
            MysqlSql.execute(c, "CREATE DATABASE " + quoted + " COMMENT '" + mark + "'");
            return;
        }
        MysqlSql.execute(c, "CREATE DATABASE " + quoted);
        try {
            MysqlSql.execute(
                    c,
                    "CREATE TABLE " + quoted + "." + MysqlTemplate.MARKER_TABLE
                            + " (build varchar(64) NOT NULL PRIMARY KEY) COMMENT 'db-lifecycle ownership marker'");
            MysqlSql.execute(
                    c, "INSERT INTO " + quoted + "." + MysqlTemplate.MARKER_TABLE + " VALUES ('" + mark + "')");
        } catch (SQLException e) {
            undo(e, () -> MysqlSql.execute(c, "DROP DATABASE " + quoted));
            throw e;
        }
    }

    @Override
    public void drop(Database database) throws SQLException {
        try (Connection c = admin().open()) {
            dropMarked(c, database.name());
        }
    }

    /** Drops the database if it carries the marker of the build its name says; a missing one is fine. */
    private static void dropMarked(Connection c, String name) throws SQLException {
        String quoted = MysqlSql.database(name);
        Matcher m = OUR_NAME.matcher(name);
        boolean template = TEMPLATE_NAME.matcher(name).matches();
        if (!m.matches() && !template) {
            throw new DbLifecycleException("Refusing to drop " + name + ": it is not a name db-lifecycle generates.");
        }
        if (!MysqlSql.exists(c, name)) {
            return;
        }
        String found = marker(c, name);
        // A reusable template being built carries its build's marker; its name does not say which build.
        String expected = m.matches()
                ? MARK + m.group(1)
                : found != null
                                && found.startsWith(MARK)
                                && DatabaseNames.BUILD_ID
                                        .matcher(found.substring(MARK.length()))
                                        .matches()
                        ? found
                        : MARK;
        if (!expected.equals(found)) {
            throw new DbLifecycleException("Not dropping the database " + name + ": it does not carry the marker '"
                    + expected + "' (found: " + (found == null || found.isEmpty() ? "none" : "'" + found + "'")
                    + "), so db-lifecycle "
                    + "did not create it. Drop it by hand if it is a leftover of yours.");
        }
        MysqlSql.execute(c, "DROP DATABASE " + quoted);
    }

    /** The marker a database carries; {@code null}: no such database, or one without a marker. */
    static String marker(Connection c, String name) throws SQLException {
        if (MysqlServer.of(c).hasSchemaComments()) {
            String comment = MysqlSql.queryString(
                    c, "select SCHEMA_COMMENT from information_schema.SCHEMATA " + "where SCHEMA_NAME = ?", name);
            return comment == null || comment.isEmpty() ? null : comment;
        }
        try {
            return MysqlSql.queryString(
                    c, "select build from " + MysqlSql.database(name) + "." + MysqlTemplate.MARKER_TABLE);
        } catch (SQLException e) {
            if (e.getErrorCode() == 1146 || e.getErrorCode() == 1049) { // no marker table / no database
                return null;
            }
            throw e;
        }
    }

    @Override
    public Ownership ownership(Database database, String buildId) throws SQLException {
        MysqlSql.database(database.name()); // a name this tool would never give is refused, not looked up
        try (Connection c = admin().open()) {
            if (!MysqlSql.exists(c, database.name())) {
                return Ownership.ABSENT;
            }
            return (MARK + buildId).equals(marker(c, database.name())) ? Ownership.OURS : Ownership.FOREIGN;
        }
    }

    @Override
    public List<BuildMark> marked(String prefix) throws SQLException {
        DatabaseNames.requirePrefix(prefix);
        List<BuildMark> found = new ArrayList<>();
        Pattern templates = TemplateNames.pattern(prefix);
        try (Connection c = admin().open()) {
            for (String name : MysqlSql.databasesLike(c, prefix + "\\_%")) {
                String mark = marker(c, name);
                if (mark == null || !mark.startsWith(MARK)) {
                    continue;
                }
                String buildId = mark.substring(MARK.length());
                if (!DatabaseNames.BUILD_ID.matcher(buildId).matches()) {
                    // Anyone with CREATE can write a comment; one bad id must not stop the purge of the others.
                    log().warn("Skipping the database " + name + ": its db-lifecycle marker names the invalid build "
                            + "id '" + buildId + "', so db-lifecycle did not write it.");
                    continue;
                }
                // Both must agree: the marker says db-lifecycle made it, the name for which build (or a reusable
                // template a build was killed while building: it keeps the build's marker until published).
                if (DatabaseNames.isOurs(name, prefix, buildId)
                        || templates.matcher(name).matches()) {
                    found.add(new BuildMark(database(name), buildId));
                }
            }
        }
        return found;
    }

    /**
     * A named lock ({@code GET_LOCK}) on a session kept open by the build's JVM: the server releases it when that
     * session ends, also when the JVM is killed, and every build sharing the server sees it with
     * {@code IS_USED_LOCK}. The session's idle timeouts are turned off, since it idles for the whole build.
     */
    @Override
    public SessionLock holdBuild() throws SQLException {
        String name = buildLock(buildId());
        SessionLock lock = ServerSessionLock.tryTake(sessionLock(admin(), name), "GET_LOCK('" + name + "')");
        if (lock == null) {
            throw new DbLifecycleException("Cannot take the build lock " + name + " on the server: another session "
                    + "holds it. Run the build again (its id is random).");
        }
        return lock;
    }

    /** How a {@code GET_LOCK} lock is taken without waiting, checked and kept on its session. */
    static ServerSessionLock.Product sessionLock(ConnectionSpec admin, String name) {
        return new ServerSessionLock.Product() {
            @Override
            public Connection open() throws SQLException {
                Properties keepAlive = new Properties();
                keepAlive.setProperty("tcpKeepAlive", "true");
                return admin.open(keepAlive);
            }

            @Override
            public void keepOpen(Connection c) {
                for (String timeout : new String[] {"wait_timeout", "interactive_timeout"}) {
                    try {
                        MysqlSql.execute(c, "SET SESSION " + timeout + " = 31536000"); // the maximum, a year
                    } catch (SQLException e) {
                        // Not allowed: the ping every second keeps the session from idling anyway.
                    }
                }
            }

            @Override
            public boolean tryTake(Connection c) throws SQLException {
                return "1".equals(MysqlSql.queryString(c, "select GET_LOCK(?, 0)", name));
            }

            @Override
            public boolean holds(Connection c) throws SQLException {
                return "1".equals(MysqlSql.queryString(c, "select IS_USED_LOCK(?) = CONNECTION_ID()", name));
            }
        };
    }

    @Override
    public boolean isBuildAlive(String buildId) throws SQLException {
        try (Connection c = admin().open()) {
            return MysqlSql.queryString(c, "select IS_USED_LOCK(?)", buildLock(buildId)) != null;
        }
    }

    /**
     * Databases with a session other than ours, from {@code information_schema.PROCESSLIST}, which shows other
     * accounts' sessions only to an account with the PROCESS privilege.
     */
    @Override
    public Set<String> inUse(List<Database> databases) throws SQLException {
        if (databases.isEmpty()) {
            return Set.of();
        }
        String in = String.join(", ", java.util.Collections.nCopies(databases.size(), "?"));
        try (Connection c = admin().open()) {
            return new TreeSet<>(MysqlSql.queryColumn(
                    c,
                    "select distinct DB from information_schema.PROCESSLIST where DB in (" + in
                            + ") and ID <> CONNECTION_ID()",
                    databases.stream().map(Database::name).toArray(String[]::new)));
        }
    }

    @Override
    public void requireReaches(Connection connection, String database) throws SQLException {
        ServerCloneBinding.requireReaches(connection, "select database()", database);
    }

    /** The marker on every database of build {@code buildId}. */
    static String markerOf(String buildId) {
        return MARK + buildId;
    }

    /** Each fork holds a connection to its clone; the server serves at most max_connections. */
    @Override
    public int maxClones() throws SQLException {
        try (Connection c = admin().open()) {
            return Integer.parseInt(MysqlSql.queryString(c, "select @@max_connections"));
        }
    }

    static String buildLock(String buildId) {
        return "dblc_build_" + DatabaseNames.requireBuildId(buildId);
    }

    @Override
    public Fingerprint fingerprint(Database database) throws SQLException {
        try (Connection c = admin().open()) {
            return MysqlFingerprint.of(c, database.name());
        }
    }

    /** The scripts' connection: a DEFINER the account may not name is dropped instead of failing (see Definers). */
    @Override
    public Connection openForScripts(ConnectionSpec spec) throws SQLException {
        return DefinerTolerantConnection.wrap(
                spec.open(),
                sql -> warn("Ran without its DEFINER clause (it names "
                        + "an account that does not exist, or the connecting account lacks SUPER/SET USER; the connecting "
                        + "account is the definer): " + excerpt(sql)));
    }

    @Override
    public int concurrency() {
        return cloneConcurrency;
    }

    private void warn(String message) {
        if (warned.add(message)) {
            log().warn(message);
        }
    }

    private static String excerpt(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 100 ? flat : flat.substring(0, 97) + "...";
    }
}
