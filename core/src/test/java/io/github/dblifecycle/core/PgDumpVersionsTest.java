package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain dumps written by pg_dump 13 (of a PostgreSQL 13 server) and pg_dump 18 (of a PostgreSQL 18 server), kept as
 * test resources (src/test/resources/pgdump, made by its regenerate.sh from source.sql), loaded by {@code prepare}
 * on the test server and cloned. The clone must hold the rows the original server held (checksums.sql, run there
 * by regenerate.sh) and the same schema as source.sql loaded by psql into this server, as this server's pg_dump
 * prints both.
 */
class PgDumpVersionsTest {
    final String prefix = Pg.uniquePrefix();
    final String original = prefix + "_orig";
    final TestLog log = new TestLog();

    @AfterEach
    void dropLeftovers() throws Exception {
        Pg.dropAll(prefix);
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void dumpOfAnOlderAndANewerServerLoadsExactly(int major) throws Exception {
        Path dump = resource("pg" + major + ".sql");
        assertThat(Files.readString(dump))
                .contains("-- Dumped by pg_dump version " + major + ".", "COPY public.everything", "\n\\.\n");
        Path work = Files.createTempDirectory("pgdump" + major);
        Manifest manifest = new DbLifecycle(log)
                .prepare(new PrepareRequest(
                        Pg.ADMIN,
                        List.of(dump),
                        1,
                        prefix,
                        work,
                        false,
                        Map.of(),
                        Map.of(),
                        ProcessHandle.current().pid()));
        try {
            String clone = manifest.workers().get(0).database();
            assertThat(checksums(clone)).isEqualTo(Files.readAllLines(resource("pg" + major + ".checksums")));
            loadOriginal();
            assertThat(Tools.pgSchema(clone)).isEqualTo(Tools.pgSchema(original));
            if (major >= 17) {
                // pg_dump 17+ switches transaction_timeout off; a server before 17 has no such setting or timeout.
                assertThat(log.lines)
                        .filteredOn(l -> l.startsWith("WARN") && l.contains("transaction_timeout"))
                        .hasSize(major > serverMajor() ? 1 : 0);
            }
        } finally {
            new DbLifecycle(log).teardown(work, Pg.ADMIN);
        }
    }

    /** source.sql as psql loads it into this server: what the dumped database was. */
    private void loadOriginal() throws Exception {
        Pg.execute("CREATE DATABASE " + original);
        Tools.run(
                null,
                "psql",
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-d",
                original,
                "-f",
                resource("source.sql").toString());
    }

    private static int serverMajor() throws Exception {
        return Integer.parseInt(Pg.queryOne(Pg.ADMIN, "show server_version_num")) / 10000;
    }

    /** checksums.sql on the clone, in UTC as regenerate.sh runs it. */
    private static List<String> checksums(String database) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection c = Pg.ADMIN
                        .withUrl("jdbc:postgresql://127.0.0.1:5432/" + database)
                        .open();
                Statement s = c.createStatement()) {
            s.execute("set timezone = 'UTC'");
            try (ResultSet rs = s.executeQuery(Files.readString(resource("checksums.sql")))) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
        }
        return lines;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PgDumpVersionsTest.class.getResource("/pgdump/" + name).toURI());
    }
}
