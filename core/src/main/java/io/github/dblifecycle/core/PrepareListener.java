package io.github.dblifecycle.core;

/**
 * Told what {@link DbLifecycle#prepare} does as it happens, e.g. to record timings for the report
 * ({@code report.TimingRecorder}). Clone events come from concurrent threads. Every method defaults to nothing.
 */
public interface PrepareListener {
    PrepareListener NONE = new PrepareListener() {};

    /**
     * A template was built.
     *
     * @param detail what it was built from, e.g. {@code 2 script(s), 14 statement(s)}
     */
    default void templateBuilt(String name, String detail, long startMillis, long millis) {}

    /** An existing database is cloned as it is. */
    default void templateExisting(String name) {}

    /**
     * The template is kept for reuse under {@code key}: found from an earlier build, or built just now (then
     * {@link #templateBuilt} came first).
     */
    default void templateKept(String name, String key) {}

    /** Clone {@code number} (from 1) was created. */
    default void cloneCreated(int number, String name, long startMillis, long millis) {}
}
