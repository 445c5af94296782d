package io.github.dblifecycle.core.mysql;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.BuildMark;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.ProductBackend;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DatabaseNames;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Fingerprint;
import io.github.dblifecycle.core.ForkBinding;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.Ownership;
import io.github.dblifecycle.core.ServerForkBinding;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL 8 and MariaDB 10.5+, through MySQL Connector/J ({@code jdbc:mysql:}) or MariaDB Connector/J
 * ({@code jdbc:mariadb:}). The template is a database built by the scripts; each clone is filled inside the server
 * by {@link MysqlCloner} (no dump, no rows through the client). Every database created carries the marker
 * {@code db-lifecycle build <id>}: as its COMMENT on MariaDB, in a table {@code _dblc_owner} on MySQL (which has no
 * database comments); a database without our marker is never dropped.
 */
public final class MysqlBackend extends ProductBackend {
    public static final String ID = "mysql";
    public static final String TABLE_SESSIONS_OPTION = "mysql.tableSessions";
    public static final String CLONE_CONCURRENCY_OPTION = "mysql.cloneConcurrency";
    /** {@code auto} (default), {@code sql} or {@code tablespace}: how the tables' rows get into a clone. */
    public static final String CLONE_METHOD_OPTION = "mysql.cloneMethod";
    private static final Set<String> OPTIONS = Set.of(TABLE_SESSIONS_OPTION, CLONE_CONCURRENCY_OPTION,
            CLONE_METHOD_OPTION);
    private static final List<String> METHODS = List.of("auto", "sql", "tablespace");
    private static final Pattern OUR_NAME = Pattern.compile("[a-z][a-z0-9_]*_([a-z0-9]{8})_(t|[0-9]+)");
    private static final String MARK = "db-lifecycle build ";
    private static final String[] URL_PREFIXES = {"jdbc:mysql:", "jdbc:mysql+srv:", "jdbc:mariadb:"};

    /**
     * Defaults measured on the 2-core build machine (MysqlCloneBenchmark, 542 MB template, 4 clones): 2 sessions per
     * clone with 4 clones at a time took 27.0 s, with 2 clones at a time 42.8 s; one session per clone gains nothing
     * for small templates (clone-bench.md §6).
     */
    static final int DEFAULT_TABLE_SESSIONS = 2;
    static final int DEFAULT_CLONE_CONCURRENCY = 4;

    private final String buildId;
    private final int tableSessions;
    private final int cloneConcurrency;
    private final String cloneMethod;
    private final Map<String, MysqlTemplate> templates = new ConcurrentHashMap<>();
    private volatile Path workDir;
    /** Per template: its exported tablespaces, from beforeCloning to afterCloning (absent: SQL copy). */
    private final Map<String, MysqlTablespaces> exports = new ConcurrentHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public MysqlBackend() {
        this(null, DEFAULT_TABLE_SESSIONS, DEFAULT_CLONE_CONCURRENCY, "auto");
    }

    private MysqlBackend(String buildId, int tableSessions, int cloneConcurrency, String cloneMethod) {
        super(ID, "com.mysql:mysql-connector-j (jdbc:mysql:) or org.mariadb.jdbc:mariadb-java-client (jdbc:mariadb:)",
                MysqlScriptSplitter::new, URL_PREFIXES);
        this.buildId = buildId;
        this.tableSessions = tableSessions;
        this.cloneConcurrency = cloneConcurrency;
        this.cloneMethod = cloneMethod;
    }

    static boolean handlesUrl(String url) {
        return java.util.Arrays.stream(URL_PREFIXES).anyMatch(url::startsWith);
    }

