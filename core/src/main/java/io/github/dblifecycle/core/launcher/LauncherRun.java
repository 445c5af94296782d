package io.github.dblifecycle.core.launcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import io.github.dblifecycle.core.Backends;
import io.github.dblifecycle.core.CloneLease;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycle;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.PrepareRequest;
import io.github.dblifecycle.core.Redact;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedSettings;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedUrl;
import io.github.dblifecycle.core.source.FlywayMigrations;
import io.github.dblifecycle.core.source.LiquibaseChangelog;
import io.github.dblifecycle.core.source.TemplateSource;

/**
 * A test JVM that no Surefire/Failsafe provider binds (an IDE's JUnit run, the Console Launcher) gets a clone of
 * its own: from the configuration the last Maven build recorded ({@link LauncherConfig}), it prepares one clone in a
 * run directory of its own ({@link LauncherRuns}) with the core's {@link DbLifecycle} (from the kept template with
 * {@code reuse}, else building the template), binds it through {@link CloneLease} exactly as a fork does, and drops
 * it when the JVM exits. Once per JVM.
 */
public final class LauncherRun {
    private static LauncherRun bound;
    /** How long the end of a run waits for its background purge; what it has not done, the next run does. */
    private static final Duration PURGE_WAIT_AT_EXIT = Duration.ofSeconds(2);
    /** How long after the bind the purge of dead runs' leftovers starts. */
    private static final Duration PURGE_DELAY = Duration.ofSeconds(1);

    private final CloneLease lease;

    private LauncherRun(CloneLease lease) {
        this.lease = lease;
    }

    public CloneLease lease() {
        return lease;
    }

    /**
     * Binds this JVM unless the provider runs here or the JVM is bound already.
     *
     * @param systemProperty {@code System::getProperty} ({@code user.dir}, {@code java.class.path}, the markers)
     * @param environment {@code System::getenv} (the password)
     * @return the binding made now, or {@code null} when there was nothing to do
     */
    public static synchronized LauncherRun bindThisJvm(
            UnaryOperator<String> systemProperty, UnaryOperator<String> environment, Log log) {
        if (bound != null
                || systemProperty.apply(ForkContract.PROVIDER) != null
                || systemProperty.apply(ForkContract.URL) != null) {
            return null;
        }
        Path config = find(systemProperty);
        bound = bind(LauncherConfig.read(config), config.getParent(), environment, log);
        return bound;
    }

