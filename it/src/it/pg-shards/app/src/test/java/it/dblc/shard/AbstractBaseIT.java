package it.dblc.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** Matches Failsafe's includes but is no test class of its own: it must not count as one in any shard. */
abstract class AbstractBaseIT {
    /** How long this class holds its clone. */
    abstract long millis();

    @Test
    void usesItsClone() throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("db-lifecycle.url"),
                        System.getProperty("db-lifecycle.username"), System.getProperty("db-lifecycle.password"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_database()")) {
            rs.next();
            assertEquals(System.getProperty("db-lifecycle.database"), rs.getString(1));
        }
        Thread.sleep(millis());
    }
}
