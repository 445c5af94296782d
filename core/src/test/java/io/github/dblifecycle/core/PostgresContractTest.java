package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.util.List;

import io.github.dblifecycle.core.postgresql.PostgresBackend;

/** The backend contract, with template reuse, on the real PostgreSQL server (Pg). */
class PostgresContractTest extends BackendContractTest {
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

    @Override
    void update(Database database, String sql) throws Exception {
        Pg.update(database.connection(), sql);
    }

    @Override
    ConnectionSpec adminFor(String name) {
        return Pg.ADMIN;
    }

    @Override
    String childUser() {
        return "postgres";
    }

    @Override
    String listedAs(String name) {
        return name;
    }

    @Override
    void createUsersDatabase(Path workDir, String name) throws Exception {
        Pg.execute("CREATE DATABASE \"" + name + "\"");
        Pg.update(Pg.at(name), "create table users_table (x int); insert into users_table values (" + USERS_ROW + ")");
    }

    @Override
    String usersRow(Path workDir, String name) throws Exception {
        return Pg.queryOne(Pg.at(name), "select x from users_table");
    }

    @Override
    void dropUsersDatabase(String name) throws Exception {
        Pg.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
    }

    @Override
    void copyMarker(Manifest.Worker from, Path workDir, String to) throws Exception {
        String marker = Pg.queryOne(
                Pg.ADMIN,
                "select shobj_description(oid, 'pg_database') from pg_database " + "where datname = '" + from.database()
                        + "'");
        Pg.execute("COMMENT ON DATABASE \"" + to + "\" IS '" + marker + "'");
    }

    @Override
    List<String> usersLookalikesWithOtherMarkers(Path workDir) throws Exception {
        // Another build's marker; the marker of versions without a liveness lock (its build may be running, so it is
        // never purged); a plain comment.
        List<List<String>> lookalikes = List.of(
                List.of(prefix + "_0badf00d_t", PostgresBackend.marker("0badf00e")),
                List.of(prefix + "_0badf00d_3", "db-lifecycle build 0badf00d"),
                List.of(prefix + "_0badf00d_2", "production copy"));
        for (List<String> l : lookalikes) {
            Pg.execute("CREATE DATABASE \"" + l.get(0) + "\"");
            dropAfterwards(l.get(0));
            Pg.execute("COMMENT ON DATABASE \"" + l.get(0) + "\" IS '" + l.get(1) + "'");
        }
        return lookalikes.stream().map(l -> l.get(0)).toList();
    }
}
