package io.github.dblifecycle.core.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.DbLifecycleException;

/**
 * One psql meta-command line, {@code \name arg …}, with its arguments read as psql reads them: blank-separated,
 * {@code '…'} quoted (with {@code ''} and backslash escapes), {@code "…"} kept with its quotes, and
 * {@code :name}/{@code :'name'} replaced by variables.
 *
 * @param name the command without its backslash, e.g. {@code i}
 * @param text the rest of the line after the name, as written (for {@code \echo})
 */
record PsqlMetaCommand(String name, List<String> arguments, String text) {
    private static final Pattern DBNAME =
            Pattern.compile("dbname\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'|dbname\\s*=\\s*(\\S+)");

    static PsqlMetaCommand parse(String line, PsqlVariables variables) {
        String s = line.strip();
        int i = 1;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\\') {
            i++;
        }
        String name = s.substring(1, i);
        String rest = s.substring(i).strip();
        List<String> args = new ArrayList<>();
        int p = 0;
        while (p < rest.length()) {
            char c = rest.charAt(p);
            if (Character.isWhitespace(c)) {
                p++;
                continue;
            }
            if (c == '\\' && p + 1 < rest.length() && rest.charAt(p + 1) == '\\') {
                break; // \\ separates a second command; psql would run it, nothing here needs it
            }
            StringBuilder arg = new StringBuilder();
            while (p < rest.length() && !Character.isWhitespace(rest.charAt(p))) {
                c = rest.charAt(p);
                if (c == '\'') {
                    p++;
                    while (p < rest.length()) {
                        char q = rest.charAt(p);
                        if (q == '\'' && p + 1 < rest.length() && rest.charAt(p + 1) == '\'') {
                            arg.append('\'');
                            p += 2;
                        } else if (q == '\'') {
                            p++;
                            break;
                        } else if (q == '\\' && p + 1 < rest.length()) {
                            char e = rest.charAt(p + 1);
                            arg.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                            p += 2;
                        } else {
                            arg.append(q);
                            p++;
                        }
                    }
                } else if (c == '"') {
                    int close = rest.indexOf('"', p + 1);
                    close = close < 0 ? rest.length() - 1 : close;
                    arg.append(rest, p, close + 1);
                    p = close + 1;
                } else if (c == ':' && p + 1 < rest.length()) {
                    p = variable(rest, p, arg, variables);
                } else {
                    arg.append(c);
                    p++;
                }
            }
            args.add(arg.toString());
        }
        return new PsqlMetaCommand(name, List.copyOf(args), String.join(" ", args));
    }

    /** At a colon: appends the variable's value when one is named and set, else the colon; returns the new offset. */
    private static int variable(String s, int p, StringBuilder arg, PsqlVariables variables) {
        char next = s.charAt(p + 1);
        if (next == '\'' || next == '"') {
            int close = s.indexOf(next, p + 2);
            if (close > 0 && variables.get(s.substring(p + 2, close)) != null) {
                String value = variables.get(s.substring(p + 2, close));
                arg.append(next == '\'' ? PsqlVariables.literal(value) : PsqlVariables.identifier(value));
                return close + 1;
            }
        } else {
            int end = p + 1;
            while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                end++;
            }
            String value = end > p + 1 ? variables.get(s.substring(p + 1, end)) : null;
            if (value != null) {
                arg.append(value);
                return end;
            }
        }
        arg.append(':');
        return p + 1;
    }

    /** The i-th argument, or an error naming the command and where it is. */
    String argument(int index, String where) {
        if (index >= arguments.size()) {
            throw new DbLifecycleException("\\" + name + where + " lacks its argument.");
        }
        return arguments.get(index);
    }

    /**
     * The database a {@code \connect} names: its first argument that is not an option, or the dbname of a
     * connection string ({@code "dbname='x'"}, as pg_dump writes odd names); {@code null} for none.
     */
    String database() {
        for (String arg : arguments) {
            if (arg.startsWith("-")) {
                continue;
            }
            String unquoted = arg.startsWith("\"") && arg.endsWith("\"") && arg.length() > 1
                    ? arg.substring(1, arg.length() - 1).replace("\"\"", "\"")
                    : arg;
            Matcher m = DBNAME.matcher(unquoted);
            if (m.find()) {
                return m.group(1) != null ? m.group(1).replaceAll("\\\\(.)", "$1") : m.group(2);
            }
            // psql keeps a quoted name's case and folds nothing: \connect "MyDb" and \connect MyDb both mean MyDb
            return unquoted;
        }
        return null;
    }
}
