package io.github.dblifecycle.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Liveness for databases that live on this machine only (SQLite files): an exclusive OS lock on
 * {@code <workDir>/builds/<buildId>.lock}, held by the Maven JVM, released by the OS when it dies. Not for server
 * databases, which builds on other machines share: those use a lock the server holds.
 */
public final class FileBuildLock implements AutoCloseable {
    /**
     * Locks this JVM holds. Probing one of them with a second channel is not allowed: closing any channel on a
     * file releases all of the JVM's locks on it (POSIX fcntl semantics).
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;

    private FileBuildLock(FileChannel channel, FileLock lock, Path file) {
        this.channel = channel;
        this.lock = lock;
        this.file = file;
    }

    static Path file(Path workDir, String buildId) {
        return workDir.toAbsolutePath().normalize().resolve("builds")
                .resolve(DatabaseNames.requireBuildId(buildId) + ".lock");
    }

    public static FileBuildLock hold(Path workDir, String buildId) {
        Path file = file(workDir, buildId);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new DbLifecycleException("Another process holds the lock of build " + buildId + " (" + file
                        + "); build ids are random, so this is a second build sharing this build's id.");
            }
            HELD_HERE.add(file);
            return new FileBuildLock(channel, lock, file);
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot create the build lock " + file + ": " + e, e);
        }
    }

    /** Whether a live process holds the build's lock. No lock file: no live build (it is created before any file). */
    public static boolean isHeld(Path workDir, String buildId) {
        Path file = file(workDir, buildId);
        if (HELD_HERE.contains(file)) {
            return true;
        }
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very JVM
        } catch (IOException e) {
            return true; // cannot tell: treat as alive, never drop a live build's files
        }
    }

    /** Removes the lock file of a build found dead. */
    public static void forget(Path workDir, String buildId) {
        try {
            Files.deleteIfExists(file(workDir, buildId));
            deleteDirectoryIfEmpty(file(workDir, buildId).getParent());
        } catch (IOException e) {
            // A stale empty lock file is harmless.
        }
    }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file); // first, while locked: a prober that opened it meanwhile sees a dead build
            lock.release();
            channel.close();
        } finally {
            HELD_HERE.remove(file);
        }
        deleteDirectoryIfEmpty(file.getParent());
    }

    /** The directory is this tool's; a build leaves the work directory as it found it. */
    private static void deleteDirectoryIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // Another build's lock is still in it.
        }
    }
}
