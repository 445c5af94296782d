package it.dblc.endings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** What each test class does: checks it is on its own clone, says it started, holds it, fails if told to. */
final class Probe {
    private Probe() {}

    static void run(String testClass) throws Exception {
        String url = System.getProperty("db-lifecycle.url");
        String current = url.startsWith("jdbc:postgresql:") ? "select current_database()" : "select database()";
        try (Connection c = DriverManager.getConnection(url, System.getProperty("db-lifecycle.username"),
                System.getProperty("db-lifecycle.password"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(current)) {
            rs.next();
            assertEquals(System.getProperty("db-lifecycle.database"), rs.getString(1));
        }
        Path dir = Files.createDirectories(Path.of("target", "dblc-endings"));
        Files.writeString(dir.resolve(testClass + ".started"), System.getProperty("db-lifecycle.database"));
        Thread.sleep(Long.getLong("it.sleepMillis", 0));
        assertEquals("false", System.getProperty("it.fail"), "told to fail (-Dit.fail=true)");
    }
}
