package io.github.dblifecycle.junit;

import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.launcher.LauncherRun;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives a test JVM that no db-lifecycle provider binds (an IDE's JUnit run, the Console Launcher) a clone of its
 * own before the first test class is loaded, with the same system properties and {@code forkProperties} a fork
 * gets; the clone is dropped when the JVM exits. Once per JVM, whatever the number of launcher sessions. Under
 * Surefire/Failsafe it does nothing: the provider binds the forks there.
 */
public final class DbLifecycleSessionListener implements LauncherSessionListener {
    /** Set by Surefire's booter in every JVM it runs tests in (forks and forkCount=0 alike). */
    static final String SUREFIRE_CLASS_PATH = "surefire.test.class.path";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(SUREFIRE_CLASS_PATH) != null) {
            return;
        }
        LauncherRun run = LauncherRun.bindThisJvm(System::getProperty, System::getenv, new ConsoleLog());
        if (run != null) {
            System.out.println(run.lease().logLine());
        }
    }

    /** Warnings always; the lifecycle's progress only with {@code -Ddb-lifecycle.verbose=true}. */
    private static final class ConsoleLog implements Log {
        private final boolean verbose = Boolean.getBoolean("db-lifecycle.verbose");

        @Override
        public void info(String message) {
            if (verbose) {
                System.out.println(message);
            }
        }

        @Override
        public void warn(String message) {
            System.err.println("[WARNING] " + message);
        }

        @Override
        public void debug(String message) {}
    }
}
