package io.github.dblifecycle.core.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.ServerSessionLock;

/**
 * Session-level advisory locks, taken so that they exclude across the whole cluster: PostgreSQL scopes an advisory
 * lock to the connection's database, so two builds whose URLs name different databases could both take "the same"
 * lock. After taking it here, {@code pg_locks} (which lists every database's locks) is checked for another session
 * holding the same key; if there is one, the lock is given back and counts as not taken.
 */
final class PostgresLocks {
    private PostgresLocks() {}

    /** The two-key lock {@code (classId, objId)}: {@code pg_locks} shows it with {@code objsubid = 2}. */
    static ServerSessionLock.Product pair(ConnectionSpec admin, int classId, int objId) {
        return new Product(
                admin,
                "pg_try_advisory_lock(?, ?)",
                "pg_advisory_unlock(?, ?)",
                classId & 0xffffffffL,
                objId & 0xffffffffL,
                2,
                new long[] {classId, objId});
    }

    /** The one-key (bigint) lock: {@code pg_locks} shows its high and low halves with {@code objsubid = 1}. */
    static ServerSessionLock.Product single(ConnectionSpec admin, long key) {
        return new Product(
                admin,
                "pg_try_advisory_lock(?)",
                "pg_advisory_unlock(?)",
                key >>> 32,
                key & 0xffffffffL,
                1,
                new long[] {key});
    }

    /** The condition on {@code pg_locks} that finds a granted lock of these keys. */
    static String held(int objsubid) {
        return "locktype = 'advisory' and classid::bigint = ? and objid::bigint = ? and objsubid = " + objsubid
                + " and granted";
    }

    private static final class Product implements ServerSessionLock.Product {
        private final ConnectionSpec admin;
        private final String take;
        private final String unlock;
        private final long classId;
        private final long objId;
        private final int objsubid;
        private final long[] args;

        Product(ConnectionSpec admin, String take, String unlock, long classId, long objId, int objsubid, long[] args) {
            this.admin = admin;
            this.take = take;
            this.unlock = unlock;
            this.classId = classId;
            this.objId = objId;
            this.objsubid = objsubid;
            this.args = args;
        }

        @Override
        public Connection open() throws SQLException {
            Properties keepAlive = new Properties();
            keepAlive.setProperty("tcpKeepAlive", "true"); // a dead peer or NAT drop shows up, an idle one survives
            return admin.open(keepAlive);
        }

        @Override
        public void keepOpen(Connection c) {
            // The lock's session is idle for the whole build: the server must not end it for that.
            for (String setting : new String[] {"idle_session_timeout", "idle_in_transaction_session_timeout"}) {
                try (Statement s = c.createStatement()) {
                    s.execute("set " + setting + " = 0");
                } catch (SQLException e) {
                    // idle_session_timeout is PostgreSQL 14+; an older server has no such timeout.
                }
            }
        }

        @Override
        public boolean tryTake(Connection c) throws SQLException {
            if (!call(c, take)) {
                return false;
            }
            if (heldElsewhere(c)) {
                call(c, unlock);
                // Two sessions in different databases may both have taken it at once: do not retry in step.
                sleepQuietly(ThreadLocalRandom.current().nextInt(20, 150));
                return false;
            }
            return true;
        }

        @Override
        public boolean holds(Connection c) throws SQLException {
            return count(c, "pid = pg_backend_pid()") > 0;
        }

        private boolean heldElsewhere(Connection c) throws SQLException {
            return count(c, "pid <> pg_backend_pid()") > 0;
        }

        private long count(Connection c, String who) throws SQLException {
            try (PreparedStatement ps =
                    c.prepareStatement("select count(*) from pg_locks where " + held(objsubid) + " and " + who)) {
                ps.setLong(1, classId);
                ps.setLong(2, objId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        private boolean call(Connection c, String function) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("select " + function)) {
                for (int i = 0; i < args.length; i++) {
                    if (args.length == 2) {
                        ps.setInt(i + 1, (int) args[i]);
                    } else {
                        ps.setLong(i + 1, args[i]);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        }

        private static void sleepQuietly(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
