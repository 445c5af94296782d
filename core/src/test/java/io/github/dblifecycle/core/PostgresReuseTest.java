package io.github.dblifecycle.core;

import java.util.List;

/** Template reuse on the real PostgreSQL 15 at 127.0.0.1:5432. */
class PostgresReuseTest extends ReuseTestBase {
    /**
     * Advisory locks belong to one database, and the seed runs in the template being built, so it could never wait
     * on a lock the test holds in another database. Roles are cluster-wide: the seed waits while this role exists.
     */
    private final String blockerRole = prefix + "_blocker";

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
        return "DO $$ BEGIN WHILE EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + blockerRole + "') LOOP "
                + "PERFORM pg_sleep(0.05); END LOOP; END $$;";
    }

    @Override
    AutoCloseable holdBlocker() throws Exception {
        Pg.execute("CREATE ROLE " + blockerRole);
        return () -> Pg.execute("DROP ROLE IF EXISTS " + blockerRole);
    }

    @Override
    String query(Database database, String sql) throws Exception {
        return Pg.queryOne(database.connection(), sql);
    }
}
