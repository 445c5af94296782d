package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dblifecycle.core.mysql.MysqlBackendType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ownership and crash safety against the real MariaDB: a build killed with SIGKILL loses its GET_LOCK and is
 * purged; a live build and a user's database named like ours are not. Counts the databases under its own prefix.
 */
class MariadbSafetyTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final TestLog log = new TestLog();

    @AfterEach
    void dropLeftovers() throws Exception {
        My.dropAll(prefix);
    }

    @Test
    void purgeDropsAKilledBuildOnlyAndNeverAUsersDatabaseNamedLikeOurs() throws Exception {
        String users = prefix + "_0badf00d_1";
        My.execute(My.MARIADB, "CREATE DATABASE `" + users + "` COMMENT 'production copy'");

        try (ChildBuild dead = ChildBuild.start(My.MARIADB.url(), prefix, dir.resolve("a"), "aaaa0001", "root");
                ChildBuild alive = ChildBuild.start(My.MARIADB.url(), prefix, dir.resolve("b"), "bbbb0002", "root")) {
            List<String> deadDbs = List.of(prefix + "_aaaa0001_1", prefix + "_aaaa0001_2", prefix + "_aaaa0001_t");
            List<String> liveDbs = List.of(prefix + "_bbbb0002_1", prefix + "_bbbb0002_2", prefix + "_bbbb0002_t");
            assertThat(My.databases(prefix)).containsAll(deadDbs).containsAll(liveDbs).hasSize(7);

            // Both builds are running: nothing is purged.
            assertThat(new DbLifecycle(log).purge(My.MARIADB, prefix, dir.resolve("c"))).isEmpty();

            dead.kill();
            Backend backend = ForBuild.of(MysqlBackendType.INSTANCE, My.MARIADB, dir);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (backend.isBuildAlive("aaaa0001")) {
                assertThat(System.nanoTime()).as("the killed build still holds its lock").isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThat(backend.isBuildAlive("bbbb0002")).isTrue();

            List<String> dropped = new DbLifecycle(log).purge(My.MARIADB, prefix, dir.resolve("c"));

            assertThat(dropped).containsExactlyInAnyOrderElementsOf(deadDbs);
            List<String> expected = new ArrayList<>(liveDbs);
            expected.add(users);
            assertThat(My.databases(prefix)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
