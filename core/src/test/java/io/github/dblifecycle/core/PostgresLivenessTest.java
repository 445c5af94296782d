package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.github.dblifecycle.core.postgresql.PostgresBackendType;
import io.github.dblifecycle.core.postgresql.PostgresTemplateStore;
import io.github.dblifecycle.core.postgresql.PostgresTemplateStoreAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safety audit F1 on the real PostgreSQL: the server ends the idle session that holds a build's liveness lock (a DBA's
 * pg_terminate_backend, an idle_session_timeout). The build must notice at once, say so, take the lock again, and no
 * purge by another build may drop its databases meanwhile.
 */
class PostgresLivenessTest {
    /** The build lock's keys, as PostgresBackend computes them (first key "dblc", then 31 bits of the id). */
    static final long LOCK_CLASS = 0x64626c63L;

    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final TestLog log = new TestLog();

    @AfterEach
    void dropLeftovers() throws Exception {
        Pg.dropAll(prefix);
    }

    static long lockKey(String buildId) {
        return Long.parseLong(buildId, 16) & 0x7fffffffL;
    }

    /** The pid of the session holding the build's lock, or null. */
    static String lockHolder(String buildId) throws Exception {
        return Pg.queryOne(
                Pg.ADMIN,
                "select pid from pg_locks where locktype = 'advisory' and classid::bigint = " + LOCK_CLASS
                        + " and objid::bigint = " + lockKey(buildId) + " and objsubid = 2 and granted");
    }

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private PrepareRequest request(ConnectionSpec admin, Path work) {
        return TestRequests.plain(admin, List.of(), 2, prefix, work);
    }

