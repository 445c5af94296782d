package io.github.dblifecycle.core.postgresql;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.SqlLexer;
import io.github.dblifecycle.core.SqlLexer.Feature;
import io.github.dblifecycle.core.SqlLexer.Kind;
import io.github.dblifecycle.core.SqlLexer.Token;

/**
 * psql's {@code \set} variables and their interpolation into SQL as psql does it: {@code :name} (the value as is),
 * {@code :'name'} (a string literal), {@code :"name"} (a quoted identifier); never inside quotes or comments, never
 * in a {@code ::} cast; an unknown name is left alone.
 */
final class PsqlVariables {
    private final Map<String, String> values = new HashMap<>();

    void set(String name, String value) {
        values.put(name, value);
    }

    void unset(String name) {
        values.remove(name);
    }

    String get(String name) {
        return values.get(name);
    }

    /** The statement with the variables it names replaced by their values. */
    String substitute(String sql) {
        if (values.isEmpty() || sql.indexOf(':') < 0) {
            return sql;
        }
        List<Token> tokens = new ArrayList<>();
        SqlLexer lexer = new SqlLexer(
                sql, EnumSet.of(Feature.NESTED_BLOCK_COMMENTS, Feature.DOLLAR_QUOTES, Feature.ESCAPE_STRINGS));
        for (Token t = lexer.next(); t != null; t = lexer.next()) {
            tokens.add(t);
        }
        StringBuilder out = new StringBuilder(sql.length());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String replaced = null;
            if (t.text().equals(":") && i + 1 < tokens.size() && !isColon(tokens, i - 1) && !isColon(tokens, i + 1)) {
                Token next = tokens.get(i + 1);
                if (next.kind() == Kind.WORD && values.containsKey(next.text())) {
                    replaced = values.get(next.text());
                } else if (next.kind() == Kind.QUOTED && next.text().length() > 2) {
                    char quote = next.text().charAt(0);
                    String name = next.text().substring(1, next.text().length() - 1);
                    if ((quote == '\'' || quote == '"') && values.containsKey(name)) {
                        replaced = quote == '\'' ? literal(values.get(name)) : identifier(values.get(name));
                    }
                }
            }
            if (replaced != null) {
                out.append(replaced);
                i++;
            } else {
                out.append(t.text());
            }
        }
        return out.toString();
    }

    private static boolean isColon(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).text().equals(":");
    }

    /** As PQescapeLiteral: quotes doubled, and an E'…' string with doubled backslashes when there are any. */
    static String literal(String value) {
        String quoted = "'" + value.replace("'", "''") + "'";
        return value.indexOf('\\') < 0 ? quoted : " E" + quoted.replace("\\", "\\\\");
    }

    static String identifier(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
