package b;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Records when the first test starts (epoch ms), after checking that its database has the template's rows. */
class FirstIT {
    @Test
    void first() throws Exception {
        long now = System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(System.getProperty("db-lifecycle.url"),
                System.getProperty("db-lifecycle.username"), System.getProperty("db-lifecycle.password"));
                ResultSet rs = c.createStatement().executeQuery("select count(*) from items")) {
            rs.next();
            assertEquals(1000, rs.getInt(1));
        }
        Files.writeString(Path.of("target/first-test-millis"), Long.toString(now));
    }
}
