package io.github.dblifecycle.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * One product set up for one build ({@link BackendType#forBuild}): it knows the admin account, the build id that
 * marks what it creates, the work directory and the options, so every method is callable as it is. The lifecycle
 * ({@link DbLifecycle}) is the same for all products.
 *
 * <p>Features only some products have are separate interfaces: {@link ExistingTemplate} (SQLite),
 * {@link Fingerprinter} (MySQL), {@link InMemoryClones} (a {@link BackendType} of SQLite).
 */
public interface Backend {
    BackendType type();

    BuildContext context();

    /** How this build's scripts are split and loaded: the type's splitter, with the build's options applied. */
    default ScriptSplitter scriptSplitter() {
        return type().splitter();
    }

    /**
     * Creates the empty template database called {@code name}, or for SQLite the template file the admin URL
     * names, and returns how to connect to it to run the scripts.
     */
    Database createTemplate(String name) throws SQLException;

    /** Gets the finished template ready to be copied; the returned run makes the clones, then is closed. */
    Cloner cloner(Database template) throws SQLException;

    /** Drops a database this build created; a database that no longer exists is not an error. */
    void drop(Database database) throws SQLException;

    /*
     * Safety: the lifecycle drops only what carries a build's marker, and purges only builds whose liveness lock
     * nobody holds. Every backend implements all four (no defaults: a backend that cannot tell its own databases
     * apart must not compile).
     */

    /**
     * Whether {@code database} carries the marker of build {@code buildId}, which a backend leaves on everything
     * it creates (PostgreSQL: the database comment; SQLite: a marker file beside the file). A name alone never
     * makes a database ours.
     */
    Ownership ownership(Database database, String buildId) throws SQLException;

    /**
     * Every database with a db-lifecycle marker whose name starts with {@code prefix + "_"} (SQLite: the template
     * the admin URL names and the clones in the work directory), with the build its marker names.
     */
    List<BuildMark> marked(String prefix) throws SQLException;

    /**
     * Takes this build's liveness lock, held until closed or until this JVM dies (however it dies). It must be
     * something a dead build cannot hold, visible to every build that shares the databases: for a server, a
     * server-side session lock (builds on other machines share the server); for files, an OS file lock. Taken
     * without waiting: another session holding it fails the build at once with a message saying why.
     */
    SessionLock holdBuild() throws SQLException;

    /** Whether some process holds the build's liveness lock; when in doubt, {@code true} (never purge a live build). */
    boolean isBuildAlive(String buildId) throws SQLException;

    /**
     * Which of {@code databases} have sessions other than this backend's own (a running build's forks are connected
     * to their clones): purge never drops those, whatever the lock says. Empty when the product cannot tell (files).
     * MySQL/MariaDB: {@code information_schema.PROCESSLIST} shows other accounts' sessions only with the PROCESS
     * privilege.
     */
    Set<String> inUse(List<Database> databases) throws SQLException;

    /**
     * Fails unless {@code connection} (opened on {@code database}'s URL) reached {@code database}: URL parameters
     * such as PostgreSQL's {@code PGDBNAME} or MariaDB's {@code initSql=use ...} could send the scripts into a
     * database the build did not create. By default nothing to check (a file-based product opens the file).
     */
    default void requireReaches(Connection connection, String database) throws SQLException {}

    /**
     * Whether {@link #isBuildAlive} can ever say {@code false}. A product without a liveness lock (Oracle) says
     * alive always; teardown then trusts the manifest's Maven process id instead.
     */
    default boolean tracksLiveness() {
        return true;
    }

    /** Opens the connection the user's scripts run on (MySQL: one that tolerates DEFINER clauses). */
    default Connection openForScripts(ConnectionSpec spec) throws SQLException {
        return spec.open();
    }

    /**
     * How many clones the server can serve at once (each fork holds at least one connection to its clone), or
     * {@link Integer#MAX_VALUE} when there is no such limit. {@code clones} above it is refused before anything is
     * created.
     */
    default int maxClones() throws SQLException {
        return Integer.MAX_VALUE;
    }

    /** How many clones to create or drop at once: more than this stops paying on this product. */
    int concurrency();
}
