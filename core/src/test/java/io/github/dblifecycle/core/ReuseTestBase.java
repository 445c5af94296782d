package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.dblifecycle.core.source.LiquibaseChangelog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Template reuse against a real server (or real SQLite files): the same tests for every backend. Each test has a
 * prefix of its own, counts what exists with it, and ends with nothing left.
 */
abstract class ReuseTestBase {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    Path migrations;
    Path seed;

    /** The admin URL (SQLite: names a file in the template directory). */
    abstract ConnectionSpec admin();

    /** The databases (SQLite: database files) whose names start with {@code prefix_}. */
    abstract List<String> databases() throws Exception;

    abstract void dropLeftovers() throws Exception;

    /** A statement that blocks while {@link #holdBlocker} is held: a build that is slow exactly as long as we want. */
    abstract String blockingStatement();

    abstract AutoCloseable holdBlocker() throws Exception;

    /** One value from the given database. */
    abstract String query(Database database, String sql) throws Exception;

    @BeforeEach
    void sources() throws Exception {
        migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(
                migrations.resolve("V1__customer.sql"),
                "create table customer (id int primary key, name varchar(100) not null);\n");
        Files.writeString(
                migrations.resolve("V2__orders.sql"),
                "create table orders (id int primary key, customer_id int not null references customer (id));\n");
        seed = dir.resolve("seed.sql");
        Files.writeString(seed, blockingStatement() + "\ninsert into customer values (1, 'seeded');\n");
    }

    @AfterEach
    void nothingLeft() throws Exception {
        List<String> left = databases();
        dropLeftovers();
        assertThat(left).as("databases left behind with prefix " + prefix).isEmpty();
    }

    PrepareRequest request(String workName) {
        return ReusePrepareMain.request(admin(), prefix, dir.resolve(workName), migrations, List.of(seed));
    }

    Manifest prepare(TestLog log, String workName) {
        return new DbLifecycle(log).prepare(request(workName));
    }

