package io.github.dblifecycle.core.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherConfigTest {
    @TempDir
    Path dir;

    private LauncherConfig config(String url) {
        return new LauncherConfig(
                url,
                "app",
                true,
                "db-server",
                List.of(dir.resolve("a.sql"), dir.resolve("b.sql")),
                "myapp",
                false,
                Map.of("spring.datasource.url", "{url}", "spring.datasource.password", "{password}"),
                Map.of("postgresql.strategy", "auto"),
                true,
                Duration.ofSeconds(60),
                Duration.ofSeconds(30),
                List.of("filesystem:db/migration"),
                Map.of("flyway.schemas", "app"),
                dir.resolve("changelog.xml"),
                "test",
                null,
                dir,
                null);
    }

    @Test
    void roundTripsEverythingARunNeeds() {
        LauncherConfig written = config("jdbc:postgresql://h/postgres");
        Path file = written.write(dir.resolve("launcher"));
        assertThat(file).isEqualTo(dir.resolve("launcher").resolve(LauncherConfig.FILE));
        assertThat(LauncherConfig.read(file)).isEqualTo(written);
    }

    @Test
    void roundTripsTheEmbeddedServersBinariesAndSettings() {
        LauncherConfig c = config("embedded:postgresql:17.6.0");
        EmbeddedSettings embedded =
                new EmbeddedSettings(dir.resolve("pg.jar"), "17.6.0", dir.resolve("data"), dir.resolve("cache"), "pg");
        LauncherConfig written = new LauncherConfig(
                c.url(),
                "",
                false,
                null,
                c.scripts(),
                c.namePrefix(),
                false,
                Map.of(),
                Map.of(),
                false,
                c.reuseLockTimeout(),
                c.leaseWait(),
                null,
                Map.of(),
                null,
                null,
                null,
                dir,
                embedded);
        assertThat(LauncherConfig.read(written.write(dir.resolve("launcher"))).embedded())
                .isEqualTo(embedded);
    }

    @Test
    void writesNoPasswordNotEvenOneInTheUrl() throws Exception {
        Path file = config("jdbc:postgresql://h/postgres?user=app&password=Sup3rSecret")
                .write(dir);
        String text = Files.readString(file);
        assertThat(text).doesNotContain("Sup3rSecret").contains("passwordRequired=true");
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void anUnreadableFileNamesItselfAndTheFix() throws Exception {
        Path file = dir.resolve(LauncherConfig.FILE);
        Files.writeString(file, "format=9\n");
        assertThatThrownBy(() -> LauncherConfig.read(file))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("Run 'mvn verify' once");
    }
}
