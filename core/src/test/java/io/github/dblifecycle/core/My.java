package io.github.dblifecycle.core;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The real MariaDB 10.11 of the build machine, and helpers that only touch databases named with a test prefix. */
final class My {
    static final ConnectionSpec MARIADB = new ConnectionSpec("jdbc:mariadb://127.0.0.1:3306/", "root", "");
    static final ConnectionSpec MYSQL_DRIVER =
            new ConnectionSpec("jdbc:mysql://127.0.0.1:3306/?useSSL=false&allowPublicKeyRetrieval=true", "root", "");

    private My() {}

    static List<String> databases(String prefix) throws SQLException {
        return CatalogNames.like(
                MARIADB,
                "select SCHEMA_NAME from information_schema.SCHEMATA where SCHEMA_NAME like ? order by SCHEMA_NAME",
                prefix);
    }

    /** The databases whose name or comment (db-lifecycle's marker) contains one of {@code buildIds}. */
    static List<String> namedOrMarkedWith(List<String> buildIds) throws SQLException {
        return CatalogNames.containing(
                MARIADB, "select SCHEMA_NAME, SCHEMA_COMMENT from information_schema.SCHEMATA", buildIds);
    }

    /** Safety net after each test: drops databases with this test's unique prefix only. */
    static void dropAll(String prefix) throws SQLException {
        for (String name : databases(prefix)) {
            execute(MARIADB, "DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    static void execute(ConnectionSpec spec, String... sql) throws SQLException {
        try (Connection c = spec.open();
                Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    static String queryOne(ConnectionSpec spec, String sql) throws SQLException {
        return query(spec, sql).stream().findFirst().orElse(null);
    }

    /** Every row as its columns joined by '|'. */
    static List<String> query(ConnectionSpec spec, String sql) throws SQLException {
        try (Connection c = spec.open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }

    static ConnectionSpec at(ConnectionSpec admin, String database) {
        return admin.withUrl(io.github.dblifecycle.core.mysql.MysqlUrl.withDatabase(admin.url(), database));
    }
}
