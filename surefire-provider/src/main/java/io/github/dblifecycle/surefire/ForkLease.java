package io.github.dblifecycle.surefire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import io.github.dblifecycle.core.CloneLease;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.Manifest;

/**
 * A fork's hold on one clone: checks that the manifest is this build's, then binds through the core's
 * {@link CloneLease}, the same path an IDE run takes. A fork keeps it until it exits; the OS then drops the lease.
 */
final class ForkLease implements AutoCloseable {

    private final CloneLease lease;

    private ForkLease(CloneLease lease) {
        this.lease = lease;
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
        return new ForkLease(CloneLease.take(manifestFile.toAbsolutePath().getParent(), manifest, preferredWorker));
    }

    int worker() {
        return lease.worker();
    }

    String database() {
        return lease.database();
    }

    String url() {
        return lease.url();
    }

    Set<String> secretKeys() {
        return lease.secretKeys();
    }

    String logLine() {
        return lease.logLine();
    }

    String password() {
        return lease.password();
    }

    /** Only with forkCount=0 (the tests ran inside Maven): gives the clone back and restores the properties. */
    @Override
    public void close() {
        lease.close();
    }
}
