package io.github.dblifecycle.core.postgresql;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DatabaseNames;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkBinding;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.ScriptSplitter;
import io.github.dblifecycle.core.ServerForkBinding;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * PostgreSQL: the template is a database built by the scripts, each clone is {@code CREATE DATABASE … TEMPLATE}, a
 * server-side file copy that costs about as much as an empty database for small templates.
 */
public final class PostgresBackend implements Backend {
    public static final String ID = "postgresql";
    public static final String URL_PREFIX = "jdbc:postgresql:";
    public static final String STRATEGY_OPTION = "postgresql.strategy";

    /**
     * Above this template size clones use FILE_COPY. Measured on the 2-core build machine
     * (research/clone-bench.md §2): WAL_LOG is 2.2× faster for a 17 MB template (FILE_COPY pays two checkpoints),
     * FILE_COPY is 1.4–2.7× faster for 367 MB (WAL_LOG writes the whole database to WAL, then again at checkpoint).
     * The crossover was not measured; 64 MB is a guess well inside that range.
     */
    static final long FILE_COPY_ABOVE_BYTES = 64L * 1024 * 1024;

    private static final Set<String> STRATEGIES = Set.of("auto", "WAL_LOG", "FILE_COPY");
    /** The names this tool generates; anything else is refused, never merely quoted. */
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String buildId;
    private final String strategy;
    /** Resolved once per template by {@link #beforeCloning}, read by the concurrent {@link #createClone} calls. */
    private final Map<String, String> resolvedStrategy = new ConcurrentHashMap<>();

    /** The registry's unconfigured instance; {@link #configure} makes the per-build one. */
    public PostgresBackend() {
        this(null, "auto");
    }

    private PostgresBackend(String buildId, String strategy) {
        this.buildId = buildId;
        this.strategy = strategy;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean handles(String jdbcUrl) {
        return jdbcUrl.startsWith(URL_PREFIX);
    }

    @Override
    public String driverArtifact() {
        return "org.postgresql:postgresql";
    }

    @Override
    public ScriptSplitter splitter() {
        return new PostgresScriptSplitter();
    }

    @Override
    public Backend configure(String buildId, Map<String, String> options) {
        String strategy = "auto";
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (!option.getKey().startsWith(ID + ".")) {
                continue;
            }
            if (!option.getKey().equals(STRATEGY_OPTION)) {
                throw new DbLifecycleException("Unknown PostgreSQL option '" + option.getKey() + "'. Known: "
                        + STRATEGY_OPTION + ".");
            }
            strategy = normalizeStrategy(option.getValue());
        }
        return new PostgresBackend(DatabaseNames.requireBuildId(buildId), strategy);
    }

    private static String normalizeStrategy(String value) {
        String v = value == null ? "" : value.strip();
        String normalized = v.equalsIgnoreCase("auto") ? "auto" : v.toUpperCase(Locale.ROOT);
        if (!STRATEGIES.contains(normalized)) {
            throw new DbLifecycleException("Invalid value '" + value + "' for the option " + STRATEGY_OPTION
                    + ": use auto, WAL_LOG or FILE_COPY.");
        }
        return normalized;
    }

    @Override
    public Database createTemplate(ConnectionSpec admin, String name, Path workDir) throws SQLException {
        try (Connection c = open(admin)) {
            createMarked(c, "CREATE DATABASE " + quote(name), name);
        }
        return new Database(name, admin.withUrl(PostgresUrl.withDatabase(admin.url(), name)), null);
    }

    @Override
    public String beforeCloning(ConnectionSpec admin, Database template) throws SQLException {
        try (Connection c = open(admin)) {
            terminateOtherSessions(c, template.name());
            long size = databaseSize(c, template.name());
            String chosen = chooseStrategy(c, size);
            resolvedStrategy.put(template.name(), chosen);
            String how = chosen.isEmpty()
                    ? "without STRATEGY (server older than PostgreSQL 15)"
                    : "STRATEGY " + chosen + (strategy.equals("auto")
                            ? " (auto: template is " + size / (1024 * 1024) + " MB, FILE_COPY above "
                                    + FILE_COPY_ABOVE_BYTES / (1024 * 1024) + " MB)"
                            : " (option " + STRATEGY_OPTION + ")");
            return "Cloning " + template.name() + " with CREATE DATABASE ... TEMPLATE, " + how;
        }
    }

    @Override
    public Database createClone(ConnectionSpec admin, Database template, String name, Path workDir)
            throws SQLException {
        try (Connection c = open(admin)) {
            String chosen = resolvedStrategy.get(template.name());
            if (chosen == null) {
                chosen = chooseStrategy(c, databaseSize(c, template.name()));
            }
            String sql = "CREATE DATABASE " + quote(name) + " TEMPLATE " + quote(template.name())
                    + (chosen.isEmpty() ? "" : " STRATEGY = " + chosen);
            createMarked(c, sql, name);
        }
        return new Database(name, admin.withUrl(PostgresUrl.withDatabase(admin.url(), name)), null);
    }

    /** "" when the server has no STRATEGY clause (before 15). */
    private String chooseStrategy(Connection c, long templateBytes) throws SQLException {
        if (c.getMetaData().getDatabaseMajorVersion() < 15) {
            return "";
        }
        if (!strategy.equals("auto")) {
            return strategy;
        }
        return templateBytes > FILE_COPY_ABOVE_BYTES ? "FILE_COPY" : "WAL_LOG";
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
        try (PreparedStatement ps = c.prepareStatement("select pg_terminate_backend(pid) from pg_stat_activity "
                + "where datname = ? and pid <> pg_backend_pid()")) {
            ps.setString(1, database);
            ps.execute();
        } catch (SQLException e) {
            // Not allowed to signal those sessions; the clone's own error will name the problem.
        }
    }

    /** Creates a database and marks it as this build's; if the marking fails, drops it again (it is ours). */
    private void createMarked(Connection c, String createSql, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(createSql);
            try {
                s.execute("COMMENT ON DATABASE " + quote(name) + " IS 'db-lifecycle build " + buildId() + "'");
            } catch (SQLException e) {
                try {
                    dropWith(c, name);
                } catch (SQLException dropFailure) {
                    e.addSuppressed(dropFailure);
                }
                throw e;
            }
        }
    }

    @Override
    public void drop(ConnectionSpec admin, Database database) throws SQLException {
        try (Connection c = open(admin)) {
            dropWith(c, database.name());
        }
    }

    private static void dropWith(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseMajorVersion() >= 13) {
                // FORCE ends sessions a test JVM may have left open; without it DROP waits 5 s and fails.
                s.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
            } else {
                terminateOtherSessions(c, name);
                s.execute("DROP DATABASE IF EXISTS " + quote(name));
            }
        }
    }

    @Override
    public ForkBinding bindFork(Manifest manifest, Manifest.Worker worker) throws SQLException {
        return ServerForkBinding.check(this, worker, "select current_database()");
    }

    @Override
    public int cloneConcurrency() {
        // clone-bench §6: on 2 cores concurrent clones gain up to 1.5–1.8×, reached with 2–4 sessions.
        return 4;
    }

    private String buildId() {
        if (buildId == null) {
            throw new IllegalStateException("PostgresBackend.configure(buildId, options) was not called");
        }
        return buildId;
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
