package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mariadb-dump output, made here by the real mariadb-dump from a database this test fills (every object type of
 * the MySQL backend, raw binary data, DST-gap timestamps), used as a template script unchanged.
 */
class MysqlDumpTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final String source = prefix + "_src";
    final TestLog log = new TestLog();

    @AfterEach
    void dropLeftovers() throws Exception {
        My.dropAll(prefix); // the source database too: it has this test's prefix
    }

    private PrepareRequest request(List<Path> scripts) {
        return new PrepareRequest(
                My.MARIADB,
                scripts,
                1,
                prefix,
                dir.resolve("work"),
                false,
                Map.of(),
                Map.of("verifyClones", "true"),
                ProcessHandle.current().pid());
    }

    private void createSource() throws Exception {
        My.execute(My.MARIADB, "CREATE DATABASE `" + source + "`");
        Path every = dir.resolve("every-object.sql");
        Files.write(
                every,
                Objects.requireNonNull(getClass().getResourceAsStream("/mysql/every-object.sql"))
                        .readAllBytes());
        Tools.runWithInput(every, null, "mariadb", "-h", "127.0.0.1", "-u", "root", source);
        ConnectionSpec src = My.at(My.MARIADB, source);
        // mariadb-dump 10.11 writes the final views in name order, so a WITH CHECK OPTION view over a view that comes
        // later is restored over its stand-in and fails, with the mariadb client too: not a dump to test with.
        My.execute(
                src,
                "CREATE OR REPLACE SQL SECURITY INVOKER VIEW v_a_on_base AS SELECT id, price FROM v_z_base "
                        + "WHERE price > 1");
        StringBuilder allBytes = new StringBuilder();
        for (int b = 0; b < 256; b++) {
            allBytes.append(String.format("%02X", b));
        }
        My.execute(
                src,
                "CREATE TABLE bin (id int PRIMARY KEY, b longblob, vb varbinary(300), fixed binary(4),"
                        + " t text CHARACTER SET utf8mb4, ts timestamp(6) NULL)",
                "SET time_zone = '+00:00'",
                // 01:30 UTC on 2024-03-31 is 02:30 in Berlin's spring gap (a local time that does not exist)
                "INSERT INTO bin VALUES (1, x'" + allBytes + "', x'" + allBytes + "', x'00FF0A27', "
                        + "'tab\\there ''quoted'' \\\\ emoji \uD83D\uDE00', '2024-03-31 01:30:00.5')",
                "INSERT INTO bin VALUES (2, repeat(x'" + allBytes + "', 4096), '', x'5C000000', '', NULL)",
                "INSERT INTO bin SELECT seq + 10, repeat(char(seq % 256), 100), NULL, NULL, concat('row ', seq), "
                        + "'2024-10-27 00:30:00' FROM seq_1_to_20000");
    }

    private Path dump(String name, String... options) throws Exception {
        Path file = dir.resolve(name);
        List<String> command = new java.util.ArrayList<>(
                List.of("mariadb-dump", "-h", "127.0.0.1", "-u", "root", "--routines", "--triggers", "--events"));
        command.addAll(List.of(options));
        command.add(source);
        Tools.run(file, command.toArray(String[]::new));
        return file;
    }

    /** The schema as mariadb-dump prints it (without its comments, which name the database). */
    private static String schema(String database) throws Exception {
        return Tools.run(
                null,
                "mariadb-dump",
                "-h",
                "127.0.0.1",
                "-u",
                "root",
                "--no-data",
                "--routines",
                "--triggers",
                "--events",
                "--skip-comments",
                database);
    }

    private static Map<String, String> checksums(String database) throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        ConnectionSpec db = My.at(My.MARIADB, database);
        for (String table : My.query(
                My.MARIADB,
                "select TABLE_NAME from information_schema.TABLES where " + "TABLE_SCHEMA = '" + database
                        + "' and TABLE_TYPE <> 'VIEW' order by 1")) {
            sums.put(table, My.queryOne(db, "CHECKSUM TABLE `" + table + "` EXTENDED"));
        }
        assertThat(sums).hasSizeGreaterThan(8);
        return sums;
    }

    private void assertCloneEqualsSource(Manifest manifest) throws Exception {
        String clone = manifest.workers().get(0).database();
        // The one difference on purpose: a DEFINER naming an account that does not exist is dropped (and warned of).
        assertThat(schema(clone))
                .isEqualTo(schema(source).replace("DEFINER=`ghost_user`@`%`", "DEFINER=`root`@`127.0.0.1`"));
        assertThat(log.all()).contains("WARN Ran without its DEFINER clause");
        Map<String, String> expected = checksums(source);
        Map<String, String> actual = checksums(clone);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String table : expected.keySet()) {
            assertThat(actual.get(table).replace(clone, ""))
                    .as(table)
                    .isEqualTo(expected.get(table).replace(source, ""));
        }
        String sha = "select sha2(b, 256), sha2(vb, 256), hex(fixed), unix_timestamp(ts) from bin where id <= 2";
        assertThat(My.query(My.at(My.MARIADB, clone), sha))
                .isEqualTo(My.query(My.at(My.MARIADB, source), sha))
                .hasSize(2);
    }

    @Test
    void dumpWithRawBinaryDataRoutinesTriggersAndEventsLoadsExactly() throws Exception {
        createSource();
        Path dump = dump("dump.sql");
        String text = Files.readString(dump, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("DELIMITER ;;", "/*!50003 CREATE*/", "LOCK TABLES `bin` WRITE", "SET NAMES utf8mb4");
        assertThatThrownBy(() -> Files.readString(dump, StandardCharsets.UTF_8))
                .as("mariadb-dump wrote the BLOBs raw")
                .isInstanceOf(java.nio.charset.MalformedInputException.class);

        Manifest manifest = new DbLifecycle(log).prepare(request(List.of(dump)));
        try {
            assertCloneEqualsSource(manifest);
            assertThat(log.all()).contains("verifyClones: 1 clone(s) equal the template");
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), My.MARIADB);
        }
    }

    @Test
    void databasesDumpLoadsIntoTheTemplateAndLeavesTheSourceAlone() throws Exception {
        createSource();
        Path dump = dump("dump-databases.sql", "--databases", "--add-drop-database");
        assertThat(Files.readString(dump, StandardCharsets.ISO_8859_1))
                .contains("CREATE DATABASE", "USE `" + source + "`", "DROP DATABASE IF EXISTS `" + source + "`");
        Manifest manifest = new DbLifecycle(log).prepare(request(List.of(dump)));
        try {
            assertCloneEqualsSource(manifest);
            assertThat(log.all())
                    .contains("USE " + source + " on line", "statement(s) of " + dump + " about " + "databases");
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), My.MARIADB);
        }
    }

    @Test
    void dumpOfSeveralDatabasesStopsAtTheSecondAndLeavesNothing() throws Exception {
        // --all-databases writes this shape (CREATE DATABASE and USE for each database, mysql first); two databases
        // of this test's own keep the dump small and the other databases on the shared server out of it.
        String second = prefix + "_zz";
        My.execute(My.MARIADB, "CREATE DATABASE `" + source + "`");
        My.execute(My.MARIADB, "CREATE DATABASE `" + second + "`");
        My.execute(My.at(My.MARIADB, source), "CREATE TABLE first_table (x int)");
        My.execute(My.at(My.MARIADB, second), "CREATE TABLE second_table (x int)");
        Path dump = dir.resolve("two.sql");
        Tools.run(dump, "mariadb-dump", "-h", "127.0.0.1", "-u", "root", "--routines", "--databases", source, second);
        assertThat(Files.readString(dump, StandardCharsets.ISO_8859_1)).contains("USE `" + second + "`");
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(List.of(dump))))
                .hasMessageContaining("The SQL script " + dump + " creates a second database, " + second + ", on line")
                .hasMessageContaining("(after " + source + " on line")
                .hasMessageContaining("--all-databases");
        assertThat(My.databases(prefix)).containsExactly(source, second); // the template was dropped
        assertThat(My.query(
                        My.MARIADB,
                        "select TABLE_SCHEMA from information_schema.TABLES where TABLE_NAME = 'second_table'"))
                .containsExactly(second);
    }

    @Test
    void useOfAnotherDatabaseFailsNamingTheLineAndLeavesNothing() throws Exception {
        Path script = Files.writeString(
                dir.resolve("use.sql"),
                "CREATE TABLE a (x int);\n\nUSE mysql;\n" + "CREATE TABLE " + prefix + "_b (x int);\n");
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(List.of(script))))
                .hasMessageContaining("USE mysql on line 3 of the SQL script " + script)
                .hasMessageContaining("only into the template it created");
        assertThat(My.databases(prefix)).isEmpty();
        assertThat(My.query(
                        My.MARIADB,
                        "select TABLE_NAME from information_schema.TABLES where TABLE_NAME = '" + prefix + "_b'"))
                .isEmpty();
    }
}
