package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * All that differs between database products. One class per product (PostgreSQL, SQLite, ...); the lifecycle
 * ({@link DbLifecycle}) is the same for all. Implementations use only {@code java.sql}: the driver comes from the
 * plugin's or the test JVM's classpath.
 */
public interface Backend {
    /** Short stable id written into the manifest, e.g. {@code postgresql}. */
    String id();

    /** Whether this backend serves the given JDBC URL (by its scheme). */
    boolean handles(String jdbcUrl);

    /** How this product's scripts are cut into statements. */
    ScriptSplitter splitter();

    /**
     * Creates the empty template database called {@code name}, or for SQLite the template file the admin URL
     * names, and returns how to connect to it to run the scripts.
     *
     * @param workDir a directory of this build under {@code target/} where the backend may keep files
     */
    Database createTemplate(ConnectionSpec admin, String name, Path workDir) throws SQLException;

    /** Copies the finished template into a new database called {@code name}; called concurrently. */
    Database createClone(ConnectionSpec admin, Database template, String name, Path workDir) throws SQLException;

    /** Drops a database this build created; a database that no longer exists is not an error. */
    void drop(ConnectionSpec admin, Database database) throws SQLException;

    /**
     * In the forked test JVM: checks that the clone answers and that a connection really reaches it (not some
     * other database), and returns the URL the tests must use.
     */
    ForkBinding bindFork(Manifest manifest, Manifest.Worker worker) throws SQLException;

    /** How many clones to create at once: more than this stops paying on this product. */
    default int cloneConcurrency() {
        return 4;
    }

    /** Opens a connection the backend's way (SQLite opens files; servers use the spec's URL). */
    default Connection open(ConnectionSpec spec) throws SQLException {
        return spec.open();
    }
}
