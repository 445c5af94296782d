package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The backend contract: the lifecycle and safety cases every backend must pass, run by one subclass per backend
 * (PostgreSQL, MariaDB, SQLite) against the real server or real files, with the reuse cases of
 * {@link ReuseTestBase}. Driven through the public facade ({@link DbLifecycle}, {@link PrepareRequest},
 * {@link Manifest}) and plain JDBC, never the backend interface, so the cases hold whatever shape that takes.
 * Every database name starts with the test's prefix; what a case leaves is judged by {@link ReuseTestBase}.
 */
abstract class BackendContractTest extends ReuseTestBase {
    /** A user's data in a user's database: it must still be there after every drop db-lifecycle makes. */
    static final String USERS_ROW = "42";

    final TestLog log = new TestLog();
    private final List<Runnable> usersDatabasesToDrop = new ArrayList<>();

    /**
     * The admin URL of one build of a case: the server's admin URL; for SQLite a template file of its own
     * ({@code <prefix>_<name>.db}), since two builds can never share one template file.
     */
    abstract ConnectionSpec adminFor(String name);

    /** The account {@link ChildBuild} connects as. */
    abstract String childUser();

    /**
     * Creates a user's database (SQLite: the file {@code <workDir>/<name>.db}) without db-lifecycle's marker, holding
     * the table {@code users_table} with the row {@link #USERS_ROW}.
     */
    abstract void createUsersDatabase(Path workDir, String name) throws Exception;

    /** The row of {@code users_table} in that user's database. */
    abstract String usersRow(Path workDir, String name) throws Exception;

    /** Drops a user's database created by {@link #createUsersDatabase} (SQLite: JUnit removes the files). */
    abstract void dropUsersDatabase(String name) throws Exception;

    /** Gives the user's database {@code to} the db-lifecycle marker that our database {@code from} carries. */
    abstract void copyMarker(Manifest.Worker from, Path workDir, String to) throws Exception;

    /** The name under which {@link #databases()} lists a database this build's manifest names. */
    static String listed(String nameOrFile) {
        return nameOrFile.contains("/") ? Path.of(nameOrFile).getFileName().toString() : nameOrFile;
    }

    static List<String> listed(Manifest m) {
        List<String> names = new ArrayList<>();
        m.workers().forEach(w -> names.add(listed(w.file() != null ? w.file() : w.database())));
        if (m.templateOwned()) {
            names.add(listed(m.template()));
        }
        return names;
    }

    /** How {@link #databases()} lists a database named {@code name} (SQLite: its file, {@code <name>.db}). */
    abstract String listedAs(String name);

    @AfterEach
    void dropUsersDatabases() {
        // Before ReuseTestBase's check that nothing with the prefix is left: a subclass's @AfterEach runs first.
        usersDatabasesToDrop.forEach(Runnable::run);
    }

    void createUsers(Path workDir, String name) throws Exception {
        Files.createDirectories(workDir);
        createUsersDatabase(workDir, name);
        dropAfterwards(name);
    }