    @Override
    public Backend configure(String buildId, Map<String, String> options) {
        int sessions = DEFAULT_TABLE_SESSIONS;
        int concurrency = DEFAULT_CLONE_CONCURRENCY;
        String method = "auto";
        for (Map.Entry<String, String> o : options.entrySet()) {
            if (!o.getKey().startsWith(ID + ".")) {
                continue;
            }
            if (!OPTIONS.contains(o.getKey())) {
                throw new DbLifecycleException("Unknown MySQL option '" + o.getKey() + "'. Known: "
                        + String.join(", ", OPTIONS.stream().sorted().toList()) + ".");
            }
            if (o.getKey().equals(CLONE_METHOD_OPTION)) {
                method = o.getValue() == null ? "" : o.getValue().strip().toLowerCase(java.util.Locale.ROOT);
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
        return new MysqlBackend(DatabaseNames.requireBuildId(buildId), sessions, concurrency, method);
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
        throw new DbLifecycleException("Invalid value '" + value + "' for the option " + key
                + ": use a whole number from 1 to 64.");
    }

    @Override
    public Database createTemplate(ConnectionSpec admin, String name, Path workDir) throws SQLException {
        this.workDir = workDir;
        try (Connection c = admin.open()) {
            createMarked(c, name);
        }
        return database(admin, name);
    }

    @Override
    public String beforeCloning(ConnectionSpec admin, Database template) throws SQLException {
        MysqlTemplate t = model(admin, template.name());
        return "Cloning " + template.name() + " inside the server: " + t.tables().size() + " table(s), "
                + t.totalBytes() / (1024 * 1024) + " MB, " + t.views().size() + " view(s), " + t.triggers().size()
                + " trigger(s), " + t.routines().size() + " routine(s), " + t.events().size() + " event(s); "
                + tableSessions + " session(s) per clone, " + cloneConcurrency + " clone(s) at a time; "
                + chooseMethod(admin, t, template.name());
    }

    /**
     * {@code sql}: rows by INSERT … SELECT. {@code tablespace}/{@code auto}: the template's InnoDB tables exported
     * once now (MysqlTablespaces), each clone imports copies of the files; auto falls back to SQL when this JVM
     * cannot use the server's datadir, tablespace fails then. Returns the log text saying which and why.
     */
    private String chooseMethod(ConnectionSpec admin, MysqlTemplate t, String name) throws SQLException {
        if (cloneMethod.equals("sql")) {
            return "method sql (" + CLONE_METHOD_OPTION + "=sql): rows by INSERT ... SELECT";
        }
        long start = System.nanoTime();
        MysqlTablespaces.Outcome outcome;
        Path staging = stagingDir(name);
        try (Connection c = admin.open()) {
            MysqlServer.prepareReadSession(c);
            c.setCatalog(name);
            outcome = MysqlTablespaces.export(c, t, staging);
        }
        if (outcome.tablespaces() == null) {
            if (cloneMethod.equals("tablespace")) {
                throw new DbLifecycleException(CLONE_METHOD_OPTION + "=tablespace, but tablespace import cannot be "
                        + "used: " + outcome.reason() + ". Use " + CLONE_METHOD_OPTION + "=auto or sql.");
            }
            return "method sql (" + CLONE_METHOD_OPTION + "=auto; tablespace import unavailable: " + outcome.reason()
                    + "): rows by INSERT ... SELECT";
        }
        exports.put(name, outcome.tablespaces());
        StringBuilder line = new StringBuilder("method tablespace (" + CLONE_METHOD_OPTION + "=" + cloneMethod
                + "; datadir " + outcome.tablespaces().datadir() + " is usable: import probe passed): "
                + outcome.tablespaces().size() + " table(s) exported in " + (System.nanoTime() - start) / 1_000_000
                + " ms and imported into each clone");
        if (!outcome.sqlTables().isEmpty()) {
            line.append(", ").append(outcome.sqlTables().size()).append(" copied with SQL (");
            line.append(String.join(", ", outcome.sqlTables().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).toList())).append(')');
        }
        return line.toString();
    }

    /** Under the build's work directory (known from createTemplate), else the temp directory. */
    private Path stagingDir(String template) {
        Path base = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve("mysql-export-" + template);
    }

    @Override
    public void afterCloning(ConnectionSpec admin, Database template) {
        MysqlTablespaces t = exports.remove(template.name());
        if (t != null) {
            t.close();
        }
    }

    @Override
    public Database createClone(ConnectionSpec admin, Database template, String name, Path workDir)
            throws SQLException {
        MysqlTemplate model = model(admin, template.name());
        try (Connection c = admin.open()) {
            createMarked(c, name);
            try {
                new MysqlCloner(admin, model, name, tableSessions, this::warn, exports.get(template.name())).copy();
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    dropMarked(c, name); // ours: created just above
                } catch (SQLException dropFailure) {
                    e.addSuppressed(dropFailure);
                }
                throw e;
            }
        }
        return database(admin, name);
    }

