package io.github.dblifecycle.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One worker's claim on its clone: an exclusive OS file lock on {@code leases/worker-N.lock} beside the manifest.
 * The operating system releases it when the JVM that holds it dies, however it dies, so a clone is never lost to
 * a crashed fork and never handed to two live ones. Fork numbers are not used: they collide under {@code mvn -T}
 * and are recycled with {@code reuseForks=false}.
 */
public final class Lease implements AutoCloseable {
    private final int worker;
    private final FileChannel channel;
    private final FileLock lock;

    private Lease(int worker, FileChannel channel, FileLock lock) {
        this.worker = worker;
        this.channel = channel;
        this.lock = lock;
    }

    public int worker() {
        return worker;
    }

    public static Path leaseFile(Path manifestDir, int worker) {
        return manifestDir.resolve("leases").resolve("worker-" + worker + ".lock");
    }

    /**
     * Takes the first free worker of 1..workers, trying {@code preferred} first (the fork number, so forks spread
     * out without contending), and waits up to {@code wait} for one to be released: with {@code reuseForks=false}
     * Surefire may start the next JVM a moment before the previous one has exited.
     */
    public static Lease acquire(Path manifestDir, int workers, int preferred, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            for (int i = 0; i < workers; i++) {
                int worker = (Math.max(preferred, 1) - 1 + i) % workers + 1;
                Lease lease = tryAcquire(manifestDir, worker);
                if (lease != null) {
                    return lease;
                }
            }
            if (System.nanoTime() >= deadline) {
                throw new DbLifecycleException("All " + workers + " database clones are leased by other test JVMs "
                        + "(waited " + wait.toMillis() / 1000.0 + " s, the parameter <leaseWaitSeconds>). There are "
                        + "more forks than clones: set the db-lifecycle-maven-plugin parameter <clones> to at least "
                        + "the Surefire/Failsafe forkCount, or lower forkCount.");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DbLifecycleException("Interrupted while waiting for a free database clone", e);
            }
        }
    }

    private static Lease tryAcquire(Path manifestDir, int worker) {
        Path file = leaseFile(manifestDir, worker);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new Lease(worker, channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // This JVM already holds that worker (forkCount=0 runs two executions in Maven's own JVM).
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot take the lease file " + file + ": " + e, e);
        }
        closeQuietly(channel);
        return null;
    }

    /** True while some live process holds the lease of {@code worker}. */
    public static boolean isHeld(Path manifestDir, int worker) {
        Lease probe = tryAcquire(manifestDir, worker);
        if (probe == null) {
            return true;
        }
        probe.close();
        return false;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The channel is closed next, which releases the lock anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing left to release.
            }
        }
    }
}
