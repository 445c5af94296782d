package it.dblc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** The fork is bound to worker 1's clone: the properties name it, and the clone holds the template's rows. */
final class BoundClone {
    private BoundClone() {}

    static void check() throws Exception {
        String database = System.getProperty("db-lifecycle.database");
        String url = System.getProperty("db-lifecycle.url");
        assertNotNull(database, "db-lifecycle.database is not set: the provider did not bind this fork");
        assertTrue(database.matches("dblc_[a-z0-9]{8}_1"), "not clone 1 of this build: " + database);
        assertEquals("1", System.getProperty("db-lifecycle.worker"));
        assertTrue(url.startsWith("jdbc:sqlite:") && url.contains(database + ".db"), url);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from items")) {
            rs.next();
            assertEquals(3, rs.getInt(1), "the template's rows are in the clone");
        }
    }
}
