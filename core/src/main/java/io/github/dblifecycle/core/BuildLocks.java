package io.github.dblifecycle.core;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The liveness locks of the builds running in this JVM (Maven's: prepare takes one, teardown of the same build
 * releases it), each watched by a {@link LivenessKeeper}. A static registry because prepare and teardown are
 * separate goal instances; the lock must live as long as the build does, and the JVM's death releases it with the
 * connection or file it holds.
 */
final class BuildLocks {
    private static final Map<String, LivenessKeeper> HELD = new ConcurrentHashMap<>();

    private BuildLocks() {}

    static void register(String buildId, SessionLock lock, Log log) {
        LivenessKeeper previous =
                HELD.put(buildId, new LivenessKeeper(lock, "the liveness lock of db-lifecycle build " + buildId, log));
        if (previous != null) {
            previous.close();
        }
    }

    /** Releases the build's lock if this JVM holds it; a teardown run by a later Maven has none to release. */
    static void release(String buildId) {
        LivenessKeeper keeper = HELD.remove(buildId);
        if (keeper != null) {
            keeper.close();
        }
    }

    static boolean holds(String buildId) {
        return HELD.containsKey(buildId);
    }

    /**
     * Checks the build's lock now and returns since when it is lost (not retaken), or {@code null} if it is held or
     * this JVM does not hold it.
     */
    static Instant lostSince(String buildId) {
        LivenessKeeper keeper = HELD.get(buildId);
        if (keeper == null) {
            return null;
        }
        keeper.check();
        return keeper.lostSince();
    }
}
