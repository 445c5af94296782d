package it.dblc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PassingIT {
    /** The fork is bound to one of this build's clones: the properties name it and it holds the template's rows. */
    @Test
    void isBound() throws Exception {
        String database = System.getProperty("db-lifecycle.database");
        assertNotNull(database, "db-lifecycle.database is not set: the provider did not bind this fork");
        assertTrue(database.matches("itpgfail_[a-z0-9]{8}_[12]"), "not a clone of this build: " + database);
        try (Connection c = DriverManager.getConnection(System.getProperty("db-lifecycle.url"),
                System.getProperty("db-lifecycle.username"), System.getProperty("db-lifecycle.password"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_database(), (select count(*) from items)")) {
            rs.next();
            assertEquals(database, rs.getString(1));
            assertEquals(3, rs.getInt(2), "the template's rows are in the clone");
        }
    }
}