    private MysqlTemplate model(ConnectionSpec admin, String template) throws SQLException {
        MysqlTemplate model = templates.get(template);
        if (model == null) {
            try (Connection c = admin.open()) {
                model = MysqlTemplate.read(c, template);
            }
            templates.put(template, model);
        }
        return model;
    }

    private Database database(ConnectionSpec admin, String name) {
        return new Database(name, admin.withUrl(MysqlUrl.withDatabase(admin.url(), name)), null);
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
            MysqlSql.execute(c, "CREATE TABLE " + quoted + "." + MysqlTemplate.MARKER_TABLE
                    + " (build varchar(64) NOT NULL PRIMARY KEY) COMMENT 'db-lifecycle ownership marker'");
            MysqlSql.execute(c, "INSERT INTO " + quoted + "." + MysqlTemplate.MARKER_TABLE + " VALUES ('" + mark + "')");
        } catch (SQLException e) {
            try {
                MysqlSql.execute(c, "DROP DATABASE " + quoted);
            } catch (SQLException dropFailure) {
                e.addSuppressed(dropFailure);
            }
            throw e;
        }
    }

    @Override
    public void drop(ConnectionSpec admin, Database database) throws SQLException {
        try (Connection c = admin.open()) {
            dropMarked(c, database.name());
        }
    }

    /** Drops the database if it carries the marker of the build its name says; a missing one is fine. */
    private static void dropMarked(Connection c, String name) throws SQLException {
        String quoted = MysqlSql.database(name);
        Matcher m = OUR_NAME.matcher(name);
        if (!m.matches()) {
            throw new DbLifecycleException("Refusing to drop " + name + ": it is not a name db-lifecycle generates.");
        }
        if (MysqlSql.queryString(c, "select SCHEMA_NAME from information_schema.SCHEMATA where SCHEMA_NAME = ?",
                name) == null) {
            return;
        }
        String expected = MARK + m.group(1);
        String found = marker(c, name);
        if (!expected.equals(found)) {
            throw new DbLifecycleException("Not dropping the database " + name + ": it does not carry the marker '"
                    + expected + "' (found: " + (found == null || found.isEmpty() ? "none" : "'" + found + "'") + "), so db-lifecycle "
                    + "did not create it. Drop it by hand if it is a leftover of yours.");
        }
        MysqlSql.execute(c, "DROP DATABASE " + quoted);
    }

    /** The marker a database carries; {@code null}: no such database, or one without a marker. */
    static String marker(Connection c, String name) throws SQLException {
        if (MysqlServer.of(c).hasSchemaComments()) {
            String comment = MysqlSql.queryString(c, "select SCHEMA_COMMENT from information_schema.SCHEMATA "
                    + "where SCHEMA_NAME = ?", name);
            return comment == null || comment.isEmpty() ? null : comment;
        }
        try {
            return MysqlSql.queryString(c, "select build from " + MysqlSql.database(name) + "."
                    + MysqlTemplate.MARKER_TABLE);
        } catch (SQLException e) {
            if (e.getErrorCode() == 1146 || e.getErrorCode() == 1049) { // no marker table / no database
                return null;
            }
            throw e;
        }
    }

    @Override
    public Ownership ownership(ConnectionSpec admin, Database database, String buildId) throws SQLException {
        MysqlSql.database(database.name()); // a name this tool would never give is refused, not looked up
        try (Connection c = admin.open()) {
            if (MysqlSql.queryString(c, "select SCHEMA_NAME from information_schema.SCHEMATA where SCHEMA_NAME = ?",
                    database.name()) == null) {
                return Ownership.ABSENT;
            }
            return (MARK + buildId).equals(marker(c, database.name())) ? Ownership.OURS : Ownership.FOREIGN;
        }
    }

    @Override
    public List<BuildMark> marked(ConnectionSpec admin, String prefix, Path workDir) throws SQLException {
        DatabaseNames.requirePrefix(prefix);
        List<BuildMark> found = new ArrayList<>();
        try (Connection c = admin.open()) {
            for (String name : MysqlSql.queryColumn(c, "select SCHEMA_NAME from information_schema.SCHEMATA "
                    + "where SCHEMA_NAME like ? order by SCHEMA_NAME", prefix + "\\_%")) {
                String mark = marker(c, name);
                // Both must agree: the marker says db-lifecycle made it, the name for which build.
                if (mark != null && mark.startsWith(MARK)
                        && DatabaseNames.isOurs(name, prefix, mark.substring(MARK.length()))) {
                    found.add(new BuildMark(database(admin, name), mark.substring(MARK.length())));
                }
            }
        }
        return found;
    }

    /**
     * A named lock ({@code GET_LOCK}) on a session kept open by the build's JVM: the server releases it when that
     * session ends, also when the JVM is killed, and every build sharing the server sees it with
     * {@code IS_USED_LOCK}.
     */
    @Override
    public AutoCloseable holdBuild(ConnectionSpec admin, String buildId, Path workDir) throws SQLException {
        Connection c = admin.open();
        try {
            if (!"1".equals(MysqlSql.queryString(c, "select GET_LOCK(?, 10)", buildLock(buildId)))) {
                throw new DbLifecycleException("Cannot take the build lock " + buildLock(buildId) + " on the server: "
                        + "another session holds it. Run the build again (its id is random).");
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public boolean isBuildAlive(ConnectionSpec admin, String buildId, Path workDir) throws SQLException {
        try (Connection c = admin.open()) {
            return MysqlSql.queryString(c, "select IS_USED_LOCK(?)", buildLock(buildId)) != null;
        }
    }

    /** Each fork holds a connection to its clone; the server serves at most max_connections. */
    @Override
    public int maxClones(ConnectionSpec admin) throws SQLException {
        try (Connection c = admin.open()) {
            return Integer.parseInt(MysqlSql.queryString(c, "select @@max_connections"));
        }
    }

    static String buildLock(String buildId) {
        return "dblc_build_" + DatabaseNames.requireBuildId(buildId);
    }

    @Override
    public ForkBinding bindFork(Manifest manifest, Manifest.Worker worker) throws SQLException {
        return ServerForkBinding.check(this, worker, "select database()");
    }

    @Override
    public Fingerprint fingerprint(ConnectionSpec admin, Database database) throws SQLException {
        try (Connection c = admin.open()) {
            return MysqlFingerprint.of(c, database.name());
        }
    }

    /** The scripts' connection: a DEFINER the account may not name is dropped instead of failing (see Definers). */
    @Override
    public Connection open(ConnectionSpec spec) throws SQLException {
        return DefinerTolerantConnection.wrap(spec.open(), sql -> warn("Ran without its DEFINER clause (it names "
                + "an account that does not exist, or the connecting account lacks SUPER/SET USER; the connecting "
                + "account is the definer): " + excerpt(sql)));
    }

    @Override
    public int cloneConcurrency() {
        return cloneConcurrency;
    }

    @Override
    public List<String> drainWarnings() {
        synchronized (warnings) {
            List<String> out = List.copyOf(warnings);
            warnings.clear();
            return out;
        }
    }

    private void warn(String message) {
        synchronized (warnings) {
            if (!warnings.contains(message)) {
                warnings.add(message);
            }
        }
    }

    private static String excerpt(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 100 ? flat : flat.substring(0, 97) + "...";
    }

    private String buildId() {
        if (buildId == null) {
            throw new IllegalStateException("MysqlBackend.configure(buildId, options) was not called");
        }
        return buildId;
    }
}
