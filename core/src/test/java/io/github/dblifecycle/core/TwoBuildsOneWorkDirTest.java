package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safety audit F2 on the real PostgreSQL: a second prepare in a running build's work directory (IDE and terminal,
 * two CI jobs on one workspace) replaced its manifest, and a teardown run by hand dropped the running build's
 * databases. The running build is a real child JVM ({@link ChildBuild}) holding its lock.
 */
class TwoBuildsOneWorkDirTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();

    @AfterEach
    void dropLeftovers() throws Exception {
        Pg.dropAll(prefix);
    }

    private PrepareRequest request(Path work) {
        return TestRequests.plain(Pg.ADMIN, List.of(), 1, prefix, work);
    }

    @Test
    void aSecondPrepareInALiveBuildsWorkDirectoryIsRefusedBeforeCreatingAnything() throws Exception {
        Path work = dir.resolve("work");
        try (ChildBuild running = ChildBuild.start(Pg.ADMIN.url(), prefix, work, "11ve0001")) {
            List<String> theirs = Pg.databases(prefix);
            assertThat(theirs).hasSize(3);

            assertThatThrownBy(() -> new DbLifecycle(new TestLog(), () -> "5ec0d002").prepare(request(work)))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining(work.toString())
                    .hasMessageContaining("belongs to build 11ve0001, which is still running")
                    .hasMessageContaining("<workDirectory>");

            assertThat(Pg.databases(prefix)).isEqualTo(theirs);
            assertThat(Manifest.read(work.resolve(Manifest.FILE_NAME)).buildId())
                    .isEqualTo("11ve0001");
        }
    }

    @Test
    void aTeardownInAnotherProcessRefusesWhileTheBuildRunsAndDropsOnceItIsDead() throws Exception {
        Path work = dir.resolve("work");
        try (ChildBuild running = ChildBuild.start(Pg.ADMIN.url(), prefix, work, "11ve0003")) {
            assertThatThrownBy(() -> new DbLifecycle(new TestLog()).teardown(work, Pg.ADMIN))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("belongs to build 11ve0003, which is still running")
                    .hasMessageContaining("Nothing was dropped");
            assertThat(Pg.databases(prefix)).hasSize(3);
            assertThat(work.resolve(Manifest.FILE_NAME)).exists();

            running.kill();
        }
        // Dead now (once the server has seen its session end): a hand-run teardown cleans up.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                new DbLifecycle(new TestLog()).teardown(work, Pg.ADMIN);
                break;
            } catch (DbLifecycleException e) {
                assertThat(System.nanoTime()).as(e.getMessage()).isLessThan(deadline);
                Thread.sleep(50);
            }
        }
        assertThat(Pg.databases(prefix)).isEmpty();
        assertThat(work.resolve(Manifest.FILE_NAME)).doesNotExist();
    }

    /** Under mvn -T, modules sharing one <workDirectory> in one JVM: the second module is refused too. */
    @Test
    void twoBuildsOfOneJvmCannotShareAWorkDirectory() throws Exception {
        Path work = dir.resolve("work");
        new DbLifecycle(new TestLog()).prepare(request(work));
        try {
            assertThatThrownBy(() -> new DbLifecycle(new TestLog()).prepare(request(work)))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("still running");
            assertThat(Pg.databases(prefix)).hasSize(2);
        } finally {
            new DbLifecycle(new TestLog()).teardown(work, Pg.ADMIN);
        }
        assertThat(Pg.databases(prefix)).isEmpty();
    }
}
