package bench.shard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** What each generated test class does: uses its clone, then holds it for the class's hidden time. */
final class Work {
    private Work() {}

    static void run(String table, long millis) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("db-lifecycle.url"));
                Statement s = c.createStatement()) {
            s.execute("create table if not exists " + table + " (x integer)");
            s.execute("insert into " + table + " values (1)");
        }
        Thread.sleep(millis);
    }
}
