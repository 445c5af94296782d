package io.github.dblifecycle.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycle;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.PrepareRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** prepare and teardown on real SQLite files, recorded, then read back as the report goal does. */
class RecordedLifecycleTest {
    @TempDir
    Path tmp;

    private PrepareRequest request(Path work, List<Path> scripts, String password) {
        return new PrepareRequest(
                new ConnectionSpec("jdbc:sqlite:" + tmp.resolve("template.db"), "", password),
                scripts,
                2,
                "rep",
                work,
                false,
                Map.of(),
                Map.of(),
                ProcessHandle.current().pid());
    }

    @Test
    void prepareForksAndTeardownReadBackAsOneBuild() throws Exception {
        Path work = tmp.resolve("target/db-lifecycle");
        Path dir = ReportFiles.dirFor(work);
        assertThat(dir).isEqualTo(tmp.resolve("target/db-lifecycle-report"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("fork-1.tsv"), "1\tbound\t1\t1\told\t-1\n"); // an earlier build's
        Path schema = Files.writeString(
                tmp.resolve("schema.sql"), "create table t(id integer);\n" + "insert into t values (1);\n");

        TimingRecorder recorder = new TimingRecorder(dir, Log.NONE, "");
        Manifest manifest =
                recorder.prepare(() -> new DbLifecycle(Log.NONE, recorder).prepare(request(work, List.of(schema), "")));

        ForkEventLog fork = new ForkEventLog(dir.resolve("fork-4242.tsv"));
        fork.bound(1, 2, manifest.worker(2).database());
        fork.classStarted("com.example.AlphaIT");
        fork.classFinished("com.example.AlphaIT", TestResult.PASSED, 3, 0, 0, 0);
        fork.classStarted("com.example.Bra\tvo");
        new TimingRecorder(dir, Log.NONE, "").teardown(work, () -> new DbLifecycle(Log.NONE)
                .teardown(work, request(work, List.of(), "").admin()));

        BuildRun run = BuildRunReader.read(dir);
        BuildRun.Prepare prepare = run.prepare().orElseThrow();
        assertThat(prepare.result()).isEqualTo("ok");
        assertThat(prepare.backend()).isEqualTo("sqlite");
        assertThat(prepare.buildId()).isEqualTo(manifest.buildId());
        BuildRun.Template template = prepare.template().orElseThrow();
        assertThat(template.built()).isTrue();
        assertThat(template.detail()).isEqualTo("1 script(s), 2 statement(s)");
        assertThat(template.key()).isEmpty();
        assertThat(template.start()).isBetween(prepare.start(), prepare.end());
        assertThat(prepare.clones())
                .extracting(BuildRun.CloneTiming::database)
                .containsExactly(
                        manifest.worker(1).database(), manifest.worker(2).database());
        assertThat(prepare.clones()).allSatisfy(c -> assertThat(c.start()).isGreaterThanOrEqualTo(template.start()));

        assertThat(run.forks()).singleElement().satisfies(f -> {
            assertThat(f.pid()).isEqualTo(4242);
            assertThat(f.worker()).isEqualTo(2);
            assertThat(f.database()).isEqualTo(manifest.worker(2).database());
            assertThat(f.classes())
                    .extracting(BuildRun.ClassRun::className, BuildRun.ClassRun::result)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("com.example.AlphaIT", TestResult.PASSED),
                            org.assertj.core.groups.Tuple.tuple("com.example.Bra\tvo", TestResult.UNFINISHED));
        });
        BuildRun.Teardown teardown = run.teardown().orElseThrow();
        assertThat(teardown.result()).isEqualTo("ok");
        assertThat(teardown.databases())
                .contains(manifest.worker(1).database(), manifest.worker(2).database(), "template.db");
    }

    @Test
    void aFailedPrepareIsRecordedWithThePasswordMasked() throws Exception {
        Path work = tmp.resolve("target/db-lifecycle");
        Path dir = ReportFiles.dirFor(work);
        Path broken = Files.writeString(tmp.resolve("broken.sql"), "create table t(;\n");
        TimingRecorder recorder = new TimingRecorder(dir, Log.NONE, "s3cret");

        assertThatThrownBy(() -> recorder.prepare(() -> {
                    throw new DbLifecycleException("cannot reach jdbc:x://h/db?password=s3cret&user=u as s3cret");
                }))
                .isInstanceOf(DbLifecycleException.class);

        String stored = Files.readString(dir.resolve(ReportFiles.PREPARE));
        assertThat(stored).doesNotContain("s3cret").contains("result=failed").contains("password\\=******");
        assertThat(BuildRunReader.read(dir).prepare().orElseThrow().message())
                .isEqualTo("cannot reach jdbc:x://h/db?password=******&user=u as ******");

        assertThatThrownBy(() -> recorder.prepare(
                        () -> new DbLifecycle(Log.NONE, recorder).prepare(request(work, List.of(broken), ""))))
                .isInstanceOf(DbLifecycleException.class);
        assertThat(BuildRunReader.read(dir).prepare().orElseThrow().message()).contains("broken.sql");
    }

    /** The report had its own masker, which missed these forms; it now uses Redact's. */
    @Test
    void theReportMasksEveryPasswordFormAnotherAccountsToo() throws Exception {
        Path work = tmp.resolve("target/db-lifecycle");
        Path dir = ReportFiles.dirFor(work);
        TimingRecorder recorder = new TimingRecorder(dir, Log.NONE, "");
        String message = "cannot reach jdbc:x://h/db?pwd=p1,x&secret=p2 nor jdbc:mysql://u:p3@h/db nor "
                + "jdbc:oracle:thin:system/p4@//h:1521/FREE";

        assertThatThrownBy(() -> recorder.prepare(() -> {
                    throw new DbLifecycleException(message);
                }))
                .isInstanceOf(DbLifecycleException.class);
        assertThat(BuildRunReader.read(dir).prepare().orElseThrow().message())
                .isEqualTo("cannot reach jdbc:x://h/db?pwd=******&secret=****** nor jdbc:mysql://u:******@h/db nor "
                        + "jdbc:oracle:thin:system/******@//h:1521/FREE");

        assertThatThrownBy(() -> recorder.teardown(work, () -> {
                    throw new DbLifecycleException(message);
                }))
                .isInstanceOf(DbLifecycleException.class);
        String stored = Files.readString(dir.resolve(ReportFiles.TEARDOWN));
        for (String secret : List.of("p1", "p2", "p3", "p4")) {
            assertThat(stored)
                    .doesNotContain(secret + ",")
                    .doesNotContain(secret + "@")
                    .doesNotContain("=" + secret);
        }
        assertThat(stored).contains("pwd\\=******&secret\\=******");
    }

    @Test
    void teardownWithoutManifestIsRecordedAsNothingToDo() throws Exception {
        Path work = tmp.resolve("target/db-lifecycle");
        Path dir = ReportFiles.dirFor(work);
        new TimingRecorder(dir, Log.NONE, "").teardown(work, () -> {});
        assertThat(BuildRunReader.read(dir).teardown().orElseThrow().result()).isEqualTo("nothing");
        assertThat(ReportFiles.hasData(dir)).isFalse();
    }
}
