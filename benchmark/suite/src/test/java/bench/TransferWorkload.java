package bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * What slow database-bound suites spend their time on: many small committed transactions, each a few round trips.
 * Money is only moved, so the total must stay what the template holds, which also fails if two forks share data.
 */
abstract class TransferWorkload {
    private static final int TRANSFERS = 2000;

    @Test
    void transfersKeepTheTotal() throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("db-lifecycle.url"),
                System.getProperty("db-lifecycle.username"), System.getProperty("db-lifecycle.password"))) {
            c.setAutoCommit(false);
            try (PreparedStatement debit = c.prepareStatement("update account set balance = balance - ? where id = ?");
                    PreparedStatement credit = c.prepareStatement("update account set balance = balance + ? where id = ?");
                    PreparedStatement log = c.prepareStatement(
                            "insert into transfer(from_id, to_id, amount) values (?, ?, ?)")) {
                for (int i = 0; i < TRANSFERS; i++) {
                    int from = 1 + (i * 7) % 200;
                    int to = 1 + (i * 13 + 5) % 200;
                    BigDecimal amount = BigDecimal.valueOf(1 + i % 10);
                    debit.setBigDecimal(1, amount);
                    debit.setInt(2, from);
                    debit.executeUpdate();
                    credit.setBigDecimal(1, amount);
                    credit.setInt(2, to);
                    credit.executeUpdate();
                    log.setInt(1, from);
                    log.setInt(2, to);
                    log.setBigDecimal(3, amount);
                    log.executeUpdate();
                    c.commit();
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("select sum(balance) from account")) {
                rs.next();
                assertEquals(0, new BigDecimal("200000").compareTo(rs.getBigDecimal(1)));
            }
        }
    }
}
