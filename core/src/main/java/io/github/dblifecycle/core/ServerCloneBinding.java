package io.github.dblifecycle.core;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How server backends bind a fork: connect with the worker's own URL, ask the server which database the connection
 * reached, and check that database carries the manifest's build marker, so a wrong or edited manifest cannot send a
 * fork into another fork's clone or into a database db-lifecycle did not create (its tests clean tables).
 */
public final class ServerCloneBinding {
    private ServerCloneBinding() {}

    /** Reads the db-lifecycle marker of the database a fork's connection reached, from that connection. */
    @FunctionalInterface
    public interface MarkerCheck {
        /** Whether {@code database} (the connection's own) carries the marker of build {@code buildId}. */
        boolean carries(Connection connection, String database, String buildId) throws SQLException;
    }

    /**
     * @param currentDatabaseQuery a query whose single value is the connection's current database, e.g.
     *     {@code select current_database()}
     * @param marker how to read the build marker from the fork's connection; {@code null}: the product leaves none a
     *     fork can read (Oracle), and only the reach check is made
     */
    public static CloneBinding check(
            Manifest manifest, Manifest.Worker worker, String currentDatabaseQuery, MarkerCheck marker)
            throws SQLException {
        ConnectionSpec spec = new ConnectionSpec(worker.url(), worker.username(), worker.password());
        try (Connection c = spec.open()) {
            String reached = current(c, currentDatabaseQuery);
            if (!worker.database().equals(reached)) {
                throw new DbLifecycleException("Worker " + worker.number() + " should use the clone "
                        + worker.database() + " but its URL reaches the database " + reached + ". The manifest was "
                        + "edited or written by another version: run 'mvn clean verify'.");
            }
            if (marker != null && !marker.carries(c, reached, manifest.buildId())) {
                throw new DbLifecycleException("Worker " + worker.number() + " would run its tests in the database "
                        + reached + ", which does not carry the marker of db-lifecycle build " + manifest.buildId()
                        + ": db-lifecycle did not create it for this build, so the tests are not let near it. The "
                        + "manifest was edited or is stale: run 'mvn clean verify'.");
            }
        }
        return new CloneBinding(worker.url(), null);
    }

    /** Fails unless the connection's current database is {@code database} (see {@link Backend#requireReaches}). */
    public static void requireReaches(Connection c, String currentDatabaseQuery, String database) throws SQLException {
        String reached = current(c, currentDatabaseQuery);
        if (!database.equals(reached)) {
            throw new DbLifecycleException("The connection for the template's scripts reaches the database " + reached
                    + ", not the template " + database + " this build created: a parameter of <url> (such as "
                    + "PostgreSQL's PGDBNAME or MariaDB's initSql) chooses the database. db-lifecycle will not run "
                    + "the scripts elsewhere. Remove that parameter from <url>.");
        }
    }

    private static String current(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
