package io.github.dblifecycle.core;

import java.time.Duration;
import java.time.Instant;

/**
 * Watches a {@link SessionLock} from a daemon thread: every second it checks the lock is still held; when it is not
 * (the server ended its session), it logs an error at once and retakes it. While the lock is lost, other builds'
 * purges see this build as dead, so the gap is kept to about a second, and purge also spares every database that
 * has sessions (the forks'). {@link #lostSince} tells teardown whether the lock is still lost.
 */
public final class LivenessKeeper implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private final SessionLock lock;
    private final String what;
    private final Log log;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Instant lostSince; // null while held
    private volatile int losses;

    /** @param what whose lock it is, for the log, e.g. "the liveness lock of db-lifecycle build 1a2b3c4d" */
    public LivenessKeeper(SessionLock lock, String what, Log log) {
        this.lock = lock;
        this.what = what;
        this.log = log;
        this.thread = new Thread(this::watch, "db-lifecycle-liveness");
        thread.setDaemon(true);
        thread.start();
    }

    public SessionLock lock() {
        return lock;
    }

    /** When the lock was lost, if it is lost now (not retaken); {@code null} while it is held. */
    public Instant lostSince() {
        return lostSince;
    }

    /** How many times the lock was lost so far (retaken or not). */
    public int losses() {
        return losses;
    }

    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            check();
        }
    }

    /** One check: notices a loss and retakes the lock. Also called by teardown before it relies on the lock. */
    synchronized void check() {
        if (closed || lock.stillHeld()) {
            return;
        }
        if (lostSince == null) {
            lostSince = Instant.now();
            losses++;
            log.error("db-lifecycle lost " + what + " (" + lock.describe() + "): the server ended its session (an "
                    + "idle timeout, a restart, a killed session, or a transaction-pooling proxy). Until it is "
                    + "retaken, other builds see this build as dead; their purges still spare databases that have "
                    + "connected sessions. Retaking it now.");
        }
        if (lock.retake()) {
            log.warn(
                    "db-lifecycle retook " + what + " (" + lock.describe() + ") after losing it at " + lostSince + ".");
            lostSince = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        synchronized (this) {
            lock.close();
        }
    }
}
