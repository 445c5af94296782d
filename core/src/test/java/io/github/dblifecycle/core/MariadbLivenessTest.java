package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.mysql.MysqlBackendType;
import io.github.dblifecycle.core.reuse.TemplateNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safety audit F1 and F7 and the abandoned-template extra on the real MariaDB: the server ends the idle session that
 * holds GET_LOCK (wait_timeout, KILL); a forged marker comment; a reusable template a killed build left half-built.
 */
class MariadbLivenessTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final TestLog log = new TestLog();

    @AfterEach
    void dropLeftovers() throws Exception {
        My.dropAll(prefix);
    }

    private PrepareRequest request(ConnectionSpec admin, Path work) {
        return TestRequests.plain(admin, List.of(), 2, prefix, work);
    }

    static String lockHolder(String buildId) throws Exception {
        String id = My.queryOne(My.MARIADB, "select IS_USED_LOCK('dblc_build_" + buildId + "')");
        return "null".equals(id) ? null : id; // My.query spells SQL NULL as "null"
    }

    /** The audit's reproduction: sessionVariables=wait_timeout=2 on the URL ended the lock's session after 2 s. */
    @Test
    void aShortWaitTimeoutDoesNotEndTheBuildsLock() throws Exception {
        ConnectionSpec timingOut = My.MARIADB.withUrl(My.MARIADB.url() + "?sessionVariables=wait_timeout=2");
        Path work = dir.resolve("work");
        Manifest m = new DbLifecycle(log).prepare(request(timingOut, work));
        Thread.sleep(4_000);
        assertThat(lockHolder(m.buildId()))
                .as("the build's lock after 4 s idle")
                .isNotNull();
        assertThat(PurgeMain.run(My.MARIADB.url(), "root", prefix, dir.resolve("other")))
                .isEqualTo("[]");
        assertThat(My.databases(prefix)).hasSize(3);
        assertThat(log.all()).doesNotContain("ERROR");
        new DbLifecycle(log).teardown(work, timingOut);
        assertThat(My.databases(prefix)).isEmpty();
    }

    @Test
    void aKilledLockSessionIsReportedAndRetakenAndAPurgeMeanwhileSparesDatabasesInUse() throws Exception {
        Path work = dir.resolve("work");
        Manifest m = new DbLifecycle(log).prepare(request(My.MARIADB, work));
        String buildId = m.buildId();
        String session = lockHolder(buildId);
        try (Connection fork = My.at(My.MARIADB, m.worker(1).database()).open()) {
            My.execute(My.MARIADB, "KILL " + session);
            PostgresLivenessTest.waitFor(
                    () -> {
                        try {
                            return !session.equals(lockHolder(buildId));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    "the killed session to lose the lock");
            // Another build's purge (another JVM): the lock may be retaken already, and clone 1 has a session.
            assertThat(PurgeMain.run(My.MARIADB.url(), "root", prefix, dir.resolve("other")))
                    .isEqualTo("[]");
            assertThat(My.databases(prefix)).hasSize(3);

            PostgresLivenessTest.waitFor(
                    () -> log.all().contains("retook the liveness lock of db-lifecycle build " + buildId),
                    "the build to retake its lock");
            assertThat(log.all())
                    .contains("ERROR db-lifecycle lost the liveness lock of db-lifecycle build " + buildId);
            assertThat(lockHolder(buildId)).isNotNull().isNotEqualTo(session);
        }
        new DbLifecycle(log).teardown(work, My.MARIADB);
        assertThat(My.databases(prefix)).isEmpty();
    }

    /** F7: one database with a forged comment made every purge of the prefix fail, so real leftovers stayed. */
    @Test
    void aForgedMarkerWithAnInvalidBuildIdIsSkippedAndTheDeadBuildIsStillPurged() throws Exception {
        Path deadWork = dir.resolve("dead");
        try (ChildBuild dead = ChildBuild.start(My.MARIADB.url(), prefix, deadWork, "dead0001", "root")) {
            dead.kill();
        }
        String forged = prefix + "_forged_1";
        My.execute(My.MARIADB, "CREATE DATABASE `" + forged + "` COMMENT 'db-lifecycle build 0'");

        List<String> dropped = List.of();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (dropped.isEmpty()) { // until the server has seen the killed JVM's session end
            assertThat(System.nanoTime())
                    .as("the killed build still counts as alive")
                    .isLessThan(deadline);
            dropped = new DbLifecycle(log).purge(My.MARIADB, prefix, deadWork);
            Thread.sleep(50);
        }
        assertThat(dropped)
                .containsExactlyInAnyOrder(prefix + "_dead0001_1", prefix + "_dead0001_2", prefix + "_dead0001_t");
        assertThat(My.databases(prefix)).containsExactly(forged);
        assertThat(log.all())
                .contains("Skipping the database " + forged + ": its db-lifecycle marker names the "
                        + "invalid build id '0'");
    }

    /** A reusable template a killed build was building keeps its build's marker: purge drops it like its clones. */
    @Test
    void purgeDropsAReusableTemplateADeadBuildLeftHalfBuilt() throws Exception {
        String name = TemplateNames.template(prefix, "0123456789ab".repeat(5) + "cdef");
        Backend dead = ForBuild.of(MysqlBackendType.INSTANCE, "dead0002", My.MARIADB, dir, Map.of());
        dead.createTemplate(name); // as the store's createBuilding does: the final name, the build's marker
        assertThat(new DbLifecycle(log).purge(My.MARIADB, prefix, dir.resolve("w")))
                .containsExactly(name);
        assertThat(My.databases(prefix)).isEmpty();
    }

    /** F5 on MariaDB: initSql=use ... sent the template's scripts into another database. */
    @Test
    void scriptsThatWouldRunInAnotherDatabaseAreRefusedAndNothingIsLeft() throws Exception {
        String victim = prefix + "_victim";
        My.execute(My.MARIADB, "CREATE DATABASE `" + victim + "`");
        Path script = java.nio.file.Files.writeString(dir.resolve("schema.sql"), "create table planted (id int);\n");
        ConnectionSpec redirected = My.MARIADB.withUrl(My.MARIADB.url() + "?initSql=use " + victim);
        PrepareRequest request = TestRequests.plain(redirected, List.of(script), 1, prefix, dir.resolve("w"));

        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("reaches the database " + victim)
                .hasMessageContaining("Dropped what this build had created");
        assertThat(My.queryOne(
                        My.MARIADB,
                        "select count(*) from information_schema.TABLES where TABLE_SCHEMA = '" + victim + "'"))
                .isEqualTo("0");
        assertThat(My.databases(prefix)).containsExactly(victim);
    }

    /** F9 on MariaDB: the fork checks the clone's marker from its own connection. */
    @Test
    void aForkBindsOnlyToACloneCarryingTheManifestsBuildMarker() throws Exception {
        Path work = dir.resolve("work");
        Manifest m = new DbLifecycle(log).prepare(request(My.MARIADB, work));
        try {
            assertThat(MysqlBackendType.INSTANCE.bindFork(m, m.worker(1)).url())
                    .isEqualTo(m.worker(1).url());
            String users = prefix + "_users";
            My.execute(My.MARIADB, "CREATE DATABASE `" + users + "`");
            Manifest.Worker edited =
                    new Manifest.Worker(1, My.at(My.MARIADB, users).url(), "root", "", users, null);
            assertThatThrownBy(() -> MysqlBackendType.INSTANCE.bindFork(m, edited))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("the database " + users + ", which does not carry the marker of "
                            + "db-lifecycle build " + m.buildId());
        } finally {
            new DbLifecycle(log).teardown(work, My.MARIADB);
        }
    }
}
