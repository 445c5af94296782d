package io.github.dblifecycle.core.source;

import java.sql.SQLException;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.reuse.TemplateKey;

/**
 * One thing that fills the template: SQL scripts, Flyway migrations, a Liquibase changelog. Sources run in order
 * against the empty template; each also feeds the template key everything of it that shapes the result.
 */
public interface TemplateSource {
    /** For the log, e.g. {@code Flyway migrations in src/main/resources/db/migration}. */
    String describe();

    /**
     * Fails before any database is created: a missing file or directory, or a library that is not on the class
     * path. Also called before the key is computed.
     */
    void check();

    /** Adds its contents (in order, with names) and its configuration to the key. */
    void addTo(TemplateKey key);

    /** Runs against the template; returns a summary for the log, e.g. {@code 12 statement(s)}. */
    String apply(Backend backend, Database template) throws SQLException;
}
