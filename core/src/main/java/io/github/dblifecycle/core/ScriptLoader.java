package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.sql.Connection;

/**
 * Runs one script file of a dialect whose client does more than split statements (psql's meta-commands and COPY
 * data, mysqldump's raw binary strings): it streams the file instead of reading it whole.
 */
public interface ScriptLoader {
    /** Fails early, before any database is created, for a script that cannot be loaded (missing, empty, wrong format). */
    void check(Path script);

    /** Runs the script on {@code connection} (autocommit); returns how many statements ran. */
    int run(Connection connection, Path script, Log log);
}
