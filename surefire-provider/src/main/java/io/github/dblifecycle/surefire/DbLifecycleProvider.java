package io.github.dblifecycle.surefire;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.shard.ShardSettings;
import org.apache.maven.surefire.api.provider.AbstractProvider;
import org.apache.maven.surefire.api.provider.ProviderParameters;
import org.apache.maven.surefire.api.provider.SurefireProvider;
import org.apache.maven.surefire.api.report.ReporterException;
import org.apache.maven.surefire.api.suite.RunResult;
import org.apache.maven.surefire.api.testset.TestSetFailedException;

/**
 * The Surefire/Failsafe provider of db-lifecycle. In each test JVM it leases one database clone from the manifest
 * that {@code db-lifecycle:prepare} wrote, checks that the clone answers, sets {@code db-lifecycle.url},
 * {@code .username}, {@code .password}, {@code .worker}, {@code .database} and the configured extra properties, and
 * then runs the tests with Surefire's own JUnit Platform provider (an embedded copy matching the running Surefire),
 * so includes/excludes, -Dtest/-Dit.test, reports, reruns and runOrder behave as users know them.
 */
public class DbLifecycleProvider extends AbstractProvider {
    /** The clone this JVM holds. A fork keeps it for its whole life; the OS releases the lease when it exits. */
    private static ForkLease forkLease;

    private final ProviderParameters parameters;
    private final RedactingReporter reporter = new RedactingReporter();
    private final ForkTimeline timeline = new ForkTimeline();
    private final ShardFilter shards = new ShardFilter();
    private final ProviderParameters reporting;
    private final SurefireProvider delegate;

    public DbLifecycleProvider(ProviderParameters parameters) {
        this.parameters = parameters;
        System.setProperty(ForkContract.PROVIDER, "true"); // db-lifecycle-junit's listener: the provider binds here
        reporter.observe(timeline::onListenerCall);
        SurefireLine line = SurefireLine.forVersion(SurefireLine.runningVersion());
        requireJUnitPlatformLauncher();
        this.reporting = reporter.wrap(parameters);
        this.delegate = instantiate(line, shards.wrap(reporting));
    }

    /**
     * This provider ships no JUnit jars, so that the project's own JUnit Platform (5.x or 6.x) is the only one;
     * {@code db-lifecycle:prepare} adds the matching launcher to the test classpath when the project has none. Without
     * this check a classpath that still lacks one (prepare not run in this Maven invocation) dies on a bare
     * NoClassDefFoundError.
     */
    static void requireJUnitPlatformLauncher() {
        ClassLoader loader = DbLifecycleProvider.class.getClassLoader();
        if (!loadable("org.junit.platform.engine.TestEngine", loader)) {
            throw new DbLifecycleException("db-lifecycle-surefire-provider runs the tests on the JUnit Platform, but "
                    + "the test classpath has no JUnit Platform engine. Add org.junit.jupiter:junit-jupiter with "
                    + "<scope>test</scope> (JUnit 4 tests: org.junit.vintage:junit-vintage-engine; TestNG tests: "
                    + "org.junit.support:testng-engine).");
        }
        if (!loadable("org.junit.platform.launcher.core.LauncherFactory", loader)) {
            throw new DbLifecycleException("db-lifecycle-surefire-provider runs the tests on the JUnit Platform of "
                    + "the project, but the test classpath has no JUnit Platform launcher: db-lifecycle:prepare adds "
                    + "the matching one when the project declares none, so run prepare in the same Maven invocation "
                    + "as the tests (as the README's plugin block binds it), or add "
                    + "org.junit.platform:junit-platform-launcher with <scope>test</scope> to the project's "
                    + "dependencies, at the version of its junit-platform-engine.");
        }
    }

    private static boolean loadable(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static SurefireProvider instantiate(SurefireLine line, ProviderParameters parameters) {
        try {
            Class<?> type = Class.forName(line.providerClass(), true, DbLifecycleProvider.class.getClassLoader());
            return (SurefireProvider)
                    type.getConstructor(ProviderParameters.class).newInstance(parameters);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new DbLifecycleException(
                    "db-lifecycle-surefire-provider is broken: cannot load its embedded JUnit "
                            + "Platform provider " + line.providerClass() + " (" + e
                            + "). Check the junit-platform-launcher on "
                            + "the test classpath: it must match the project's junit-platform-engine.",
                    e);
        }
    }

    /** Runs in the Maven JVM (forkCount > 1 or reuseForks=false): only scans, binds no clone. */
    @Override
    public Iterable<Class<?>> getSuites() {
        return delegate.getSuites();
    }

    @Override
    public RunResult invoke(Object forkTestSet)
            throws TestSetFailedException, ReporterException, InvocationTargetException {
        boolean insideFork = parameters.isInsideFork();
        Optional<ShardSettings.Selection> shard = shards.select(
                ForkSettings.manifestPath(System::getProperty).getParent(),
                parameters,
                forkTestSet,
                reporter::announce);
        if (shard.isPresent()) {
            if (ShardFilter.isOtherShardsClass(forkTestSet, shard.get())) {
                if (shards.announced()) {
                    reporting.getReporterFactory().createTestReportListener(); // prints the shard line
                }
                return new RunResult(0, 0, 0, 0); // this JVM runs nothing, binds no clone
            }
            forkTestSet = ShardFilter.restrict(forkTestSet, shard.get());
        }
        ForkLease lease = lease(insideFork);
        reporter.arm(lease.secretKeys(), lease.password(), lease.logLine());
        timeline.bound(
                ForkSettings.manifestPath(System::getProperty).getParent(),
                ForkSettings.preferredWorker(parameters.getProviderProperties()),
                lease.worker(),
                lease.database());
        try {
            return delegate.invoke(forkTestSet);
        } finally {
            if (!insideFork) {
                releaseInPluginLease();
            }
        }
    }

    private ForkLease lease(boolean insideFork) {
        synchronized (DbLifecycleProvider.class) {
            if (forkLease == null) {
                Map<String, String> providerProperties = parameters.getProviderProperties();
                Path manifest = ForkSettings.manifestPath(System::getProperty);
                long mavenPid = ForkSettings.mavenPid(
                        providerProperties, insideFork, ProcessHandle.current().pid());
                forkLease = ForkLease.take(manifest, mavenPid, ForkSettings.preferredWorker(providerProperties));
            }
            return forkLease;
        }
    }

    private static void releaseInPluginLease() {
        synchronized (DbLifecycleProvider.class) {
            if (forkLease != null) {
                try {
                    forkLease.close();
                } finally {
                    forkLease = null;
                }
            }
        }
    }

    @Override
    public void cancel() {
        delegate.cancel();
    }
}
