package io.github.dblifecycle.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.PrepareListener;
import io.github.dblifecycle.core.Redact;
import io.github.dblifecycle.core.util.AtomicFiles;

/**
 * Records what {@code prepare} and {@code teardown} did and when, for the {@code report} goal: template and clone
 * timings (reported by {@code DbLifecycle} as they happen, clones concurrently) and each goal's outcome. Never a
 * password: only database names, times and masked messages are stored. Failing to write the data only warns;
 * the build must not fail for a report.
 */
public final class TimingRecorder implements PrepareListener {
    /** Records nothing: for callers (tests, other tools) that want no report data. */
    public static final TimingRecorder NONE = new TimingRecorder(null, Log.NONE, null);

    private final Path dir;
    private final Log log;
    private final String password;
    private final Properties data = new Properties();

    /**
     * @param dir the report data directory ({@link ReportFiles#dirFor})
     * @param password the account's password, masked wherever it would appear in a stored message
     */
    public TimingRecorder(Path dir, Log log, String password) {
        this.dir = dir;
        this.log = log;
        this.password = password;
    }

    /**
     * Called by {@code DbLifecycle} once it has built a template.
     *
     * @param detail what it was built from, e.g. {@code 2 script(s), 14 statement(s)}
     */
    @Override
    public synchronized void templateBuilt(String name, String detail, long startMillis, long millis) {
        data.setProperty("template.database", name);
        data.setProperty("template.source", "built");
        data.setProperty("template.detail", detail);
        data.setProperty("template.start", Long.toString(startMillis));
        data.setProperty("template.millis", Long.toString(millis));
    }

    /** Called by {@code DbLifecycle} when an existing database is cloned as it is. */
    @Override
    public synchronized void templateExisting(String name) {
        data.setProperty("template.database", name);
        data.setProperty("template.source", "existing");
    }

    /**
     * Called by {@code DbLifecycle} when the template is kept for reuse under {@code key}: found from an earlier
     * build, or built just now (then {@link #templateBuilt} came first and the template counts as built).
     */
    @Override
    public synchronized void templateKept(String name, String key) {
        data.setProperty("template.key", key);
        if (!"built".equals(data.getProperty("template.source"))) {
            data.setProperty("template.database", name);
            data.setProperty("template.source", "reused");
        }
    }

    /** Called by {@code DbLifecycle} from the concurrent clone tasks. */
    @Override
    public synchronized void cloneCreated(int number, String name, long startMillis, long millis) {
        data.setProperty("clone." + number + ".database", name);
        data.setProperty("clone." + number + ".start", Long.toString(startMillis));
        data.setProperty("clone." + number + ".millis", Long.toString(millis));
    }

    /** The build's shard ({@code i/n}), for the report to say which part of the suite it shows. */
    public synchronized void shard(String shard) {
        data.setProperty("shard", shard);
    }

    /**
     * Runs {@code prepare} (which reports its timings to this recorder) and stores the outcome, replacing the data
     * of any earlier build.
     */
    public Manifest prepare(Supplier<Manifest> prepare) {
        if (dir == null) {
            return prepare.get();
        }
        try {
            ReportFiles.reset(dir);
        } catch (IOException e) {
            log.warn("db-lifecycle: cannot clear the report data in " + dir + " (" + e + "); the report may mix "
                    + "builds.");
        }
        long start = System.currentTimeMillis();
        try {
            Manifest manifest = prepare.get();
            synchronized (this) {
                data.setProperty("buildId", manifest.buildId());
                data.setProperty("backend", manifest.backend());
                data.setProperty("clones", Integer.toString(manifest.workers().size()));
                data.setProperty("result", "ok");
            }
            return manifest;
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                data.setProperty("result", "failed");
                data.setProperty("message", String.valueOf(Redact.text(e.getMessage(), password)));
            }
            throw e;
        } finally {
            synchronized (this) {
                data.setProperty("start", Long.toString(start));
                data.setProperty("end", Long.toString(System.currentTimeMillis()));
                store(ReportFiles.PREPARE, data, "db-lifecycle prepare: timings for the report goal");
            }
        }
    }

    /** Runs {@code teardown} and stores its outcome and the databases the manifest listed. */
    public void teardown(Path workDir, Runnable teardown) {
        if (dir == null) {
            teardown.run();
            return;
        }
        List<String> databases = databasesOf(workDir.resolve(Manifest.FILE_NAME));
        Properties p = new Properties();
        long start = System.currentTimeMillis();
        try {
            teardown.run();
            p.setProperty("result", databases.isEmpty() ? "nothing" : "ok");
        } catch (RuntimeException | Error e) {
            p.setProperty("result", "failed");
            p.setProperty("message", String.valueOf(Redact.text(e.getMessage(), password)));
            throw e;
        } finally {
            p.setProperty("start", Long.toString(start));
            p.setProperty("end", Long.toString(System.currentTimeMillis()));
            p.setProperty("databases", String.join(",", databases));
            store(ReportFiles.TEARDOWN, p, "db-lifecycle teardown: outcome for the report goal");
        }
    }

    /** Names only (no URLs, no passwords); empty when there is no readable manifest. */
    private static List<String> databasesOf(Path manifestFile) {
        if (!Files.isRegularFile(manifestFile)) {
            return List.of();
        }
        try {
            Manifest m = Manifest.read(manifestFile);
            List<String> names = new ArrayList<>();
            m.workers().forEach(w -> names.add(w.database()));
            if (m.templateOwned()) {
                names.add(Path.of(m.template()).getFileName().toString());
            }
            return names;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private void store(String fileName, Properties p, String comment) {
        Properties sorted = new Properties() {
            @Override
            public synchronized java.util.Set<java.util.Map.Entry<Object, Object>> entrySet() {
                return new TreeMap<>(p).entrySet(); // stable order: easier to read and diff
            }
        };
        sorted.putAll(p);
        try {
            AtomicFiles.writeProperties(dir.resolve(fileName), sorted, comment, false);
        } catch (IOException e) {
            log.warn("db-lifecycle: cannot write the report data " + dir.resolve(fileName) + ": " + e);
        }
    }
}
