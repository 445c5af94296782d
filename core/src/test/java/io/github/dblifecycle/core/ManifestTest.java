package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path dir;

    private static Manifest sample() {
        return new Manifest(
                "abcd1234",
                4242,
                "postgresql",
                "dbl_abcd1234_t",
                true,
                false,
                List.of(
                        new Manifest.Worker(
                                1, "jdbc:postgresql://h/dbl_abcd1234_1", "app", "p=ss:wörd", "dbl_abcd1234_1", null),
                        new Manifest.Worker(2, "jdbc:sqlite:/x y/c.db", "", "", "dbl_abcd1234_2", "/x y/c.db")),
                Map.of("spring.datasource.url", "{url}", "a.b", "x=y"));
    }

    @Test
    void roundTripsAndIsOwnerReadableOnly() throws Exception {
        Path file = sample().write(dir);
        assertThat(file).isEqualTo(dir.resolve(Manifest.FILE_NAME));
        assertThat(Manifest.read(file)).isEqualTo(sample());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no temporary file left
        }
    }

    @Test
    void workerToStringHidesThePassword() {
        assertThat(sample().worker(1).toString()).doesNotContain("p=ss");
    }

    @Test
    void missingManifestSaysHowToGetOne() {
        assertThatThrownBy(() -> Manifest.read(dir.resolve(Manifest.FILE_NAME)))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("No db-lifecycle manifest at " + dir.resolve(Manifest.FILE_NAME))
                .hasMessageContaining("db-lifecycle:prepare");
    }

    @Test
    void corruptManifestsAreNamed() throws Exception {
        Path file = dir.resolve(Manifest.FILE_NAME);
        Files.writeString(file, "format=2\n");
        assertThatThrownBy(() -> Manifest.read(file)).hasMessageContaining("is corrupt (format is 2");

        Files.writeString(file, "format=1\nworkers=1\nbuildId=x\n");
        assertThatThrownBy(() -> Manifest.read(file))
                .hasMessageContaining(file + " is corrupt (the key 'worker.1.url' is missing)")
                .hasMessageContaining("mvn clean verify");

        Files.writeString(file, "format=1\nworkers=two\n");
        assertThatThrownBy(() -> Manifest.read(file)).hasMessageContaining("the key 'workers' is not a number: two");

        Files.writeString(file, "format=1\nworkers=\\u00zz\n");
        assertThatThrownBy(() -> Manifest.read(file)).hasMessageContaining("Cannot read the db-lifecycle manifest");
    }
}
