package io.github.dblifecycle.core;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A lock held by one server session that this JVM keeps open. The session is opened with the server's idle timeouts
 * turned off ({@link Product#keepOpen}) and TCP keepalive on, since it is idle for the whole build; if the server
 * ends it anyway, {@link #stillHeld} says so and {@link #retake} takes the lock again on a new session.
 * A transaction-pooling proxy (PgBouncer {@code pool_mode=transaction}) cannot carry such a lock: connect to the
 * server or to a session-pooling port.
 */
public final class ServerSessionLock implements SessionLock {
    /** How one product takes, checks and keeps a session lock. */
    public interface Product {
        /** Opens the session the lock will live on. */
        Connection open() throws SQLException;

        /** Turns the session's idle timeouts off; failures (an older server without the setting) are ignored. */
        void keepOpen(Connection c);

        /** Tries to take the lock without waiting; {@code false} when another session holds it. */
        boolean tryTake(Connection c) throws SQLException;

        /** Whether this session holds the lock. */
        boolean holds(Connection c) throws SQLException;

        /** Releases the lock and nothing else, when the session must stay; by default nothing (closing releases). */
        default void release(Connection c) throws SQLException {}
    }

    private final Product product;
    private final String description;
    private Connection session; // guarded by this

    private ServerSessionLock(Product product, String description) {
        this.product = product;
        this.description = description;
    }

    /** Takes the lock, or returns {@code null} if another session holds it. */
    public static ServerSessionLock tryTake(Product product, String description) throws SQLException {
        ServerSessionLock lock = new ServerSessionLock(product, description);
        return lock.take() ? lock : null;
    }

    private synchronized boolean take() throws SQLException {
        Connection c = product.open();
        try {
            product.keepOpen(c);
            if (!product.tryTake(c)) {
                c.close();
                return false;
            }
            session = c;
            return true;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    @Override
    public synchronized boolean stillHeld() {
        if (session == null) {
            return false;
        }
        try {
            return !session.isClosed() && product.holds(session);
        } catch (SQLException | RuntimeException e) {
            return false; // the session is gone, and its lock with it
        }
    }

    @Override
    public synchronized boolean retake() {
        closeQuietly(session);
        session = null;
        try {
            return take();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public synchronized void close() {
        closeQuietly(session); // ending the session releases its locks
        session = null;
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // The server releases the lock when the session ends anyway.
        }
    }
}
