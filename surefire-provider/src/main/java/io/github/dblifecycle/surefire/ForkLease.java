package io.github.dblifecycle.surefire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.github.dblifecycle.core.BackendType;
import io.github.dblifecycle.core.Backends;
import io.github.dblifecycle.core.CloneBinding;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.Lease;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.Redact;
import io.github.dblifecycle.core.util.UrlSchemes;

/**
 * A test JVM's hold on one clone: the OS lease, the backend's binding (which may keep an in-memory database open)
 * and the system properties set for the tests. A fork keeps it until it exits; the OS then drops the lease.
 */
final class ForkLease implements AutoCloseable {

    private final Lease lease;
    private final CloneBinding binding;
    private final Manifest.Worker worker;
    private final Map<String, String> systemProperties;
    private final Set<String> secretKeys;
    private final Map<String, String> previousValues = new HashMap<>();

    private ForkLease(
            Lease lease,
            CloneBinding binding,
            Manifest.Worker worker,
            Map<String, String> systemProperties,
            Set<String> secretKeys) {
        this.lease = lease;
        this.binding = binding;
        this.worker = worker;
        this.systemProperties = systemProperties;
        this.secretKeys = secretKeys;
    }

    /** Reads and checks the manifest, leases a clone, checks it answers, and sets the system properties. */
    static ForkLease take(Path manifestFile, long mavenPid, int preferredWorker) {
        if (Boolean.getBoolean(ForkContract.SKIP) && !Files.exists(manifestFile)) {
            // Surefire passes Maven's -D properties to the forks: say why there is no manifest.
            throw new DbLifecycleException("db-lifecycle.skip is set, so db-lifecycle:prepare created no databases, "
                    + "but these tests run with the db-lifecycle provider and need one. Skip the tests too "
                    + "(-DskipITs or -DskipTests), or do not set db-lifecycle.skip.");
        }
        Manifest manifest = Manifest.read(manifestFile);
        ForkSettings.checkSameBuild(manifestFile, manifest, mavenPid);
        if (manifest.workers().isEmpty()) {
            throw new DbLifecycleException("The db-lifecycle manifest " + manifestFile + " lists no clones. Set the "
                    + "db-lifecycle-maven-plugin parameter <clones> to at least 1 and run 'mvn clean verify'.");
        }
        BackendType backend = Backends.forId(manifest.backend());
        Path manifestDir = manifestFile.toAbsolutePath().getParent();
        int workers = manifest.workers().size();
        Lease lease = Lease.acquire(manifestDir, workers, ((preferredWorker - 1) % workers) + 1, manifest.leaseWait());
        try {
            Manifest.Worker worker = manifest.worker(lease.worker());
            CloneBinding binding = bindFork(backend, manifest, worker);
            Map<String, String> props = ForkSettings.systemProperties(manifest, worker, binding.url());
            ForkLease result = new ForkLease(lease, binding, worker, props, ForkSettings.secretKeys(manifest));
            result.apply();
            return result;
        } catch (RuntimeException | Error e) {
            lease.close();
            throw e;
        }
    }

    private static CloneBinding bindFork(BackendType backend, Manifest manifest, Manifest.Worker worker) {
        try {
            CloneBinding binding = backend.bindFork(manifest, worker);
            if (binding == null || binding.url() == null) {
                throw new DbLifecycleException("db-lifecycle backend '" + backend.id() + "' returned no URL for "
                        + "worker " + worker.number() + " (" + worker.database() + ").");
            }
            return binding;
        } catch (SQLException e) {
            if (isMissingDriver(e)) {
                throw missingDriver(backend, worker, e);
            }
            throw new DbLifecycleException(
                    "Test JVM for worker " + worker.number() + " cannot use its database clone "
                            + worker.database() + " (" + Redact.url(worker.url()) + "): "
                            + Redact.text(e.getMessage(), worker.password()).replaceAll("\\.$", "")
                            + ". Was it dropped while "
                            + "the build ran? Run 'mvn clean verify' again.",
                    e);
        } catch (NoClassDefFoundError e) {
            throw missingDriver(backend, worker, e);
        }
    }

    static boolean isMissingDriver(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("No suitable driver")) {
                return true;
            }
            if (t instanceof ClassNotFoundException || t instanceof NoClassDefFoundError) {
                return true;
            }
        }
        return false;
    }

    private static DbLifecycleException missingDriver(BackendType backend, Manifest.Worker worker, Throwable cause) {
        String driver = backend.driverArtifact();
        return new DbLifecycleException(
                "The test JVM has no JDBC driver for " + UrlSchemes.scheme(worker.url()) + " URLs, so it "
                        + "cannot reach its database clone. Add the driver (" + driver
                        + ") to the project's dependencies "
                        + "with <scope>test</scope>: the tests run with the test classpath, not the db-lifecycle-maven-plugin's "
                        + "dependencies. (" + Redact.text(String.valueOf(cause), worker.password()) + ")",
                cause);
    }

    private void apply() {
        systemProperties.forEach((key, value) -> {
            previousValues.put(key, System.getProperty(key));
            System.setProperty(key, value);
        });
    }

    int worker() {
        return worker.number();
    }

    String database() {
        return worker.database();
    }

    String url() {
        return binding.url();
    }

    Set<String> secretKeys() {
        return secretKeys;
    }

    String logLine() {
        return "db-lifecycle: worker " + worker.number() + " bound to " + worker.database() + " ("
                + Redact.text(binding.url(), worker.password()) + ")";
    }

    String password() {
        return worker.password();
    }

    /** Only with forkCount=0 (the tests ran inside Maven): gives the clone back and restores the properties. */
    @Override
    public void close() {
        try {
            previousValues.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
            if (binding.keepAlive() != null) {
                try {
                    binding.keepAlive().close();
                } catch (Exception ignored) {
                    // Releasing the lease below is what matters.
                }
            }
        } finally {
            lease.close();
        }
    }
}
