package io.github.dblifecycle.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.dblifecycle.core.util.FileLocks;
import io.github.dblifecycle.core.util.SafeFiles;

/**
 * Liveness for databases that live on this machine only (SQLite files): an exclusive OS lock on
 * {@code <workDir>/builds/<buildId>.lock}, held by the Maven JVM, released by the OS when it dies. Not for server
 * databases, which builds on other machines share: those use a lock the server holds.
 */
public final class FileBuildLock implements SessionLock.Unlosable {
    private final FileLocks.Held lock;
    /** Released with the build's lock (SQLite: the lock on the template file the build created). */
    private final java.util.List<AutoCloseable> attached = new java.util.concurrent.CopyOnWriteArrayList<>();

    private FileBuildLock(FileLocks.Held lock) {
        this.lock = lock;
    }

    static Path file(Path workDir, String buildId) {
        return workDir.toAbsolutePath()
                .normalize()
                .resolve("builds")
                .resolve(DatabaseNames.requireBuildId(buildId) + ".lock");
    }

    public static FileBuildLock hold(Path workDir, String buildId) {
        return hold(workDir, buildId, "the parameter <workDirectory>");
    }

    /** @param what the parameter that names {@code dir}, for the message when it is not safe to write in */
    public static FileBuildLock hold(Path dir, String buildId, String what) {
        Path workDir = dir;
        Path file = file(workDir, buildId);
        try {
            SafeFiles.requireSafeDirectory(workDir, what);
            FileLocks.Held lock = FileLocks.tryLock(file);
            if (lock == null) {
                throw new DbLifecycleException("Another process holds the lock of build " + buildId + " (" + file
                        + "); build ids are random, so this is a second build sharing this build's id.");
            }
            return new FileBuildLock(lock);
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot create the build lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether a live process holds the build's lock. No lock file: no live build (it is created before any file). */
    public static boolean isHeld(Path workDir, String buildId) {
        try {
            return FileLocks.isHeld(file(workDir, buildId));
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

    /** Keeps {@code other} until this build's lock is released. */
    public void attach(AutoCloseable other) {
        attached.add(other);
    }

    @Override
    public String describe() {
        return "the file lock " + lock.file();
    }

    @Override
    public void close() {
        for (AutoCloseable other : attached) {
            try {
                other.close();
            } catch (Exception e) {
                // Released with the process anyway.
            }
        }
        try {
            lock.deleteAndClose(); // deleted while locked: a prober that opened it meanwhile sees a dead build
        } catch (IOException e) {
            lock.close(); // a stale lock file nobody holds is harmless
        }
        deleteDirectoryIfEmpty(lock.file().getParent());
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
