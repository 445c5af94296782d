package io.github.dblifecycle.core.oracle;

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
import java.util.Set;

import io.github.dblifecycle.core.AbstractBackend;
import io.github.dblifecycle.core.BuildContext;
import io.github.dblifecycle.core.BuildMark;
import io.github.dblifecycle.core.Cloner;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DatabaseNames;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Ownership;
import io.github.dblifecycle.core.SessionLock;

/**
 * Oracle for one build: the unit of isolation is a schema, i.e. a user. The template is a user the scripts build while connected
 * as it; each clone is a new user into which the template's objects are re-created from DBMS_METADATA DDL (read
 * once per build, see {@link TemplateReader}) and its rows copied by direct-path INSERT … SELECT, all in the
 * server. The admin account needs the DBA role (DBA_* views, DBMS_METADATA on other schemas, CREATE ANY …,
 * SELECT ANY TABLE, ALTER SYSTEM KILL SESSION, CREATE/DROP USER). Never run against a real server by this
 * project: see the site's Oracle section.
 */
public final class OracleBackend extends AbstractBackend {
    public static final String ID = OracleBackendType.ID;
    public static final String TABLESPACE_OPTION = "oracle.tablespace";
    public static final String MODE_OPTION = "oracle.mode";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String tablespace;

    OracleBackend(OracleBackendType type, BuildContext context) {
        super(type, context);
        this.tablespace = tablespace(context.options());
    }

    @Override
    public int concurrency() {
        // Not measured (no Oracle server here). Oracle Database Free uses at most 2 CPU threads, and each clone is
        // server-side work, so more sessions than that would only queue.
        return 2;
    }

