package io.github.dblifecycle.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The liveness locks of the builds running in this JVM (Maven's: prepare takes one, teardown of the same build
 * releases it). A static registry because prepare and teardown are separate goal instances; the lock must live
 * as long as the build does, and the JVM's death releases it with the connection or file it holds.
 */
final class BuildLocks {
    private static final Map<String, AutoCloseable> HELD = new ConcurrentHashMap<>();

    private BuildLocks() {}

    static void register(String buildId, AutoCloseable lock) {
        AutoCloseable previous = HELD.put(buildId, lock);
        closeQuietly(previous);
    }

    /** Releases the build's lock if this JVM holds it; a teardown run by a later Maven has none to release. */
    static void release(String buildId) {
        closeQuietly(HELD.remove(buildId));
    }

    static boolean holds(String buildId) {
        return HELD.containsKey(buildId);
    }

    private static void closeQuietly(AutoCloseable lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.close();
        } catch (Exception e) {
            // The session or file is gone with its lock; nothing is left to release.
        }
    }
}
