package io.github.dblifecycle.surefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.dblifecycle.core.report.BuildRun;
import io.github.dblifecycle.core.report.BuildRunReader;
import io.github.dblifecycle.core.report.TestResult;
import org.apache.maven.surefire.api.report.ReportEntry;
import org.apache.maven.surefire.api.report.ReporterFactory;
import org.apache.maven.surefire.api.report.RunMode;
import org.apache.maven.surefire.api.report.SimpleReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;
import org.apache.maven.surefire.api.report.TestSetReportEntry;
import org.apache.maven.surefire.api.suite.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listener calls Surefire's JUnit Platform provider makes, seen through RedactingReporter, become the fork's lane. */
class ForkTimelineTest {
    @TempDir
    Path tmp;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private TestReportListener<?> listenerThrough(RedactingReporter filter) {
        ReporterFactory factory = new ReporterFactory() {
            @Override
            public TestReportListener createTestReportListener() {
                return (TestReportListener<?>) Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {TestReportListener.class},
                        (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null);
            }

            @Override
            public RunResult close() {
                return new RunResult(0, 0, 0, 0);
            }
        };
        return filter.wrapFactory(factory).createTestReportListener();
    }

    private static SimpleReportEntry entry(String className, String method) {
        return new SimpleReportEntry(RunMode.NORMAL_RUN, 1L, className, null, method, null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordsEachClassWithItsResultAfterTheBinding() throws Exception {
        Path workDir = tmp.resolve("target/db-lifecycle");
        ForkTimeline timeline = new ForkTimeline();
        RedactingReporter filter = new RedactingReporter();
        filter.observe(timeline::onListenerCall);
        @SuppressWarnings("rawtypes")
        TestReportListener listener = listenerThrough(filter);

        listener.testSetStarting(entry("a.EarlyIT", null)); // before binding: not recorded
        timeline.bound(workDir, 2, 1, "dblc_x_1");
        listener.testSetStarting((TestSetReportEntry) entry("a.AlphaIT", null));
        listener.testStarting((ReportEntry) entry("a.AlphaIT", "one"));
        listener.testSucceeded(entry("a.AlphaIT", "one"));
        listener.testFailed(entry("a.AlphaIT", "two"));
        listener.testSetCompleted(entry("a.AlphaIT", null));
        listener.testSetStarting(entry("a.BravoIT", null));
        listener.testSkipped(entry("a.BravoIT", "one"));
        listener.testAssumptionFailure(entry("a.BravoIT", "two"));
        listener.testSetCompleted(entry("a.BravoIT", null));
        listener.testSetStarting(entry("a.CharlieIT", null));
        listener.testError(entry("a.CharlieIT", null)); // e.g. @BeforeAll failed
        listener.testSetCompleted(entry("a.CharlieIT", null));

        Path dataDir = tmp.resolve("target/db-lifecycle-report");
        assertThat(Files.list(dataDir)).singleElement().satisfies(f -> assertThat(
                        f.getFileName().toString())
                .isEqualTo("fork-" + ProcessHandle.current().pid() + ".tsv"));
        BuildRun.ForkRun fork = BuildRunReader.read(dataDir).forks().get(0);
        assertThat(fork.forkNumber()).isEqualTo(2);
        assertThat(fork.worker()).isEqualTo(1);
        assertThat(fork.database()).isEqualTo("dblc_x_1");
        assertThat(fork.classes())
                .extracting(
                        BuildRun.ClassRun::className,
                        BuildRun.ClassRun::result,
                        BuildRun.ClassRun::tests,
                        BuildRun.ClassRun::failures,
                        BuildRun.ClassRun::errors,
                        BuildRun.ClassRun::skipped)
                .containsExactly(
                        tuple("a.AlphaIT", TestResult.FAILED, 2, 1, 0, 0),
                        tuple("a.BravoIT", TestResult.SKIPPED, 2, 0, 0, 2),
                        tuple("a.CharlieIT", TestResult.ERROR, 1, 0, 1, 0));
    }
}
