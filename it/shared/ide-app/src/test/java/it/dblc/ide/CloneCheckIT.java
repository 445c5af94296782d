package it.dblc.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Run by Failsafe (the provider binds the fork) and by the JUnit Console Launcher as an IDE runs it (the
 * db-lifecycle-junit listener binds the JVM). Each method records what it saw in target/ide-records/<run>-<method>
 * (run: the system property ide.run, else "failsafe"): when it started, its JVM, its clone, the template's rows in
 * it. With ide.holdMillis it then writes <run>.started and waits, so that a verify script can run two at once or
 * kill the JVM while it holds its clone.
 */
class CloneCheckIT {

    @Test
    void seesItsCloneWithTheTemplatesData() throws Exception {
        check("seesItsCloneWithTheTemplatesData");
    }

    @Test
    void secondMethod() throws Exception {
        check("secondMethod");
    }

    private void check(String method) throws Exception {
        long startedAt = System.currentTimeMillis();
        String url = System.getProperty("db-lifecycle.url");
        assertNotNull(url, "db-lifecycle.url is not set: nothing bound this JVM");
        int items;
        try (Connection c = DriverManager.getConnection(url, System.getProperty("db-lifecycle.username"),
                System.getProperty("db-lifecycle.password"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from items")) {
            rs.next();
            items = rs.getInt(1);
        }
        assertEquals(3, items, "the template's rows are in the clone");
        String run = System.getProperty("ide.run", "failsafe");
        Path dir = Path.of("target/ide-records");
        Files.createDirectories(dir);
        Properties p = new Properties();
        p.setProperty("startedAt", Long.toString(startedAt));
        p.setProperty("jvmStart", Long.toString(ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L)));
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("items", Integer.toString(items));
        for (String key : List.of("db-lifecycle.worker", "db-lifecycle.database", "db-lifecycle.url",
                "db-lifecycle.username", "app.clone")) {
            String value = System.getProperty(key);
            if (value != null) {
                p.setProperty(key, value);
            }
        }
        try (var out = Files.newBufferedWriter(dir.resolve(run + "-" + method + ".properties"))) {
            p.store(out, null);
        }
        long hold = Long.getLong("ide.holdMillis", 0);
        if (hold > 0) {
            Files.writeString(dir.resolve(run + ".started"), System.getProperty("db-lifecycle.database"));
            Thread.sleep(hold);
        }
    }
}
