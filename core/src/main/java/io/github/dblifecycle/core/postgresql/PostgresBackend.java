package io.github.dblifecycle.core.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.AbstractBackend;
import io.github.dblifecycle.core.BuildContext;
import io.github.dblifecycle.core.BuildMark;
import io.github.dblifecycle.core.Cloner;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DatabaseNames;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Ownership;
import io.github.dblifecycle.core.ScriptSplitter;
import io.github.dblifecycle.core.ServerCloneBinding;
import io.github.dblifecycle.core.ServerSessionLock;
import io.github.dblifecycle.core.SessionLock;
import io.github.dblifecycle.core.reuse.TemplateNames;
import io.github.dblifecycle.core.reuse.TemplateStore;

/**
 * PostgreSQL for one build: the template is a database built by the scripts, each clone is
 * {@code CREATE DATABASE … TEMPLATE}, a server-side file copy that costs about as much as an empty database for
 * small templates.
 */
public final class PostgresBackend extends AbstractBackend {
    public static final String ID = PostgresBackendType.ID;
    public static final String STRATEGY_OPTION = "postgresql.strategy";
    /**
     * {@code true}: ownership and privilege statements of a dump run as written, and one naming a role the server
     * lacks fails the load; default {@code false}: those for missing roles are skipped with one warning.
     */
    public static final String KEEP_OWNERSHIP_OPTION = "postgresql.keepOwnership";

    /**
     * Above this template size clones use FILE_COPY. Measured on the 2-core build machine (table in
     * site/markdown/backend-postgresql.md; reproduce with {@code benchmark/run.sh 3 prepare}): WAL_LOG is 2.2× faster
     * for a 17 MB template (FILE_COPY pays two checkpoints), FILE_COPY is 1.4–2.7× faster for 367 MB (WAL_LOG writes the whole database to WAL, then again at checkpoint).
     * The crossover was not measured; 64 MB is a guess well inside that range.
     */
    static final long FILE_COPY_ABOVE_BYTES = 64L * 1024 * 1024;

    private static final Set<String> STRATEGIES = Set.of("auto", "WAL_LOG", "FILE_COPY", "CLONE");
    /** The names this tool generates; anything else is refused, never merely quoted. */
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    /** The start of the comment {@link #createMarked} puts on every database it creates; see {@link #marker}. */
    private static final Pattern MARKER =
            Pattern.compile(Pattern.quote(TemplateStore.BUILD_MARKER_PREFIX) + "(" + DatabaseNames.BUILD_ID + "), .*");
    /** The marker of versions before the liveness lock ("db-lifecycle build <id>"): never purged, not an error. */
    private static final Pattern LEGACY_MARKER =
            Pattern.compile(Pattern.quote(TemplateStore.BUILD_MARKER_PREFIX) + DatabaseNames.BUILD_ID);
    /** First advisory lock key of every db-lifecycle build lock: "dblc" in ASCII. */
    static final int LOCK_CLASS = 0x64626c63;

    private final String strategy;
    /** Read once per build, on first use. */
    private PostgresServer server;
    /**
     * Whether {@code file_copy_method = clone} worked on this server: {@code null} until the first clone of the build
     * tried it. Tried once per build; after a failure every clone copies.
     */
    private volatile Boolean cloneWorks;

    private final Object cloneProbe = new Object();
    private final boolean keepOwnership;

    PostgresBackend(PostgresBackendType type, BuildContext context) {
        super(type, context);
        this.strategy = strategy(context.options());
        this.keepOwnership = keepOwnership(context.options().get(KEEP_OWNERSHIP_OPTION));
    }

    @Override
    public ScriptSplitter scriptSplitter() {
        return new PostgresScriptSplitter(keepOwnership);
    }

