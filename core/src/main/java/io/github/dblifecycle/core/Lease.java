package io.github.dblifecycle.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import io.github.dblifecycle.core.util.FileLocks;
import io.github.dblifecycle.core.util.SafeFiles;

/**
 * One worker's claim on its clone: an exclusive OS file lock on {@code leases/worker-N.lock} beside the manifest
 * ({@link ForkContract#leaseFile}). The operating system releases it when the JVM that holds it dies, however it
 * dies, so a clone is never lost to a crashed fork and never handed to two live ones. Fork numbers are not used:
 * they collide under {@code mvn -T} and are recycled with {@code reuseForks=false}.
 */
public final class Lease implements AutoCloseable {
    private final int worker;
    private final FileLocks.Held lock;

    private Lease(int worker, FileLocks.Held lock) {
        this.worker = worker;
        this.lock = lock;
    }

    public int worker() {
        return worker;
    }

    public static Path leaseFile(Path manifestDir, int worker) {
        return ForkContract.leaseFile(manifestDir, worker);
    }

    /**
     * Takes the first free worker of 1..workers, trying {@code preferred} first (the fork number, so forks spread
     * out without contending), and waits up to {@code wait} for one to be released: with {@code reuseForks=false}
     * Surefire may start the next JVM a moment before the previous one has exited.
     */
    public static Lease acquire(Path manifestDir, int workers, int preferred, Duration wait) {
        try {
            SafeFiles.requireSafeDirectory(manifestDir, "the manifest's directory");
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot take a lease in " + manifestDir + ": " + e.getMessage(), e);
        }
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
        try {
            FileLocks.Held lock = FileLocks.tryLock(file); // null: another fork, or this JVM (forkCount=0), has it
            return lock == null ? null : new Lease(worker, lock);
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot take the lease file " + file + ": " + e.getMessage(), e);
        }
    }

    /** True while some live process holds the lease of {@code worker}. */
    public static boolean isHeld(Path manifestDir, int worker) {
        Path file = leaseFile(manifestDir, worker);
        try {
            return FileLocks.isHeld(file);
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot probe the lease file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        lock.close();
    }
}
