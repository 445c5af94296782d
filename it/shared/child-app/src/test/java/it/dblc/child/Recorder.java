package it.dblc.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;

/**
 * What every test class of the child app does: uses its clone, says it started (the kill IT waits for that), holds
 * the clone for it.sleepMillis, and records its worker, database and times in target/dblc-child/.
 */
final class Recorder {
    private Recorder() {}

    static void run(String testClass) throws Exception {
        long start = System.currentTimeMillis();
        String url = System.getProperty("db-lifecycle.url");
        String password = System.getProperty("db-lifecycle.password");
        String expectedSha = System.getProperty("it.expectedPasswordSha256", "");
        if (!expectedSha.isEmpty()) {
            // The password decrypted from settings.xml reached the fork; compared by hash, so that the plain
            // password appears in no file of the project.
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            assertEquals(expectedSha, HexFormat.of().formatHex(digest), "db-lifecycle.password in the fork");
        }
        try (Connection c = DriverManager.getConnection(url, System.getProperty("db-lifecycle.username"), password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_database()")) {
            rs.next();
            assertEquals(System.getProperty("db-lifecycle.database"), rs.getString(1));
        }
        Path dir = Files.createDirectories(Path.of("target", "dblc-child"));
        Files.writeString(dir.resolve(testClass + ".started"), "");
        Thread.sleep(Long.getLong("it.sleepMillis", 0));
        Properties p = new Properties();
        p.setProperty("worker", System.getProperty("db-lifecycle.worker"));
        p.setProperty("database", System.getProperty("db-lifecycle.database"));
        p.setProperty("start", Long.toString(start));
        p.setProperty("end", Long.toString(System.currentTimeMillis()));
        try (Writer w = Files.newBufferedWriter(dir.resolve(testClass + ".properties"))) {
            p.store(w, null);
        }
    }
}
