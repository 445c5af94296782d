package io.github.dblifecycle.maven.report;

import java.util.List;
import java.util.Optional;

import io.github.dblifecycle.core.report.BuildRun;
import io.github.dblifecycle.core.report.BuildRun.ClassRun;
import io.github.dblifecycle.core.report.BuildRun.CloneTiming;
import io.github.dblifecycle.core.report.BuildRun.ForkRun;
import io.github.dblifecycle.core.report.BuildRun.Prepare;
import io.github.dblifecycle.core.report.BuildRun.Teardown;
import io.github.dblifecycle.core.report.BuildRun.Template;
import io.github.dblifecycle.core.report.TestResult;

/** A build as the report goal would read it: two forks, five class runs of every kind, a torn-down build. */
final class SampleRuns {
    static final long T0 = 1_700_000_000_000L;

    private SampleRuns() {}

    static ClassRun cls(String name, long from, long to, TestResult result) {
        int tests = 3;
        return new ClassRun(
                "com.example." + name,
                T0 + from,
                T0 + to,
                result,
                tests,
                result == TestResult.FAILED ? 1 : 0,
                result == TestResult.ERROR ? 1 : 0,
                result == TestResult.SKIPPED ? tests : 0);
    }

    static BuildRun twoForks() {
        Prepare prepare = new Prepare(
                "ok",
                null,
                "b1d",
                "sqlite",
                T0,
                T0 + 400,
                Optional.of(new Template("template.db", "built", "2 script(s), 12 statement(s)", "", T0 + 20, 180)),
                List.of(
                        new CloneTiming(1, "dblc_b1d_1", T0 + 210, 90),
                        new CloneTiming(2, "dblc_b1d_2", T0 + 215, 120)));
        ForkRun one = new ForkRun(
                4101,
                1,
                1,
                "dblc_b1d_1",
                T0 + 500,
                T0 + 900,
                List.of(
                        cls("AlphaIT", 1000, 2600, TestResult.PASSED),
                        cls("CharlieIT", 2600, 4100, TestResult.FAILED),
                        cls("EchoIT", 4100, 4200, TestResult.SKIPPED)));
        ForkRun two = new ForkRun(
                4102,
                2,
                2,
                "dblc_b1d_2",
                T0 + 520,
                T0 + 950,
                List.of(
                        cls("BravoIT <&>", 1050, 2650, TestResult.PASSED),
                        cls("DeltaIT", 2650, 3000, TestResult.ERROR)));
        Teardown teardown =
                new Teardown("ok", null, T0 + 4500, T0 + 4560, List.of("dblc_b1d_1", "dblc_b1d_2", "template.db"));
        return new BuildRun(Optional.of(prepare), List.of(two, one), Optional.of(teardown));
    }
}
