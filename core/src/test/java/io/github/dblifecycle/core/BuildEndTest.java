package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end of a session, against the real PostgreSQL at 127.0.0.1:5432 (its own name prefix). */
class BuildEndTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final TestLog log = new TestLog();

    @AfterEach
    void dropLeftovers() throws Exception {
        Pg.dropAll(prefix);
    }

    private Manifest prepare(Path work) throws Exception {
        return new DbLifecycle(log).prepare(TestRequests.plain(Pg.ADMIN, List.of(), 2, prefix, work));
    }

    private long endLines() {
        return log.lines.stream()
                .filter(l -> l.contains("the build ended before teardown"))
                .count();
    }

    @Test
    void dropsWhatTheBuildLeftOnceInOneLine() throws Exception {
        Path work = dir.resolve("work");
        Manifest manifest = prepare(work);
        assertThat(Pg.databases(prefix)).hasSize(3);
        BuildEnd end = new BuildEnd(log);
        end.add(manifest.buildId(), work, Pg.ADMIN);
        end.run();
        assertThat(Pg.databases(prefix)).isEmpty();
        assertThat(Files.exists(ForkContract.manifest(work))).isFalse();
        assertThat(log.lines)
                .filteredOn(l -> l.contains("the build ended before teardown"))
                .singleElement()
                .asString()
                .startsWith("INFO db-lifecycle: the build ended before teardown; build " + manifest.buildId()
                        + " dropped ");
        end.run();
        assertThat(endLines()).isEqualTo(1);
    }

    @Test
    void nothingAfterTheTeardownGoal() throws Exception {
        Path work = dir.resolve("work");
        Manifest manifest = prepare(work);
        BuildEnd end = new BuildEnd(log);
        end.add(manifest.buildId(), work, Pg.ADMIN);
        new DbLifecycle(log).teardown(work, Pg.ADMIN);
        int before = log.lines.size();
        end.run();
        assertThat(log.lines).hasSize(before);
        assertThat(Pg.databases(prefix)).isEmpty();
    }

    @Test
    void leavesAnotherBuildsManifestAlone() throws Exception {
        Path work = dir.resolve("work");
        Manifest first = prepare(work);
        new DbLifecycle(log).teardown(work, Pg.ADMIN);
        Manifest second = prepare(work); // a later build in the same work directory
        BuildEnd end = new BuildEnd(log);
        end.add(first.buildId(), work, Pg.ADMIN);
        end.run();
        assertThat(endLines()).isZero();
        assertThat(Pg.databases(prefix)).hasSize(3);
        new DbLifecycle(log).teardown(work, Pg.ADMIN);
        assertThat(second.buildId()).isNotEqualTo(first.buildId());
    }

    @Test
    void theShutdownHookIsRemovedAgain() {
        BuildEnd end = new BuildEnd(log);
        end.hookInto(Runtime.getRuntime());
        end.hookInto(Runtime.getRuntime()); // one hook
        end.unhook(Runtime.getRuntime());
        end.unhook(Runtime.getRuntime());
    }
}
