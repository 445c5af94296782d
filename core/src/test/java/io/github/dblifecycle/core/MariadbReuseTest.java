package io.github.dblifecycle.core;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/** Template reuse on the real MariaDB 10.11 at 127.0.0.1:3306. */
class MariadbReuseTest extends ReuseTestBase {
    @Override
    ConnectionSpec admin() {
        return My.MARIADB;
    }

    @Override
    List<String> databases() throws Exception {
        return My.databases(prefix);
    }

    @Override
    void dropLeftovers() throws Exception {
        My.dropAll(prefix);
    }

    @Override
    String blockingStatement() {
        return "select GET_LOCK('" + prefix + "', 60);\nselect RELEASE_LOCK('" + prefix + "');";
    }

    @Override
    AutoCloseable holdBlocker() throws Exception {
        Connection c = My.MARIADB.open();
        try (Statement s = c.createStatement()) {
            s.execute("select GET_LOCK('" + prefix + "', 5)");
        }
        return c;
    }

    @Override
    String query(Database database, String sql) throws Exception {
        return My.queryOne(database.connection(), sql);
    }
}
