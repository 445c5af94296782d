package io.github.dblifecycle.core.shard;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.util.AtomicFiles;

/**
 * What {@code prepare} hands the test JVMs about sharding, in {@link ForkContract#SHARD_FILE} beside the manifest:
 * this build's shard and the durations it read at prepare (a copy, so every JVM of the build splits from the same
 * numbers even if the user's file changes while the tests run). No file: the build is not sharded.
 *
 * @param durationsSource the file the durations were read from, for the log; {@code null} when none was given
 */
public record ShardSettings(Shard shard, Map<String, Long> durations, String durationsSource) {
    public ShardSettings {
        durations = Map.copyOf(durations);
    }

    /** Writes the settings into the manifest's directory, or removes an earlier build's when {@code settings} is null. */
    public static void writeOrClear(Path workDir, ShardSettings settings) {
        Path file = workDir.resolve(ForkContract.SHARD_FILE);
        try {
            if (settings == null) {
                Files.deleteIfExists(file);
                return;
            }
            Properties p = new Properties();
            p.setProperty("shard", settings.shard().toString());
            if (settings.durationsSource() != null) {
                p.setProperty("durationsSource", settings.durationsSource());
            }
            new TreeMap<>(settings.durations()).forEach((k, v) -> p.setProperty("duration." + k, Long.toString(v)));
            AtomicFiles.writeProperties(
                    file, p, "db-lifecycle shard: written by prepare, read by the test JVMs", false);
        } catch (IOException e) {
            throw new DbLifecycleException("db-lifecycle: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The settings beside the manifest in {@code manifestDir}; empty when this build is not sharded. */
    public static Optional<ShardSettings> read(Path manifestDir) {
        Path file = manifestDir.resolve(ForkContract.SHARD_FILE);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            throw new DbLifecycleException("db-lifecycle: cannot read " + file + " (" + e.getMessage()
                    + "). Run 'mvn clean verify' to write a fresh one.");
        }
        Shard shard = Shard.parse(p.getProperty("shard"), file.toString());
        Map<String, Long> durations = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("duration.")) {
                durations.put(
                        key.substring("duration.".length()),
                        Long.parseLong(p.getProperty(key).trim()));
            }
        }
        return Optional.of(new ShardSettings(shard, durations, p.getProperty("durationsSource")));
    }

    /** This shard's part of {@code classes}, with the counts for the build's log line. */
    public Selection select(Collection<String> classes) {
        return new Selection(
                shard,
                new LinkedHashSet<>(ShardSplit.of(shard, classes, durations)),
                ShardSplit.key(classes, shard.count(), durations),
                (int) classes.stream().distinct().count(),
                durations.isEmpty());
    }

    /**
     * @param classes this shard's classes
     * @param total the classes of all shards
     * @param key what the split was cut from, in short: every shard of one pipeline must show the same
     * @param byCount no durations were recorded: the split balances counts only
     */
    public record Selection(Shard shard, Set<String> classes, String key, int total, boolean byCount) {
        public Selection {
            classes = Collections.unmodifiableSet(new LinkedHashSet<>(classes));
        }

        public boolean contains(String className) {
            return classes.contains(className);
        }

        /** The line the build prints: what runs here, what runs elsewhere. */
        public String logLine() {
            String how = (byCount ? "no recorded durations: split by count" : "split by recorded durations")
                    + ", split key " + key;
            if (classes.isEmpty()) {
                return "db-lifecycle: shard " + shard + " has no test class to run (all " + total
                        + " belong to the other shards; " + how
                        + "): nothing to do here, which passes unless Surefire's "
                        + "failIfNoTests is true";
            }
            return "db-lifecycle: shard " + shard + " runs " + classes.size() + " of " + total + " test classes ("
                    + (total - classes.size()) + " belong to the other shards; " + how + ")";
        }
    }
}
