package io.github.dblifecycle.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import io.github.dblifecycle.core.report.BuildRun.ClassRun;
import io.github.dblifecycle.core.report.BuildRun.ForkRun;
import org.junit.jupiter.api.Test;

class BuildRunTest {
    static ClassRun run(String name, long start, long end) {
        return new ClassRun(name, start, end, TestResult.PASSED, 1, 0, 0, 0);
    }

    @Test
    void idleTimeIsWhatAForkDidNotSpendOnTestsUntilTheRunEnded() {
        ForkRun busy = new ForkRun(1, 1, 1, "c1", -1, 1300, List.of(run("A", 1400, 2000), run("B", 2000, 5000)));
        ForkRun light = new ForkRun(2, 2, 2, "c2", -1, 1200, List.of(run("C", 1300, 2300)));
        BuildRun build = new BuildRun(Optional.empty(), List.of(light, busy), Optional.empty());

        assertThat(build.forks()).containsExactly(busy, light);
        assertThat(build.testsEnd()).isEqualTo(5000);
        assertThat(build.idleMillis(busy)).isEqualTo(3700 - 3600); // ordered by clone, not by binding time
        assertThat(build.idleMillis(light)).isEqualTo(3800 - 1000);
        assertThat(build.start()).isEqualTo(1200);
    }

    @Test
    void overlappingClassesCountOnceAndTheNextJvmOnTheSameCloneEndsTheIdleTime() {
        ForkRun first = new ForkRun(1, 1, 1, "c1", -1, 0, List.of(run("Outer", 100, 1000), run("Inner", 200, 600)));
        ForkRun next = new ForkRun(2, 1, 1, "c1", -1, 1500, List.of(run("D", 1600, 4000)));
        BuildRun build = new BuildRun(Optional.empty(), List.of(first, next), Optional.empty());

        assertThat(first.busyMillis()).isEqualTo(900);
        assertThat(build.idleMillis(first)).isEqualTo(1500 - 900);
        assertThat(build.idleMillis(next)).isEqualTo(2500 - 2400);
    }

    @Test
    void resultIsTheWorstOutcome() {
        assertThat(TestResult.of(3, 1, 1, 0)).isEqualTo(TestResult.ERROR);
        assertThat(TestResult.of(3, 1, 0, 1)).isEqualTo(TestResult.FAILED);
        assertThat(TestResult.of(2, 0, 0, 2)).isEqualTo(TestResult.SKIPPED);
        assertThat(TestResult.of(2, 0, 0, 1)).isEqualTo(TestResult.PASSED);
        assertThat(TestResult.of(0, 0, 0, 0)).isEqualTo(TestResult.PASSED);
    }

    @Test
    void escapedFieldsRoundTrip() {
        String nasty = "a\tb\\c\nd\re";
        assertThat(ReportFiles.unescape(ReportFiles.escape(nasty))).isEqualTo(nasty);
        assertThat(ReportFiles.escape(nasty)).doesNotContain("\t", "\n", "\r");
    }
}
