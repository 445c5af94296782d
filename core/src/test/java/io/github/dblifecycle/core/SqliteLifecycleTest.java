package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.sqlite.SqliteBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against real SQLite files in a temporary directory (whose name contains a space, as users' paths may). */
class SqliteLifecycleTest {
    @TempDir
    Path tmp;

    final TestLog log = new TestLog();

    private Path base() throws Exception {
        return Files.createDirectories(tmp.resolve("my project"));
    }

    private Path work() throws Exception {
        return base().resolve("target").resolve("db-lifecycle");
    }

    private Path templateFile() throws Exception {
        return base().resolve("target").resolve("sqlite").resolve("template.db");
    }

    private Path schema() throws Exception {
        Path file = base().resolve("schema.sql");
        Files.writeString(
                file,
                "create table item(id integer primary key, name text not null);\n"
                        + "insert into item values (1, 'from template');\n");
        return file;
    }

    private PrepareRequest request(Path template, List<Path> scripts, int clones, boolean inMemory) throws Exception {
        return new PrepareRequest(
                new ConnectionSpec("jdbc:sqlite:" + template, "", ""),
                scripts,
                clones,
                "it",
                work(),
                inMemory,
                Map.of(),
                Map.of(),
                ProcessHandle.current().pid());
    }

    static String query(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void update(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void templateAndClonesAreIndependentFilesAndTeardownDeletesThem() throws Exception {
        Path template = templateFile();
        Manifest manifest = new DbLifecycle(log).prepare(request(template, List.of(schema()), 3, false));

        assertThat(manifest.backend()).isEqualTo("sqlite");
        assertThat(manifest.template()).isEqualTo(template.toString());
        assertThat(manifest.templateOwned()).isTrue();
        assertThat(SqliteBackend.markerFile(template)).hasContent(manifest.buildId());
        assertThat(manifest.workers()).allSatisfy(w -> {
            assertThat(w.file()).isEqualTo(work().resolve(w.database() + ".db").toString());
            assertThat(w.url()).isEqualTo("jdbc:sqlite:" + w.file());
            assertThat(Path.of(w.file())).isRegularFile();
        });
        assertThat(Manifest.read(work().resolve(Manifest.FILE_NAME))).isEqualTo(manifest);

        update(manifest.worker(1).url(), "insert into item values (2, 'only in clone 1')");
        update(manifest.worker(2).url(), "delete from item");
        assertThat(query(manifest.worker(1).url(), "select count(*) from item")).isEqualTo("2");
        assertThat(query(manifest.worker(2).url(), "select count(*) from item")).isEqualTo("0");
        assertThat(query(manifest.worker(3).url(), "select group_concat(name) from item"))
                .isEqualTo("from template");
        assertThat(query("jdbc:sqlite:" + template, "select count(*) from item"))
                .isEqualTo("1");

        BackendType backend = Backends.forId("sqlite");
        assertThat(backend.bindFork(manifest, manifest.worker(2)).url())
                .isEqualTo(manifest.worker(2).url());
        Manifest.Worker w2 = manifest.worker(2);
        Manifest.Worker crossed = new Manifest.Worker(2, manifest.worker(1).url(), "", "", w2.database(), w2.file());
        assertThatThrownBy(() -> backend.bindFork(manifest, crossed))
                .hasMessageContaining("should use the SQLite clone " + w2.file())
                .hasMessageContaining("opens " + manifest.worker(1).file());

        new DbLifecycle(log).teardown(work(), new ConnectionSpec("jdbc:sqlite:" + template, "", ""));
        try (var files = Files.list(work())) {
            assertThat(files).isEmpty();
        }
        assertThat(template).doesNotExist();
        assertThat(SqliteBackend.markerFile(template)).doesNotExist();
    }

    @Test
    void inMemoryBindingsLoadTheirCloneAndAreIndependent() throws Exception {
        Manifest manifest = new DbLifecycle(log).prepare(request(templateFile(), List.of(schema()), 2, true));
        assertThat(manifest.inMemory()).isTrue();
        BackendType backend = Backends.forId("sqlite");
        CloneBinding one = backend.bindFork(manifest, manifest.worker(1));
        CloneBinding two = backend.bindFork(manifest, manifest.worker(2));
        try {
            assertThat(one.url())
                    .isEqualTo("jdbc:sqlite:file:" + manifest.worker(1).database() + "?mode=memory&cache=shared");
            assertThat(one.keepAlive()).isNotNull();
            update(one.url(), "insert into item values (2, 'in memory 1')");
            assertThat(query(one.url(), "select count(*) from item")).isEqualTo("2");
            assertThat(query(two.url(), "select count(*) from item")).isEqualTo("1");
            assertThat(query(manifest.worker(1).url(), "select count(*) from item"))
                    .isEqualTo("1"); // file untouched
        } finally {
            one.keepAlive().close();
            two.keepAlive().close();
        }
        // Gone with its last connection: a new one sees an empty memory database.
        assertThat(query(one.url(), "select count(*) from sqlite_master")).isEqualTo("0");
        new DbLifecycle(log).teardown(work(), new ConnectionSpec("jdbc:sqlite:" + templateFile(), "", ""));
    }

    @Test
    void walModeTemplateIsClonedConsistentlyAndNeverModified() throws Exception {
        Path template = base().resolve("users.db");
        String url = "jdbc:sqlite:" + template;
        try (Connection writer = DriverManager.getConnection(url);
                Statement s = writer.createStatement()) {
            s.execute("pragma journal_mode=WAL");
            s.execute("pragma wal_autocheckpoint=0"); // keep what follows in the -wal file only
            s.execute("create table item(id integer primary key, name text)");
            s.execute("with recursive n(i) as (select 1 union all select i + 1 from n where i < 1000) "
                    + "insert into item select i, 'row ' || i from n");
            assertThat(Path.of(template + "-wal")).isNotEmptyFile();

            // What a raw copy of the main file alone would give: the rows still in the WAL are missing.
            Path raw = base().resolve("raw-copy.db");
            Files.copy(template, raw);
            assertThat(query("jdbc:sqlite:" + raw, "select count(*) from sqlite_master"))
                    .isEqualTo("0");

            Manifest manifest = new DbLifecycle(log).prepare(request(template, List.of(), 2, false));
            assertThat(manifest.templateOwned()).isFalse();
            assertThat(manifest.template()).isEqualTo(template.toString());
            for (Manifest.Worker w : manifest.workers()) {
                assertThat(query(w.url(), "select count(*) || ':' || sum(id) from item"))
                        .isEqualTo("1000:500500");
                assertThat(query(w.url(), "pragma integrity_check")).isEqualTo("ok");
            }
            new DbLifecycle(log).teardown(work(), new ConnectionSpec(url, "", ""));
        }
        assertThat(template).exists();
        assertThat(SqliteBackend.markerFile(template)).doesNotExist();
        assertThat(query(url, "select count(*) from item")).isEqualTo("1000");
    }

    @Test
    void refusesToBuildOverAFileItDidNotCreate() throws Exception {
        Path template = base().resolve("precious.db");
        update("jdbc:sqlite:" + template, "create table precious(x)");
        byte[] before = Files.readAllBytes(template);

        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(template, List.of(schema()), 1, false)))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining(template.toString())
                .hasMessageContaining("exists and was not created by db-lifecycle")
                .hasMessageContaining("Remove that file or point <url> elsewhere");

        assertThat(Files.readAllBytes(template)).isEqualTo(before);
        assertThat(work().resolve(Manifest.FILE_NAME)).doesNotExist();
    }

    @Test
    void rebuildsItsOwnLeftoverTemplate() throws Exception {
        Path template = templateFile();
        Manifest first = new DbLifecycle(log).prepare(request(template, List.of(schema()), 1, false));
        Lease.acquire(work(), 1, 1, java.time.Duration.ZERO).close(); // leaves leases/worker-1.lock behind
        // teardown never ran and the build died (its JVM released its locks): the next build rebuilds its own
        // template, warns about the old manifest, drops the free leases
        BuildLocks.release(first.buildId());
        Manifest again = new DbLifecycle(log).prepare(request(template, List.of(schema()), 1, false));
        assertThat(query(again.worker(1).url(), "select count(*) from item")).isEqualTo("1");
        assertThat(log.all())
                .contains("(build " + first.buildId() + ", databases "
                        + first.worker(1).database() + " and template " + template + ") was never torn down");
        assertThat(work().resolve("leases")).doesNotExist();
        assertThat(Path.of(first.worker(1).file()))
                .as("the dead build's clone was purged")
                .doesNotExist();
        new DbLifecycle(log).teardown(work(), new ConnectionSpec("jdbc:sqlite:" + template, "", ""));
        assertThat(template).doesNotExist();
    }

    @Test
    void scriptErrorDeletesTheTemplateItCreated() throws Exception {
        Path template = templateFile();
        Path bad = base().resolve("bad.sql");
        Files.writeString(bad, "create table a(x);\ninsert into missing values (1);\n");

        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(template, List.of(bad), 2, false)))
                .hasMessageContaining(bad + " failed at line 2")
                .hasMessageContaining("statement: insert into missing values (1)")
                .hasMessageContaining("no such table: missing");

        assertThat(template).doesNotExist();
        assertThat(SqliteBackend.markerFile(template)).doesNotExist();
        try (var files = Files.list(work())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void bindForkRefusesAMissingCloneInsteadOfCreatingAnEmptyOne() throws Exception {
        Manifest manifest = new DbLifecycle(log).prepare(request(templateFile(), List.of(schema()), 1, false));
        Files.delete(Path.of(manifest.worker(1).file()));
        assertThatThrownBy(() -> Backends.forId("sqlite").bindFork(manifest, manifest.worker(1)))
                .hasMessageContaining("does not exist");
        assertThat(Path.of(manifest.worker(1).file())).doesNotExist();
        new DbLifecycle(log).teardown(work(), new ConnectionSpec("jdbc:sqlite:" + templateFile(), "", ""));
    }
}
