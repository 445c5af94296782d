package io.github.dblifecycle.maven.report;

import io.github.dblifecycle.core.report.BuildRun.ForkRun;

/** Names shown on the page, in one place so that the timeline and every table name a fork the same way. */
final class Labels {
    private Labels() {}

    /** Surefire's fork number is recycled (reuseForks=false), so the pid tells JVMs apart. */
    static String fork(ForkRun f) {
        return "fork " + f.forkNumber() + " (pid " + f.pid() + ")";
    }
}
