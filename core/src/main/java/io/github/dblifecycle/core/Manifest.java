package io.github.dblifecycle.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.github.dblifecycle.core.util.AtomicFiles;
import io.github.dblifecycle.core.util.SafeFiles;

/**
 * The contract between {@code prepare} (writes it), every forked test JVM (reads it) and {@code teardown} (reads,
 * then removes it): which clone each worker 1..N gets. It holds credentials, so it is written readable by its owner
 * only and never outlives the build.
 *
 * @param buildId a random id of the build that wrote it (also part of every database name)
 * @param mavenPid pid of the Maven JVM that ran {@code prepare}; a fork whose Maven has another pid is reading a
 *     manifest left over from another build
 * @param backend the {@link BackendType#id()} that created the databases
 * @param template the template database's name (SQLite: the template file's path)
 * @param templateOwned whether this build created the template, so teardown may drop it
 * @param templateKey the key of a reusable template this build cloned (built now or by an earlier build; then
 *     {@code templateOwned} is false and teardown keeps it), {@code null} when the template is not a reusable one
 * @param inMemory SQLite only: each fork loads its clone into a private in-memory database
 * @param workers one entry per clone, numbered from 1
 * @param forkProperties extra system properties for the forks; values may hold placeholders such as {@code {url}}
 * @param leaseWait how long a fork waits for a free clone
 */
public record Manifest(
        String buildId,
        long mavenPid,
        String backend,
        String template,
        boolean templateOwned,
        boolean inMemory,
        List<Worker> workers,
        Map<String, String> forkProperties,
        String templateKey,
        Duration leaseWait) {

    public static final String FILE_NAME = ForkContract.MANIFEST_FILE;
    public static final int FORMAT = 1;

    /**
     * One clone.
     *
     * @param file SQLite only: the clone's file; {@code null} elsewhere
     */
    public record Worker(int number, String url, String username, String password, String database, String file) {
        @Override
        public String toString() {
            return "Worker[" + number + ", url=" + url + ", username=" + username + ", database=" + database + "]";
        }
    }

    public Manifest {
        leaseWait = leaseWait == null ? PrepareRequest.DEFAULT_LEASE_WAIT : leaseWait;
        workers = List.copyOf(workers);
        forkProperties = Map.copyOf(forkProperties);
    }

    /** A manifest without a reusable template, with the default lease wait. */
    public Manifest(
            String buildId,
            long mavenPid,
            String backend,
            String template,
            boolean templateOwned,
            boolean inMemory,
            List<Worker> workers,
            Map<String, String> forkProperties) {
        this(buildId, mavenPid, backend, template, templateOwned, inMemory, workers, forkProperties, null, null);
    }

    public Worker worker(int number) {
        return workers.get(number - 1);
    }

    /** Writes {@code dir/manifest.properties} atomically (a reader never sees half a file), owner-readable only. */
    public Path write(Path dir) {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(FORMAT));
        p.setProperty("buildId", buildId);
        p.setProperty("mavenPid", Long.toString(mavenPid));
        p.setProperty("backend", backend);
        p.setProperty("template", template);
        p.setProperty("templateOwned", Boolean.toString(templateOwned));
        p.setProperty("inMemory", Boolean.toString(inMemory));
        if (templateKey != null) {
            p.setProperty("templateKey", templateKey);
        }
        p.setProperty("workers", Integer.toString(workers.size()));
        p.setProperty("leaseWaitMillis", Long.toString(leaseWait.toMillis()));
        for (Worker w : workers) {
            String k = "worker." + w.number() + ".";
            p.setProperty(k + "url", w.url());
            p.setProperty(k + "username", w.username());
            p.setProperty(k + "password", w.password());
            p.setProperty(k + "database", w.database());
            if (w.file() != null) {
                p.setProperty(k + "file", w.file());
            }
        }
        new TreeMap<>(forkProperties).forEach((key, value) -> p.setProperty("property." + key, value));
        try {
            SafeFiles.requireSafeDirectory(dir, "the parameter <workDirectory>");
            Path target = dir.resolve(FILE_NAME);
            AtomicFiles.writeProperties(
                    target,
                    p,
                    "db-lifecycle manifest: written by prepare, read by the test forks, removed by teardown",
                    true);
            return target;
        } catch (IOException e) {
            throw new DbLifecycleException(
                    "Cannot write the db-lifecycle manifest in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a manifest, failing with a message that names the file and says how to get a good one.
     */
    public static Manifest read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new DbLifecycleException("No db-lifecycle manifest at " + file + ". The goal db-lifecycle:prepare "
                    + "writes it before the tests run: bind it in the pom (an <execution> with the goals prepare and "
                    + "teardown) and run 'mvn verify', not 'mvn failsafe:integration-test'.");
        } catch (IOException | IllegalArgumentException e) {
            throw new DbLifecycleException(
                    "Cannot read the db-lifecycle manifest " + file + ": " + e.getMessage()
                            + ". Run 'mvn clean verify' to write a fresh one.",
                    e);
        }
        String format = p.getProperty("format");
        if (!Integer.toString(FORMAT).equals(format)) {
            throw corrupt(file, "format is " + format + ", this version reads format " + FORMAT);
        }
        int count = intValue(file, p, "workers");
        List<Worker> workers = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String k = "worker." + i + ".";
            workers.add(new Worker(
                    i,
                    required(file, p, k + "url"),
                    p.getProperty(k + "username", ""),
                    p.getProperty(k + "password", ""),
                    required(file, p, k + "database"),
                    p.getProperty(k + "file")));
        }
        Map<String, String> props = new LinkedHashMap<>();
        for (String name :
                new TreeMap<>(p).keySet().stream().map(Object::toString).toList()) {
            if (name.startsWith("property.")) {
                props.put(name.substring("property.".length()), p.getProperty(name));
            }
        }
        return new Manifest(
                required(file, p, "buildId"),
                longValue(file, p, "mavenPid"),
                required(file, p, "backend"),
                required(file, p, "template"),
                Boolean.parseBoolean(p.getProperty("templateOwned")),
                Boolean.parseBoolean(p.getProperty("inMemory")),
                workers,
                props,
                p.getProperty("templateKey"),
                p.getProperty("leaseWaitMillis") == null
                        ? null
                        : Duration.ofMillis(longValue(file, p, "leaseWaitMillis")));
    }

    private static String required(Path file, Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isEmpty()) {
            throw corrupt(file, "the key '" + key + "' is missing");
        }
        return v;
    }

    private static int intValue(Path file, Properties p, String key) {
        return (int) longValue(file, p, key);
    }

    private static long longValue(Path file, Properties p, String key) {
        String v = required(file, p, key);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw corrupt(file, "the key '" + key + "' is not a number: " + v);
        }
    }

    private static DbLifecycleException corrupt(Path file, String what) {
        return new DbLifecycleException("The db-lifecycle manifest " + file + " is corrupt (" + what
                + "). Run 'mvn clean verify' so that db-lifecycle:prepare writes a fresh one.");
    }
}
