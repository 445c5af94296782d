package io.github.dblifecycle.core;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/** Template reuse on the real PostgreSQL 15 at 127.0.0.1:5432. */
class PostgresReuseTest extends ReuseTestBase {
    private final long blockerId = prefix.hashCode();

    @Override
    ConnectionSpec admin() {
        return Pg.ADMIN;
    }

    @Override
    List<String> databases() throws Exception {
        return Pg.databases(prefix);
    }

    @Override
    void dropLeftovers() throws Exception {
        Pg.dropAll(prefix);
    }

    @Override
    String blockingStatement() {
        return "select pg_advisory_lock(" + blockerId + ");\nselect pg_advisory_unlock(" + blockerId + ");";
    }

    @Override
    AutoCloseable holdBlocker() throws Exception {
        Connection c = Pg.ADMIN.open();
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + blockerId + ")");
        }
        return c;
    }

    @Override
    String query(Database database, String sql) throws Exception {
        return Pg.queryOne(database.connection(), sql);
    }
}
