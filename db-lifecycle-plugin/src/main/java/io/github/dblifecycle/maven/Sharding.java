package io.github.dblifecycle.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.report.ReportFiles;
import io.github.dblifecycle.core.shard.ClassDurations;
import io.github.dblifecycle.core.shard.Shard;
import io.github.dblifecycle.core.shard.ShardSettings;
import org.apache.maven.execution.MavenSession;

/** Translates prepare's {@code <shard>}, {@code <durations>} and {@code <recordDurations>}. */
final class Sharding {
    static final String SOURCE = "<shard> (-D" + ForkContract.SHARD + ")";

    private Sharding() {}

    /** What the test JVMs get, or {@code null} when {@code shard} is unset (the whole suite runs). */
    static ShardSettings settings(String shard, File durations, Log log) {
        if (shard == null || shard.isBlank()) {
            return null;
        }
        Shard parsed = Shard.parse(shard, SOURCE);
        if (durations == null) {
            return new ShardSettings(parsed, Map.of(), null);
        }
        Map<String, Long> recorded = ClassDurations.read(durations.toPath());
        if (recorded.isEmpty()) {
            log.warn("db-lifecycle: the durations file " + durations + " (<durations>) is missing or empty: shard "
                    + parsed + " is cut by class count. Every shard of one pipeline must read the same file, or "
                    + "some classes run twice and others never (see README, Sharding).");
        }
        return new ShardSettings(parsed, recorded, durations.toString());
    }

    /** At the end of the session, merges what this module's tests took into {@code file}. */
    static void recordAtEnd(MavenSession session, Log log, File file, Path workDir) {
        Path reportDir = ReportFiles.dirFor(workDir);
        SessionEnd.beforeDrops(session, log, () -> {
            try {
                int classes = ClassDurations.record(file.toPath(), reportDir);
                log.info("db-lifecycle: recorded the durations of " + classes + " test class(es) in " + file);
            } catch (IOException e) {
                log.warn("db-lifecycle: cannot record the test class durations from " + reportDir + " in " + file + ": "
                        + e.getMessage());
            }
        });
    }
}