    /** The configuration of the module the JVM runs for: its working directory's, else a test-classes' build dir. */
    static Path find(UnaryOperator<String> systemProperty) {
        Path userDir = Path.of(systemProperty.apply("user.dir")).toAbsolutePath();
        Set<Path> candidates = new LinkedHashSet<>();
        candidates.add(LauncherConfig.directory(userDir.resolve("target")).resolve(LauncherConfig.FILE));
        List<Path> testClasses = testClassDirectories(systemProperty.apply("java.class.path"));
        for (Path dir : testClasses) {
            candidates.add(LauncherConfig.directory(dir.getParent()).resolve(LauncherConfig.FILE));
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Path module =
                testClasses.isEmpty() ? userDir : testClasses.get(0).getParent().getParent();
        throw new DbLifecycleException("db-lifecycle-junit: no Maven build of " + module + " has recorded its "
                + "db-lifecycle configuration yet (looked for "
                + candidates.iterator().next()
                + (candidates.size() > 1 ? " and beside the test classes" : "") + "). Run 'mvn verify' once in "
                + module + " (in a multi-module build, from the root: mvn verify -pl <that module> -am); "
                + "db-lifecycle:prepare records it, and test runs from the IDE then get a clone of their own.");
    }

    /** The class path's directories named {@code test-classes} (Maven's test output), in class path order. */
    static List<Path> testClassDirectories(String classPath) {
        List<Path> dirs = new ArrayList<>();
        if (classPath == null) {
            return dirs;
        }
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry).toAbsolutePath().normalize();
            if (p.getFileName() != null
                    && p.getFileName().toString().equals("test-classes")
                    && p.getParent() != null
                    && p.getParent().getParent() != null
                    && Files.isDirectory(p)) {
                dirs.add(p);
            }
        }
        return dirs;
    }

    private static LauncherRun bind(
            LauncherConfig config, Path launcherDir, UnaryOperator<String> environment, Log log) {
        ConnectionSpec admin = admin(config, launcherDir, environment);
        LauncherRuns.Run run = LauncherRuns.open(launcherDir);
        try {
            DbLifecycle lifecycle = new DbLifecycle(log);
            ConnectionSpec own = buildAdmin(config, admin, run.dir());
            PrepareRequest request = request(config, own, run.dir());
            // Embedded: the run starts a server of its own (the build's stopped with the build), like prepare does.
            Manifest manifest = config.embedded() == null
                    ? lifecycle.prepare(request)
                    : lifecycle.prepare(request, config.embedded());
            CloneLease lease;
            try {
                lease = CloneLease.take(run.dir(), manifest, 1);
            } catch (RuntimeException | Error e) {
                lifecycle.teardown(run.dir(), own);
                throw e;
            }
            // Normal end, failed tests, SIGTERM (an IDE's stop button) and SIGINT all run the hooks; a SIGKILLed
            // run's leftovers are the next run's or purge's (its run.lock and build lock are free then).
            BackgroundPurge purge = purgeInBackground(config, admin, launcherDir, run.dir(), log);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> end(purge, lease, lifecycle, own, run, log), "db-lifecycle-end"));
            return new LauncherRun(lease);
        } catch (DbLifecycleException e) {
            run.close();
            throw new DbLifecycleException(Redact.text(e.getMessage(), admin.password()), e);
        } catch (RuntimeException | Error e) {
            run.close();
            throw e;
        }
    }

    /**
     * What killed runs and builds left is dropped while the tests run, not before: nothing of a live build is ever
     * touched, so it need not hold up the first test. It starts {@link #PURGE_DELAY} after the bind, so that it does
     * not take CPU from the tests' start (classes, connections) on a busy machine, or at the run's end if that comes
     * first; what it has not done when the JVM exits is the next run's.
     */
    private static BackgroundPurge purgeInBackground(
            LauncherConfig config, ConnectionSpec admin, Path launcherDir, Path runDir, Log log) {
        String prefix = config.namePrefix();
        CountDownLatch runEnded = new CountDownLatch(1);
        Thread purge = new Thread(
                () -> {
                    try {
                        runEnded.await(PURGE_DELAY.toMillis(), TimeUnit.MILLISECONDS); // or less: the run ended
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        if (config.embedded() != null) {
                            // Dead builds' and runs' servers went when this run's started (EmbeddedPostgres.start).
                            LauncherRuns.reclaimEmbedded(config.embedded(), launcherDir, runDir, log);
                            return;
                        }
                        new DbLifecycle(log).purge(admin, prefix, runDir);
                        LauncherRuns.reclaim(admin, prefix, launcherDir, runDir, log);
                    } catch (RuntimeException e) {
                        log.warn("db-lifecycle could not look for leftovers of dead runs: "
                                + Redact.text(e.getMessage(), admin.password()));
                    }
                },
                "db-lifecycle-purge");
        purge.setDaemon(true);
        purge.start();
        return new BackgroundPurge(purge, runEnded);
    }

    private record BackgroundPurge(Thread thread, CountDownLatch runEnded) {
        /** Starts it now if it waits still, and waits for it a while: it works in the run's directory too. */
        void stop() {
            runEnded.countDown();
            try {
                thread.join(PURGE_WAIT_AT_EXIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void end(
            BackgroundPurge purge,
            CloneLease lease,
            DbLifecycle lifecycle,
            ConnectionSpec admin,
            LauncherRuns.Run run,
            Log log) {
        purge.stop();
        try {
            lease.close();
            lifecycle.teardown(run.dir(), admin);
            run.close();
        } catch (RuntimeException e) {
            log.warn(Redact.text(e.getMessage(), admin.password()) + " (db-lifecycle:purge or the next run drops "
                    + "what is left)");
        }
    }

    private static ConnectionSpec admin(LauncherConfig config, Path launcherDir, UnaryOperator<String> environment) {
        if (EmbeddedUrl.is(config.url())) {
            return embeddedAdmin(config, launcherDir);
        }
        if (config.url().contains(Redact.MASK)) {
            throw new DbLifecycleException("db-lifecycle-junit: the plugin's <url> carries a password, which "
                    + "db-lifecycle never writes to " + launcherDir.resolve(LauncherConfig.FILE) + ". Give the "
                    + "password as <password> or <serverId> instead, run 'mvn verify' once, and set "
                    + LauncherConfig.PASSWORD_ENVIRONMENT + " in the IDE's run configuration.");
        }
        String password = "";
        if (config.passwordRequired()) {
            password = environment.apply(LauncherConfig.PASSWORD_ENVIRONMENT);
            if (password == null || password.isEmpty()) {
                throw new DbLifecycleException("db-lifecycle-junit: the build logs in to "
                        + Redact.url(config.url()) + " as '" + config.username() + "' with a password"
                        + (config.serverId() == null ? "" : " (settings.xml server '" + config.serverId() + "')")
                        + ", which db-lifecycle never writes to a file. Set the environment variable "
                        + LauncherConfig.PASSWORD_ENVIRONMENT + " in the IDE's run configuration (or its JUnit "
                        + "template).");
            }
        }
        return new ConnectionSpec(Backends.resolveUrl(config.url(), config.baseDir()), config.username(), password);
    }

    /**
     * The run's server is started from the binaries jar the build resolved: a run without Maven cannot resolve one,
     * so a jar gone since (a cleaned local repository) is named with the command that brings it back.
     */
    private static ConnectionSpec embeddedAdmin(LauncherConfig config, Path launcherDir) {
        EmbeddedSettings embedded = config.embedded();
        if (embedded == null || embedded.binaries() == null) {
            throw new DbLifecycleException("db-lifecycle-junit: " + launcherDir.resolve(LauncherConfig.FILE)
                    + " has no record of the embedded PostgreSQL binaries for <url>" + config.url() + "</url> (written "
                    + "by an older db-lifecycle). Run 'mvn verify' once in " + config.baseDir() + ".");
        }
        if (!Files.isRegularFile(embedded.binaries())) {
            throw new DbLifecycleException("db-lifecycle-junit: the embedded PostgreSQL binaries the build resolved, "
                    + embedded.binaries() + " (PostgreSQL " + embedded.version() + "), are gone (a cleaned local "
                    + "Maven repository?), and a run without Maven cannot resolve them. Run 'mvn verify' once in "
                    + config.baseDir() + " (or: mvn db-lifecycle:prepare there): it resolves them again.");
        }
        return new ConnectionSpec(config.url(), config.username(), "");
    }

    /** A template this run builds is its own; with reuse, or with a template given as it is, it is shared. */
    private static ConnectionSpec buildAdmin(LauncherConfig config, ConnectionSpec admin, Path runDir) {
        boolean buildsTemplate =
                !config.scripts().isEmpty() || config.flywayLocations() != null || config.liquibaseChangelog() != null;
        if (config.reuse() || !buildsTemplate || config.embedded() != null) { // an embedded server is the run's own
            return admin;
        }
        return admin.withUrl(Backends.forUrl(admin.url()).privateTemplateUrl(admin.url(), runDir));
    }

    private static PrepareRequest request(LauncherConfig config, ConnectionSpec admin, Path runDir) {
        List<TemplateSource> migrations = new ArrayList<>();
        if (config.flywayLocations() != null) {
            migrations.add(
                    new FlywayMigrations(config.flywayLocations(), config.flywayConfiguration(), config.baseDir()));
        }
        if (config.liquibaseChangelog() != null) {
            migrations.add(new LiquibaseChangelog(
                    config.liquibaseChangelog(), config.liquibaseContexts(), config.liquibaseLabels()));
        }
        Map<String, String> options = new HashMap<>(config.options());
        options.put(DbLifecycle.PURGE_FIRST_OPTION, "false");
        return new PrepareRequest(
                admin,
                config.scripts(),
                1,
                config.namePrefix(),
                runDir,
                config.inMemory(),
                config.forkProperties(),
                options,
                ProcessHandle.current().pid(),
                migrations,
                config.reuse() ? PrepareRequest.Reuse.on(config.reuseLockTimeout()) : PrepareRequest.Reuse.OFF,
                config.leaseWait());
    }
}
