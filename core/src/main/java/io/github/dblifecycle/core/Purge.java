package io.github.dblifecycle.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds databases left by builds that died (Maven killed, machine rebooted) and drops them. A database qualifies
 * only if it carries db-lifecycle's marker, its name matches the marker's build under the prefix, and nobody holds
 * that build's liveness lock ({@link Backend#isBuildAlive}): a running build, here or on another machine, is never
 * purged, and age plays no part.
 */
final class Purge {
    private final Log log;

    Purge(Log log) {
        this.log = log;
    }

    /**
     * What was dropped, by name. The work directory's manifest of a dead build (it holds the password) goes too.
     * {@code backend} is the purging build's own; the dead builds' databases are dropped under their markers.
     */
    List<String> run(Backend backend, String prefix) throws SQLException {
        DatabaseNames.requirePrefix(prefix);
        Path workDir = backend.context().workDir();
        Map<String, List<Database>> byBuild = new LinkedHashMap<>();
        for (BuildMark mark : backend.marked(prefix)) {
            byBuild.computeIfAbsent(mark.buildId(), id -> new ArrayList<>()).add(mark.database());
        }
        List<String> dropped = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<Database>> build : byBuild.entrySet()) {
            String buildId = build.getKey();
            if (BuildLocks.holds(buildId) || backend.isBuildAlive(buildId)) {
                log.debug("db-lifecycle build " + buildId + " is running; its databases are left alone.");
                continue;
            }
            List<Database> databases = build.getValue();
            Set<String> inUse = backend.inUse(databases);
            if (!inUse.isEmpty()) {
                // Its lock is gone but something still works in its databases: a build whose lock session the
                // server ended (it retakes it within a second), or its forks. Never drop under live sessions.
                log.warn("db-lifecycle purge: build " + buildId + " holds no lock, but its database(s) "
                        + String.join(", ", inUse) + " have connected sessions; its databases are left alone.");
                continue;
            }
            // Templates last: PostgreSQL cannot drop a template while a clone is being copied from it.
            List<Database> clones = databases.stream()
                    .filter(d -> !isTemplate(d, prefix, buildId))
                    .toList();
            List<Database> templates = databases.stream()
                    .filter(d -> isTemplate(d, prefix, buildId))
                    .toList();
            Drops drops = new Drops(backend, buildId, log);
            Drops.Outcome outcome = drops.dropAll(clones, null);
            for (Database template : templates) {
                outcome = outcome.and(drops.dropAll(List.of(), template));
            }
            if (!outcome.dropped().isEmpty()) {
                log.info("db-lifecycle purge: build " + buildId + " is no longer running (nobody holds its lock); "
                        + "dropped its leftovers " + String.join(", ", outcome.dropped()) + ".");
            }
            dropped.addAll(outcome.dropped());
            failures.addAll(outcome.failures());
            FileBuildLock.forget(workDir, buildId);
        }
        deleteDeadManifest(backend, workDir);
        if (!failures.isEmpty()) {
            log.warn("db-lifecycle purge could not drop:\n  " + String.join("\n  ", failures));
        }
        return dropped;
    }

    /** The build's template, or a reusable template it was killed while building (named like no clone). */
    private static boolean isTemplate(Database d, String prefix, String buildId) {
        return !DatabaseNames.isOurs(d.name(), prefix, buildId) || d.name().endsWith("_t");
    }

    private void deleteDeadManifest(Backend backend, Path workDir) throws SQLException {
        Path file = workDir.resolve(Manifest.FILE_NAME);
        if (!Files.exists(file)) {
            return;
        }
        Manifest manifest;
        try {
            manifest = Manifest.read(file);
        } catch (DbLifecycleException e) {
            return; // unreadable: prepare replaces it, teardown reports it
        }
        String buildId = manifest.buildId();
        if (!manifest.backend().equals(backend.type().id())) {
            return; // its liveness lock is another backend's, which this one cannot see
        }
        if (BuildLocks.holds(buildId) || backend.isBuildAlive(buildId)) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            log.info("db-lifecycle purge: removed the manifest " + file + " of build " + buildId
                    + ", which is no longer running.");
        } catch (IOException e) {
            log.warn("Cannot delete the stale manifest " + file + ": " + e);
        }
    }
}
