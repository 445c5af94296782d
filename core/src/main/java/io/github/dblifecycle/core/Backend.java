package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

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

    /**
     * This backend set up for one build. {@code buildId} marks what it creates (so a later teardown can tell its own
     * databases from others'); {@code options} are {@link PrepareRequest#options()}, of which it reads the keys that
     * start with {@code id() + "."} and rejects unknown ones among those. Returns a new instance: the ones
     * {@link Backends} hands out are shared and unconfigured.
     */
    default Backend configure(String buildId, Map<String, String> options) {
        return this;
    }

    /**
     * Only called when there are no scripts: an existing template to clone as it is, which this build must never
     * modify or drop, or {@code null} to create an empty one with {@link #createTemplate}.
     */
    default Database existingTemplate(ConnectionSpec admin) throws SQLException {
        return null;
    }

    /**
     * Called once after the scripts ran and before the clones are made: gets the template ready to be copied and
     * returns one line for the log that says how the clones will be made.
     */
    default String beforeCloning(ConnectionSpec admin, Database template) throws SQLException {
        return "cloning " + template.name();
    }

    /** What the manifest records as the template: its name, or for a file-based product its file's path. */
    default String manifestTemplate(Database template) {
        return template.file() != null ? template.file() : template.name();
    }

    /** The template a manifest names (the reverse of {@link #manifestTemplate}), for teardown. */
    default Database template(Manifest manifest, ConnectionSpec admin) {
        return new Database(manifest.template(), admin, null);
    }

    /** A clone a manifest lists, for teardown. */
    default Database clone(Manifest.Worker worker) {
        return new Database(worker.database(), new ConnectionSpec(worker.url(), worker.username(), worker.password()),
                worker.file());
    }

    /** Whether forks can load their clone into memory ({@link PrepareRequest#inMemory()}). */
    default boolean supportsInMemory() {
        return false;
    }

    /** Maven coordinates of the JDBC driver, for the message when a test JVM lacks it. */
    default String driverArtifact() {
        return "the JDBC driver for " + id();
    }

    /** How many clones to create at once: more than this stops paying on this product. */
    default int cloneConcurrency() {
        return 4;
    }

    /** Opens a connection the backend's way (SQLite opens files; servers use the spec's URL). */
    default Connection open(ConnectionSpec spec) throws SQLException {
        return spec.open();
    }

    /**
     * What the database contains, for {@link PrepareRequest#options()} {@code verifyClones=true}: a clone must have
     * the same fingerprint as its template.
     */
    default Fingerprint fingerprint(ConnectionSpec admin, Database database) throws SQLException {
        throw new DbLifecycleException("The option verifyClones is not supported by the " + id() + " backend "
                + "(its clones are copies made by the database itself). Turn it off.");
    }

    /** Warnings collected while preparing (e.g. a DEFINER clause dropped); the lifecycle logs them. */
    default List<String> drainWarnings() {
        return List.of();
    }
}
