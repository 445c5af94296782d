package it.dblc.crash;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

/** Uses this fork's clone and records which worker it was, and when, in target/dblc-it/<class>.properties. */
final class Record {
    private Record() {}

    static void write(String testClass) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("db-lifecycle.url"),
                System.getProperty("db-lifecycle.username"), System.getProperty("db-lifecycle.password"))) {
            c.createStatement().execute("select 1");
        }
        Properties p = new Properties();
        p.setProperty("worker", System.getProperty("db-lifecycle.worker"));
        p.setProperty("time", Long.toString(System.currentTimeMillis()));
        Path dir = Files.createDirectories(Path.of("target", "dblc-it"));
        try (Writer w = Files.newBufferedWriter(dir.resolve(testClass + ".properties"))) {
            p.store(w, null);
        }
    }
}
