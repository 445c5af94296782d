package io.github.dblifecycle.core;

import java.sql.SQLException;

/**
 * One cloning run: made by {@link Backend#cloner} for one finished template, it holds what the clones of that
 * template share (a strategy chosen once, a read model of the template, exported files) and releases it on close.
 */
public interface Cloner extends AutoCloseable {
    /** One line for the log that says how the clones will be made. */
    String describe();

    /** How many clones to create at once. */
    int concurrency();

    /** Copies the template into a new database called {@code name}; called concurrently. */
    Database createClone(String name) throws SQLException;

    /** Releases what the run set up (e.g. exported files). Must not throw. */
    @Override
    void close();
}