    @Test
    void aKilledLockSessionIsReportedAndRetakenAndAnotherBuildsPurgeDropsNothingMeanwhile() throws Exception {
        Path work = dir.resolve("work");
        Manifest m = new DbLifecycle(log).prepare(request(Pg.ADMIN, work));
        String buildId = m.buildId();
        String pid = lockHolder(buildId);
        assertThat(pid).isNotNull();
        try (Connection fork = new ConnectionSpec(m.worker(1).url(), "postgres", "").open()) {
            // A DBA (or a server restart) ends the lock's session while a fork works in its clone.
            Pg.execute("select pg_terminate_backend(" + pid + ")");
            waitFor(
                    () -> {
                        try {
                            return Pg.queryOne(Pg.ADMIN, "select count(*) from pg_stat_activity where pid = " + pid)
                                    .equals("0");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    "the lock's session to end");

            // Another build's purge (another JVM): the lock may be retaken already, and clone 1 has a session.
            assertThat(PurgeMain.run(Pg.ADMIN.url(), "postgres", prefix, dir.resolve("other")))
                    .isEqualTo("[]");
            assertThat(Pg.databases(prefix)).hasSize(3);

            waitFor(
                    () -> log.all().contains("retook the liveness lock of db-lifecycle build " + buildId),
                    "the build to retake its lock");
            assertThat(log.all())
                    .contains("ERROR db-lifecycle lost the liveness lock of db-lifecycle build " + buildId);
            assertThat(lockHolder(buildId)).isNotNull().isNotEqualTo(pid);
        }
        // With the lock back and no fork connected, the build is still seen as alive.
        assertThat(new DbLifecycle(new TestLog()).purge(Pg.ADMIN, prefix, dir.resolve("other")))
                .isEmpty();
        new DbLifecycle(log).teardown(work, Pg.ADMIN);
        assertThat(Pg.databases(prefix)).isEmpty();
        assertThat(lockHolder(buildId)).isNull();
    }

    /** The audit's reproduction: a 1.5 s idle_session_timeout on the build's URL ended the lock's session. */
    @Test
    void anIdleSessionTimeoutDoesNotEndTheBuildsLock() throws Exception {
        // idle_session_timeout is 14+; on 13 the lock's session must survive the timeout 13 has (and must not stumble
        // over setting the one it lacks).
        String timeout = Pg.major() >= 14 ? "idle_session_timeout" : "idle_in_transaction_session_timeout";
        ConnectionSpec timingOut = Pg.ADMIN.withUrl(Pg.ADMIN.url() + "&options=-c%20" + timeout + "=1500");
        Path work = dir.resolve("work");
        Manifest m = new DbLifecycle(log).prepare(request(timingOut, work));
        Thread.sleep(3_500);
        assertThat(lockHolder(m.buildId()))
                .as("the build's lock after 3.5 s idle")
                .isNotNull();
        assertThat(PurgeMain.run(Pg.ADMIN.url(), "postgres", prefix, dir.resolve("other")))
                .isEqualTo("[]");
        assertThat(Pg.databases(prefix)).hasSize(3);
        assertThat(log.all()).doesNotContain("ERROR");
        new DbLifecycle(log).teardown(work, timingOut);
        assertThat(Pg.databases(prefix)).isEmpty();
    }

    @Test
    void aLockLostAndTakenByAnotherSessionFailsTheTeardownWhichStillDropsTheBuildsDatabases() throws Exception {
        Path work = dir.resolve("work");
        Manifest m = new DbLifecycle(log).prepare(request(Pg.ADMIN, work));
        String buildId = m.buildId();
        try (Connection thief = Pg.ADMIN.open();
                Statement s = thief.createStatement()) {
            s.execute("select pg_terminate_backend(" + lockHolder(buildId) + ")");
            s.execute("select pg_advisory_lock(" + LOCK_CLASS + ", " + lockKey(buildId) + ")"); // waits for the end
            waitFor(() -> log.all().contains("ERROR db-lifecycle lost"), "the build to notice");

            assertThatThrownBy(() -> new DbLifecycle(log).teardown(work, Pg.ADMIN))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("lost the liveness lock of build " + buildId)
                    .hasMessageContaining("could not take it again");
        }
        assertThat(Pg.databases(prefix))
                .as("teardown still dropped its own databases")
                .isEmpty();
    }

    /** The reuse template lock idles while the migrations run: it is watched and retaken the same way. */
    @Test
    void aKilledTemplateLockSessionIsRetaken() throws Exception {
        long id = PostgresTemplateStoreAccess.lockId(prefix);
        String held = "select pid from pg_locks where locktype = 'advisory' and classid::bigint = " + (id >>> 32)
                + " and objid::bigint = " + (id & 0xffffffffL) + " and objsubid = 1 and granted";
        try (var lock = new PostgresTemplateStore().lock(Pg.ADMIN, prefix, Duration.ofSeconds(2), log)) {
            String pid = Pg.queryOne(Pg.ADMIN, held);
            assertThat(pid).isNotNull();
            Pg.execute("select pg_terminate_backend(" + pid + ")");
            waitFor(
                    () -> log.all().contains("retook the template lock of prefix " + prefix),
                    "the template lock to be retaken");
            assertThat(log.all()).contains("ERROR db-lifecycle lost the template lock of prefix " + prefix);
            assertThat(Pg.queryOne(Pg.ADMIN, held)).isNotNull().isNotEqualTo(pid);
        }
        // The server releases it once it has seen the session end.
        waitFor(
                () -> {
                    try {
                        return Pg.queryOne(Pg.ADMIN, held) == null;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                "the template lock to be released");
    }

    @Test
    void theBackendSeesSessionsInDatabases() throws Exception {
        Path work = dir.resolve("work");
        Manifest m = new DbLifecycle(log).prepare(request(Pg.ADMIN, work));
        Backend probe = ForBuild.of(PostgresBackendType.INSTANCE, Pg.ADMIN, dir);
        List<Database> clones = List.of(
                new Database(m.worker(1).database(), Pg.ADMIN, null),
                new Database(m.worker(2).database(), Pg.ADMIN, null));
        try (Connection fork = new ConnectionSpec(m.worker(2).url(), "postgres", "").open()) {
            assertThat(probe.inUse(clones)).containsExactly(m.worker(2).database());
        }
        new DbLifecycle(log).teardown(work, Pg.ADMIN);
    }
}
