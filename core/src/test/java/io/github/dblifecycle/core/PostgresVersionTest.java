package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.postgresql.PostgresBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL that differs by PostgreSQL version, on the test server (Pg): each strategy either works or fails naming the
 * version it needs and the server's, and a failed prepare leaves nothing behind. The version matrix runs this on
 * every supported major.
 */
class PostgresVersionTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final TestLog log = new TestLog();

    @AfterEach
    void dropLeftovers() throws Exception {
        Pg.dropAll(prefix);
    }

    private PrepareRequest request(String strategy) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.sql"), "create table item(id int primary key);\n");
        return new PrepareRequest(
                Pg.ADMIN,
                List.of(schema),
                2,
                prefix,
                dir.resolve("work"),
                false,
                Map.of(),
                Map.of(PostgresBackend.STRATEGY_OPTION, strategy),
                ProcessHandle.current().pid());
    }

    private void preparesAndLogs(String strategy, String expected) throws Exception {
        Manifest m = new DbLifecycle(log).prepare(request(strategy));
        try {
            assertThat(Pg.queryOne(Pg.at(m.worker(2).database()), "select count(*) from item"))
                    .isEqualTo("0");
            assertThat(log.all()).contains(expected);
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
        assertThat(Pg.databases(prefix)).isEmpty();
    }

    private void failsNaming(String strategy, String needs) throws Exception {
        String version = Pg.queryOne(Pg.ADMIN, "show server_version");
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(strategy)))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining(PostgresBackend.STRATEGY_OPTION + "=" + strategy + " needs " + needs)
                .hasMessageContaining("the server is PostgreSQL " + version);
        assertThat(Pg.databases(prefix)).as("what the failed prepare created").isEmpty();
    }

    @Test
    void walLogIsPostgres15AndLater() throws Exception {
        if (Pg.major() >= 15) {
            preparesAndLogs("WAL_LOG", "STRATEGY WAL_LOG (option postgresql.strategy)");
        } else {
            failsNaming("WAL_LOG", "CREATE DATABASE ... STRATEGY, which is PostgreSQL 15+");
        }
    }

    @Test
    void fileCopyWorksOnEverySupportedVersion() throws Exception {
        preparesAndLogs(
                "FILE_COPY", Pg.major() >= 15 ? "STRATEGY FILE_COPY (option postgresql.strategy)" : "without STRATEGY");
    }

    @Test
    void cloneIsPostgres18AndLater() throws Exception {
        if (Pg.major() >= 18) {
            // On Linux the server clones with copy_file_range, which every local file system accepts (XFS and btrfs
            // share the extents, others copy in the kernel); where the files really are shared is PostgresCloneTest's.
            preparesAndLogs("clone", "STRATEGY FILE_COPY with file_copy_method = clone (option postgresql.strategy)");
        } else {
            failsNaming("CLONE", "file_copy_method, which is PostgreSQL 18+");
        }
    }
}
