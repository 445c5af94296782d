package io.github.dblifecycle.core;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The real PostgreSQL server the tests run against, and helpers that only touch databases named with a test prefix.
 * The server is the build machine's (127.0.0.1:5432) unless the system property {@value #URL_PROPERTY} names
 * another one (the version matrix runs the PostgreSQL tests once per server: core/pom.xml, .ci/pg-versions).
 */
final class Pg {
    static final String URL_PROPERTY = "db-lifecycle.test.postgres.url";
    /** The server's address, {@code jdbc:postgresql://host:port/}, without a database. */
    static final String SERVER = System.getProperty(URL_PROPERTY, "jdbc:postgresql://127.0.0.1:5432/")
            .replaceFirst("^(jdbc:postgresql://[^/?]*/).*$", "$1");

    static final ConnectionSpec ADMIN =
            new ConnectionSpec(SERVER + "postgres?ApplicationName=db-lifecycle-test", "postgres", "");

    private Pg() {}

    /** The URL of {@code database} on the test server. */
    static String url(String database) {
        return SERVER + database;
    }

    /** The admin user on {@code database} of the test server. */
    static ConnectionSpec at(String database) {
        return ADMIN.withUrl(url(database));
    }

    /** The test server's major version (13, 14, …), from server_version_num. */
    static int major() {
        try {
            return Integer.parseInt(queryOne(ADMIN, "select current_setting('server_version_num')")) / 10000;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the version of the test server " + SERVER, e);
        }
    }

    /** A prefix no other test (or person) uses, so counts and clean-ups see only this test's databases. */
    static String uniquePrefix() {
        StringBuilder sb = new StringBuilder("dlt");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    static List<String> databases(String prefix) throws SQLException {
        return CatalogNames.like(
                ADMIN, "select datname from pg_database where datname like ? order by datname", prefix);
    }

    /** The databases whose name or comment (db-lifecycle's marker) contains one of {@code buildIds}. */
    static List<String> namedOrMarkedWith(List<String> buildIds) throws SQLException {
        return CatalogNames.containing(
                ADMIN, "select datname, shobj_description(oid, 'pg_database') from pg_database", buildIds);
    }

    /** Safety net after each test: drops databases with this test's unique prefix only. */
    static void dropAll(String prefix) throws SQLException {
        for (String name : databases(prefix)) {
            execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        }
    }

    static void execute(String sql) throws SQLException {
        try (Connection c = ADMIN.open();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String queryOne(ConnectionSpec spec, String sql) throws SQLException {
        try (Connection c = spec.open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void update(ConnectionSpec spec, String sql) throws SQLException {
        try (Connection c = spec.open();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
