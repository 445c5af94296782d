package io.github.dblifecycle.core.postgresql;

import io.github.dblifecycle.core.ScriptSplitter;
import io.github.dblifecycle.core.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * TEMPORARY placeholder that splits on every ';'. The real splitter (string literals, comments, bodies) is being
 * written separately and replaces this file.
 */
public final class PostgresScriptSplitter implements ScriptSplitter {
    public PostgresScriptSplitter() {}

    @Override
    public List<SqlStatement> split(String script) {
        List<SqlStatement> out = new ArrayList<>();
        int line = 1;
        int startLine = 1;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == ';') {
                add(out, current, startLine);
                current.setLength(0);
            } else {
                if (current.toString().isBlank() && !Character.isWhitespace(c)) {
                    startLine = line;
                }
                current.append(c);
            }
            if (c == '\n') {
                line++;
            }
        }
        add(out, current, startLine);
        return out;
    }

    private static void add(List<SqlStatement> out, StringBuilder sql, int line) {
        if (!sql.toString().isBlank()) {
            out.add(new SqlStatement(sql.toString().strip(), line));
        }
    }
}
