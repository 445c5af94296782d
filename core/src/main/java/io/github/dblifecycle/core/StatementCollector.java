package io.github.dblifecycle.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gathers the tokens of the statement being read and turns them into {@link SqlStatement}s. The dialect decides
 * where a statement ends; this class owns what every dialect agrees on: blank space and comments before the first
 * real token belong to no statement (so a comment-only fragment is never sent to the driver), the statement
 * starts and is numbered at its first real token, comments inside it are kept verbatim, and it is trimmed.
 */
public final class StatementCollector {
    /** Enough to recognise CREATE OR REPLACE FUNCTION, CREATE TEMPORARY TRIGGER and the like. */
    private static final int LEADING_WORDS = 4;

    private final String script;
    private final List<SqlStatement> statements = new ArrayList<>();
    private final List<String> leadingWords = new ArrayList<>(LEADING_WORDS);
    private int start = -1;
    private int end;
    private int line;

    public StatementCollector(String script) {
        this.script = script;
    }

    /** Adds a token to the current statement; leading blank space and comments are dropped. */
    public void add(SqlLexer.Token token) {
        if (start < 0) {
            if (!token.isSignificant()) {
                return;
            }
            start = token.start();
            line = token.line();
        }
        if (token.isSignificant() && leadingWords.size() < LEADING_WORDS) {
            // Anything but a bare word (a quoted name, a parenthesis) is recorded as "" so it matches no keyword.
            leadingWords.add(token.kind() == SqlLexer.Kind.WORD ? token.text().toUpperCase(Locale.ROOT) : "");
        }
        end = token.end();
    }

    /** The line on which the current statement starts (meaningless before its first real token). */
    public int line() {
        return line;
    }

    /** Whether the current statement begins with these unquoted keywords, in any case. */
    public boolean startsWith(String... keywords) {
        if (keywords.length > leadingWords.size()) {
            return false;
        }
        for (int i = 0; i < keywords.length; i++) {
            if (!leadingWords.get(i).equalsIgnoreCase(keywords[i])) {
                return false;
            }
        }
        return true;
    }

    /** Ends the current statement (the delimiter is not part of it); an empty one is dropped. */
    public void endStatement() {
        if (start >= 0) {
            statements.add(new SqlStatement(script.substring(start, end).strip(), line));
        }
        start = -1;
        leadingWords.clear();
    }

    /** Every statement ended so far, in script order. */
    public List<SqlStatement> statements() {
        return List.copyOf(statements);
    }
}
