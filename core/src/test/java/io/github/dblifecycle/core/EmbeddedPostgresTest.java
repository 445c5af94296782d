package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import io.github.dblifecycle.core.postgresql.PostgresBackendType;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedPostgres;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL for real: servers started from the io.zonky.test.postgres binaries, the lifecycle on
 * them, and every way a build ends.
 */
class EmbeddedPostgresTest {
    /** Under target/: JUnit's @TempDir is closed to other users (mode 700), the server's user among them. */
    private Path tmp;

    @BeforeEach
    void directory() throws IOException {
        Path target = Files.createDirectories(Path.of("target", "embedded-tests"));
        tmp = Files.createTempDirectory(target, "t").toAbsolutePath();
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private final TestLog log = new TestLog();

    @Test
    void prepareStartsAServerTheForksBindToAndTeardownStopsIt() throws Exception {
        Path workDir = tmp.resolve("work");
        Path dataRoot = tmp.resolve("data");
        Path script = Files.writeString(
                tmp.resolve("schema.sql"),
                "create table item (id int primary key, name text);\ninsert into item values (1, 'one');\n");
        Manifest manifest = new DbLifecycle(log)
                .prepare(EmbeddedPg.request(workDir, List.of(script), 2), EmbeddedPg.settings(dataRoot));

        EmbeddedPostgres.Pointer server = EmbeddedPostgres.pointer(workDir).orElseThrow();
        long pid = EmbeddedPg.postmasterPid(server.directory());
        assertThat(server.directory().getParent()).isEqualTo(dataRoot.toAbsolutePath());
        assertThat(manifest.workers()).hasSize(2).allSatisfy(w -> assertThat(w.url())
                .startsWith("jdbc:postgresql://127.0.0.1:" + server.port() + "/dblc_"));
        for (Manifest.Worker worker : manifest.workers()) {
            CloneBinding binding = PostgresBackendType.INSTANCE.bindFork(manifest, worker);
            try (Connection c = new ConnectionSpec(binding.url(), worker.username(), "").open();
                    Statement s = c.createStatement();
                    ResultSet rs =
                            s.executeQuery("select name, current_setting('listen_addresses'), version() from item")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("one");
                assertThat(rs.getString(2)).isEqualTo("127.0.0.1");
                assertThat(rs.getString(3)).startsWith("PostgreSQL 17.6");
            }
        }
        assertThat(Files.readString(server.directory().resolve("data/pg_hba.conf")))
                .contains("host all all 127.0.0.1/32 trust")
                .doesNotContain("0.0.0.0")
                .doesNotContain("::");

        new DbLifecycle(log).teardown(workDir, new ConnectionSpec(EmbeddedPg.URL, null, null));

        assertThat(EmbeddedPg.gone(pid)).as("postmaster " + pid + " stopped").isTrue();
        assertThat(portFree(server.port()))
                .as("port " + server.port() + " free")
                .isTrue();
        assertThat(server.directory()).doesNotExist();
        assertThat(workDir.resolve(EmbeddedPostgres.POINTER)).doesNotExist();
        assertThat(ForkContract.manifest(workDir)).doesNotExist();
        assertThat(log.all()).contains("db-lifecycle dropped dblc_").contains("stopped the embedded PostgreSQL");
    }

    @Test
    void theEndOfTheBuildStopsTheServerWhenNoTeardownGoalRan() throws Exception {
        Path workDir = tmp.resolve("work");
        Manifest manifest = new DbLifecycle(log)
                .prepare(EmbeddedPg.request(workDir, List.of(), 1), EmbeddedPg.settings(tmp.resolve("d")));
        EmbeddedPostgres.Pointer server = EmbeddedPostgres.pointer(workDir).orElseThrow();
        long pid = EmbeddedPg.postmasterPid(server.directory());
        // What the session's end and the shutdown hook run (failing tests under Surefire, mvn test, Ctrl-C).
        BuildEnd end = new BuildEnd(log);
        end.add(manifest.buildId(), workDir, new ConnectionSpec(EmbeddedPg.URL, null, null));
        end.run();
        assertThat(EmbeddedPg.gone(pid)).isTrue();
        assertThat(portFree(server.port())).isTrue();
        assertThat(server.directory()).doesNotExist();
        assertThat(log.all()).contains("the build ended before teardown; build " + manifest.buildId() + " dropped");
    }

    @Test
    void theServerRunsAsAnUnprivilegedUserWhenTheBuildRunsAsRoot() throws Exception {
        Path workDir = tmp.resolve("work");
        new DbLifecycle(log).prepare(EmbeddedPg.request(workDir, List.of(), 1), EmbeddedPg.settings(tmp.resolve("d")));
        try {
            EmbeddedPostgres.Pointer server = EmbeddedPostgres.pointer(workDir).orElseThrow();
            String user = ProcessHandle.of(EmbeddedPg.postmasterPid(server.directory()))
                    .orElseThrow()
                    .info()
                    .user()
                    .orElseThrow();
            String me = System.getProperty("user.name");
            // CI runs as root: the server must then be postgres's (PostgreSQL refuses root), else the build's user's.
            assertThat(user).isEqualTo(me.equals("root") ? "postgres" : me);
        } finally {
            new DbLifecycle(log).teardown(workDir, new ConnectionSpec(EmbeddedPg.URL, null, null));
        }
    }

    @Test
    void asRootAMissingServerUserFailsNamingTheParameter() {
        EmbeddedSettings settings = new EmbeddedSettings(
                EmbeddedPg.jar(), EmbeddedPg.VERSION, tmp.resolve("d"), null, "h_embedded_nosuchuser");
        if (!System.getProperty("user.name").equals("root")) {
            return; // not root: no user to switch to, the parameter is ignored (checked by the test above)
        }
        assertThatThrownBy(() ->
                        new DbLifecycle(log).prepare(EmbeddedPg.request(tmp.resolve("work"), List.of(), 1), settings))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("<embeddedUser>")
                .hasMessageContaining("no user 'h_embedded_nosuchuser'");
        assertThat(tmp.resolve("work").resolve(EmbeddedPostgres.POINTER)).doesNotExist();
    }

    @Test
    void aKilledBuildsServerIsStoppedByTheNextPrepare() throws Exception {
        Path dataRoot = tmp.resolve("data");
        Path workDir = tmp.resolve("work");
        long pid;
        try (EmbeddedPg.Child child = EmbeddedPg.Child.start(dataRoot, workDir, "kill0001")) {
            pid = EmbeddedPg.postmasterPid(dataRoot.resolve("kill0001"));
            child.kill();
            Thread.sleep(200);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                    .as("the killed build's server outlives it")
                    .contains(true);
        }
        new DbLifecycle(log).prepare(EmbeddedPg.request(workDir, List.of(), 1), EmbeddedPg.settings(dataRoot));
        try {
            assertThat(EmbeddedPg.gone(pid))
                    .as("the dead build's postmaster stopped")
                    .isTrue();
            assertThat(dataRoot.resolve("kill0001")).doesNotExist();
            assertThat(log.all()).contains("build kill0001 is no longer running");
        } finally {
            new DbLifecycle(log).teardown(workDir, new ConnectionSpec(EmbeddedPg.URL, null, null));
        }
    }

    @Test
    void aKilledBuildsServerIsStoppedByPurge() throws Exception {
        Path dataRoot = tmp.resolve("data");
        Path workDir = tmp.resolve("work");
        long pid;
        try (EmbeddedPg.Child child = EmbeddedPg.Child.start(dataRoot, workDir, "kill0002")) {
            pid = EmbeddedPg.postmasterPid(dataRoot.resolve("kill0002"));
            assertThat(new DbLifecycle(log).purgeEmbedded(EmbeddedPg.settings(dataRoot), workDir))
                    .as("a running build's server is left alone")
                    .isEmpty();
            child.kill();
        }
        int port = EmbeddedPostgres.pointer(workDir).orElseThrow().port();
        assertThat(new DbLifecycle(log).purgeEmbedded(EmbeddedPg.settings(dataRoot), workDir))
                .containsExactly("kill0002");
        assertThat(EmbeddedPg.gone(pid)).isTrue();
        assertThat(portFree(port)).isTrue();
        assertThat(dataRoot.resolve("kill0002")).doesNotExist();
        assertThat(workDir.resolve(EmbeddedPostgres.POINTER)).doesNotExist();
        assertThat(ForkContract.manifest(workDir)).doesNotExist();
    }

    @Test
    void twoBuildsAtOnceEachHaveTheirOwnServer() throws Exception {
        Path dataRoot = tmp.resolve("data");
        try (EmbeddedPg.Child other = EmbeddedPg.Child.start(dataRoot, tmp.resolve("work-other"), "both0001")) {
            long otherPid = EmbeddedPg.postmasterPid(dataRoot.resolve("both0001"));
            Path workDir = tmp.resolve("work");
            Manifest mine = new DbLifecycle(log)
                    .prepare(EmbeddedPg.request(workDir, List.of(), 1), EmbeddedPg.settings(dataRoot));
            try {
                assertThat(mine.workers().get(0).url()).doesNotContain(":" + other.port + "/");
                assertThat(ProcessHandle.of(otherPid).map(ProcessHandle::isAlive))
                        .as("this build's prepare left the running build's server alone")
                        .contains(true);
            } finally {
                new DbLifecycle(log).teardown(workDir, new ConnectionSpec(EmbeddedPg.URL, null, null));
            }
            assertThat(ProcessHandle.of(otherPid).map(ProcessHandle::isAlive))
                    .as("and so did its teardown")
                    .contains(true);
            other.kill();
            assertThat(new DbLifecycle(log).purgeEmbedded(EmbeddedPg.settings(dataRoot), tmp.resolve("work-other")))
                    .containsExactly("both0001");
            assertThat(EmbeddedPg.gone(otherPid)).isTrue();
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