    /** The option {@code oracle.tablespace}, or {@code null}: the database's default. */
    private static String tablespace(Map<String, String> options) {
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
                throw new DbLifecycleException(
                        "Unknown Oracle option '" + key + "'. Known: " + TABLESPACE_OPTION + ", " + MODE_OPTION + ".");
            }
        }
        return ts;
    }

    private static void requireSchemaMode(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("pdb")) {
            throw new DbLifecycleException("The Oracle option " + MODE_OPTION + "=pdb (a pluggable database per "
                    + "clone) is designed but not implemented: see the Oracle section of the db-lifecycle site. "
                    + "Remove the option to use schema mode (a user per clone).");
        }
        if (!v.equals("schema")) {
            throw new DbLifecycleException(
                    "Invalid value '" + value + "' for the option " + MODE_OPTION + ": use schema.");
        }
    }

    @Override
    public Database createTemplate(String name) throws SQLException {
        ConnectionSpec admin = admin();
        OracleUrl.requireThin(admin.url());
        try (Connection c = admin.open()) {
            String user = OracleNames.user(name, identifierLimit(c));
            String password = OraclePasswords.generate(RANDOM);
            createMarkedUser(c, user, password, "template");
            return new Database(user, new ConnectionSpec(admin.url(), user, password), null);
        }
    }

    /** Compiles and checks the template, then reads its DDL and object counts once for all its clones. */
    @Override
    public Cloner cloner(Database template) throws SQLException {
        try (Connection c = admin().open()) {
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
            return new OracleCloner(
                    template,
                    snapshot,
                    SchemaCheck.objectCounts(c, user),
                    "Cloning the Oracle schema "
                            + user + " (" + snapshot.tables().size() + " tables, "
                            + (snapshot.views().size()
                                    + snapshot.plsql().size()
                                    + snapshot.sequences().size()
                                    + snapshot.indexes().size())
                            + " other objects, DDL read in "
                            + (System.nanoTime() - start) / 1_000_000
                            + " ms) into new users: DBMS_METADATA DDL, rows by "
                            + "INSERT /*+ APPEND */ … SELECT");
        }
    }

    /** The scripts may have dropped every table, the marker too: this build created the user, so re-mark it. */
    private void ensureMarker(Connection c, String user) throws SQLException {
        if (markerBuildId(c, user) == null) {
            execute(c, OracleSql.createMarker(user));
            execute(c, OracleSql.insertMarker(user, buildId(), "template"));
        }
    }

    /** One template's cloning run: its DDL snapshot and object counts, read once. */
    private final class OracleCloner extends BaseCloner {
        private final Database template;
        private final TemplateSnapshot snapshot;
        private final Map<String, Integer> templateCounts;

        OracleCloner(
                Database template, TemplateSnapshot snapshot, Map<String, Integer> templateCounts, String description) {
            super(description);
            this.template = template;
            this.snapshot = snapshot;
            this.templateCounts = templateCounts;
        }

        @Override
        public Database createClone(String name) throws SQLException {
            ConnectionSpec admin = admin();
            try (Connection c = admin.open()) {
                String user = OracleNames.user(name, identifierLimit(c));
                String password = OraclePasswords.generate(RANDOM);
                createMarkedUser(c, user, password, "clone");
                try {
                    for (ClonePlan.Step step : new ClonePlan(snapshot).objectSteps(user)) {
                        run(c, step);
                    }
                    verify(c, template.name(), templateCounts, user);
                } catch (SQLException | RuntimeException e) {
                    // A half-made clone is not in the lifecycle's list yet: it is ours (just marked), so drop it.
                    undo(e, () -> dropMarkedUser(c, user));
                    throw e;
                }
                return new Database(user, new ConnectionSpec(admin.url(), user, password), null);
            }
        }
    }

    private static void verify(Connection c, String template, Map<String, Integer> templateCounts, String clone)
            throws SQLException {
        List<String> invalid = SchemaCheck.invalidObjects(c, clone);
        if (!invalid.isEmpty()) {
            throw new DbLifecycleException("The clone " + clone + " has objects that are valid in the template but "
                    + "do not compile in the clone:\n  " + String.join("\n  ", invalid) + "\nA usual cause: PL/SQL "
                    + "or view text that names another schema the clone has no grant on.");
        }
        List<String> differences = SchemaCheck.differences(templateCounts, SchemaCheck.objectCounts(c, clone));
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
            undo(e, () -> execute(c, OracleSql.dropUser(user)));
            throw e;
        }
    }

    @Override
    public void drop(Database database) throws SQLException {
        try (Connection c = admin().open()) {
            dropMarkedUser(c, database.name());
        }
    }

    /**
     * Drops a user only if it exists, its name is one db-lifecycle generates, and its marker names the build id
     * its name holds. Locks it first so that no test JVM reconnects, then ends its sessions.
     */
    private void dropMarkedUser(Connection c, String user) throws SQLException {
        String nameBuildId = OracleNames.buildIdOf(user);
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
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(OracleSql.selectMarker(user))) {
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
    public Ownership ownership(Database database, String buildId) throws SQLException {
        try (Connection c = admin().open()) {
            if (!exists(c, database.name())) {
                return Ownership.ABSENT;
            }
            return buildId.equalsIgnoreCase(markerBuildId(c, database.name())) ? Ownership.OURS : Ownership.FOREIGN;
        }
    }

    @Override
    public List<BuildMark> marked(String prefix) throws SQLException {
        DatabaseNames.requirePrefix(prefix);
        List<BuildMark> found = new ArrayList<>();
        try (Connection c = admin().open();
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
                if (id != null
                        && DatabaseNames.isOurs(user.toLowerCase(Locale.ROOT), prefix, id.toLowerCase(Locale.ROOT))) {
                    found.add(new BuildMark(new Database(user, admin(), null), id.toLowerCase(Locale.ROOT)));
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
    public SessionLock holdBuild() {
        return SessionLock.of("no liveness lock (Oracle)", () -> {});
    }

    @Override
    public boolean isBuildAlive(String buildId) {
        return true;
    }

    @Override
    public boolean tracksLiveness() {
        return false;
    }

    /** Never asked: no Oracle build is purged. */
    @Override
    public Set<String> inUse(List<Database> databases) {
        return Set.of();
    }

    private static String defaultTablespace(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(OracleSql.DEFAULT_TABLESPACE)) {
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
}
