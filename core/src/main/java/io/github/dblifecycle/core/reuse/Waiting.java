package io.github.dblifecycle.core.reuse;

import java.time.Duration;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Log;

/** The bounded wait for a template lock that another build holds: polls, says once that it waits, then gives up. */
public final class Waiting {
    @FunctionalInterface
    public interface Attempt {
        boolean tryOnce() throws Exception;
    }

    private Waiting() {}

    static void until(Attempt attempt, String what, Duration timeout, Log log) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean told = false;
        while (!attempt.tryOnce()) {
            if (!told) {
                log.info("Waiting up to " + timeout.toSeconds() + " s for " + what + ", held by another build that is "
                        + "building or cloning this template...");
                told = true;
            }
            if (System.nanoTime() >= deadline) {
                throw new DbLifecycleException("Gave up after " + timeout.toSeconds() + " s waiting for " + what
                        + ": another build still holds it. Retry, or raise <reuseLockTimeout>.");
            }
            Thread.sleep(200);
        }
        if (told) {
            log.info("Got " + what + ".");
        }
    }

    /** For stores: runs {@link #until} and turns interruption and checked failures into the store's exceptions. */
    public static void lock(Attempt attempt, String what, Duration timeout, Log log) throws java.sql.SQLException {
        try {
            until(attempt, what, timeout, log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DbLifecycleException("Interrupted while waiting for " + what);
        } catch (java.sql.SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new DbLifecycleException("Cannot take " + what + ": " + e, e);
        }
    }
}
