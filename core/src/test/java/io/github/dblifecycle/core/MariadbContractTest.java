package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/**
 * The backend contract, with template reuse, on the real MariaDB 10.11 at 127.0.0.1:3306: there a killed build
 * loses its GET_LOCK, which is how purge knows it is dead.
 */
class MariadbContractTest extends BackendContractTest {
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

    @Override
    void update(Database database, String sql) throws Exception {
        My.execute(database.connection(), sql);
    }

    @Override
    ConnectionSpec adminFor(String name) {
        return My.MARIADB;
    }

    @Override
    String childUser() {
        return "root";
    }

    @Override
    String listedAs(String name) {
        return name;
    }

    @Override
    void createUsersDatabase(Path workDir, String name) throws Exception {
        My.execute(My.MARIADB, "CREATE DATABASE `" + name + "`");
        My.execute(
                My.at(My.MARIADB, name),
                "create table users_table (x int)",
                "insert into users_table values (" + USERS_ROW + ")");
    }

    @Override
    String usersRow(Path workDir, String name) throws Exception {
        return My.queryOne(My.at(My.MARIADB, name), "select x from users_table");
    }

    @Override
    void dropUsersDatabase(String name) throws Exception {
        My.execute(My.MARIADB, "DROP DATABASE IF EXISTS `" + name + "`");
    }

    @Override
    void copyMarker(Manifest.Worker from, Path workDir, String to) throws Exception {
        String marker = My.queryOne(
                My.MARIADB,
                "select SCHEMA_COMMENT from information_schema.SCHEMATA " + "where SCHEMA_NAME = '" + from.database()
                        + "'");
        My.execute(My.MARIADB, "ALTER DATABASE `" + to + "` COMMENT '" + marker + "'");
    }

    @Override
    List<String> usersLookalikesWithOtherMarkers(Path workDir) throws Exception {
        String name = prefix + "_0badf00d_2";
        My.execute(My.MARIADB, "CREATE DATABASE `" + name + "` COMMENT 'production copy'");
        dropAfterwards(name);
        return List.of(name);
    }
}
