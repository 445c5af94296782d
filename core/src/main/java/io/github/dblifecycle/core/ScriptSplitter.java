package io.github.dblifecycle.core;

import java.util.List;

/**
 * Cuts a script into statements the way the database's own command-line client would, so real scripts work:
 * semicolons in string literals, quoted identifiers and comments do not end a statement, nor do those inside
 * dollar-quoted bodies (PostgreSQL) or trigger bodies (SQLite). Each backend has its own.
 */
public interface ScriptSplitter {
    /** @throws DbLifecycleException for an unterminated string, comment or block, naming the line it started on */
    List<SqlStatement> split(String script);

    /** How a script file of this dialect is run when it needs more than splitting; {@code null}: read and split. */
    default ScriptLoader loader() {
        return null;
    }
}
