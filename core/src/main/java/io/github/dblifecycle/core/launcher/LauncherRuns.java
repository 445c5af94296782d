package io.github.dblifecycle.core.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycle;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedSettings;
import io.github.dblifecycle.core.util.FileLocks;

/**
 * The work directories of test runs without Maven, {@code db-lifecycle-launcher/runs/<id>}: one per JVM, each a
 * build's work directory of its own (manifest, lease, build lock, SQLite clones), marked alive by an OS lock on its
 * {@code run.lock} for as long as that JVM lives. A directory whose lock nobody holds is a dead run's: its
 * databases are purged like a dead build's and the directory goes.
 */
public final class LauncherRuns {
    static final String RUNS = "runs";
    static final String LOCK = "run.lock";

    private LauncherRuns() {}

    /** A run directory this JVM holds; {@link #close} deletes it. */
    static final class Run implements AutoCloseable {
        private final Path dir;
        private final FileLocks.Held lock;

        private Run(Path dir, FileLocks.Held lock) {
            this.dir = dir;
            this.lock = lock;
        }

        Path dir() {
            return dir;
        }

        @Override
        public void close() {
            deleteTree(dir, lock);
        }
    }

    /**
     * Creates and locks a fresh run directory under {@code launcherDir}. The name need only be new (the lock decides
     * whose it is), so no SecureRandom: seeding one costs an IDE run's start some 10 ms.
     */
    static Run open(Path launcherDir) {
        Path runs = launcherDir.resolve(RUNS);
        for (int attempt = 0; attempt < 5; attempt++) {
            Path dir = runs.resolve(ProcessHandle.current().pid() + "-"
                    + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36));
            try {
                FileLocks.Held lock = FileLocks.tryLock(dir.resolve(LOCK));
                if (lock != null) {
                    return new Run(dir, lock);
                }
            } catch (IOException e) {
                throw new DbLifecycleException("Cannot create the db-lifecycle run directory " + dir + ": " + e, e);
            }
        }
        throw new DbLifecycleException("Cannot lock a db-lifecycle run directory under " + runs + ".");
    }

    /**
     * Drops what dead runs under {@code launcherDir} left (databases by their build markers, SQLite clones, the
     * manifest that holds the password) and removes their directories; live runs and {@code except} are left alone.
     *
     * @return the databases dropped
     */
    public static List<String> reclaim(ConnectionSpec admin, String prefix, Path launcherDir, Path except, Log log) {
        return reclaim(launcherDir, except, log, dir -> new DbLifecycle(log).purge(admin, prefix, dir));
    }

    /**
     * {@link #reclaim} for runs on embedded servers of their own: stops a dead run's server, if it still runs, and
     * removes its directory; returns the build ids of the servers stopped.
     */
    public static List<String> reclaimEmbedded(EmbeddedSettings embedded, Path launcherDir, Path except, Log log) {
        return reclaim(launcherDir, except, log, dir -> new DbLifecycle(log).purgeEmbedded(embedded, dir));
    }

    private static List<String> reclaim(
            Path launcherDir, Path except, Log log, Function<Path, List<String>> purgeDeadRun) {
        Path runs = launcherDir.resolve(RUNS);
        List<String> dropped = new ArrayList<>();
        if (!Files.isDirectory(runs, LinkOption.NOFOLLOW_LINKS)) {
            return dropped;
        }
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runs)) {
            entries.forEach(dirs::add);
        } catch (IOException e) {
            log.warn("db-lifecycle cannot list the runs in " + runs + ": " + e);
            return dropped;
        }
        for (Path dir : dirs) {
            if (dir.equals(except) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            FileLocks.Held lock;
            try {
                lock = FileLocks.tryLock(dir.resolve(LOCK));
            } catch (IOException e) {
                continue;
            }
            if (lock == null) {
                continue; // a live run's
            }
            try {
                dropped.addAll(purgeDeadRun.apply(dir));
            } catch (DbLifecycleException e) {
                lock.close();
                log.warn(e.getMessage());
                continue;
            }
            if (Files.exists(ForkContract.manifest(dir))) {
                lock.close(); // purge kept it (its build still runs elsewhere, or another backend's): keep the dir
                continue;
            }
            log.info("db-lifecycle: removed the directory of a run that ended without cleaning up: " + dir);
            deleteTree(dir, lock);
        }
        return dropped;
    }

    /**
     * Deletes the directory's files, the lock file last (still held, so that nobody judges it meanwhile). A few
     * passes: what another thread of the run removes or adds meanwhile (its purge) must not leave the directory.
     */
    private static void deleteTree(Path dir, FileLocks.Held lock) {
        for (int pass = 0; pass < 3; pass++) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(lock.file()) && !p.equals(dir)) {
                        deleteQuietly(p);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // A file went while walking: the next pass sees the rest.
            }
            try (Stream<Path> left = Files.list(dir)) {
                if (left.allMatch(lock.file()::equals)) {
                    break;
                }
            } catch (IOException | UncheckedIOException e) {
                break;
            }
        }
        try {
            lock.deleteAndClose();
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            lock.close(); // what is left holds no manifest: the next run or purge removes it
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a directory that is not empty yet: the next pass
        }
    }
}
