package io.github.dblifecycle.core.report;

/**
 * How one run of a test class ended. A rerun (Surefire's {@code rerunFailingTestsCount}) is a run of its own, so
 * a flaky class shows as a failed run followed by a passed one.
 */
public enum TestResult {
    ERROR,
    FAILED,
    PASSED,
    SKIPPED,
    /** The test JVM ended (crashed, was killed, timed out) before the class finished. */
    UNFINISHED;

    /** The worst outcome among the class's tests; skipped only when every test was skipped. */
    public static TestResult of(int tests, int failures, int errors, int skipped) {
        if (errors > 0) {
            return ERROR;
        }
        if (failures > 0) {
            return FAILED;
        }
        if (tests > 0 && skipped == tests) {
            return SKIPPED;
        }
        return PASSED;
    }
}
