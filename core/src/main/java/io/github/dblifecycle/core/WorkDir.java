package io.github.dblifecycle.core;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.dblifecycle.core.util.FileLocks;

/**
 * The layout of a build's work directory ({@code target/db-lifecycle} by default): the manifest the forks read,
 * the forks' lease files, and the files backends keep there (SQLite clones, MySQL's exported tablespaces).
 */
final class WorkDir {
    /** The lease files {@link Lease} creates; nothing else in {@code leases/} is ever deleted. */
    private static final Pattern LEASE_FILE = Pattern.compile("worker-[0-9]{1,6}\\.lock");

    private final Path dir;
    private final Log log;

    WorkDir(Path dir, Log log) {
        this.dir = dir;
        this.log = log;
    }

    Path manifest() {
        return ForkContract.manifest(dir);
    }

    Path leases() {
        return ForkContract.leasesDirectory(dir);
    }

    void create() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot create the db-lifecycle directory " + dir + ": " + e, e);
        }
    }

    /**
     * Makes the directory {@code backend}'s build's: refuses if its manifest belongs to a build that still runs
     * (two builds in one checkout, modules sharing a {@code <workDirectory>}), since that build's forks read it;
     * otherwise replaces a dead build's manifest (its databases are purged as a dead build's) and removes the lease
     * files nobody holds.
     */
    void takeOver(Backend backend) {
        Path old = manifest();
        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            Manifest m;
            try {
                m = Manifest.read(old);
            } catch (DbLifecycleException e) {
                m = null;
            }
            if (m != null && isRunning(m, backend)) {
                throw new DbLifecycleException("The db-lifecycle work directory " + dir + " belongs to build "
                        + m.buildId() + ", which is still running (its liveness lock is held): its forks use the "
                        + "manifest " + old + ". db-lifecycle does not take over a running build's directory. Let "
                        + "that build finish, or give this one another directory (the parameter <workDirectory>, "
                        + "e.g. -Ddb-lifecycle.workDirectory=target/db-lifecycle-2).");
            }
            String what = m == null
                    ? "unreadable"
                    : "build " + m.buildId() + ", databases "
                            + m.workers().stream()
                                    .map(Manifest.Worker::database)
                                    .collect(Collectors.joining(", "))
                            + (m.templateOwned() ? " and template " + m.template() : "");
            log.warn("An earlier build's manifest " + old + " (" + what + ") was never torn down and its build no "
                    + "longer runs; it is replaced now, and its databases are purged as a dead build's.");
        }
        deleteLeases();
    }

    /** Whether the manifest's build still runs; when it cannot be told, {@code true} (never take over a live one). */
    static boolean isRunning(Manifest m, Backend current) {
        if (BuildLocks.holds(m.buildId())) {
            return true;
        }
        BackendType type = Backends.forId(m.backend());
        Backend probe = current.type() == type
                ? current
                : type.forBuild(new BuildContext(
                        current.context().buildId(),
                        current.context().admin(),
                        current.context().workDir(),
                        Map.of(),
                        current.context().log()));
        // A server build's lock is on the server the manifest was written for; a file lock is in this directory.
        boolean canAsk = probe.tracksLiveness()
                && (current.type() == type
                        || type.handles(current.context().admin().url()));
        if (!canAsk) {
            return ProcessHandle.of(m.mavenPid()).map(ProcessHandle::isAlive).orElse(false);
        }
        try {
            return probe.isBuildAlive(m.buildId());
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }

    /**
     * Removes the manifest if it is build {@code buildId}'s (whose databases went with its embedded server), and the
     * lease files nobody holds.
     */
    void removeManifestOf(String buildId) {
        Path file = manifest();
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    && Manifest.read(file).buildId().equals(buildId)) {
                Files.delete(file);
            }
        } catch (IOException | DbLifecycleException e) {
            log.warn("Cannot remove the manifest " + file + " of build " + buildId + ": " + e.getMessage());
        }
        deleteLeases();
    }

    /**
     * Deletes the lease files nobody holds (each is locked first, so a running fork keeps its lease file and its
     * clone), never anything else the directory holds, then the directory if it is empty.
     */
    void deleteLeases() {
        Path leases = leases();
        if (!Files.isDirectory(leases, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(leases)) {
            for (Path f : files) {
                if (!LEASE_FILE.matcher(f.getFileName().toString()).matches()) {
                    continue; // not ours
                }
                FileLocks.Held held;
                try {
                    held = FileLocks.tryLock(f); // opened without following a planted link
                } catch (IOException e) {
                    log.warn("Not deleting the lease file " + f + ": " + e.getMessage());
                    continue;
                }
                if (held == null) {
                    log.warn("Not deleting the lease file " + f + ": a running test JVM holds it.");
                    continue;
                }
                held.deleteAndClose();
            }
        } catch (IOException e) {
            log.warn("Cannot delete the lease files in " + leases + ": " + e);
            return;
        }
        try {
            Files.deleteIfExists(leases);
        } catch (IOException e) {
            // Not empty: files of someone else's, or a held lease.
        }
    }
}
