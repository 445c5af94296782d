package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.dblifecycle.core.oracle.OracleBackend;
import io.github.dblifecycle.core.oracle.OracleBackendType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a real Oracle server, only when one is given (JUnit reports these tests as skipped otherwise):
 * {@code -Ddb-lifecycle.it.oracle.url=jdbc:oracle:thin:@//localhost:1521/FREEPDB1
 * -Ddb-lifecycle.it.oracle.username=system -Ddb-lifecycle.it.oracle.password=…} (an account with the DBA role).
 * Never run by this project so far: no Oracle server was available where it was written.
 */
@EnabledIfSystemProperty(named = "db-lifecycle.it.oracle.url", matches = ".+")
class OracleLifecycleTest {
    static final ConnectionSpec ADMIN = new ConnectionSpec(
            System.getProperty("db-lifecycle.it.oracle.url", ""),
            System.getProperty("db-lifecycle.it.oracle.username", "system"),
            System.getProperty("db-lifecycle.it.oracle.password", ""));

    @TempDir
    Path dir;

    final String prefix = "ora" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    final TestLog log = new TestLog();

    @AfterEach
    void noUserLeftBehind() throws Exception {
        assertThat(users(prefix)).as("users left behind").isEmpty();
    }

    private PrepareRequest request(List<Path> scripts, int clones) {
        return TestRequests.plain(ADMIN, scripts, clones, prefix, dir.resolve("work"));
    }

    private static Path resource(String name) throws Exception {
        return Path.of(OracleLifecycleTest.class.getResource("/oracle/" + name).toURI());
    }

    @Test
    void everyObjectIsClonedWithItsRowsAndTeardownDropsEveryUser() throws Exception {
        Manifest manifest = new DbLifecycle(log).prepare(request(List.of(resource("every-object.sql")), 2));
        try {
            assertThat(manifest.backend()).isEqualTo(OracleBackend.ID);
            String template = manifest.template();
            assertThat(template).isEqualTo((prefix + "_" + manifest.buildId() + "_t").toUpperCase());
            for (Manifest.Worker w : manifest.workers()) {
                assertThat(w.username()).isEqualTo(w.database());
                assertThat(w.password()).isNotEqualTo(ADMIN.password()).hasSize(24);
                ConnectionSpec clone = new ConnectionSpec(w.url(), w.username(), w.password());
                // The fork's own check: a connection as the clone's user lands in the clone's schema.
                BackendType backend = OracleBackendType.INSTANCE;
                assertThat(backend.bindFork(manifest, w).url()).isEqualTo(w.url());
                assertThat(query(clone, "SELECT COUNT(*) FROM customers")).containsExactly("2");
                assertThat(query(clone, "SELECT name FROM customers WHERE code = 'A1'"))
                        .containsExactly("O'Brien; Ltd");
                assertThat(query(clone, "SELECT c.address.city FROM customers c WHERE code = 'A1'"))
                        .containsExactly("Dublin");
                assertThat(query(clone, "SELECT DBMS_LOB.SUBSTR(note, 100) FROM customers WHERE code = 'A1'"))
                        .containsExactly("long text");
                assertThat(query(clone, "SELECT total FROM order_totals ORDER BY name"))
                        .containsExactly("10", "30");
                assertThat(query(clone, "SELECT shop.total(id) FROM clients WHERE name = 'Smith'"))
                        .containsExactly("30");
                // Sequences and identities continue after the template's values; FKs, checks, triggers work.
                update(clone, "INSERT INTO customers (name) VALUES ('New')");
                assertThat(Long.parseLong(
                                query(clone, "SELECT MAX(id) FROM customers").get(0)))
                        .isGreaterThan(2);
                update(clone, "INSERT INTO orders (customer_id) SELECT id FROM customers WHERE name = 'New'");
                assertThat(query(
                                clone,
                                "SELECT amount FROM orders WHERE customer_id = (SELECT id FROM customers "
                                        + "WHERE name = 'New')"))
                        .containsExactly("0");
                assertThat(Long.parseLong(
                                query(clone, "SELECT MAX(id) FROM orders").get(0)))
                        .isGreaterThan(3);
                assertThatThrownBy(() -> update(clone, "INSERT INTO orders (customer_id, amount) VALUES (999, 1)"))
                        .hasMessageContaining("ORA-02291");
                assertThatThrownBy(() -> update(clone, "INSERT INTO orders (customer_id, amount) VALUES (1, -1)"))
                        .hasMessageContaining("ORA-02290");
                // The view created with the template's name in its text reads the clone's own table.
                update(clone, "DELETE FROM orders");
                update(clone, "DELETE FROM customers");
                assertThat(query(clone, "SELECT COUNT(*) FROM qualified_customers"))
                        .containsExactly("0");
                assertThat(query(clone, "SELECT COUNT(*) FROM user_objects WHERE status <> 'VALID'"))
                        .containsExactly("0");
            }
            assertThat(query(ADMIN, "SELECT COUNT(*) FROM " + template + ".customers"))
                    .containsExactly("2");
            assertThat(log.all()).contains("Clone 1/2", "Clone 2/2", "Cloning the Oracle schema");
            assertThat(log.all()).doesNotContain(manifest.workers().get(0).password());
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), ADMIN);
        }
        assertThat(users(prefix)).isEmpty();
    }

    @Test
    void aScriptErrorNamesTheLineAndLeavesNothing() throws Exception {
        Path script = dir.resolve("broken.sql");
        Files.writeString(script, "CREATE TABLE t (x NUMBER);\n\nINSERT INTO nowhere VALUES (1);\n");
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(List.of(script), 2)))
                .hasMessageContaining("line 3")
                .hasMessageContaining("ORA-00942");
    }

    @Test
    void invalidPlsqlInTheTemplateFailsPrepareNamingTheObject() throws Exception {
        Path script = dir.resolve("invalid.sql");
        Files.writeString(script, "CREATE PROCEDURE p AS BEGIN no_such_thing; END;\n/\n");
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(List.of(script), 1)))
                .hasMessageContaining("PROCEDURE P")
                .hasMessageContaining("PLS-");
    }

    @Test
    void aUserWithoutOurMarkerIsNeverDropped() throws Exception {
        String user = (prefix + "_1a2b3c4d_1").toUpperCase();
        update(ADMIN, "CREATE USER " + user + " IDENTIFIED BY \"Xy_12345678#ab\"");
        try {
            assertThatThrownBy(() -> ForBuild.of(OracleBackendType.INSTANCE, ADMIN, Path.of("target"))
                            .drop(new Database(user, ADMIN, null)))
                    .hasMessageContaining("Not dropping the Oracle user " + user);
            assertThat(users(prefix)).containsExactly(user);
        } finally {
            update(ADMIN, "DROP USER " + user + " CASCADE");
        }
    }

    private static List<String> users(String prefix) throws SQLException {
        try (Connection c = ADMIN.open();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT username FROM dba_users WHERE username LIKE ? " + "ESCAPE '\\' ORDER BY 1")) {
            ps.setString(1, prefix.toUpperCase() + "\\_%");
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    private static List<String> query(ConnectionSpec spec, String sql) throws SQLException {
        try (Connection c = spec.open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static void update(ConnectionSpec spec, String sql) throws SQLException {
        try (Connection c = spec.open();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
