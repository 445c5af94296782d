package io.github.dblifecycle.core.mysql;

import java.sql.Connection;
import java.sql.SQLException;
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
 * MySQL/MariaDB: no database can be renamed, so a template is built under its final name with the per-build
 * marker, and becomes finished by one statement that replaces the marker: {@code ALTER DATABASE … COMMENT} on
 * MariaDB, an UPDATE of {@code _dblc_owner} on MySQL 8. The lock is {@code GET_LOCK}, released by the server when
 * the session ends.
 */
public final class MysqlTemplateStore implements TemplateStore {
    @Override
    public String serverVersion(ConnectionSpec admin) throws SQLException {
        try (Connection c = admin.open()) {
            return "MySQL/MariaDB " + MysqlSql.queryString(c, "select version()");
        }
    }

    /** {@code GET_LOCK}, on a session whose idle timeouts are off, watched while held ({@link LivenessKeeper}). */
    @Override
    public Lock lock(ConnectionSpec admin, String prefix, Duration timeout, Log log) throws SQLException {
        String name = "db-lifecycle template " + prefix; // at most 42 characters; the server allows 64
        String what = "the template lock '" + name + "' (GET_LOCK)";
        ServerSessionLock[] held = new ServerSessionLock[1];
        Waiting.lock(
                () -> (held[0] = ServerSessionLock.tryTake(
                                MysqlBackend.sessionLock(admin, name), "GET_LOCK('" + name + "')"))
                        != null,
                what,
                timeout,
                log);
        return new LivenessKeeper(held[0], what, log)::close;
    }

    @Override
    public List<Stored> list(ConnectionSpec admin, String prefix) throws SQLException {
        Pattern ours = TemplateNames.pattern(prefix);
        List<Stored> found = new ArrayList<>();
        try (Connection c = admin.open()) {
            for (String name : MysqlSql.databasesLike(c, TemplateNames.like(prefix))) {
                if (ours.matcher(name).matches()) {
                    found.add(new Stored(name, marker(c, name)));
                }
            }
        }
        return found;
    }

    @Override
    public String marker(ConnectionSpec admin, String name) throws SQLException {
        try (Connection c = admin.open()) {
            return marker(c, name);
        }
    }

    private static String marker(Connection c, String name) throws SQLException {
        return MysqlBackend.marker(c, name);
    }

    @Override
    public Database createBuilding(Backend backend, String finalName) throws SQLException {
        return backend.createTemplate(finalName); // per-build marker until publish
    }

    @Override
    public Database publish(ConnectionSpec admin, Database building, String finalName, String key) throws SQLException {
        if (!building.name().equals(finalName)) {
            throw new IllegalStateException("MySQL templates are built under their final name");
        }
        String db = MysqlSql.database(finalName);
        try (Connection c = admin.open()) {
            if (MysqlServer.of(c).hasSchemaComments()) {
                MysqlSql.execute(c, "ALTER DATABASE " + db + " COMMENT '" + TemplateStore.finishedMarker(key) + "'");
            } else {
                // The marker table's column was sized for build markers; widen it, then switch the marker last.
                MysqlSql.execute(
                        c,
                        "ALTER TABLE " + db + "." + MysqlTemplate.MARKER_TABLE + " MODIFY build varchar(128) NOT NULL");
                MysqlSql.execute(
                        c,
                        "UPDATE " + db + "." + MysqlTemplate.MARKER_TABLE + " SET build = '"
                                + TemplateStore.finishedMarker(key) + "'");
            }
        }
        return open(admin, finalName);
    }

    @Override
    public Database open(ConnectionSpec admin, String name) {
        return new Database(name, admin.withUrl(MysqlUrl.withDatabase(admin.url(), name)), null);
    }

    @Override
    public void drop(ConnectionSpec admin, Stored stored) throws SQLException {
        try (Connection c = admin.open()) {
            if (!MysqlSql.exists(c, stored.name())) {
                return;
            }
            Stored now = new Stored(stored.name(), marker(c, stored.name()));
            if (!now.finished() && !now.unfinished()) {
                throw new DbLifecycleException("Not dropping the database " + stored.name() + ": it carries no "
                        + "db-lifecycle marker (found: " + now.marker() + "), so db-lifecycle did not create it.");
            }
            MysqlSql.execute(c, "DROP DATABASE " + MysqlSql.database(stored.name()));
        }
    }
}
