package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import io.github.dblifecycle.core.postgresql.PostgresBackendType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL's build lock, seen through the backend. The ownership and crash-safety cases (purge of killed builds,
 * marker-guarded teardown, users' look-alike databases, two builds in one JVM) are in {@link BackendContractTest},
 * which every backend runs.
 */
class PostgresSafetyTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final TestLog log = new TestLog();

    @AfterEach
    void dropLeftovers() throws Exception {
        Pg.dropAll(prefix);
    }

    @Test
    void theBuildLockIsHeldFromPrepareUntilTeardown() throws Exception {
        Backend backend = ForBuild.of(PostgresBackendType.INSTANCE, Pg.ADMIN, dir);
        Path work = dir.resolve("work");
        Manifest manifest = new DbLifecycle(log).prepare(TestRequests.plain(Pg.ADMIN, List.of(), 1, prefix, work));
        assertThat(backend.isBuildAlive(manifest.buildId())).isTrue();
        new DbLifecycle(log).teardown(work, Pg.ADMIN);
        // Closing the lock's connection releases it, but the server ends that session a moment later.
        PostgresLivenessTest.waitFor(
                () -> {
                    try {
                        return !backend.isBuildAlive(manifest.buildId());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                "the build lock to be released after teardown");
        assertThat(Pg.databases(prefix)).isEmpty();
    }
}
