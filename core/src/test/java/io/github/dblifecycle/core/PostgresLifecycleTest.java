package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.postgresql.PostgresBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the real PostgreSQL server (Pg). Every test uses its own database name prefix. */
class PostgresLifecycleTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final TestLog log = new TestLog();

    @AfterEach
    void dropLeftovers() throws Exception {
        Pg.dropAll(prefix);
    }

    private Path script(String name, String sql) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, sql);
        return file;
    }

    private PrepareRequest request(List<Path> scripts, int clones, Map<String, String> options) {
        return new PrepareRequest(
                Pg.ADMIN,
                scripts,
                clones,
                prefix,
                dir.resolve("work"),
                false,
                Map.of("spring.datasource.url", "{url}"),
                options,
                ProcessHandle.current().pid());
    }

    private Path schema() throws Exception {
        return script(
                "schema.sql",
                "create table item(id int primary key, name text not null);\n"
                        + "insert into item values (1, 'from template');\n");
    }

    @Test
    void templateAndClonesAreIndependentAndTeardownLeavesNothing() throws Exception {
        Manifest manifest = new DbLifecycle(log).prepare(request(List.of(schema()), 3, Map.of()));

        assertThat(manifest.backend()).isEqualTo("postgresql");
        assertThat(manifest.templateOwned()).isTrue();
        assertThat(manifest.template()).isEqualTo(prefix + "_" + manifest.buildId() + "_t");
        assertThat(manifest.workers())
                .extracting(Manifest.Worker::database)
                .containsExactly(
                        prefix + "_" + manifest.buildId() + "_1",
                        prefix + "_" + manifest.buildId() + "_2",
                        prefix + "_" + manifest.buildId() + "_3");
        assertThat(manifest.workers()).allSatisfy(w -> {
            assertThat(w.url()).isEqualTo(Pg.url(w.database()) + "?ApplicationName=db-lifecycle-test");
            assertThat(w.username()).isEqualTo("postgres");
        });
        assertThat(Manifest.read(dir.resolve("work").resolve(Manifest.FILE_NAME)))
                .isEqualTo(manifest);
        assertThat(Pg.databases(prefix)).hasSize(4);
        assertThat(Pg.queryOne(
                        Pg.ADMIN,
                        "select count(*) from pg_database where datname like '" + prefix
                                + "\\_%' and shobj_description(oid, 'pg_database') = '"
                                + PostgresBackend.marker(manifest.buildId())
                                + "'"))
                .isEqualTo("4");

        ConnectionSpec[] clones = manifest.workers().stream()
                .map(w -> new ConnectionSpec(w.url(), w.username(), w.password()))
                .toArray(ConnectionSpec[]::new);
        Pg.update(clones[0], "insert into item values (2, 'only in clone 1')");
        Pg.update(clones[1], "delete from item");
        assertThat(Pg.queryOne(clones[0], "select count(*) from item")).isEqualTo("2");
        assertThat(Pg.queryOne(clones[1], "select count(*) from item")).isEqualTo("0");
        assertThat(Pg.queryOne(clones[2], "select string_agg(name, ',') from item"))
                .isEqualTo("from template");
        ConnectionSpec template = Pg.at(manifest.template());
        assertThat(Pg.queryOne(template, "select count(*) from item")).isEqualTo("1");
        assertThat(log.all())
                .contains(
                        "Clone 1/3",
                        "Clone 2/3",
                        "Clone 3/3",
                        "clone(s) created in",
                        Pg.major() >= 15
                                ? "STRATEGY WAL_LOG (auto: template is"
                                : "without STRATEGY (PostgreSQL " + Pg.major() + " has no STRATEGY");

        Lease.acquire(dir.resolve("work"), 3, 1, java.time.Duration.ZERO).close();
        new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);

        assertThat(Pg.databases(prefix)).isEmpty();
        assertThat(dir.resolve("work").resolve(Manifest.FILE_NAME)).doesNotExist();
        assertThat(dir.resolve("work").resolve("leases")).doesNotExist();
    }

    @Test
    void scriptErrorNamesFileLineStatementAndServerMessageAndLeavesNothing() throws Exception {
        Path good = schema();
        Path bad = script(
                "data.sql",
                "insert into item values (2, 'ok');\n\n" + "insert into\n  no_such_table values (3, 'x');\n");

        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(List.of(good, bad), 2, Map.of())))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining(bad.toString())
                .hasMessageContaining("line 4 (in the statement starting on line 3)")
                .hasMessageContaining("insert into no_such_table values (3, 'x')")
                .hasMessageContaining("relation \"no_such_table\" does not exist")
                .hasMessageContaining("Dropped what this build had created: " + prefix);

        assertThat(Pg.databases(prefix)).isEmpty();
        assertThat(dir.resolve("work").resolve(Manifest.FILE_NAME)).doesNotExist();
    }

    @Test
    void missingScriptFailsBeforeCreatingAnything() throws Exception {
        Path missing = dir.resolve("nope.sql");
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(List.of(missing), 1, Map.of())))
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("<scripts>");
        assertThat(Pg.databases(prefix)).isEmpty();
    }

    @Test
    void cloneFailureMidwayDropsEverythingItCreatedButNotTheDatabaseItDidNot() throws Exception {
        String buildId = "abcd1234";
        String collision = prefix + "_" + buildId + "_3";
        Pg.execute("CREATE DATABASE \"" + collision + "\""); // someone else's database with that name
        try {
            assertThatThrownBy(
                            () -> new DbLifecycle(log, () -> buildId).prepare(request(List.of(schema()), 4, Map.of())))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("Cannot create clone 3 of 4 (" + collision + ")")
                    .hasMessageContaining("already exists")
                    .hasMessageContaining("Dropped what this build had created");

            assertThat(Pg.databases(prefix)).containsExactly(collision);
            assertThat(dir.resolve("work").resolve(Manifest.FILE_NAME)).doesNotExist();
        } finally {
            Pg.execute("DROP DATABASE IF EXISTS \"" + collision + "\"");
        }
    }

    @Test
    void bindForkChecksTheConnectionReachesTheClone() throws Exception {
        Manifest manifest = new DbLifecycle(log).prepare(request(List.of(schema()), 2, Map.of()));
        try {
            BackendType backend = Backends.forId(manifest.backend());
            Manifest.Worker w2 = manifest.worker(2);
            CloneBinding binding = backend.bindFork(manifest, w2);
            assertThat(binding.url()).isEqualTo(w2.url());
            assertThat(binding.keepAlive()).isNull();

            Manifest.Worker crossed =
                    new Manifest.Worker(2, manifest.worker(1).url(), w2.username(), w2.password(), w2.database(), null);
            assertThatThrownBy(() -> backend.bindFork(manifest, crossed))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("should use the clone " + w2.database())
                    .hasMessageContaining(
                            "reaches the database " + manifest.worker(1).database());
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
        assertThat(Pg.databases(prefix)).isEmpty();
    }

    @Test
    void strategyOptionIsUsedAndValidated() throws Exception {
        new DbLifecycle(log)
                .prepare(request(List.of(schema()), 1, Map.of(PostgresBackend.STRATEGY_OPTION, "file_copy")));
        assertThat(log.all())
                .contains(
                        Pg.major() >= 15
                                ? "STRATEGY FILE_COPY (option postgresql.strategy)"
                                : "without STRATEGY (PostgreSQL " + Pg.major() + " has no STRATEGY");
        new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);

        assertThatThrownBy(() -> new DbLifecycle(log)
                        .prepare(request(List.of(schema()), 1, Map.of(PostgresBackend.STRATEGY_OPTION, "fast"))))
                .hasMessageContaining("Invalid value 'fast' for the option postgresql.strategy")
                .hasMessageContaining("use auto, WAL_LOG, FILE_COPY or CLONE");
        assertThatThrownBy(() -> new DbLifecycle(log)
                        .prepare(request(List.of(schema()), 1, Map.of("postgresql.strategie", "auto"))))
                .hasMessageContaining("Unknown PostgreSQL option 'postgresql.strategie'");
        assertThat(Pg.databases(prefix)).isEmpty();
    }

    @Test
    void withoutScriptsClonesAnEmptyTemplate() throws Exception {
        Manifest manifest = new DbLifecycle(log).prepare(request(List.of(), 2, Map.of()));
        assertThat(manifest.templateOwned()).isTrue();
        assertThat(new HashSet<>(Pg.databases(prefix))).hasSize(3);
        new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        assertThat(Pg.databases(prefix)).isEmpty();
    }

    @Test
    void teardownWithoutManifestHasNothingToDo() {
        new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        assertThat(log.all()).contains("nothing to tear down");
    }

    @Test
    void teardownTriesEveryDropAndListsTheFailures() throws Exception {
        Manifest manifest = new DbLifecycle(log).prepare(request(List.of(schema()), 2, Map.of()));
        // A worker whose name the backend refuses stands for a drop that fails.
        Manifest broken = new Manifest(
                manifest.buildId(),
                manifest.mavenPid(),
                manifest.backend(),
                manifest.template(),
                true,
                false,
                List.of(
                        manifest.worker(1),
                        new Manifest.Worker(2, "jdbc:postgresql://x/y", "", "", "Bad\"Name", null),
                        new Manifest.Worker(
                                3,
                                manifest.worker(2).url(),
                                "postgres",
                                "",
                                manifest.worker(2).database(),
                                null)),
                Map.of());
        broken.write(dir.resolve("work"));

        assertThatThrownBy(() -> new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN))
                .hasMessageContaining("could not drop 1 of 4")
                .hasMessageContaining("Bad\"Name");
        assertThat(Pg.databases(prefix)).isEmpty();
        assertThat(dir.resolve("work").resolve(Manifest.FILE_NAME)).exists();
    }

    @Test
    void validatesTheRequest() {
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(List.of(), 0, Map.of())))
                .hasMessageContaining("<clones> is 0");
        PrepareRequest badPrefix =
                new PrepareRequest(Pg.ADMIN, List.of(), 1, "Bad-Prefix", dir, false, Map.of(), Map.of(), 1);
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(badPrefix))
                .hasMessageContaining("Invalid database name prefix 'Bad-Prefix'");
        PrepareRequest inMemory = new PrepareRequest(Pg.ADMIN, List.of(), 1, prefix, dir, true, Map.of(), Map.of(), 1);
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(inMemory))
                .hasMessageContaining("In-memory clones are a SQLite feature");
    }
}
