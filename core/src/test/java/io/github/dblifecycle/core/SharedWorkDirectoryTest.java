package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safety audit F10: in a work directory that another user can write to, a link planted under the name of a marker,
 * lease or lock would redirect db-lifecycle's write to any file the build user may write. Real links, real files.
 */
class SharedWorkDirectoryTest {
    @TempDir
    Path tmp;

    private Path victim() throws Exception {
        return Files.writeString(tmp.resolve("victim.txt"), "precious\n");
    }

    private PrepareRequest sqlite(Path template, Path work) throws Exception {
        Path schema = Files.writeString(tmp.resolve("schema.sql"), "create table t(id integer);\n");
        return TestRequests.plain(
                new ConnectionSpec("jdbc:sqlite:" + template, "", ""), List.of(schema), 1, "sw", work);
    }

    @Test
    void aLeaseFileThatIsALinkIsRefusedAndItsTargetUntouched() throws Exception {
        Path victim = victim();
        Path lease = ForkContract.leaseFile(tmp.resolve("work"), 1);
        Files.createDirectories(lease.getParent());
        Files.createSymbolicLink(lease, victim);

        assertThatThrownBy(() -> Lease.acquire(tmp.resolve("work"), 2, 1, Duration.ZERO))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining(lease.toString())
                .hasMessageContaining("symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(Files.isSymbolicLink(lease)).isTrue();
    }

    @Test
    void aBuildLockThatIsALinkIsRefused() throws Exception {
        Path victim = victim();
        Path work = tmp.resolve("work");
        Path lock = FileBuildLock.file(work, "abcd0001");
        Files.createDirectories(lock.getParent());
        Files.createSymbolicLink(lock, victim);

        assertThatThrownBy(() -> FileBuildLock.hold(work, "abcd0001"))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
    }

    /** The audit's reproduction: a clone's marker planted as a link had the victim's content replaced by the id. */
    @Test
    void aPlantedMarkerLinkIsNotWrittenThrough() throws Exception {
        Path victim = victim();
        Path template = tmp.resolve("db/template.db");
        Files.createDirectories(template.getParent());
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path planted = work.resolve("sw_abcd0001_1.db.db-lifecycle"); // where SQLite clones go
        Files.createSymbolicLink(planted, victim);

        assertThatThrownBy(() -> new DbLifecycle(Log.NONE, () -> "abcd0001").prepare(sqlite(template, work)))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining(planted.toString())
                .hasMessageContaining("symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(template).doesNotExist(); // the failed prepare rolled back
    }

    @Test
    void aWorkDirectoryEveryoneCanWriteToIsRefusedBeforeAnythingIsCreated() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("shared"));
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path template = tmp.resolve("template.db");

        assertThatThrownBy(() -> new DbLifecycle(Log.NONE).prepare(sqlite(template, work)))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining(work.toString())
                .hasMessageContaining("writable by every user");
        assertThat(template).doesNotExist();
        try (var files = Files.list(work)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aGroupWritableWorkDirectoryOfOursIsFine() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("group"));
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxr-x"));
        Path template = tmp.resolve("template.db");
        Manifest manifest = new DbLifecycle(Log.NONE).prepare(sqlite(template, work));
        try {
            assertThat(manifest.workers()).hasSize(1);
        } finally {
            new DbLifecycle(Log.NONE).teardown(work, sqlite(template, work).admin());
        }
        assertThat(template).doesNotExist();
    }
}
