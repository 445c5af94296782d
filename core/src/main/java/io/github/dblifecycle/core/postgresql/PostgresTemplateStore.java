package io.github.dblifecycle.core.postgresql;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.LivenessKeeper;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.ServerSessionLock;
import io.github.dblifecycle.core.reuse.TemplateNames;
import io.github.dblifecycle.core.reuse.TemplateStore;
import io.github.dblifecycle.core.reuse.Waiting;

/**
 * PostgreSQL: a template is built as {@code <name>_b<build id>} and becomes {@code <name>} by
 * {@code ALTER DATABASE … RENAME} and {@code COMMENT ON DATABASE … IS 'db-lifecycle template <key>'} in one
 * transaction. The lock is a session-level advisory lock, released by the server when the session ends.
 */
public final class PostgresTemplateStore implements TemplateStore {
    @Override
    public String serverVersion(ConnectionSpec admin) throws SQLException {
        try (Connection c = admin.open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }

    /**
     * A session-level advisory lock, checked cluster-wide ({@link PostgresLocks}: builds whose URLs name different
     * databases exclude each other too) and watched while held ({@link LivenessKeeper}), since its session idles
     * while the migrations run.
     */
    @Override
    public Lock lock(ConnectionSpec admin, String prefix, Duration timeout, Log log) throws SQLException {
        long id = lockId(prefix);
        String what = "the template lock of prefix " + prefix + " (pg_advisory_lock " + id + ")";
        ServerSessionLock[] held = new ServerSessionLock[1];
        Waiting.lock(
                () -> (held[0] = ServerSessionLock.tryTake(
                                PostgresLocks.single(admin, id), "pg_advisory_lock(" + id + ")"))
                        != null,
                what,
                timeout,
                log);
        return new LivenessKeeper(held[0], what, log)::close;
    }

    /** 64 bits of SHA-256, so our lock ids do not collide with small ids an application may use. */
    static long lockId(String prefix) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(("db-lifecycle template lock " + prefix).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(h).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Stored> list(ConnectionSpec admin, String prefix) throws SQLException {
        Pattern ours = TemplateNames.pattern(prefix);
        List<Stored> found = new ArrayList<>();
        try (Connection c = admin.open()) {
            PostgresCatalog.comments(c, TemplateNames.like(prefix)).forEach((name, comment) -> {
                if (ours.matcher(name).matches()) {
                    found.add(new Stored(name, comment));
                }
            });
        }
        return found;
    }

    @Override
    public String marker(ConnectionSpec admin, String name) throws SQLException {
        try (Connection c = admin.open()) {
            return PostgresCatalog.comment(c, name);
        }
    }

    @Override
    public Database createBuilding(Backend backend, String finalName) throws SQLException {
        // Carries the per-build marker until publish replaces it.
        return backend.createTemplate(
                TemplateNames.building(finalName, backend.context().buildId()));
    }

    @Override
    public Database publish(ConnectionSpec admin, Database building, String finalName, String key) throws SQLException {
        try (Connection c = admin.open()) {
            PostgresCatalog.endOtherSessions(
                    c, building.name()); // a script connection's backend may still be exiting; RENAME needs none
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER DATABASE " + PostgresBackend.quote(building.name()) + " RENAME TO "
                        + PostgresBackend.quote(finalName));
                s.execute("COMMENT ON DATABASE " + PostgresBackend.quote(finalName) + " IS '"
                        + TemplateStore.finishedMarker(key) + "'");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return open(admin, finalName);
    }

    @Override
    public Database open(ConnectionSpec admin, String name) {
        return new Database(name, admin.withUrl(PostgresUrl.withDatabase(admin.url(), name)), null);
    }

    @Override
    public void drop(ConnectionSpec admin, Stored stored) throws SQLException {
        try (Connection c = admin.open()) {
            String marker = PostgresCatalog.comment(c, stored.name()); // as it is now, not as it was listed
            if (marker == null && !PostgresCatalog.exists(c, stored.name())) {
                return;
            }
            Stored now = new Stored(stored.name(), marker);
            if (!now.finished() && !now.unfinished()) {
                throw new DbLifecycleException("Not dropping the database " + stored.name() + ": it carries no "
                        + "db-lifecycle marker (found: " + marker + "), so db-lifecycle did not create it.");
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + PostgresBackend.quote(stored.name()) + " WITH (FORCE)");
            }
        }
    }
}
