package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.source.TemplateSource;

/**
 * Everything {@link DbLifecycle#prepare} needs, already validated for type by the caller (the Maven plugin).
 *
 * @param admin the account and URL to create databases with (PostgreSQL: the maintenance database; SQLite: the
 *     template file)
 * @param scripts run in order against the template
 * @param clones how many clones (workers) to create, at least 1
 * @param namePrefix start of every database name this tool creates
 * @param workDir this build's directory under {@code target/} for the manifest, leases and SQLite clones
 * @param inMemory SQLite only: each fork loads its clone into a private in-memory database
 * @param forkProperties extra system properties for the forks, values with placeholders such as {@code {url}}
 * @param options backend options, e.g. {@code postgresql.strategy=FILE_COPY}
 * @param mavenPid pid of the JVM that runs the build (the forks check it)
 * @param migrations template sources run before {@code scripts}, e.g. Flyway migrations
 * @param reuse whether and how to keep the template between builds
 * @param leaseWait how long a fork waits for a free clone before failing (more forks than clones)
 */
public record PrepareRequest(
        ConnectionSpec admin,
        List<Path> scripts,
        int clones,
        String namePrefix,
        Path workDir,
        boolean inMemory,
        Map<String, String> forkProperties,
        Map<String, String> options,
        long mavenPid,
        List<TemplateSource> migrations,
        Reuse reuse,
        Duration leaseWait) {
    /** The wait a fork gives other forks to release a clone when none is free. */
    public static final Duration DEFAULT_LEASE_WAIT = Duration.ofSeconds(30);

    public PrepareRequest {
        if (leaseWait == null || leaseWait.isNegative()) {
            throw new DbLifecycleException("The lease wait must be 0 or more seconds, not " + leaseWait + ".");
        }
        scripts = List.copyOf(scripts);
        migrations = List.copyOf(migrations);
        reuse = reuse == null ? Reuse.OFF : reuse;
        forkProperties = Map.copyOf(forkProperties);
        options = Map.copyOf(options);
    }

    /** Scripts only, a template per build. */
    public PrepareRequest(
            ConnectionSpec admin,
            List<Path> scripts,
            int clones,
            String namePrefix,
            Path workDir,
            boolean inMemory,
            Map<String, String> forkProperties,
            Map<String, String> options,
            long mavenPid) {
        this(
                admin,
                scripts,
                clones,
                namePrefix,
                workDir,
                inMemory,
                forkProperties,
                options,
                mavenPid,
                List.of(),
                Reuse.OFF,
                DEFAULT_LEASE_WAIT);
    }

    /** The same request on another admin account (the embedded server prepare started). */
    public PrepareRequest withAdmin(ConnectionSpec newAdmin) {
        return new PrepareRequest(
                newAdmin,
                scripts,
                clones,
                namePrefix,
                workDir,
                inMemory,
                forkProperties,
                options,
                mavenPid,
                migrations,
                reuse,
                leaseWait);
    }

    /**
     * Keep the template between builds, keyed by its content ({@code enabled}); wait at most {@code lockTimeout}
     * for another build that builds or clones the same prefix's template.
     */
    public record Reuse(boolean enabled, Duration lockTimeout) {
        public static final Reuse OFF = new Reuse(false, Duration.ofMinutes(10));
        public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

        public static Reuse on(Duration lockTimeout) {
            return new Reuse(true, lockTimeout);
        }
    }
}
