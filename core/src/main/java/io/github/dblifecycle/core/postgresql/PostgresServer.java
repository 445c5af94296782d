package io.github.dblifecycle.core.postgresql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.github.dblifecycle.core.DbLifecycleException;

/**
 * What the server's version allows, read once per build from {@code server_version_num}: the SQL the backend writes
 * differs by version, and a server older than {@link #OLDEST_SUPPORTED} is refused with a clear message.
 */
record PostgresServer(int versionNum, String version) {
    /** The oldest major db-lifecycle supports and tests (CI runs every major from this one on). */
    static final int OLDEST_SUPPORTED = 13;

    static PostgresServer of(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select current_setting('server_version_num')::int, current_setting('server_version')")) {
            rs.next();
            return new PostgresServer(rs.getInt(1), rs.getString(2));
        }
    }

    int major() {
        return versionNum / 10000;
    }

    /** Refuses a server older than the oldest supported major, naming both. */
    PostgresServer requireSupported() {
        if (major() < OLDEST_SUPPORTED) {
            throw new DbLifecycleException("The PostgreSQL server is version " + version + "; db-lifecycle needs "
                    + "PostgreSQL " + OLDEST_SUPPORTED + " or later (DROP DATABASE ... WITH (FORCE) is 13+). "
                    + "Point <url> at a newer server.");
        }
        return this;
    }

    /** {@code CREATE DATABASE … STRATEGY} (15+); before, every copy is a file copy with checkpoints. */
    boolean hasStrategy() {
        return major() >= 15;
    }

    /** The {@code file_copy_method} setting (18+): {@code clone} makes FILE_COPY reflink the files. */
    boolean hasFileCopyMethod() {
        return major() >= 18;
    }
}
