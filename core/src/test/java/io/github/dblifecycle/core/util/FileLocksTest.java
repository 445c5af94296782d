package io.github.dblifecycle.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLocksTest {
    @TempDir
    Path tmp;

    /** Closing a second channel on a locked file would release this JVM's lock (POSIX): it must never be opened. */
    @Test
    void aSecondAttemptInTheSameJvmFailsAndLeavesTheFirstLockHeld() throws Exception {
        Path file = tmp.resolve("locks/a.lock");
        try (FileLocks.Held first = FileLocks.tryLock(file)) {
            assertThat(first).isNotNull();
            assertThat(FileLocks.tryLock(file)).isNull();
            assertThat(FileLocks.tryLock(tmp.resolve("locks/../locks/a.lock"))).isNull();
            assertThat(FileLocks.isHeld(file)).isTrue();
        }
        assertThat(FileLocks.isHeld(file)).isFalse();
        try (FileLocks.Held again = FileLocks.tryLock(file)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void noFileIsNotHeld() throws Exception {
        assertThat(FileLocks.isHeld(tmp.resolve("none.lock"))).isFalse();
        assertThat(tmp.resolve("none.lock")).doesNotExist();
    }

    @Test
    void anAtomicWriteReplacesAPlantedLinkInsteadOfWritingThroughIt() throws Exception {
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "precious\n");
        Path file = tmp.resolve("manifest.properties");
        Files.createSymbolicLink(file, victim);
        Properties p = new Properties();
        p.setProperty("k", "v");

        AtomicFiles.writeProperties(file, p, "c", true);

        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(Files.isSymbolicLink(file)).isFalse();
        assertThat(Files.readString(file)).contains("k=v");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("victim.txt", "manifest.properties");
        }
    }
}
