package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import io.github.dblifecycle.core.sqlite.SqliteBackend;

/**
 * The backend contract, with template reuse, on real SQLite files: the template is the file the url names (reused
 * templates live in its directory), clones and their marker files are in the work directory.
 */
class SqliteContractTest extends BackendContractTest {
    @Override
    ConnectionSpec admin() {
        return new ConnectionSpec("jdbc:sqlite:" + dir.resolve("templates/template.db") + "?foreign_keys=true", "", "");
    }

    @Override
    List<String> databases() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix + "_") && n.endsWith(".db"))
                    .sorted()
                    .toList();
        }
    }

    @Override
    void dropLeftovers() {
        // Files under the test's temporary directory, removed by JUnit.
    }

    private Path blocker() {
        return dir.resolve("blocker.db");
    }

    @Override
    String blockingStatement() {
        return "pragma busy_timeout = 60000;\nattach database '" + blocker() + "' as blk;\n"
                + "create table if not exists blk.t (x int);\ninsert into blk.t values (1);\ndetach database blk;";
    }

    @Override
    AutoCloseable holdBlocker() throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + blocker());
        try (Statement s = c.createStatement()) {
            s.execute("create table if not exists t (x int)");
            s.execute("begin exclusive");
        }
        return c;
    }

    @Override
    String query(Database database, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(database.connection().url());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    void update(Database database, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(database.connection().url());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    ConnectionSpec adminFor(String name) {
        return new ConnectionSpec(
                "jdbc:sqlite:" + dir.resolve("templates").resolve(prefix + "_" + name + ".db"), "", "");
    }

    @Override
    String childUser() {
        return "";
    }

    @Override
    String listedAs(String name) {
        return name + ".db";
    }

    @Override
    void createUsersDatabase(Path workDir, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workDir.resolve(name + ".db"));
                Statement s = c.createStatement()) {
            s.execute("create table users_table (x int)");
            s.execute("insert into users_table values (" + USERS_ROW + ")");
        }
    }

    @Override
    String usersRow(Path workDir, String name) throws Exception {
        Path file = workDir.resolve(name + ".db");
        assertThat(file).exists();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select x from users_table")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    void dropUsersDatabase(String name) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().equals(name + ".db"))
                    .toList()) {
                Files.delete(f);
            }
        }
    }

    @Override
    void copyMarker(Manifest.Worker from, Path workDir, String to) throws Exception {
        Files.copy(
                SqliteBackend.markerFile(Path.of(from.file())), SqliteBackend.markerFile(workDir.resolve(to + ".db")));
    }

    @Override
    void afterPurge(Path deadWork) throws Exception {
        try (Stream<Path> files = Files.list(deadWork)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .as(
                            "the users' files stay; the dead build's clones, markers and manifest (it holds the password) go")
                    .containsExactly(prefix + "_0badf00d_1.db", prefix + "_aaaa0001_3.db");
        }
    }
}