    void teardown(String workName, boolean dropTemplate) throws InterruptedException {
        // A child JVM's lock session ends on the server a moment after the process exits (longer on a loaded
        // machine); until then teardown refuses, dropping nothing, and is tried again.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                new DbLifecycle(new TestLog()).teardown(dir.resolve(workName), admin(), dropTemplate);
                return;
            } catch (DbLifecycleException e) {
                if (!String.valueOf(e.getMessage()).contains("still running in another process")
                        || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    List<String> templates() throws Exception {
        return databases().stream()
                .filter(n -> n.contains("_tpl_"))
                .map(n -> n.replaceFirst("\\.db$", ""))
                .toList();
    }

    @Test
    void sameSourcesReuseChangedMigrationRebuildsAndChangingBackRebuildsAgain() throws Exception {
        TestLog first = new TestLog();
        Manifest m1 = prepare(first, "w1");
        assertThat(first.all()).contains("Building the reusable template").doesNotContain("Reusing");
        assertThat(m1.templateOwned()).isFalse();
        assertThat(m1.templateKey()).matches("[0-9a-f]{64}");
        assertThat(Manifest.read(dir.resolve("w1").resolve(Manifest.FILE_NAME)).templateKey())
                .isEqualTo(m1.templateKey());
        assertThat(databases()).hasSize(3); // template + 2 clones
        assertThat(query(cloneOf(m1, 1), "select name from customer")).isEqualTo("seeded");
        teardown("w1", false);
        assertThat(databases())
                .hasSize(1)
                .allMatch(n -> n.contains("_tpl_" + m1.templateKey().substring(0, 12)));

        TestLog second = new TestLog();
        Manifest m2 = prepare(second, "w2");
        assertThat(second.all()).contains("Reusing the template").doesNotContain("Building");
        assertThat(m2.template()).isEqualTo(m1.template());
        assertThat(m2.workers())
                .extracting(Manifest.Worker::database)
                .doesNotContainAnyElementsOf(
                        m1.workers().stream().map(Manifest.Worker::database).toList());
        assertThat(query(cloneOf(m2, 2), "select count(*) from orders")).isEqualTo("0");
        teardown("w2", false);

        String original = Files.readString(migrations.resolve("V2__orders.sql"));
        Files.writeString(migrations.resolve("V2__orders.sql"), original.replace(");", ", note varchar(20));"));
        TestLog third = new TestLog();
        Manifest m3 = prepare(third, "w3");
        assertThat(m3.templateKey()).isNotEqualTo(m1.templateKey());
        assertThat(third.all()).contains("Building the reusable template", "Dropping the old template " + name(m1));
        assertThat(query(cloneOf(m3, 1), "select count(*) from orders where note is null"))
                .isEqualTo("0");
        teardown("w3", false);
        assertThat(templates()).containsExactly(name(m3));

        // Changed back: the old template was dropped when the change was built, so it is built again.
        Files.writeString(migrations.resolve("V2__orders.sql"), original);
        TestLog fourth = new TestLog();
        Manifest m4 = prepare(fourth, "w4");
        assertThat(m4.templateKey()).isEqualTo(m1.templateKey());
        assertThat(fourth.all()).contains("Building the reusable template", "Dropping the old template " + name(m3));
        teardown("w4", true);
        assertThat(databases()).isEmpty();
    }

    @Test
    void aFreshJvmWithNoLocalFilesFindsTheTemplateFromServerStateAlone() throws Exception {
        ChildRun built = child("a", null);
        assertThat(built.exit()).as(built.output()).isZero();
        assertThat(built.output()).contains("Building the reusable template");
        teardown("a", false);
        deleteRecursively(dir.resolve("a")); // no manifest, no lease, nothing local of the first build

        ChildRun reused = child("b", null);
        assertThat(reused.exit()).as(reused.output()).isZero();
        assertThat(reused.output()).contains("Reusing the template").doesNotContain("Building");
        teardown("b", true);
    }

    @Test
    void aBuildKilledWhileBuildingLeavesNothingReusableAndTheNextBuildRebuilds() throws Exception {
        ChildRun killed;
        try (AutoCloseable blocker = holdBlocker()) {
            killed = child("k", p -> {
                waitFor(() -> databases().stream().anyMatch(n -> n.contains("_tpl_")), "the template being built");
                sleep(300); // inside the seed script, blocked
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback
            });
        }
        assertThat(killed.exit()).isNotZero();
        assertThat(killed.output()).contains("Building the reusable template").doesNotContain("MANIFEST");
        List<String> leftover = templates();
        assertThat(leftover).hasSize(1);

        TestLog next = new TestLog();
        Manifest m = prepare(next, "n");
        // Server backends: the next prepare's purge of dead builds drops it first; SQLite: the template cache does.
        assertThat(next.all())
                .containsAnyOf(
                        "left unfinished by a build that was killed", "dropped its leftovers " + leftover.get(0));
        assertThat(next.all()).contains("Building the reusable template").doesNotContain("Reusing");
        assertThat(query(cloneOf(m, 1), "select name from customer")).isEqualTo("seeded");
        assertThat(databases()).hasSize(3);
        teardown("n", true);
    }

    @Test
    void twoConcurrentPreparesWithTheSameKeyBuildOnce() throws Exception {
        TestLog a = new TestLog();
        TestLog b = new TestLog();
        CompletableFuture<Manifest> first;
        CompletableFuture<Manifest> second;
        try (AutoCloseable blocker = holdBlocker()) {
            first = CompletableFuture.supplyAsync(() -> prepare(a, "a"));
            waitFor(() -> a.all().contains("Building the reusable template"), "the first build to start building");
            second = CompletableFuture.supplyAsync(() -> prepare(b, "b"));
            waitFor(() -> b.all().contains("Waiting up to"), "the second build to wait");
        }
        Manifest ma = first.get(60, TimeUnit.SECONDS);
        Manifest mb = second.get(60, TimeUnit.SECONDS);
        assertThat(a.all()).contains("Building the reusable template").doesNotContain("Reusing");
        assertThat(b.all()).contains("Waiting up to", "Reusing the template").doesNotContain("Building");
        assertThat(mb.template()).isEqualTo(ma.template());
        assertThat(databases()).hasSize(5); // one template, 2 + 2 clones
        teardown("a", false);
        teardown("b", true);
    }

    @Test
    void liquibaseChangelogIsKeyedByEveryFileItIncludes() throws Exception {
        Path changelogDir = Files.createDirectories(dir.resolve("liquibase"));
        Files.writeString(changelogDir.resolve("master.xml"), """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                  <include file="item.xml" relativeToChangelogFile="true"/>
                </databaseChangeLog>
                """);
        Path item = changelogDir.resolve("item.xml");
        Files.writeString(item, itemChangelog("name"));
        TestLog first = new TestLog();
        Manifest m1 = liquibase(first, changelogDir.resolve("master.xml"), "l1");
        assertThat(first.all()).contains("Building the reusable template", "1 Liquibase changeset(s)");
        assertThat(query(cloneOf(m1, 1), "select count(name) from item")).isEqualTo("0");
        teardown("l1", false);

        TestLog second = new TestLog();
        liquibase(second, changelogDir.resolve("master.xml"), "l2");
        assertThat(second.all()).contains("Reusing the template");
        teardown("l2", false);

        Files.writeString(item, itemChangelog("title")); // only the included file changes
        TestLog third = new TestLog();
        Manifest m3 = liquibase(third, changelogDir.resolve("master.xml"), "l3");
        assertThat(third.all()).contains("Building the reusable template", "Dropping the old template");
        assertThat(query(cloneOf(m3, 2), "select count(title) from item")).isEqualTo("0");
        teardown("l3", true);
    }

    private Manifest liquibase(TestLog log, Path changelog, String workName) {
        return new DbLifecycle(log)
                .prepare(new PrepareRequest(
                        admin(),
                        List.of(),
                        2,
                        prefix,
                        dir.resolve(workName),
                        false,
                        Map.of(),
                        Map.of(),
                        ProcessHandle.current().pid(),
                        List.of(new LiquibaseChangelog(changelog, "", "")),
                        PrepareRequest.Reuse.on(Duration.ofSeconds(30)),
                        PrepareRequest.DEFAULT_LEASE_WAIT));
    }

    private static String itemChangelog(String column) {
        return """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                  <changeSet id="1" author="test">
                    <createTable tableName="item">
                      <column name="id" type="int"><constraints primaryKey="true"/></column>
                      <column name="COLUMN" type="varchar(50)"/>
                    </createTable>
                  </changeSet>
                </databaseChangeLog>
                """.replace("COLUMN", column);
    }

    @Test
    void withoutFlywayOnTheClassPathTheMessageNamesTheArtifactsToAdd() throws Exception {
        String classPath = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).stream()
                .filter(e -> !e.contains("flywaydb"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
        ChildRun run = child("nf", null, classPath);
        assertThat(run.exit()).isNotZero();
        assertThat(run.output())
                .contains("org.flywaydb:flyway-core", "<dependencies> of db-lifecycle-maven-plugin")
                .doesNotContain("Building");
    }

    // --- helpers ---

    String name(Manifest m) {
        String t = Path.of(m.template()).getFileName().toString();
        return t.endsWith(".db") ? t.substring(0, t.length() - 3) : t;
    }

    Database cloneOf(Manifest m, int worker) {
        Manifest.Worker w = m.worker(worker);
        return new Database(w.database(), new ConnectionSpec(w.url(), w.username(), w.password()), w.file());
    }

    record ChildRun(int exit, String output) {}

    interface WhileRunning {
        void accept(Process p) throws Exception;
    }

    ChildRun child(String workName, WhileRunning whileRunning) throws Exception {
        return child(workName, whileRunning, System.getProperty("java.class.path"));
    }

    ChildRun child(String workName, WhileRunning whileRunning, String classPath) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        classPath,
                        ReusePrepareMain.class.getName(),
                        admin().url(),
                        prefix,
                        dir.resolve(workName).toString(),
                        migrations.toString(),
                        seed.toString())
                .redirectErrorStream(true)
                .start();
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (out) {
                        out.append(line).append('\n');
                    }
                }
            } catch (java.io.IOException e) {
                // the process died
            }
        });
        reader.start();
        if (whileRunning != null) {
            whileRunning.accept(p);
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child prepare did not end: " + out);
        }
        reader.join(5000);
        synchronized (out) {
            return new ChildRun(p.exitValue(), out.toString());
        }
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitFor(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteRecursively(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String key(String output) {
        Matcher m = Pattern.compile("key=([0-9a-f]{64})").matcher(output);
        return m.find() ? m.group(1) : null;
    }

    static List<String> lines(String output, String containing) {
        List<String> found = new ArrayList<>();
        for (String l : output.split("\n")) {
            if (l.contains(containing)) {
                found.add(l);
            }
        }
        return found;
    }
}
