package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dblifecycle.core.postgresql.PostgresBackend;
import io.github.dblifecycle.core.postgresql.PostgresBackendType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ownership and crash safety against the real PostgreSQL server: builds killed with SIGKILL are purged, live ones
 * and users' databases never are. Every test counts the databases under its own prefix before and after.
 */
class PostgresSafetyTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final TestLog log = new TestLog();

    @AfterEach
    void dropLeftovers() throws Exception {
        Pg.dropAll(prefix);
    }

    private void createUserDatabase(String name, String comment) throws Exception {
        Pg.execute("CREATE DATABASE \"" + name + "\"");
        if (comment != null) {
            Pg.execute("COMMENT ON DATABASE \"" + name + "\" IS '" + comment + "'");
        }
    }

    private static List<String> names(String prefix, String buildId, String... suffixes) {
        List<String> names = new ArrayList<>();
        for (String s : suffixes) {
            names.add(prefix + "_" + buildId + "_" + s);
        }
        return names;
    }

    @Test
    void purgeDropsKilledBuildsOnlyAndNeverUsersDatabasesNamedLikeOurs() throws Exception {
        // A user's databases named exactly like a build's, without our marker or with another build's marker.
        createUserDatabase(prefix + "_0badf00d_1", null);
        createUserDatabase(prefix + "_0badf00d_t", PostgresBackend.marker("0badf00e"));
        // The marker of versions without a liveness lock: its build may be running, so it is never purged.
        createUserDatabase(prefix + "_0badf00d_3", "db-lifecycle build 0badf00d");
        createUserDatabase(prefix + "_0badf00d_2", "production copy");
        List<String> users = Pg.databases(prefix);
        assertThat(users).hasSize(4);

        try (ChildBuild dead = ChildBuild.start(Pg.ADMIN.url(), prefix, dir.resolve("a"), "aaaa0001");
                ChildBuild alive = ChildBuild.start(Pg.ADMIN.url(), prefix, dir.resolve("b"), "bbbb0002")) {
            List<String> deadDbs = names(prefix, "aaaa0001", "1", "2", "t");
            List<String> liveDbs = names(prefix, "bbbb0002", "1", "2", "t");
            assertThat(Pg.databases(prefix)).containsAll(deadDbs).containsAll(liveDbs).hasSize(10);

            // Both builds are running: nothing is purged.
            assertThat(new DbLifecycle(log).purge(Pg.ADMIN, prefix, dir.resolve("c"))).isEmpty();
            assertThat(Pg.databases(prefix)).hasSize(10);

            dead.kill();
            Backend backend = ForBuild.of(PostgresBackendType.INSTANCE, Pg.ADMIN, dir);
            awaitDead(backend, "aaaa0001");
            assertThat(backend.isBuildAlive("bbbb0002")).isTrue();

            List<String> dropped = new DbLifecycle(log).purge(Pg.ADMIN, prefix, dir.resolve("c"));

            assertThat(dropped).containsExactlyInAnyOrderElementsOf(deadDbs);
            assertThat(log.all()).contains("build aaaa0001 is no longer running");
            List<String> expected = new ArrayList<>(users);
            expected.addAll(liveDbs);
            assertThat(Pg.databases(prefix)).containsExactlyInAnyOrderElementsOf(expected);
        }
        // The second build died too (closed without teardown): the next prepare purges it before adding its own.
        awaitDead(ForBuild.of(PostgresBackendType.INSTANCE, Pg.ADMIN, dir), "bbbb0002");
        DbLifecycle next = new DbLifecycle(log);
        Manifest manifest = next.prepare(new PrepareRequest(Pg.ADMIN, List.of(), 1, prefix, dir.resolve("d"), false,
                Map.of(), Map.of(), ProcessHandle.current().pid()));
        assertThat(log.all()).contains("build bbbb0002 is no longer running");
        next.teardown(dir.resolve("d"), Pg.ADMIN);
        assertThat(Pg.databases(prefix)).as("only the user's databases are left")
                .containsExactlyInAnyOrderElementsOf(users);
        assertThat(ForBuild.of(PostgresBackendType.INSTANCE, Pg.ADMIN, dir).isBuildAlive(manifest.buildId()))
                .as("teardown released the build's lock").isFalse();
    }

    @Test
    void teardownDropsOnlyWhatCarriesItsBuildsMarkerEvenIfTheManifestListsMore() throws Exception {
        String buildId = "cafe0001";
        createUserDatabase(prefix + "_" + buildId + "_3", null); // a user's database named like our clone 3
        // Our marker but not in the manifest: teardown drops what the manifest lists (and is marked), nothing else.
        createUserDatabase(prefix + "_other", PostgresBackend.marker(buildId));
        Path work = dir.resolve("work");
        Manifest manifest = new DbLifecycle(log, () -> buildId).prepare(new PrepareRequest(Pg.ADMIN, List.of(), 2,
                prefix, work, false, Map.of(), Map.of(), ProcessHandle.current().pid()));
        assertThat(Pg.databases(prefix)).hasSize(5);
        // An edited (or damaged) manifest that names the user's database as a clone.
        List<Manifest.Worker> workers = new ArrayList<>(manifest.workers());
        Manifest.Worker w1 = workers.get(0);
        workers.add(new Manifest.Worker(3, w1.url().replace("_1?", "_3?"), "postgres", "", prefix + "_" + buildId
                + "_3", null));
        new Manifest(buildId, manifest.mavenPid(), manifest.backend(), manifest.template(), true, false, workers,
                Map.of(), null, manifest.leaseWait()).write(work);

        new DbLifecycle(log).teardown(work, Pg.ADMIN);

        assertThat(Pg.databases(prefix)).containsExactlyInAnyOrder(prefix + "_" + buildId + "_3", prefix + "_other");
        assertThat(log.all()).contains("Not dropping " + prefix + "_" + buildId + "_3")
                .contains("left alone (not created by this build): " + prefix + "_" + buildId + "_3");
        assertThat(work.resolve(Manifest.FILE_NAME)).doesNotExist();
    }

    @Test
    void theBuildLockIsHeldFromPrepareUntilTeardown() throws Exception {
        Backend backend = ForBuild.of(PostgresBackendType.INSTANCE, Pg.ADMIN, dir);
        Path work = dir.resolve("work");
        Manifest manifest = new DbLifecycle(log).prepare(new PrepareRequest(Pg.ADMIN, List.of(), 1, prefix, work,
                false, Map.of(), Map.of(), ProcessHandle.current().pid()));
        assertThat(backend.isBuildAlive(manifest.buildId())).isTrue();
        new DbLifecycle(log).teardown(work, Pg.ADMIN);
        assertThat(backend.isBuildAlive(manifest.buildId())).isFalse();
        assertThat(Pg.databases(prefix)).isEmpty();
    }

    @Test
    void twoBuildsInOneJvmNeverPurgeEachOther() throws Exception {
        // As under mvn -T 2: two modules' prepares in the same Maven JVM, same server and prefix.
        Manifest a = new DbLifecycle(log).prepare(new PrepareRequest(Pg.ADMIN, List.of(), 1, prefix, dir.resolve("a"),
                false, Map.of(), Map.of(), ProcessHandle.current().pid()));
        Manifest b = new DbLifecycle(log).prepare(new PrepareRequest(Pg.ADMIN, List.of(), 1, prefix, dir.resolve("b"),
                false, Map.of(), Map.of(), ProcessHandle.current().pid()));
        assertThat(a.buildId()).isNotEqualTo(b.buildId());
        assertThat(Pg.databases(prefix)).hasSize(4);
        assertThat(new DbLifecycle(log).purge(Pg.ADMIN, prefix, dir)).isEmpty();
        new DbLifecycle(log).teardown(dir.resolve("a"), Pg.ADMIN);
        assertThat(Pg.databases(prefix)).containsExactlyInAnyOrder(b.template(), b.worker(1).database());
        new DbLifecycle(log).teardown(dir.resolve("b"), Pg.ADMIN);
        assertThat(Pg.databases(prefix)).isEmpty();
        assertThat(log.all()).doesNotContain("no longer running");
    }

    /** The server ends a killed client's session as soon as it sees the socket closed; allow it a moment. */
    static void awaitDead(Backend backend, String buildId) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (backend.isBuildAlive(buildId)) {
            assertThat(System.nanoTime()).as("build " + buildId + " still holds its lock").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
