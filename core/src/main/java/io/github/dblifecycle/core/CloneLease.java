package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.github.dblifecycle.core.util.UrlSchemes;

/**
 * A test JVM's hold on one clone of a manifest: the OS lease, the backend's binding (which may keep an in-memory
 * database open) and the system properties set for the tests. The one binding path: the Surefire/Failsafe provider
 * (a fork) and the JUnit Platform listener (an IDE run) both take it here.
 */
public final class CloneLease implements AutoCloseable {
    static final String PASSWORD_PLACEHOLDER = "{password}";

    private final Lease lease;
    private final CloneBinding binding;
    private final Manifest.Worker worker;
    private final Map<String, String> systemProperties;
    private final Set<String> secretKeys;
    private final Map<String, String> previousValues = new HashMap<>();

    private CloneLease(
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

    /**
     * Leases a clone of {@code manifest} (read from {@code manifestDir}), trying {@code preferredWorker} first,
     * checks that it answers, and sets the system properties. The caller has checked that the manifest is its own.
     */
    public static CloneLease take(Path manifestDir, Manifest manifest, int preferredWorker) {
        BackendType backend = Backends.forId(manifest.backend());
        int workers = manifest.workers().size();
        Lease lease = Lease.acquire(
                manifestDir.toAbsolutePath(), workers, ((preferredWorker - 1) % workers) + 1, manifest.leaseWait());
        try {
            Manifest.Worker worker = manifest.worker(lease.worker());
            CloneBinding binding = bind(backend, manifest, worker);
            CloneLease result = new CloneLease(
                    lease, binding, worker, systemProperties(manifest, worker, binding.url()), secretKeys(manifest));
            result.apply();
            return result;
        } catch (RuntimeException | Error e) {
            lease.close();
            throw e;
        }
    }

    private static CloneBinding bind(BackendType backend, Manifest manifest, Manifest.Worker worker) {
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
        return new DbLifecycleException(
                "The test JVM has no JDBC driver for " + UrlSchemes.scheme(worker.url()) + " URLs, so it "
                        + "cannot reach its database clone. Add the driver (" + backend.driverArtifact()
                        + ") to the project's dependencies with <scope>test</scope>: the tests run with the test "
                        + "classpath, not the db-lifecycle-maven-plugin's dependencies. ("
                        + Redact.text(String.valueOf(cause), worker.password()) + ")",
                cause);
    }

    /** The db-lifecycle.* properties, then the manifest's extra properties with their placeholders replaced. */
    public static Map<String, String> systemProperties(Manifest manifest, Manifest.Worker worker, String url) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("url", url);
        values.put("username", nullToEmpty(worker.username()));
        values.put("password", nullToEmpty(worker.password()));
        values.put("worker", Integer.toString(worker.number()));
        values.put("database", worker.database());

        Map<String, String> props = new LinkedHashMap<>();
        props.put(ForkContract.URL, values.get("url"));
        props.put(ForkContract.USERNAME, values.get("username"));
        props.put(ForkContract.PASSWORD, values.get("password"));
        props.put(ForkContract.WORKER, values.get("worker"));
        props.put(ForkContract.DATABASE, values.get("database"));
        manifest.forkProperties().forEach((key, template) -> props.put(key, substitute(template, values)));
        return props;
    }

    /** Replaces {url}, {username}, {password}, {worker} and {database}; leaves any other text as it is. */
    public static String substitute(String template, Map<String, String> values) {
        if (template == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i);
                if (end > i) {
                    String value = values.get(template.substring(i + 1, end));
                    if (value != null) {
                        out.append(value);
                        i = end + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** The system properties whose values hold the password, to keep out of reports. */
    public static Set<String> secretKeys(Manifest manifest) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(ForkContract.PASSWORD);
        manifest.forkProperties().forEach((key, template) -> {
            if (template != null && template.contains(PASSWORD_PLACEHOLDER)) {
                keys.add(key);
            }
        });
        return keys;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private void apply() {
        systemProperties.forEach((key, value) -> {
            previousValues.put(key, System.getProperty(key));
            System.setProperty(key, value);
        });
    }

    public int worker() {
        return worker.number();
    }

    public String database() {
        return worker.database();
    }

    public String url() {
        return binding.url();
    }

    public Set<String> secretKeys() {
        return secretKeys;
    }

    public String password() {
        return worker.password();
    }

    /** The one line a bound JVM prints, password masked. */
    public String logLine() {
        return "db-lifecycle: worker " + worker.number() + " bound to " + worker.database() + " ("
                + Redact.text(binding.url(), worker.password()) + ")";
    }

    /** Gives the clone back and restores the properties (forkCount=0, or the end of an IDE run). */
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
