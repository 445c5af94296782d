package io.github.dblifecycle.core.reuse;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.Log;

/**
 * Where one product keeps reusable templates between builds, and how it marks them. A template is finished only
 * when it carries the marker {@code db-lifecycle template <key>} (64 hex); while it is being built it carries the
 * per-build marker {@code db-lifecycle build <build id>} of {@link Backend#createTemplate}, so a build killed
 * half-way leaves a database that is never reused and that a purge of dead builds may drop.
 */
public interface TemplateStore {
    String MARKER_PREFIX = "db-lifecycle template ";
    /** The start of the marker every backend leaves on what a build creates (the one place it is spelled). */
    String BUILD_MARKER_PREFIX = "db-lifecycle build ";

    static String finishedMarker(String key) {
        return MARKER_PREFIX + key;
    }

    /** Product and version of the server (SQLite: of the library); part of the key. */
    String serverVersion(ConnectionSpec admin) throws SQLException;

    /**
     * Takes the lock of one name prefix, held while a build looks for, builds, drops or clones that prefix's
     * templates. Waits at most {@code timeout}, saying so in the log; the lock goes when its holder's process dies.
     */
    Lock lock(ConnectionSpec admin, String prefix, Duration timeout, Log log) throws SQLException;

    /** Everything named like a reusable template of this prefix ({@link TemplateNames}), finished or not. */
    List<Stored> list(ConnectionSpec admin, String prefix) throws SQLException;

    /** The current marker of a database named like a reusable template, or {@code null} if it has none. */
    String marker(ConnectionSpec admin, String name) throws SQLException;

    /** Creates, for {@code backend}'s build, the empty database in which the template {@code finalName} is built. */
    Database createBuilding(Backend backend, String finalName) throws SQLException;

    /** Gives the built template its final name and its finished marker, as one atomic step. */
    Database publish(ConnectionSpec admin, Database building, String finalName, String key) throws SQLException;

    /** The name of the template a manifest records (by default the name itself). */
    default String nameOf(String manifestTemplate) {
        return manifestTemplate;
    }

    /** A finished template, for cloning. */
    Database open(ConnectionSpec admin, String name);

    /** Drops what {@link #list} found; refuses anything that carries neither of our markers. */
    void drop(ConnectionSpec admin, Stored stored) throws SQLException;

    /** Released by {@link #close}, or by the server or the OS when the process holding it dies. */
    interface Lock extends AutoCloseable {
        @Override
        void close();
    }

    /** A database named like a reusable template, and its marker ({@code null}: none). */
    record Stored(String name, String marker) {
        public boolean finished() {
            return marker != null && marker.startsWith(MARKER_PREFIX);
        }

        /** Carries a per-build marker: a build that held the lock was killed while building it. */
        public boolean unfinished() {
            return marker != null && marker.startsWith(BUILD_MARKER_PREFIX);
        }

        public boolean finishedWith(String key) {
            return finishedMarker(key).equals(marker);
        }

        public String key() {
            return finished() ? marker.substring(MARKER_PREFIX.length()) : null;
        }
    }
}
