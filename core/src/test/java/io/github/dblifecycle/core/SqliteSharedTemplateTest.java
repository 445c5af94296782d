package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.dblifecycle.core.sqlite.SqliteBackend;
import io.github.dblifecycle.core.sqlite.SqliteBackendType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safety audit F6 with real files and a real child JVM: two builds with their own work directories whose URLs name
 * the same template file. The second deleted the running build's template as a dead build's.
 */
class SqliteSharedTemplateTest {
    @TempDir
    Path dir;

    @Test
    void aSecondBuildNamingARunningBuildsTemplateFileIsRefusedAndPurgesNothing() throws Exception {
        Path template = dir.resolve("sq/template.db");
        String url = "jdbc:sqlite:" + template;
        try (ChildBuild running = ChildBuild.start(url, "sst", dir.resolve("wdA"), "a11ve001", "")) {
            assertThat(template).exists();
            assertThat(Files.readString(SqliteBackend.markerFile(template)).strip())
                    .isEqualTo("a11ve001");

            TestLog log = new TestLog();
            assertThat(new DbLifecycle(log).purge(new ConnectionSpec(url, "", ""), "sst", dir.resolve("wdB")))
                    .as("purge from another work directory")
                    .isEmpty();

            Path schema = Files.writeString(dir.resolve("schema.sql"), "create table t (id integer);\n");
            PrepareRequest second =
                    TestRequests.plain(new ConnectionSpec(url, "", ""), List.of(schema), 1, "sst", dir.resolve("wdB"));
            assertThatThrownBy(() -> new DbLifecycle(log).prepare(second))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("The SQLite template file " + template + " is used by another running build")
                    .hasMessageContaining("<url>");

            assertThat(template).exists();
            assertThat(Files.readString(SqliteBackend.markerFile(template)).strip())
                    .isEqualTo("a11ve001");
            assertThat(log.all()).doesNotContain("no longer running");
        }
    }

    /** F9 for SQLite: the fork checks the clone's marker file; a manifest naming the user's file is refused. */
    @Test
    void aForkBindsOnlyToACloneFileCarryingTheManifestsBuildMarker() throws Exception {
        ConnectionSpec admin = new ConnectionSpec("jdbc:sqlite:" + dir.resolve("t.db"), "", "");
        Path work = dir.resolve("work");
        Manifest m = new DbLifecycle(new TestLog()).prepare(TestRequests.plain(admin, List.of(), 1, "ssf", work));
        try {
            Manifest.Worker clone = m.worker(1);
            assertThat(SqliteBackendType.INSTANCE.bindFork(m, clone).url()).isEqualTo(clone.url());
            Path users = dir.resolve("users.db");
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + users);
                    var s = c.createStatement()) {
                s.execute("create table precious (id integer)");
            }
            Manifest.Worker edited = new Manifest.Worker(1, "jdbc:sqlite:" + users, "", "", "users", users.toString());
            assertThatThrownBy(() -> SqliteBackendType.INSTANCE.bindFork(m, edited))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("does not carry the marker of db-lifecycle build " + m.buildId());
        } finally {
            new DbLifecycle(new TestLog()).teardown(work, admin);
        }
    }
}
