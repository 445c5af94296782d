package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.postgresql.PostgresBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL 18's {@code file_copy_method = clone}, seen from the file system: on a server whose data directory is on
 * XFS with reflinks (.ci/pg-versions start-reflink, core/pom.xml's postgresql-18-reflink execution), a clone's table
 * file shares the template's physical extents ({@code filefrag -v}), and a plain FILE_COPY's does not. Runs on this
 * machine only (it reads the server's data directory), as root or the server's user.
 */
class PostgresReflinkCloneTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final TestLog log = new TestLog();

    @BeforeEach
    void onPostgres18() {
        assertThat(Pg.major())
                .as("this test needs PostgreSQL 18+ on a reflink file system (" + Pg.URL_PROPERTY + ")")
                .isGreaterThanOrEqualTo(18);
    }

    @AfterEach
    void dropLeftovers() throws Exception {
        Pg.dropAll(prefix);
    }

    private Manifest prepare(String strategy, int rows) throws Exception {
        Path schema = Files.writeString(
                dir.resolve("schema.sql"),
                "create table item(id int primary key, filler text not null);\n"
                        + "insert into item select g, repeat('x', 900) from generate_series(1, " + rows + ") g;\n");
        return new DbLifecycle(log)
                .prepare(new PrepareRequest(
                        Pg.ADMIN,
                        List.of(schema),
                        2,
                        prefix,
                        dir.resolve("work"),
                        false,
                        Map.of(),
                        Map.of(PostgresBackend.STRATEGY_OPTION, strategy),
                        ProcessHandle.current().pid()));
    }

    /** The table file of {@code item} in {@code database}. */
    private static Path itemFile(String database) throws Exception {
        return (Path.of(
                Pg.queryOne(Pg.ADMIN, "show data_directory"),
                Pg.queryOne(Pg.at(database), "select pg_relation_filepath('item')")));
    }

    @Test
    void autoClonesALargeTemplateSharingItsExtents() throws Exception {
        // Above the 64 MB at which auto takes FILE_COPY: about 80 MB.
        Manifest m = prepare("auto", 80_000);
        try {
            Path template = itemFile(m.template());
            assertThat(Extents.sharedWith(itemFile(m.worker(1).database()), template))
                    .isTrue();
            assertThat(Extents.sharedWith(itemFile(m.worker(2).database()), template))
                    .isTrue();
            assertThat(Pg.queryOne(Pg.at(m.worker(2).database()), "select count(*) from item"))
                    .isEqualTo("80000");
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
    }

    @Test
    void cloneSharesExtentsAndFileCopyDoesNot() throws Exception {
        Manifest cloned = prepare("CLONE", 2_000);
        try {
            assertThat(Extents.sharedWith(itemFile(cloned.worker(1).database()), itemFile(cloned.template())))
                    .isTrue();
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
        Manifest copied = prepare("FILE_COPY", 2_000);
        try {
            assertThat(Extents.disjoint(itemFile(copied.worker(1).database()), itemFile(copied.template())))
                    .isTrue();
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
    }
}
