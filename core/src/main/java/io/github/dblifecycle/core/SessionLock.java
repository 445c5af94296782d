package io.github.dblifecycle.core;

/**
 * A liveness lock a build holds for as long as it runs: a server session's lock (PostgreSQL advisory lock, MySQL
 * {@code GET_LOCK}) or an OS file lock. A server may end the session under it (an idle timeout, a DBA's kill, a
 * restart); {@link LivenessKeeper} asks {@link #stillHeld} every second and retakes it, so that the build does not
 * look dead to other builds' purges for longer than that.
 */
public interface SessionLock extends AutoCloseable {
    /** Whether the lock is still held by this process; {@code false} once its session is gone. Never throws. */
    boolean stillHeld();

    /**
     * After a loss: takes the lock again, on a fresh session. {@code false} if that is not possible (another session
     * took it meanwhile, or the server cannot be reached); it is tried again at the next check.
     */
    boolean retake();

    /** What the lock is, for log lines, e.g. {@code pg_advisory_lock(1684171875, 305419896)}. */
    String describe();

    /** Releases the lock. Never throws: a session that is gone has released it already. */
    @Override
    void close();

    /** A lock the OS holds for the process (a file lock), or none at all: it cannot be lost while the process lives. */
    interface Unlosable extends SessionLock {
        @Override
        default boolean stillHeld() {
            return true;
        }

        @Override
        default boolean retake() {
            return true;
        }
    }

    /** An {@link Unlosable} lock that {@code release} gives back. */
    static SessionLock of(String description, AutoCloseable release) {
        return new Unlosable() {
            @Override
            public String describe() {
                return description;
            }

            @Override
            public void close() {
                try {
                    release.close();
                } catch (Exception e) {
                    // Released with the process anyway.
                }
            }
        };
    }
}
