package io.github.dblifecycle.core.sqlite;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ScriptSplitter;
import io.github.dblifecycle.core.SqlLexer;
import io.github.dblifecycle.core.SqlLexer.Feature;
import io.github.dblifecycle.core.SqlLexer.Kind;
import io.github.dblifecycle.core.SqlLexer.Token;
import io.github.dblifecycle.core.SqlStatement;
import io.github.dblifecycle.core.StatementCollector;

/**
 * Splits a script the way the sqlite3 shell does: a semicolon ends a statement unless it is quoted
 * ('…', "…", […], `…`), commented, or inside the BEGIN … END body of a CREATE [TEMP|TEMPORARY] TRIGGER. Unlike
 * sqlite3_complete(), which takes any "END;" as the end of the trigger, CASE … END is counted, so a body statement
 * ending in a CASE expression does not cut the trigger short.
 */
public final class SqliteScriptSplitter implements ScriptSplitter {
    private static final Set<Feature> SYNTAX = EnumSet.of(Feature.BRACKET_IDENTIFIERS, Feature.BACKTICK_IDENTIFIERS);

    @Override
    public List<SqlStatement> split(String script) {
        SqlLexer lexer = new SqlLexer(script, SYNTAX);
        StatementCollector statement = new StatementCollector(script);
        // In a trigger: open BEGIN / CASE blocks, and where the body's BEGIN was (0 until it is seen).
        int blocks = 0;
        int bodyLine = 0;
        for (Token token = lexer.next(); token != null; token = lexer.next()) {
            if (token.kind() == Kind.SEMICOLON && (!isTrigger(statement) || bodyLine > 0 && blocks == 0)) {
                statement.endStatement();
                blocks = 0;
                bodyLine = 0;
                continue;
            }
            statement.add(token);
            if (token.kind() == Kind.WORD && isTrigger(statement)) {
                if (token.isWord("BEGIN")) {
                    bodyLine = bodyLine == 0 ? token.line() : bodyLine;
                    blocks++;
                } else if (token.isWord("CASE")) {
                    // Counted before the body too: a WHEN clause may hold CASE … END.
                    blocks++;
                } else if (token.isWord("END") && blocks > 0) {
                    blocks--;
                }
            }
        }
        if (isTrigger(statement) && (bodyLine == 0 || blocks > 0)) {
            throw unterminatedTrigger(statement.line(), bodyLine);
        }
        statement.endStatement();
        return statement.statements();
    }

    private static boolean isTrigger(StatementCollector statement) {
        return statement.startsWith("CREATE", "TRIGGER")
                || statement.startsWith("CREATE", "TEMP", "TRIGGER")
                || statement.startsWith("CREATE", "TEMPORARY", "TRIGGER");
    }

    private static DbLifecycleException unterminatedTrigger(int triggerLine, int bodyLine) {
        String where = bodyLine == 0
                ? "the CREATE TRIGGER on line " + triggerLine + " has no BEGIN … END body"
                : "the BEGIN on line " + bodyLine + " of the CREATE TRIGGER on line " + triggerLine
                        + " has no matching END";
        return new DbLifecycleException("Unterminated trigger body: " + where
                + "; end the body with END; (the semicolons inside it do not end the trigger)");
    }
}
