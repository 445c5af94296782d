package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** "  0:   0..  31:   3145816..   3145847:   32:   shared": the physical start and length of each extent. */
    private static final Pattern EXTENT =
            Pattern.compile("^\\s*\\d+:\\s+\\d+\\.\\.\\s*\\d+:\\s+(\\d+)\\.\\.\\s*\\d+:\\s+(\\d+):");

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

    /** The physical extents (start, length) of the table file of {@code item} in {@code database}. */
    private static List<String> extents(String database) throws Exception {
        String file = Pg.queryOne(Pg.ADMIN, "show data_directory") + "/"
                + Pg.queryOne(Pg.at(database), "select pg_relation_filepath('item')");
        Process p = new ProcessBuilder("filefrag", "-v", file)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> extents = new ArrayList<>();
        for (String line : out.split("\n")) {
            Matcher m = EXTENT.matcher(line);
            if (m.find()) {
                extents.add(m.group(1) + "+" + m.group(2));
            }
        }
        assertThat(extents).as(out).isNotEmpty();
        return extents;
    }

    @Test
    void autoClonesALargeTemplateSharingItsExtents() throws Exception {
        // Above the 64 MB at which auto takes FILE_COPY: about 80 MB.
        Manifest m = prepare("auto", 80_000);
        try {
            List<String> template = extents(m.template());
            assertThat(extents(m.worker(1).database())).isEqualTo(template);
            assertThat(extents(m.worker(2).database())).isEqualTo(template);
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
            assertThat(extents(cloned.worker(1).database())).isEqualTo(extents(cloned.template()));
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
        Manifest copied = prepare("FILE_COPY", 2_000);
        try {
            assertThat(extents(copied.worker(1).database())).doesNotContainAnyElementsOf(extents(copied.template()));
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
    }
}
