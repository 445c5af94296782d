package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQLite clones as reflink copies, seen from the file system: in a directory on XFS with reflinks (the system
 * property {@value #DIR_PROPERTY}; core/pom.xml's postgresql-18-reflink execution passes the one .ci/pg-versions
 * start-reflink mounts) each clone shares the template file's physical extents, and still holds the template's rows.
 * Elsewhere the backup API copies (every other SQLite test).
 */
class SqliteReflinkCloneTest {
    static final String DIR_PROPERTY = "db-lifecycle.test.reflink.dir";

    Path dir;
    final TestLog log = new TestLog();

    @BeforeEach
    void onAReflinkFileSystem() throws Exception {
        String base = System.getProperty(DIR_PROPERTY);
        assertThat(base)
                .as("this test needs " + DIR_PROPERTY + ": a directory on XFS with reflinks")
                .isNotNull();
        dir = Files.createTempDirectory(Files.createDirectories(Path.of(base)), "sqlite-");
    }

    @AfterEach
    void removeDir() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void clonesShareTheTemplatesExtents() throws Exception {
        Path template = dir.resolve("template.db");
        Path script = Files.writeString(
                dir.resolve("schema.sql"),
                "create table item(id integer primary key, filler text not null);\n"
                        + "with recursive n(i) as (select 1 union all select i + 1 from n where i < 20000) "
                        + "insert into item select i, printf('%.900c', 'x') from n;\n");
        ConnectionSpec admin = new ConnectionSpec("jdbc:sqlite:" + template, "", "");
        Manifest m = new DbLifecycle(log)
                .prepare(new PrepareRequest(
                        admin,
                        List.of(script),
                        2,
                        "it",
                        dir.resolve("work"),
                        false,
                        Map.of(),
                        Map.of(),
                        ProcessHandle.current().pid()));
        try {
            for (Manifest.Worker w : m.workers()) {
                assertThat(Extents.sharedWith(Path.of(w.file()), template)).isTrue();
                assertThat(SqliteLifecycleTest.query(w.url(), "select count(*) from item"))
                        .isEqualTo("20000");
            }
            assertThat(log.all()).doesNotContain("no reflink copy here");
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), admin);
        }
    }
}
