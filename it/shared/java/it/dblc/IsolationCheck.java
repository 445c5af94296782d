package it.dblc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Fails when two live test JVMs write to the same database: each class records its JVM's pid, waits long enough
 * for the other fork's classes to do the same, then requires every other pid in the table to belong to a JVM that
 * has exited. On one shared database (two forks at once) this fails; on one clone per fork it passes, also with
 * reuseForks=false, where the clone's previous JVM has exited before the next one leases it.
 */
public abstract class IsolationCheck {

    @Test
    void onlyThisJvmWritesToItsDatabase() throws Exception {
        String url = System.getProperty("db-lifecycle.url");
        assertNotNull(url, "db-lifecycle.url is not set: the provider did not bind this fork");
        long pid = ProcessHandle.current().pid();
        record();
        try (Connection c = DriverManager.getConnection(url, System.getProperty("db-lifecycle.username"),
                System.getProperty("db-lifecycle.password"))) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from items")) {
                rs.next();
                assertEquals(3, rs.getInt(1), "the template's rows are in the clone");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into writers(pid, test_class) values (?, ?)")) {
                ps.setLong(1, pid);
                ps.setString(2, getClass().getSimpleName());
                ps.executeUpdate();
            }
            Thread.sleep(Long.getLong("it.dblc.overlapMillis", 2500));
            List<Long> liveOthers = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select distinct pid from writers")) {
                while (rs.next()) {
                    long other = rs.getLong(1);
                    if (other != pid && ProcessHandle.of(other).map(ProcessHandle::isAlive).orElse(false)) {
                        liveOthers.add(other);
                    }
                }
            }
            assertTrue(liveOthers.isEmpty(), "another live test JVM " + liveOthers + " wrote to this JVM's database "
                    + url + ": the forks share a database");
        }
    }

    /**
     * Leaves a note for the IT's verify script: which worker and database this class ran on and the launcher jar, in
     * target/dblc-it or the directory (relative to the project) the system property it.dblc.markers names.
     */
    private void record() throws Exception {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve(System.getProperty("it.dblc.markers",
                "target/dblc-it"));
        Files.createDirectories(dir);
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        for (String key : List.of("db-lifecycle.worker", "db-lifecycle.database", "db-lifecycle.url",
                "db-lifecycle.username", "app.datasource.url")) {
            String value = System.getProperty(key);
            if (value != null) {
                p.setProperty(key, value);
            }
        }
        // Where JUnit's launcher came from: the project's own jar, or the one db-lifecycle supplied.
        p.setProperty("launcher", Class.forName("org.junit.platform.launcher.core.LauncherFactory")
                .getProtectionDomain().getCodeSource().getLocation().toString());
        try (var out = Files.newBufferedWriter(dir.resolve(getClass().getSimpleName() + ".properties"))) {
            p.store(out, null);
        }
    }
}
