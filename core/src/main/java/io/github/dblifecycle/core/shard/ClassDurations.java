package io.github.dblifecycle.core.shard;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.report.BuildRun;
import io.github.dblifecycle.core.report.BuildRunReader;
import io.github.dblifecycle.core.util.AtomicFiles;

/**
 * Recorded test class durations, in milliseconds by fully qualified class name: a properties file written by a build
 * with {@code -Ddb-lifecycle.recordDurations=<file>} (from the fork timings db-lifecycle records for its report) and
 * read through {@code <durations>} to balance shards by time. Sorted by name, so a committed file diffs well.
 */
public final class ClassDurations {
    static final String COMMENT = "db-lifecycle test class durations (ms): written by -Ddb-lifecycle.recordDurations, "
            + "read by -Ddb-lifecycle.durations to balance -Ddb-lifecycle.shard";

    private ClassDurations() {}

    /** The durations in the file; an empty map when it does not exist (a CI cache that is still empty). */
    public static Map<String, Long> read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | IllegalArgumentException e) {
            throw new DbLifecycleException(
                    "db-lifecycle: cannot read the durations file " + file + " (<durations>): " + e.getMessage(), e);
        }
        Map<String, Long> durations = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            String value = p.getProperty(name).trim();
            try {
                long millis = Long.parseLong(value);
                if (millis < 0) {
                    throw new NumberFormatException();
                }
                durations.put(name, millis);
            } catch (NumberFormatException e) {
                throw new DbLifecycleException("db-lifecycle: the durations file " + file + " (<durations>) gives "
                        + name + " the value '" + value + "'; each line must be <class name>=<milliseconds, 0 or "
                        + "more>. Delete the line, or write the file anew with -Ddb-lifecycle.recordDurations.");
            }
        }
        return durations;
    }

    /**
     * What each class took in this build: the sum of its runs (a rerun costs time too) over all forks. A class
     * whose JVM died before it ended counts up to the JVM's last event.
     */
    public static Map<String, Long> of(BuildRun run) {
        Map<String, Long> durations = new TreeMap<>();
        run.forks().forEach(fork -> fork.classes().forEach(c -> durations.merge(c.className(), c.millis(), Long::sum)));
        return durations;
    }

    /**
     * Writes {@code recorded} into the file, keeping the entries of classes this build did not run (other shards,
     * other modules): so the shards of one pipeline, or the modules of one build, can add up to one file.
     */
    public static void merge(Path file, Map<String, Long> recorded) {
        Map<String, Long> all = new TreeMap<>(read(file));
        all.putAll(recorded);
        write(file, all);
    }

    /**
     * Merges what the forks of this build recorded for the report ({@code reportDir}, see
     * {@link io.github.dblifecycle.core.report.ReportFiles}) into the durations file.
     *
     * @return how many classes were recorded
     */
    public static int record(Path file, Path reportDir) throws IOException {
        Map<String, Long> recorded = of(BuildRunReader.read(reportDir));
        if (!recorded.isEmpty()) {
            merge(file, recorded);
        }
        return recorded.size();
    }

    public static void write(Path file, Map<String, Long> durations) {
        // Properties would write the entries in hash order: sorted lines by hand, escaped as Properties reads them.
        StringBuilder text = new StringBuilder("# ").append(COMMENT).append('\n');
        new TreeMap<>(durations)
                .forEach((name, millis) ->
                        text.append(escape(name)).append('=').append(millis).append('\n'));
        try {
            AtomicFiles.write(file, false, out -> out.write(text.toString()));
        } catch (IOException e) {
            throw new DbLifecycleException(
                    "db-lifecycle: cannot write the durations file " + file + " (recordDurations): " + e.getMessage(),
                    e);
        }
    }

    private static String escape(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (c == '=' || c == ':' || c == ' ' || c == '\\' || c == '#' || c == '!') {
                out.append('\\').append(c);
            } else if (c > 0x7e || c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