    private static boolean keepOwnership(String value) {
        String v = value == null ? "false" : value.strip();
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new DbLifecycleException(
                    "Invalid value '" + value + "' for the option " + KEEP_OWNERSHIP_OPTION + ": use true or false.");
        }
        return Boolean.parseBoolean(v);
    }

    private static String strategy(Map<String, String> options) {
        String strategy = "auto";
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (!option.getKey().startsWith(ID + ".")) {
                continue;
            }
            if (option.getKey().equals(KEEP_OWNERSHIP_OPTION)) {
                continue;
            }
            if (!option.getKey().equals(STRATEGY_OPTION)) {
                throw new DbLifecycleException("Unknown PostgreSQL option '" + option.getKey() + "'. Known: "
                        + STRATEGY_OPTION + ", " + KEEP_OWNERSHIP_OPTION + ".");
            }
            strategy = normalizeStrategy(option.getValue());
        }
        return strategy;
    }

    private static String normalizeStrategy(String value) {
        String v = value == null ? "" : value.strip();
        String normalized = v.equalsIgnoreCase("auto") ? "auto" : v.toUpperCase(Locale.ROOT);
        if (!STRATEGIES.contains(normalized)) {
            throw new DbLifecycleException("Invalid value '" + value + "' for the option " + STRATEGY_OPTION
                    + ": use auto, WAL_LOG, FILE_COPY or CLONE.");
        }
        return normalized;
    }

    /** The server's version, read on this build's first connection; an unsupported one is refused. */
    private synchronized PostgresServer server(Connection c) throws SQLException {
        if (server == null) {
            server = PostgresServer.of(c).requireSupported();
        }
        return server;
    }

    @Override
    public Database createTemplate(String name) throws SQLException {
        try (Connection c = admin().open()) {
            server(c);
            createMarked(c, "CREATE DATABASE " + quote(name), name);
        }
        return database(name);
    }

    private Database database(String name) {
        return new Database(name, admin().withUrl(PostgresUrl.withDatabase(admin().url(), name)), null);
    }

    /** Chooses how to copy once for the template, from the server's version and the template's size. */
    @Override
    public Cloner cloner(Database template) throws SQLException {
        try (Connection c = admin().open()) {
            terminateOtherSessions(c, template.name());
            long size = databaseSize(c, template.name());
            PostgresCopy copy = PostgresCopy.choose(server(c), strategy, size, cloneWorks);
            return new PostgresCloner(
                    template,
                    copy,
                    "Cloning " + template.name() + " with CREATE DATABASE ... TEMPLATE, " + copy.describe());
        }
    }

    /** {@code CREATE DATABASE … TEMPLATE} with the copy chosen for this template. */
    private final class PostgresCloner extends BaseCloner {
        private final Database template;
        private final PostgresCopy copy;

        PostgresCloner(Database template, PostgresCopy copy, String description) {
            super(description);
            this.template = template;
            this.copy = copy;
        }

        @Override
        public Database createClone(String name) throws SQLException {
            if (!copy.cloning() || Boolean.TRUE.equals(cloneWorks)) {
                return create(name, copy);
            }
            if (!copy.forced() && Boolean.FALSE.equals(cloneWorks)) {
                return create(name, copy.withoutClone());
            }
            // The first clone of the build finds out whether the server can clone; the others wait for the answer.
            synchronized (cloneProbe) {
                if (cloneWorks != null) {
                    return createClone(name);
                }
                try {
                    Database created = create(name, copy);
                    cloneWorks = true;
                    return created;
                } catch (SQLException e) {
                    if (copy.forced()) {
                        throw new DbLifecycleException(
                                "The option " + STRATEGY_OPTION + "=CLONE needs a server that can clone files "
                                        + "(file_copy_method = clone: its data directory on a file system with "
                                        + "reflinks such as XFS or btrfs, or APFS), but CREATE DATABASE " + name
                                        + " failed: " + e.getMessage() + ". Use " + STRATEGY_OPTION
                                        + "=auto, which copies where cloning does not work.",
                                e);
                    }
                    cloneWorks = false;
                    log().warn("PostgreSQL could not clone the files of " + template.name()
                            + " (file_copy_method = clone: " + e.getMessage() + "); this build copies them instead "
                            + "(STRATEGY FILE_COPY, file_copy_method = copy).");
                    return create(name, copy.withoutClone());
                }
            }
        }

        private Database create(String name, PostgresCopy how) throws SQLException {
            try (Connection c = admin().open()) {
                if (how.cloning()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SET file_copy_method = clone");
                    }
                }
                createMarked(
                        c,
                        "CREATE DATABASE " + quote(name) + " TEMPLATE " + quote(template.name()) + how.clause(),
                        name);
            }
            return database(name);
        }
    }

    private static long databaseSize(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_database_size(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * PostgreSQL refuses to copy a database that has other sessions (after waiting 5 s). Our script connection is
     * closed by now, but its backend may still be exiting; nobody else should be on a template named by this build,
     * so ending such sessions is safe. Lacking the right to do so is not fatal: CREATE DATABASE then says why.
     */
    private static void terminateOtherSessions(Connection c, String database) {
        try {
            PostgresCatalog.endOtherSessions(c, database);
        } catch (SQLException e) {
            // Not allowed to signal those sessions; the clone's own error will name the problem.
        }
    }

    /** Creates a database and marks it as this build's; if the marking fails, drops it again (it is ours). */
    private void createMarked(Connection c, String createSql, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(createSql);
            try {
                s.execute("COMMENT ON DATABASE " + quote(name) + " IS '" + marker(buildId()) + "'");
            } catch (SQLException e) {
                undo(e, () -> dropWith(c, name));
                throw e;
            }
        }
    }

    @Override
    public void drop(Database database) throws SQLException {
        try (Connection c = admin().open()) {
            dropWith(c, database.name());
        }
    }

    private static void dropWith(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            // FORCE (13+, the oldest supported) ends sessions a test JVM may have left open; without it DROP waits 5 s
            // and fails.
            s.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
        }
    }

    @Override
    public Ownership ownership(Database database, String buildId) throws SQLException {
        quote(database.name()); // a name this tool would never give is refused, not looked up
        try (Connection c = admin().open()) {
            String comment = PostgresCatalog.comment(c, database.name());
            if (comment == null && !PostgresCatalog.exists(c, database.name())) {
                return Ownership.ABSENT;
            }
            return marker(buildId).equals(comment) ? Ownership.OURS : Ownership.FOREIGN;
        }
    }

    @Override
    public List<BuildMark> marked(String prefix) throws SQLException {
        DatabaseNames.requirePrefix(prefix);
        List<BuildMark> found = new ArrayList<>();
        Pattern templates = TemplateNames.pattern(prefix);
        try (Connection c = admin().open()) {
            for (Map.Entry<String, String> db : PostgresCatalog.comments(c, prefix.replace("_", "\\_") + "\\_%")
                    .entrySet()) {
                String name = db.getKey();
                String comment = String.valueOf(db.getValue());
                Matcher m = MARKER.matcher(comment);
                if (!m.matches()) {
                    if (comment.startsWith(TemplateStore.BUILD_MARKER_PREFIX)
                            && !LEGACY_MARKER.matcher(comment).matches()) {
                        log().warn("Skipping the database " + name + ": its comment looks like a db-lifecycle marker "
                                + "but does not name a valid build id, so db-lifecycle did not write it.");
                    }
                    continue;
                }
                // All must agree: the marker says db-lifecycle made it, and under a lock; the name, for which build
                // (or a reusable template the build was killed while building: "<prefix>_tpl_<key>_b<id>").
                String buildId = m.group(1);
                if (comment.equals(marker(buildId))
                        && (DatabaseNames.isOurs(name, prefix, buildId)
                                || templates.matcher(name).matches() && name.endsWith("_b" + buildId))) {
                    found.add(new BuildMark(database(name), buildId));
                }
            }
        }
        return found;
    }

    /**
     * A session-level advisory lock on a connection kept open by the build's JVM (Maven's, for the whole build).
     * The server releases it when that session ends, also when the JVM is killed (the OS closes the socket), and
     * every build on any machine that shares this server sees it in {@code pg_locks}. Taken without waiting: the
     * keys keep 31 bits of the build id, so another running build may hold the same key, and waiting for it would
     * block this build until that one ends.
     */
    @Override
    public SessionLock holdBuild() throws SQLException {
        try (Connection c = admin().open()) {
            server(c); // the first thing a prepare does: an unsupported server is refused before anything is created
        }
        String what = "pg_advisory_lock(" + LOCK_CLASS + ", " + lockKey(buildId()) + ")";
        SessionLock lock = ServerSessionLock.tryTake(PostgresLocks.pair(admin(), LOCK_CLASS, lockKey(buildId())), what);
        if (lock == null) {
            throw new DbLifecycleException("Cannot take this build's liveness lock " + what + ": another session "
                    + "holds it, a running build whose random id " + buildId() + " shares its 31-bit lock key. "
                    + "Run the build again (it gets a new id).");
        }
        return lock;
    }

    @Override
    public boolean isBuildAlive(String buildId) throws SQLException {
        // Read-only: looking at pg_locks never takes the lock, so it cannot get in a starting build's way.
        try (Connection c = admin().open();
                PreparedStatement ps =
                        c.prepareStatement("select count(*) from pg_locks where " + PostgresLocks.held(2))) {
            ps.setLong(1, LOCK_CLASS);
            ps.setLong(2, lockKey(buildId));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Databases with a session other than ours ({@code pg_stat_activity} lists every user's sessions). */
    @Override
    public Set<String> inUse(List<Database> databases) throws SQLException {
        if (databases.isEmpty()) {
            return Set.of();
        }
        try (Connection c = admin().open()) {
            return PostgresCatalog.withOtherSessions(
                    c, databases.stream().map(Database::name).toList());
        }
    }

    @Override
    public void requireReaches(Connection connection, String database) throws SQLException {
        ServerCloneBinding.requireReaches(connection, "select current_database()", database);
    }

    /** Connections ordinary users may open: max_connections less those reserved for superusers. */
    @Override
    public int maxClones() throws SQLException {
        try (Connection c = admin().open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_setting('max_connections')::int "
                        + "- current_setting('superuser_reserved_connections')::int")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * The build id as the second advisory lock key. Random ids are 8 hex digits, 31 of whose 32 bits are kept; of two
     * running builds sharing a key the second fails at once ({@link #holdBuild}); the key only ever makes a build
     * look alive, which never drops anything.
     */
    static int lockKey(String buildId) {
        DatabaseNames.requireBuildId(buildId);
        try {
            return (int) (Long.parseLong(buildId, 16) & 0x7fffffff);
        } catch (NumberFormatException e) {
            return buildId.hashCode() & 0x7fffffff;
        }
    }

    /**
     * The comment on every database of a build. It names the build's liveness lock, which also tells it from the
     * marker of versions before the lock existed ("db-lifecycle build <id>"): their databases are never purged,
     * since nothing shows whether their build still runs.
     */
    public static String marker(String buildId) {
        return TemplateStore.BUILD_MARKER_PREFIX + buildId + ", alive while a session holds pg_advisory_lock("
                + LOCK_CLASS + ", " + lockKey(buildId) + ")";
    }

    @Override
    public int concurrency() {
        // On 2 cores concurrent clones gain up to 1.5-1.8x, reached with 2-4 sessions (site/markdown/benchmark.md;
        // reproduce with benchmark/run.sh 3 prepare).
        return 4;
    }

    /** Validates, then quotes: a name is never pasted into SQL unchecked. */
    static String quote(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new DbLifecycleException("Refusing the database name '" + name + "': db-lifecycle only uses names "
                    + "matching " + SAFE_NAME.pattern());
        }
        return '"' + name + '"';
    }
}
