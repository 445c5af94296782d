package io.github.dblifecycle.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/** Template reuse on real SQLite files; templates live in the directory of the url's file. */
class SqliteReuseTest extends ReuseTestBase {
    @Override
    ConnectionSpec admin() {
        return new ConnectionSpec("jdbc:sqlite:" + dir.resolve("templates/template.db") + "?foreign_keys=true", "", "");
    }

    @Override
    List<String> databases() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix + "_") && n.endsWith(".db")).sorted().toList();
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
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
