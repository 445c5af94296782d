package io.github.dblifecycle.core.util;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Exclusive OS file locks (leases, build locks, template locks): the operating system releases them when the process
 * that holds one dies, however it dies. Two rules every caller needs and gets here:
 * <ul>
 *   <li>This JVM never opens a second channel on a file it holds a lock on: closing any channel on a file releases
 *       all of the JVM's locks on it (POSIX fcntl semantics), so a probe would free the lock it probes.</li>
 *   <li>Lock files are opened without following symbolic links: in a shared work directory another user could
 *       otherwise point one at a file of ours ({@link SafeFiles}).</li>
 * </ul>
 */
public final class FileLocks {
    /** Files this JVM holds a lock on; guarded by {@code FileLocks.class}. */
    private static final Set<Path> HELD_HERE = new HashSet<>();

    private FileLocks() {}

    /** A lock this JVM holds; closing it releases the lock. */
    public static final class Held implements AutoCloseable {
        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;

        private Held(Path file, FileChannel channel, FileLock lock) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
        }

        public Path file() {
            return file;
        }

        /** Deletes the file first, while still locked (a prober that opened it meanwhile sees it free), then closes. */
        public void deleteAndClose() throws IOException {
            try {
                Files.deleteIfExists(file);
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            synchronized (FileLocks.class) {
                try {
                    lock.release();
                } catch (IOException ignored) {
                    // Closing the channel next releases it anyway.
                } finally {
                    closeQuietly(channel);
                    HELD_HERE.remove(file);
                }
            }
        }
    }

    /**
     * Creates the file (and its directories) if needed and takes its exclusive lock.
     *
     * @return the lock, or {@code null} when another process or this JVM already holds it
     */
    public static Held tryLock(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        synchronized (FileLocks.class) {
            if (HELD_HERE.contains(key)) {
                return null;
            }
            Files.createDirectories(key.getParent());
            FileChannel channel = open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return null;
                }
                HELD_HERE.add(key);
                return new Held(key, channel, lock);
            } catch (OverlappingFileLockException e) {
                channel.close(); // not reached: HELD_HERE has every lock of this JVM
                return null;
            } catch (IOException | RuntimeException | Error e) {
                closeQuietly(channel);
                throw e;
            }
        }
    }

    /** Whether some process (this JVM included) holds the lock of an existing file; no file: {@code false}. */
    public static boolean isHeld(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        synchronized (FileLocks.class) {
            if (HELD_HERE.contains(key)) {
                return true;
            }
            if (!Files.exists(key, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try (FileChannel channel = open(key, StandardOpenOption.WRITE)) {
                FileLock probe = channel.tryLock();
                if (probe == null) {
                    return true;
                }
                probe.release();
                return false;
            } catch (OverlappingFileLockException e) {
                return true;
            }
        }
    }

    private static FileChannel open(Path file, OpenOption... options) throws IOException {
        OpenOption[] all = new OpenOption[options.length + 1];
        System.arraycopy(options, 0, all, 0, options.length);
        all[options.length] = LinkOption.NOFOLLOW_LINKS;
        try {
            return FileChannel.open(file, all);
        } catch (IOException e) {
            throw SafeFiles.explainLink(file, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing left to release.
        }
    }
}
