package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.postgresql.PostgresBackendType;
import io.github.dblifecycle.core.postgresql.PostgresTemplateStore;
import io.github.dblifecycle.core.reuse.TemplateNames;
import io.github.dblifecycle.core.reuse.TemplateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safety audit F4, F5, F9 and the lock-key and abandoned-template extras, on the real PostgreSQL: what a URL naming
 * another database, a URL parameter, or an edited manifest could do. Every database is this test's prefix's; the
 * "other maintenance database" and the "victim" are created by the test.
 */
class PostgresIsolationTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final TestLog log = new TestLog();

    @AfterEach
    void dropLeftovers() throws Exception {
        Pg.dropAll(prefix);
    }

    /** A database of this test's, as a second maintenance database (what {@code <url>} names). */
    private ConnectionSpec otherMaintenanceDatabase() throws Exception {
        String name = prefix + "_maint";
        Pg.execute("CREATE DATABASE " + name);
        return Pg.at(name);
    }

    /** F4: advisory locks are per database; the template lock must exclude builds whose URLs differ. */
    @Test
    void theTemplateLockExcludesABuildWhoseUrlNamesAnotherDatabase() throws Exception {
        ConnectionSpec other = otherMaintenanceDatabase();
        TemplateStore store = new PostgresTemplateStore();
        try (TemplateStore.Lock held = store.lock(Pg.ADMIN, prefix, Duration.ofSeconds(1), log)) {
            assertThatThrownBy(() -> store.lock(other, prefix, Duration.ofSeconds(1), log))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("Gave up after 1 s waiting for the template lock of prefix " + prefix);
        }
        try (TemplateStore.Lock second = store.lock(other, prefix, Duration.ofSeconds(1), log)) {
            assertThatThrownBy(() -> store.lock(Pg.ADMIN, prefix, Duration.ofSeconds(1), log))
                    .hasMessageContaining("Gave up");
        }
    }

    /**
     * The build lock keeps 31 bits of the id: another session holding the same key (in any database) makes prepare
     * fail at once, where pg_advisory_lock waited for as long as the other build ran.
     */
    @Test
    void aBuildLockKeyHeldElsewhereFailsPrepareAtOnceInAnyDatabase() throws Exception {
        ConnectionSpec other = otherMaintenanceDatabase();
        for (ConnectionSpec holderDb : List.of(Pg.ADMIN, other)) {
            try (Connection holder = holderDb.open();
                    Statement s = holder.createStatement()) {
                // 0abc1234 and 8abc1234 differ only in the bit that lockKey drops.
                s.execute("select pg_advisory_lock(" + PostgresLivenessTest.LOCK_CLASS + ", "
                        + PostgresLivenessTest.lockKey("0abc1234") + ")");
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
                                () -> new DbLifecycle(log, () -> "8abc1234").prepare(request(Pg.ADMIN, List.of())))
                        .isInstanceOf(DbLifecycleException.class)
                        .hasMessageContaining("Cannot take this build's liveness lock")
                        .hasMessageContaining("31-bit lock key")
                        .hasMessageContaining("Run the build again"));
            }
        }
        assertThat(Pg.databases(prefix)).containsExactly(prefix + "_maint");
    }

    private PrepareRequest request(ConnectionSpec admin, List<Path> scripts) {
        return TestRequests.plain(admin, scripts, 1, prefix, dir.resolve("work"));
    }

    /** F5: PGDBNAME in the URL sent the template's scripts into another database. */
    @Test
    void scriptsThatWouldRunInAnotherDatabaseAreRefusedAndNothingIsLeft() throws Exception {
        String victim = prefix + "_victim";
        Pg.execute("CREATE DATABASE " + victim);
        Path script = Files.writeString(dir.resolve("schema.sql"), "create table planted (id int);\n");
        ConnectionSpec redirected = Pg.ADMIN.withUrl(Pg.ADMIN.url() + "&PGDBNAME=" + victim);

        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(redirected, List.of(script))))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("reaches the database " + victim)
                .hasMessageContaining("PGDBNAME")
                .hasMessageContaining("Dropped what this build had created");

        ConnectionSpec atVictim = Pg.at(victim);
        assertThat(Pg.queryOne(atVictim, "select count(*) from pg_tables where tablename = 'planted'"))
                .isEqualTo("0");
        assertThat(Pg.databases(prefix)).containsExactly(victim);
    }

    /** F9: a manifest naming the maintenance database bound the fork there; its tests would clean its tables. */
    @Test
    void aForkBindsOnlyToACloneCarryingTheManifestsBuildMarker() throws Exception {
        Manifest m = new DbLifecycle(log).prepare(request(Pg.ADMIN, List.of()));
        try {
            Manifest.Worker clone = m.worker(1);
            assertThat(PostgresBackendType.INSTANCE.bindFork(m, clone).url()).isEqualTo(clone.url());

            Manifest.Worker postgres = new Manifest.Worker(1, Pg.url("postgres"), "postgres", "", "postgres", null);
            assertThatThrownBy(() -> PostgresBackendType.INSTANCE.bindFork(m, postgres))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("the database postgres, which does not carry the marker of db-lifecycle "
                            + "build " + m.buildId());

            // A clone of another build (right name and URL, wrong marker) is refused too.
            Manifest other = new Manifest(
                    "0the0001", m.mavenPid(), m.backend(), m.template(), true, false, m.workers(), Map.of());
            assertThatThrownBy(() -> PostgresBackendType.INSTANCE.bindFork(other, clone))
                    .hasMessageContaining("does not carry the marker of db-lifecycle build 0the0001");
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
    }

    /** Half-built reusable templates of killed builds were found only by the next reuse build, never by purge. */
    @Test
    void purgeDropsAReusableTemplateADeadBuildLeftHalfBuiltAndKeepsALiveBuilds() throws Exception {
        String finalName = TemplateNames.template(prefix, "0123456789ab".repeat(5) + "cdef");
        String dead = TemplateNames.building(finalName, "dead0003");
        Manifest live = new DbLifecycle(log).prepare(request(Pg.ADMIN, List.of()));
        ForBuild.of(PostgresBackendType.INSTANCE, "dead0003", Pg.ADMIN, dir, Map.of())
                .createTemplate(dead);
        String liveBuilding = TemplateNames.building(finalName, live.buildId());
        ForBuild.of(PostgresBackendType.INSTANCE, live.buildId(), Pg.ADMIN, dir, Map.of())
                .createTemplate(liveBuilding);
        try {
            assertThat(new DbLifecycle(log).purge(Pg.ADMIN, prefix, dir.resolve("other")))
                    .containsExactly(dead);
            assertThat(Pg.databases(prefix)).contains(liveBuilding).doesNotContain(dead);
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
    }
}
