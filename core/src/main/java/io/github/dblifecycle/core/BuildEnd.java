package io.github.dblifecycle.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.dblifecycle.core.report.ReportFiles;
import io.github.dblifecycle.core.report.TimingRecorder;

/**
 * The end of a Maven session, whatever ended it: tears down every build prepared in the session that no
 * {@code teardown} goal has torn down yet (a failing Surefire run stops the build in {@code test}, {@code mvn test}
 * never reaches {@code post-integration-test}, a plugin fails after prepare, Ctrl-C). The session's end calls
 * {@link #run()}; so does the JVM shutdown hook {@link #hookInto(Runtime)} installs, for SIGINT/SIGTERM, and the
 * hook is removed again at the session's end, because a Maven daemon (mvnd) runs many sessions in one JVM.
 *
 * <p>Each build is identified by its build id: a manifest that another build has since written into the same work
 * directory is not this build's to drop. Idempotent: a build torn down already (its manifest is gone) is skipped.
 */
public final class BuildEnd {
    /** One build prepared in this session. */
    private record Prepared(String buildId, Path workDir, ConnectionSpec admin) {}

    private final Log log;
    private final List<Prepared> builds = new ArrayList<>();
    private Thread hook;

    public BuildEnd(Log log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Remembers a build that prepare completed, to be torn down at the end unless a teardown goal did it. */
    public synchronized void add(String buildId, Path workDir, ConnectionSpec admin) {
        builds.add(new Prepared(DatabaseNames.requireBuildId(buildId), workDir.toAbsolutePath(), admin));
    }

    /**
     * Tears down what is left of each build, logging one line per build it tears down (nothing for those a teardown
     * goal handled). Never throws: the build's outcome is already decided; a failure is logged with what is left.
     */
    public synchronized void run() {
        for (Prepared build : builds) {
            try {
                if (!manifestNames(build)) {
                    continue; // torn down by the teardown goal (or replaced by a later build's own manifest)
                }
                TimingRecorder timings = new TimingRecorder(
                        ReportFiles.dirFor(build.workDir()), log, build.admin().password());
                timings.teardown(build.workDir(), () -> new Teardown(new Quiet(log, build.buildId()))
                        .run(build.workDir(), build.admin(), false));
            } catch (RuntimeException e) {
                log.warn("db-lifecycle: at the end of the build, tearing down build " + build.buildId() + " failed: "
                        + Redact.text(e.getMessage(), build.admin().password()));
            }
        }
        builds.clear();
    }

    /**
     * Installs a JVM shutdown hook that runs {@link #run()} when the JVM is stopped (SIGINT, SIGTERM) before the
     * session ends; {@link #unhook(Runtime)} removes it. A second call keeps the one hook.
     */
    public synchronized void hookInto(Runtime runtime) {
        if (hook == null) {
            hook = new Thread(this::run, "db-lifecycle-build-end");
            runtime.addShutdownHook(hook);
        }
    }

    /** Removes the shutdown hook; does nothing when the JVM is already shutting down (the hook then runs). */
    public synchronized void unhook(Runtime runtime) {
        if (hook != null) {
            try {
                runtime.removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it tears down what is left
            }
            hook = null;
        }
    }

    private static boolean manifestNames(Prepared build) {
        Path file = ForkContract.manifest(build.workDir());
        if (!Files.exists(file)) {
            return false;
        }
        try {
            return Manifest.read(file).buildId().equals(build.buildId());
        } catch (DbLifecycleException corrupt) {
            return false; // not ours to judge; prepare or teardown will report it
        }
    }

    /**
     * Teardown's log, reduced to the one line that says what was dropped, prefixed with why it happens now. Its
     * warnings (a database not ours, a failed drop) pass unchanged.
     */
    private record Quiet(Log log, String buildId) implements Log {
        @Override
        public void info(String message) {
            if (message.startsWith("db-lifecycle dropped ")) {
                log.info("db-lifecycle: the build ended before teardown; build " + buildId + " "
                        + message.substring("db-lifecycle ".length()));
            } else {
                log.debug(message);
            }
        }

        @Override
        public void warn(String message) {
            log.warn(message);
        }

        @Override
        public void debug(String message) {
            log.debug(message);
        }
    }
}
