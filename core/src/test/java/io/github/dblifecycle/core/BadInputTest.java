package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input catalogue of the core, against the real PostgreSQL server: each input fails with a message that
 * names the cause and the fix, never shows a password, and leaves no database behind. Only what this test could
 * have created is counted (its prefix, and any database named or marked with one of its build ids), so other
 * builds on the same server never fail it.
 */
class BadInputTest {
    static final String SECRET = "Hunter2-xyzzy";

    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final TestLog log = new TestLog();
    /** Every build id this test's prepares used: the bad prefixes' databases would be named and marked with them. */
    final List<String> buildIds = new CopyOnWriteArrayList<>();

    private DbLifecycle lifecycle() {
        return new DbLifecycle(log, () -> {
            String id = DatabaseNames.newBuildId();
            buildIds.add(id);
            return id;
        });
    }

    @AfterEach
    void nothingLeaked() throws Exception {
        assertThat(Pg.databases(prefix)).isEmpty();
        assertThat(Pg.namedOrMarkedWith(buildIds))
                .as("databases of build ids " + buildIds)
                .isEmpty();
        assertThat(dir.resolve("work").resolve(Manifest.FILE_NAME)).doesNotExist();
        assertThat(log.all()).doesNotContain(SECRET);
    }

    private PrepareRequest request(ConnectionSpec admin, List<Path> scripts, int clones, String prefix) {
        return TestRequests.plain(admin, scripts, clones, prefix, dir.resolve("work"));
    }

    private PrepareRequest request(List<Path> scripts, int clones) {
        return request(Pg.ADMIN, scripts, clones, prefix);
    }

    private Path script(String sql) throws Exception {
        Path file = dir.resolve("s" + System.nanoTime() + ".sql");
        Files.writeString(file, sql);
        return file;
    }

    @Test
    void unreachableServerNamesTheUrlButNotThePassword() {
        ConnectionSpec admin =
                new ConnectionSpec("jdbc:postgresql://127.0.0.1:1/postgres?password=" + SECRET, "postgres", SECRET);
        assertThatThrownBy(() -> lifecycle().prepare(request(admin, List.of(), 1, prefix)))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining(
                        "cannot connect to the server (jdbc:postgresql://127.0.0.1:1/postgres?password=******)")
                .hasMessageContaining("Connection")
                .hasMessageContaining("that the server is running")
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain(".."));
    }

    @Test
    void unknownUrlSchemeNamesTheSchemeOnly() {
        ConnectionSpec admin = new ConnectionSpec("jdbc:nosuchdb://h/x?password=" + SECRET, "", "");
        assertThatThrownBy(() -> lifecycle().prepare(request(admin, List.of(), 1, prefix)))
                .hasMessageContaining("does not support the database URL scheme 'jdbc:nosuchdb:'")
                .hasMessageContaining("jdbc:postgresql:")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        assertThatThrownBy(() -> lifecycle().purge(admin, prefix, dir)).hasMessageContaining("'jdbc:nosuchdb:'");
    }

    @Test
    void missingAndEmptyScripts() throws Exception {
        Path missing = dir.resolve("missing.sql");
        assertThatThrownBy(() -> lifecycle().prepare(request(List.of(missing), 1)))
                .hasMessageContaining(missing.toString());
        Path empty = script("  \n-- only a comment\n");
        assertThatThrownBy(() -> lifecycle().prepare(request(List.of(empty), 1)))
                .hasMessageContaining(empty.toString());
    }

    @Test
    void clonesZeroNegativeOrAboveTheServersConnectionLimit() throws Exception {
        assertThatThrownBy(() -> lifecycle().prepare(request(List.of(), 0)))
                .hasMessageContaining("<clones> is 0; it must be at least 1");
        assertThatThrownBy(() -> lifecycle().prepare(request(List.of(), -3)))
                .hasMessageContaining("<clones> is -3; it must be at least 1");
        // Clone numbers have at most six digits, which purge recognises: more are refused for every backend (SQLite
        // has no connection limit to refuse them).
        assertThatThrownBy(() -> lifecycle()
                        .prepare(new PrepareRequest(
                                new ConnectionSpec("jdbc:sqlite:" + dir.resolve("t.db"), "", ""),
                                List.of(),
                                1_000_000,
                                prefix,
                                dir.resolve("work"),
                                false,
                                Map.of(),
                                Map.of(),
                                ProcessHandle.current().pid())))
                .hasMessageContaining("<clones> is 1000000; db-lifecycle numbers clones up to 999999");
        assertThat(dir.resolve("t.db")).doesNotExist();
        int max = Integer.parseInt(Pg.queryOne(Pg.ADMIN, "select current_setting('max_connections')"));
        assertThatThrownBy(() -> lifecycle().prepare(request(List.of(), max)))
                .hasMessageContaining("<clones> is " + max + " but the postgresql server accepts at most")
                .hasMessageContaining("Lower <clones>");
    }

    @Test
    void prefixesThatWouldNeedQuotingAreRefused() {
        for (String bad : List.of(
                "Dblc",
                "dblc-x",
                "dblc\"; drop database postgres; --",
                "1dblc",
                "",
                "dblc_with_a_prefix_far_too_long",
                "dblc x",
                "dblç")) {
            assertThatThrownBy(() -> lifecycle().prepare(request(Pg.ADMIN, List.of(), 1, bad)))
                    .as(bad)
                    .hasMessageContaining("Invalid database name prefix");
            assertThatThrownBy(() -> lifecycle().purge(Pg.ADMIN, bad, dir))
                    .as(bad)
                    .hasMessageContaining("Invalid database name prefix");
        }
    }

    @Test
    void teardownNamesACorruptManifestAndKeepsIt() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path manifest = work.resolve(Manifest.FILE_NAME);
        Files.writeString(manifest, "format=1\nbuildId=abcd1234\nworkers=two\n");
        assertThatThrownBy(() -> lifecycle().teardown(work, Pg.ADMIN))
                .hasMessageContaining(manifest.toString())
                .hasMessageContaining("is corrupt")
                .hasMessageContaining("mvn clean verify");
        assertThat(manifest).exists();
        Files.delete(manifest);
        lifecycle().teardown(work, Pg.ADMIN);
        assertThat(log.all()).contains("nothing to tear down");
    }
}
