package io.github.dblifecycle.core.postgresql;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ScriptLoader;
import io.github.dblifecycle.core.ScriptSplitter;
import io.github.dblifecycle.core.SqlLexer;
import io.github.dblifecycle.core.SqlLexer.Feature;
import io.github.dblifecycle.core.SqlLexer.Kind;
import io.github.dblifecycle.core.SqlLexer.Token;
import io.github.dblifecycle.core.SqlStatement;
import io.github.dblifecycle.core.StatementCollector;

/**
 * Splits a script the way psql does (psqlscan.l): a semicolon ends a statement unless it is quoted, commented,
 * inside parentheses (CREATE RULE … DO (…; …)) or inside the BEGIN ATOMIC … END body of a SQL-standard function
 * or procedure (PostgreSQL 14+). psql's backslash meta-commands are rejected: they are client commands the server
 * would not understand. Assumes standard_conforming_strings=on (the default since 9.1): backslashes are only
 * escapes inside E'…'.
 */
public final class PostgresScriptSplitter implements ScriptSplitter {
    private static final Set<Feature> SYNTAX =
            EnumSet.of(Feature.NESTED_BLOCK_COMMENTS, Feature.DOLLAR_QUOTES, Feature.ESCAPE_STRINGS);

    private final boolean keepOwnership;

    public PostgresScriptSplitter() {
        this(false);
    }

    /** @param keepOwnership run ownership and privilege statements for missing roles too (and fail on them) */
    PostgresScriptSplitter(boolean keepOwnership) {
        this.keepOwnership = keepOwnership;
    }

    @Override
    public List<SqlStatement> split(String script) {
        return scan(script, 1, false).statements();
    }

    /** psql scripts and pg_dump output are streamed: COPY data goes to the server as it is read. */
    @Override
    public ScriptLoader loader() {
        return new PsqlScriptLoader(this, keepOwnership);
    }

    /** Splits a part of a script that begins on line {@code firstLine}, numbering statements and errors so. */
    List<SqlStatement> split(String part, int firstLine) {
        return scan(part, firstLine, false).statements();
    }

    /**
     * The statements that are complete in {@code part} (a piece of a script read so far, starting on line
     * {@code firstLine}), and where the unfinished rest begins.
     */
    Partial splitComplete(String part, int firstLine) {
        return scan(part, firstLine, true);
    }

    /**
     * @param statements the complete statements, numbered with the script's lines
     * @param rest offset in the part of the first character after the last complete statement's semicolon
     * @param inQuote whether the part ends inside a string, quoted identifier, comment or dollar quote
     */
    record Partial(List<SqlStatement> statements, int rest, boolean inQuote) {}

    private Partial scan(String script, int firstLine, boolean partial) {
        SqlLexer lexer = new SqlLexer(script, SYNTAX, firstLine);
        StatementCollector statement = new StatementCollector(script);
        int lastEnd = 0;
        int parens = 0;
        // Open BEGIN / CASE blocks of a BEGIN ATOMIC body, counted as psql does; their END closes them.
        int blocks = 0;
        int atomicLine = 0;
        while (true) {
            Token token;
            try {
                token = lexer.next();
            } catch (DbLifecycleException unterminated) {
                if (!partial) {
                    throw unterminated;
                }
                return new Partial(statement.statements(), lastEnd, true);
            }
            if (token == null) {
                break;
            }
            if (token.kind() == Kind.SEMICOLON && parens == 0 && blocks == 0) {
                statement.endStatement();
                lastEnd = token.end();
                continue;
            }
            if (token.text().equals("\\")) {
                throw metaCommand(script, token);
            }
            statement.add(token);
            if (token.text().equals("(")) {
                parens++;
            } else if (token.text().equals(")")) {
                parens = Math.max(0, parens - 1);
            } else if (token.kind() == Kind.WORD && parens == 0 && isRoutine(statement)) {
                if (token.isWord("BEGIN")) {
                    atomicLine = blocks == 0 ? token.line() : atomicLine;
                    blocks++;
                } else if (token.isWord("CASE") && blocks > 0) {
                    // Only inside a body: a CASE in RETURN CASE … END has nothing to close.
                    blocks++;
                } else if (token.isWord("END") && blocks > 0) {
                    blocks--;
                }
            }
        }
        if (partial) {
            return new Partial(statement.statements(), lastEnd, false);
        }
        if (blocks > 0) {
            throw new DbLifecycleException("Unterminated BEGIN ATOMIC body: the BEGIN on line " + atomicLine
                    + " of the function or procedure starting on line " + statement.line()
                    + " has no matching END; add END; after its last statement");
        }
        statement.endStatement();
        return new Partial(statement.statements(), script.length(), false);
    }

    /** Only routines have BEGIN ATOMIC bodies; elsewhere BEGIN (a transaction) and END are plain statements. */
    private static boolean isRoutine(StatementCollector statement) {
        return statement.startsWith("CREATE", "FUNCTION")
                || statement.startsWith("CREATE", "PROCEDURE")
                || statement.startsWith("CREATE", "OR", "REPLACE", "FUNCTION")
                || statement.startsWith("CREATE", "OR", "REPLACE", "PROCEDURE");
    }

    private static DbLifecycleException metaCommand(String script, Token backslash) {
        int end = backslash.end();
        while (end < script.length() && !Character.isWhitespace(script.charAt(end))) {
            end++;
        }
        String command = script.substring(backslash.start(), end);
        return new DbLifecycleException("psql meta-command " + command + " on line " + backslash.line()
                + " is not SQL: it is a command of the psql client, and db-lifecycle sends the script's statements"
                + " to the server over JDBC. Remove it (the plugin already connects to the right database; put"
                + " included files in the plugin's script list instead of \\i).");
    }
}