    /** Drops this user's database after the test. */
    void dropAfterwards(String name) {
        usersDatabasesToDrop.add(() -> {
            try {
                dropUsersDatabase(name);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    PrepareRequest plain(String adminName, int clones, String workName, List<Path> scripts) {
        return TestRequests.plain(adminFor(adminName), scripts, clones, prefix, dir.resolve(workName));
    }

    Path itemsScript() throws Exception {
        Path script = dir.resolve("items.sql");
        Files.writeString(
                script,
                "create table items (id int primary key, name varchar(20) not null);\n"
                        + "insert into items values (1, 'one');\ninsert into items values (2, 'two');\n"
                        + "insert into items values (3, 'three');\n");
        return script;
    }

    @Test
    void buildsTheTemplateClonesItIntoIndependentClonesAndTeardownLeavesNothing() throws Exception {
        Manifest m = new DbLifecycle(log).prepare(plain("main", 2, "work", List.of(itemsScript())));

        assertThat(m.workers()).hasSize(2);
        assertThat(m.templateOwned()).isTrue();
        assertThat(databases()).containsExactlyInAnyOrderElementsOf(listed(m)).hasSize(3);
        assertThat(dir.resolve("work").resolve(Manifest.FILE_NAME)).exists();
        for (int worker = 1; worker <= 2; worker++) {
            assertThat(query(cloneOf(m, worker), "select count(*) from items")).isEqualTo("3");
        }
        update(cloneOf(m, 1), "delete from items where id = 2");
        assertThat(query(cloneOf(m, 1), "select count(*) from items")).isEqualTo("2");
        assertThat(query(cloneOf(m, 2), "select count(*) from items"))
                .as("clone 2 is independent of clone 1")
                .isEqualTo("3");

        new DbLifecycle(log).teardown(dir.resolve("work"), adminFor("main"));

        assertThat(databases())
                .as("teardown dropped the template and every clone")
                .isEmpty();
        assertThat(dir.resolve("work").resolve(Manifest.FILE_NAME)).doesNotExist();
    }

    /** Runs a statement that changes a database (a clone of this test). */
    abstract void update(Database database, String sql) throws Exception;

    @Test
    void aFailureAtCloneKOfNDropsWhatWasCreatedAndNeverTheUsersDatabaseInTheWay() throws Exception {
        String buildId = "r0llbac2";
        Path work = dir.resolve("work");
        String inTheWay = prefix + "_" + buildId + "_2"; // exactly the name clone 2 of 3 gets
        createUsers(work, inTheWay);

        assertThatThrownBy(() ->
                        new DbLifecycle(log, () -> buildId).prepare(plain("main", 3, "work", List.of(itemsScript()))))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("Cannot create clone 2 of 3 (" + inTheWay + ")")
                .hasMessageContaining("Dropped what this build had created");

        assertThat(databases()).as("only the user's database is left").containsExactly(listedAs(inTheWay));
        assertThat(usersRow(work, inTheWay)).isEqualTo(USERS_ROW);
        assertThat(work.resolve(Manifest.FILE_NAME)).doesNotExist();
    }

    @Test
    void teardownDropsOnlyWhatCarriesItsBuildsMarkerEvenIfTheManifestListsMore() throws Exception {
        String buildId = "cafe0001";
        Path work = dir.resolve("work");
        String users = prefix + "_" + buildId + "_3"; // a user's database named like our clone 3
        String other = prefix + "_other";
        createUsers(work, users);
        createUsers(work, other);
        Manifest manifest = new DbLifecycle(log, () -> buildId).prepare(plain("main", 2, "work", List.of()));
        // Our marker but not in the manifest: teardown drops what the manifest lists (and is marked), nothing else.
        copyMarker(manifest.worker(1), work, other);
        assertThat(databases()).hasSize(5);
        // An edited (or damaged) manifest that names the user's database as a clone.
        List<Manifest.Worker> workers = new ArrayList<>(manifest.workers());
        Manifest.Worker w1 = workers.get(0);
        workers.add(new Manifest.Worker(
                3,
                w1.url().replace(w1.database(), users),
                w1.username(),
                w1.password(),
                users,
                w1.file() == null ? null : w1.file().replace(w1.database(), users)));
        new Manifest(
                        buildId,
                        manifest.mavenPid(),
                        manifest.backend(),
                        manifest.template(),
                        true,
                        false,
                        workers,
                        Map.of(),
                        null,
                        manifest.leaseWait())
                .write(work);

        new DbLifecycle(log).teardown(work, adminFor("main"));

        assertThat(databases()).containsExactlyInAnyOrder(listedAs(users), listedAs(other));
        assertThat(usersRow(work, users)).isEqualTo(USERS_ROW);
        assertThat(log.all())
                .contains("Not dropping " + users)
                .contains("left alone (not created by this build): " + users);
        assertThat(work.resolve(Manifest.FILE_NAME)).doesNotExist();
    }

    /** What a {@link ChildBuild} (2 clones, no scripts) creates, as {@link DbLifecycle#purge} reports it dropped. */
    List<String> childBuildsDatabases(String buildId, String adminName) {
        List<String> names = new ArrayList<>(List.of(prefix + "_" + buildId + "_1", prefix + "_" + buildId + "_2"));
        String url = adminFor(adminName).url();
        names.add(
                url.startsWith("jdbc:sqlite:")
                        ? listed(url.substring("jdbc:sqlite:".length()))
                        : prefix + "_" + buildId + "_t");
        return names;
    }

    /** A user's databases named like a build's, with markers only some backends have; none may be purged. */
    List<String> usersLookalikesWithOtherMarkers(Path workDir) throws Exception {
        return List.of();
    }

    @Test
    void purgeDropsKilledBuildsOnlyAndNeverUsersDatabasesNamedLikeOurs() throws Exception {
        Path deadWork = Files.createDirectories(dir.resolve("a"));
        Path liveWork = dir.resolve("b");
        // A user's databases named exactly like a build's, without our marker (SQLite: among the dead build's files).
        createUsers(deadWork, prefix + "_0badf00d_1");
        createUsers(deadWork, prefix + "_aaaa0001_3");
        usersLookalikesWithOtherMarkers(deadWork);
        List<String> users = databases();

        try (ChildBuild dead = ChildBuild.start(adminFor("dead").url(), prefix, deadWork, "aaaa0001", childUser());
                ChildBuild alive =
                        ChildBuild.start(adminFor("live").url(), prefix, liveWork, "bbbb0002", childUser())) {
            List<String> deadDbs = childBuildsDatabases("aaaa0001", "dead");
            List<String> liveDbs = childBuildsDatabases("bbbb0002", "live");
            assertThat(databases()).hasSize(users.size() + 6);

            // Both builds are running: nothing is purged.
            assertThat(new DbLifecycle(log).purge(adminFor("dead"), prefix, deadWork))
                    .isEmpty();
            assertThat(new DbLifecycle(log).purge(adminFor("live"), prefix, liveWork))
                    .isEmpty();
            assertThat(databases()).hasSize(users.size() + 6);

            dead.kill();
            List<String> dropped = purgeOnceDead(adminFor("dead"), deadWork);

            assertThat(dropped).containsExactlyInAnyOrderElementsOf(deadDbs);
            assertThat(log.all()).contains("build aaaa0001 is no longer running");
            List<String> expected = new ArrayList<>(users);
            liveDbs.forEach(n -> expected.add(n.endsWith(".db") ? n : listedAs(n)));
            assertThat(databases()).containsExactlyInAnyOrderElementsOf(expected);
            afterPurge(deadWork);
            assertThat(new DbLifecycle(log).purge(adminFor("live"), prefix, liveWork))
                    .as("the live build is kept")
                    .isEmpty();
            assertThat(usersRow(deadWork, prefix + "_aaaa0001_3")).isEqualTo(USERS_ROW);
        }
        // The second build died too (closed without teardown): the next prepare purges it before adding its own.
        // Until the server has seen the killed JVM's session end, the build still counts as alive: prepare again.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            TestLog next = new TestLog();
            new DbLifecycle(next).prepare(plain("live", 1, "b", List.of()));
            new DbLifecycle(next).teardown(liveWork, adminFor("live"));
            if (next.all().contains("build bbbb0002 is no longer running")) {
                break;
            }
            assertThat(System.nanoTime())
                    .as("the killed build bbbb0002 still counts as alive")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(databases()).as("only the user's databases are left").containsExactlyInAnyOrderElementsOf(users);
    }

    /** Backend-specific checks after the dead build was purged from {@code deadWork}. */
    void afterPurge(Path deadWork) throws Exception {}

    /**
     * The server ends a killed client's session (and its lock) once it sees the socket closed: purges until that
     * happened, for at most 10 s, and returns what the first purge that found the build dead dropped.
     */
    List<String> purgeOnceDead(ConnectionSpec admin, Path workDir) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            List<String> dropped = new DbLifecycle(log).purge(admin, prefix, workDir);
            if (!dropped.isEmpty()) {
                return dropped;
            }
            assertThat(System.nanoTime())
                    .as("the killed build still counts as alive")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void twoBuildsInOneJvmNeverPurgeEachOther() throws Exception {
        // As under mvn -T 2: two modules' prepares in the same Maven JVM, same server and prefix.
        Manifest a = new DbLifecycle(log).prepare(plain("a", 1, "a", List.of()));
        Manifest b = new DbLifecycle(log).prepare(plain("b", 1, "b", List.of()));
        assertThat(a.buildId()).isNotEqualTo(b.buildId());
        assertThat(databases()).hasSize(4);
        assertThat(new DbLifecycle(log).purge(adminFor("a"), prefix, dir.resolve("a")))
                .isEmpty();
        assertThat(new DbLifecycle(log).purge(adminFor("b"), prefix, dir.resolve("b")))
                .isEmpty();
        new DbLifecycle(log).teardown(dir.resolve("a"), adminFor("a"));
        assertThat(databases()).containsExactlyInAnyOrderElementsOf(listed(b));
        new DbLifecycle(log).teardown(dir.resolve("b"), adminFor("b"));
        assertThat(databases()).isEmpty();
        assertThat(log.all()).doesNotContain("no longer running");
    }
}
