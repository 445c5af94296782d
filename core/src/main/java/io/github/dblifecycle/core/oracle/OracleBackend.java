package io.github.dblifecycle.core.oracle;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.BuildMark;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.ProductBackend;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DatabaseNames;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkBinding;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.Ownership;
import io.github.dblifecycle.core.ServerForkBinding;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Oracle: the unit of isolation is a schema, i.e. a user. The template is a user the scripts build while connected
 * as it; each clone is a new user into which the template's objects are re-created from DBMS_METADATA DDL (read
 * once per build, see {@link TemplateReader}) and its rows copied by direct-path INSERT … SELECT, all in the
 * server. The admin account needs the DBA role (DBA_* views, DBMS_METADATA on other schemas, CREATE ANY …,
 * SELECT ANY TABLE, ALTER SYSTEM KILL SESSION, CREATE/DROP USER). Never run against a real server by this
 * project: see the site's Oracle section.
 */
public final class OracleBackend extends ProductBackend {
    public static final String ID = "oracle";
    public static final String URL_PREFIX = "jdbc:oracle:";
    public static final String TABLESPACE_OPTION = "oracle.tablespace";
    public static final String MODE_OPTION = "oracle.mode";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String buildId;
    private final String tablespace;
    /** Read by {@link #beforeCloning}, used by the concurrent {@link #createClone} calls. */
    private final Map<String, TemplateSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> templateCounts = new ConcurrentHashMap<>();

    /** The registry's unconfigured instance; {@link #configure} makes the per-build one. */
    public OracleBackend() {
        this(null, null);
    }

    private OracleBackend(String buildId, String tablespace) {
        super(ID, "com.oracle.database.jdbc:ojdbc11", OracleScriptSplitter::new, URL_PREFIX);
        this.buildId = buildId;
        this.tablespace = tablespace;
    }

    @Override
    public int cloneConcurrency() {
        // Not measured (no Oracle server here). Oracle Database Free uses at most 2 CPU threads, and each clone is
        // server-side work, so more sessions than that would only queue.
        return 2;
    }

    @Override
    public Backend configure(String buildId, Map<String, String> options) {
        String ts = null;
        for (Map.Entry<String, String> option : options.entrySet()) {
            String key = option.getKey();
            if (!key.startsWith(ID + ".")) {
                continue;
            }
            if (key.equals(TABLESPACE_OPTION)) {
                ts = OracleNames.tablespace(key, option.getValue());
            } else if (key.equals(MODE_OPTION)) {
                requireSchemaMode(option.getValue());
            } else {
                throw new DbLifecycleException("Unknown Oracle option '" + key + "'. Known: " + TABLESPACE_OPTION
                        + ", " + MODE_OPTION + ".");
            }
        }
        return new OracleBackend(DatabaseNames.requireBuildId(buildId), ts);
    }

