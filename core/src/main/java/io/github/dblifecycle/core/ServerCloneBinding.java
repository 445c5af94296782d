package io.github.dblifecycle.core;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How server backends bind a fork: connect with the worker's own URL and ask the server which database the
 * connection reached, so a wrong or edited manifest cannot send a fork into another fork's clone.
 */
public final class ServerCloneBinding {
    private ServerCloneBinding() {}

    /**
     * @param currentDatabaseQuery a query whose single value is the connection's current database, e.g.
     *     {@code select current_database()}
     */
    public static CloneBinding check(Manifest.Worker worker, String currentDatabaseQuery) throws SQLException {
        ConnectionSpec spec = new ConnectionSpec(worker.url(), worker.username(), worker.password());
        try (Connection c = spec.open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(currentDatabaseQuery)) {
            rs.next();
            String reached = rs.getString(1);
            if (!worker.database().equals(reached)) {
                throw new DbLifecycleException("Worker " + worker.number() + " should use the clone "
                        + worker.database() + " but its URL reaches the database " + reached + ". The manifest was "
                        + "edited or written by another version: run 'mvn clean verify'.");
            }
        }
        return new CloneBinding(worker.url(), null);
    }
}