    private static void requireSchemaMode(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("pdb")) {
            throw new DbLifecycleException("The Oracle option " + MODE_OPTION + "=pdb (a pluggable database per "
                    + "clone) is designed but not implemented: see the Oracle section of the db-lifecycle site. "
                    + "Remove the option to use schema mode (a user per clone).");
        }
        if (!v.equals("schema")) {
            throw new DbLifecycleException("Invalid value '" + value + "' for the option " + MODE_OPTION
                    + ": use schema.");
        }
    }

    @Override
    public Database createTemplate(ConnectionSpec admin, String name, Path workDir) throws SQLException {
        OracleUrl.requireThin(admin.url());
        try (Connection c = open(admin)) {
            String user = OracleNames.user(name, identifierLimit(c));
            String password = OraclePasswords.generate(RANDOM);
            createMarkedUser(c, user, password, "template");
            return new Database(user, new ConnectionSpec(admin.url(), user, password), null);
        }
    }

    @Override
    public String beforeCloning(ConnectionSpec admin, Database template) throws SQLException {
        try (Connection c = open(admin)) {
            String user = template.name();
            ensureMarker(c, user);
            // Views created before their tables, and PL/SQL calling later units, are valid once compiled.
            execute(c, OracleSql.compileSchema(user));
            List<String> invalid = SchemaCheck.invalidObjects(c, user);
            if (!invalid.isEmpty()) {
                throw new DbLifecycleException("After the scripts ran, the template " + user + " holds invalid "
                        + "objects (SQL*Plus would have printed \"created with compilation errors\"):\n  "
                        + String.join("\n  ", invalid) + "\nFix them in the scripts (parameter <scripts>).");
            }
            long start = System.nanoTime();
            TemplateSnapshot snapshot = new TemplateReader(c, user).read();
            snapshots.put(user, snapshot);
            templateCounts.put(user, SchemaCheck.objectCounts(c, user));
            return "Cloning the Oracle schema " + user + " (" + snapshot.tables().size() + " tables, "
                    + (snapshot.views().size() + snapshot.plsql().size() + snapshot.sequences().size()
                            + snapshot.indexes().size()) + " other objects, DDL read in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms) into new users: DBMS_METADATA DDL, rows by "
                    + "INSERT /*+ APPEND */ … SELECT";
        }
    }

    /** The scripts may have dropped every table, the marker too: this build created the user, so re-mark it. */
    private void ensureMarker(Connection c, String user) throws SQLException {
        if (markerBuildId(c, user) == null) {
            execute(c, OracleSql.createMarker(user));
            execute(c, OracleSql.insertMarker(user, buildId(), "template"));
        }
    }

    @Override
    public Database createClone(ConnectionSpec admin, Database template, String name, Path workDir)
            throws SQLException {
        TemplateSnapshot snapshot = snapshots.get(template.name());
        if (snapshot == null) {
            throw new IllegalStateException("OracleBackend.beforeCloning was not called for " + template.name());
        }
        try (Connection c = open(admin)) {
            String user = OracleNames.user(name, identifierLimit(c));
            String password = OraclePasswords.generate(RANDOM);
            createMarkedUser(c, user, password, "clone");
            try {
                for (ClonePlan.Step step : new ClonePlan(snapshot).objectSteps(user)) {
                    run(c, step);
                }
                verify(c, template.name(), user);
            } catch (SQLException | RuntimeException e) {
                // A half-made clone is not in the lifecycle's list yet: it is ours (just marked), so drop it here.
                try {
                    dropMarkedUser(c, user);
                } catch (SQLException | RuntimeException dropFailure) {
                    e.addSuppressed(dropFailure);
                }
                throw e;
            }
            return new Database(user, new ConnectionSpec(admin.url(), user, password), null);
        }
    }

    private void verify(Connection c, String template, String clone) throws SQLException {
        List<String> invalid = SchemaCheck.invalidObjects(c, clone);
        if (!invalid.isEmpty()) {
            throw new DbLifecycleException("The clone " + clone + " has objects that are valid in the template but "
                    + "do not compile in the clone:\n  " + String.join("\n  ", invalid) + "\nA usual cause: PL/SQL "
                    + "or view text that names another schema the clone has no grant on.");
        }
        List<String> differences = SchemaCheck.differences(templateCounts.get(template),
                SchemaCheck.objectCounts(c, clone));
        if (!differences.isEmpty()) {
            throw new DbLifecycleException("The clone " + clone + " does not hold the same objects as the template "
                    + template + ":\n  " + String.join("\n  ", differences));
        }
    }

    /** Creates the user and its marker; if anything after CREATE USER fails, drops the user again (it is ours). */
    private void createMarkedUser(Connection c, String user, String password, String role) throws SQLException {
        String ts = tablespace != null ? tablespace : defaultTablespace(c);
        List<ClonePlan.Step> steps = ClonePlan.userSteps(user, password, ts, buildId(), role);
        run(c, steps.get(0));
        try {
            for (ClonePlan.Step step : steps.subList(1, steps.size())) {
                run(c, step);
            }
        } catch (SQLException | RuntimeException e) {
            try {
                execute(c, OracleSql.dropUser(user));
            } catch (SQLException dropFailure) {
                e.addSuppressed(dropFailure);
            }
            throw e;
        }
    }

    @Override
    public void drop(ConnectionSpec admin, Database database) throws SQLException {
        try (Connection c = open(admin)) {
            dropMarkedUser(c, database.name());
        }
    }

    /**
     * Drops a user only if it exists, its name is one db-lifecycle generates, and its marker names the build id
     * its name holds. Locks it first so that no test JVM reconnects, then ends its sessions.
     */
    private void dropMarkedUser(Connection c, String user) throws SQLException {
        String nameBuildId = OwnedUsers.buildIdOf(user);
        if (!exists(c, user)) {
            return;
        }
        String marker = markerBuildId(c, user);
        if (!nameBuildId.equals(marker)) {
            throw new DbLifecycleException("Not dropping the Oracle user " + user + ": its " + OracleSql.MARKER_TABLE
                    + " table " + (marker == null ? "is missing" : "names build " + marker) + ", so db-lifecycle "
                    + "build " + nameBuildId + " did not create it (or someone changed it). Drop it by hand if it "
                    + "is yours to drop.");
        }
        execute(c, OracleSql.lockUser(user));
        SQLException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            killSessions(c, user);
            try {
                execute(c, OracleSql.dropUser(user));
                return;
            } catch (SQLException e) {
                if (e.getErrorCode() != 1940) { // ORA-01940: cannot drop a user that is currently connected
                    throw e;
                }
                last = e;
                sleep(1000);
            }
        }
        throw last;
    }

    private static void killSessions(Connection c, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(OracleSql.SESSIONS_OF_USER)) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        execute(c, OracleSql.killSession(rs.getLong(1), rs.getLong(2), rs.getInt(3)));
                    } catch (SQLException e) {
                        // ORA-00030/00031: already gone or marked for kill; DROP USER says if one remains.
                    }
                }
            }
        }
    }

    private static String markerBuildId(Connection c, String user) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(OracleSql.selectMarker(user))) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            if (e.getErrorCode() == 942) { // ORA-00942: table or view does not exist
                return null;
            }
            throw e;
        }
    }

    private static boolean exists(Connection c, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(OracleSql.USER_EXISTS)) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    @Override
    public Ownership ownership(ConnectionSpec admin, Database database, String buildId) throws SQLException {
        try (Connection c = open(admin)) {
            if (!exists(c, database.name())) {
                return Ownership.ABSENT;
            }
            return buildId.equalsIgnoreCase(markerBuildId(c, database.name())) ? Ownership.OURS : Ownership.FOREIGN;
        }
    }

    @Override
    public List<BuildMark> marked(ConnectionSpec admin, String prefix, Path workDir) throws SQLException {
        DatabaseNames.requirePrefix(prefix);
        List<BuildMark> found = new ArrayList<>();
        try (Connection c = open(admin);
                PreparedStatement ps = c.prepareStatement(
                        "select username from all_users where username like ? escape '\\' order by username")) {
            ps.setString(1, prefix.toUpperCase(Locale.ROOT) + "\\_%");
            List<String> users = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    users.add(rs.getString(1));
                }
            }
            for (String user : users) {
                String id = markerBuildId(c, user);
                if (id != null && DatabaseNames.isOurs(user.toLowerCase(Locale.ROOT), prefix, id.toLowerCase(Locale.ROOT))) {
                    found.add(new BuildMark(new Database(user, admin, null), id.toLowerCase(Locale.ROOT)));
                }
            }
        }
        return found;
    }

    /**
     * Not implemented for Oracle yet: a liveness lock would need DBMS_LOCK (EXECUTE on it is not granted by
     * default). So no Oracle build is ever seen as dead ({@link #isBuildAlive} says alive): purge never drops Oracle
     * users, and leftovers of a killed build are dropped by hand. Never purging a live build matters more.
     */
    @Override
    public AutoCloseable holdBuild(ConnectionSpec admin, String buildId, Path workDir) {
        return () -> {};
    }

    @Override
    public boolean isBuildAlive(ConnectionSpec admin, String buildId, Path workDir) {
        return true;
    }

    /** Connects as the clone's own user and checks that the session's current schema is the clone's. */
    @Override
    public ForkBinding bindFork(Manifest manifest, Manifest.Worker worker) throws SQLException {
        return ServerForkBinding.check(this, worker, OracleSql.CURRENT_SCHEMA);
    }

    private static String defaultTablespace(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(OracleSql.DEFAULT_TABLESPACE)) {
            if (!rs.next()) {
                throw new DbLifecycleException("Cannot find the database's default permanent tablespace; set the "
                        + "option " + TABLESPACE_OPTION + ".");
            }
            return OracleNames.tablespace("DEFAULT_PERMANENT_TABLESPACE", rs.getString(1));
        }
    }

    private static int identifierLimit(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        return OracleNames.maxLength(md.getDatabaseMajorVersion(), md.getDatabaseMinorVersion());
    }

    /** Runs a step; a failure names the step, never a password (secret steps are only described). */
    private static void run(Connection c, ClonePlan.Step step) throws SQLException {
        try {
            execute(c, step.sql());
        } catch (SQLException e) {
            throw new SQLException(step.display() + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String buildId() {
        if (buildId == null) {
            throw new IllegalStateException("OracleBackend.configure(buildId, options) was not called");
        }
        return buildId;
    }
}
