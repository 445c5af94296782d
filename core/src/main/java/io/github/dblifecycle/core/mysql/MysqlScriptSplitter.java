package io.github.dblifecycle.core.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ScriptLoader;
import io.github.dblifecycle.core.ScriptSplitter;
import io.github.dblifecycle.core.SqlStatement;

/**
 * Splits a script the way the {@code mysql}/{@code mariadb} command-line client does (client/mysql.cc):
 * <ul>
 *   <li>{@code DELIMITER xx} on a line of its own, between statements, sets the delimiter ({@code ;;}, {@code //},
 *       {@code $$}, ...); it is matched as text anywhere outside quotes and comments, so {@code END$$} ends a
 *       statement just as in the client;</li>
 *   <li>{@code '…'} and {@code "…"} with backslash escapes and doubled quotes, {@code `…`} with doubled
 *       backticks;</li>
 *   <li>{@code #} comments, {@code -- } comments (the dashes must be followed by a blank or control character:
 *       {@code 5--3} is arithmetic), {@code /* … *}{@code /} comments;</li>
 *   <li>{@code /*! … *}{@code /}, {@code /*!50003 … *}{@code /} and MariaDB's {@code /*M! … *}{@code /} are SQL
 *       that the server runs: they are kept, and a statement that is only such a comment is sent.</li>
 * </ul>
 * This does not reuse {@code SqlLexer}: the client matches the delimiter as raw text, which a tokenizer would merge
 * into words ({@code END$$}, {@code END//}). {@code USE} and {@code SOURCE} are refused: they would point the rest
 * of the script at another database or at a file the plugin does not read.
 */
public final class MysqlScriptSplitter implements ScriptSplitter {

    @Override
    public List<SqlStatement> split(String script) {
        return new Scan(script, 1, ";", false).run();
    }

    /** mysqldump output is streamed, and its binary strings are sent intact ({@link MysqlDumpLoader}). */
    @Override
    public ScriptLoader loader() {
        return new MysqlDumpLoader(this);
    }

    /**
     * The statements complete in {@code part}, a piece of a script read so far that starts on line {@code firstLine}
     * with {@code delimiter} in force. {@code USE} comes back as a statement: the loader decides about it.
     */
    Partial splitComplete(String part, int firstLine, String delimiter) {
        Scan scan = new Scan(part, firstLine, delimiter, true);
        try {
            scan.run();
        } catch (DbLifecycleException e) {
            if (!e.getMessage().startsWith("Unterminated")) {
                throw e;
            }
            // an open quote or comment: the rest of it is in lines not read yet
        }
        return new Partial(List.copyOf(scan.complete), scan.lastEnd, scan.lastEndLine, scan.lastDelimiter);
    }

    /** The rest of a script that starts on line {@code firstLine}, to its end. */
    List<SqlStatement> splitRest(String rest, int firstLine, String delimiter) {
        return new Scan(rest, firstLine, delimiter, true).run();
    }

    /**
     * @param statements the complete statements, numbered with the script's lines
     * @param rest offset in the part where the unfinished rest starts
     * @param restLine the script's line at {@code rest}
     * @param delimiter the delimiter in force at {@code rest}
     */
    record Partial(List<SqlStatement> statements, int rest, int restLine, String delimiter) {}

    private static final class Scan {
        private final String s;
        private final List<SqlStatement> out = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private final boolean passUse;
        /** The statements ended by a delimiter, where the last one ended, and the delimiter in force there. */
        private final List<SqlStatement> complete = new ArrayList<>();

        private int lastEnd;
        private int lastEndLine;
        private String lastDelimiter;
        private String delimiter;
        private int pos;
        private int line;
        /** Line of the statement's first real character; 0 while the statement is still blank. */
        private int statementLine;
        /** Nesting of {@code /*!} comments we are inside (their content is SQL). */
        private int versionComments;

        private int versionCommentLine;

        Scan(String script, int firstLine, String delimiter, boolean passUse) {
            this.s = !script.isEmpty() && script.charAt(0) == '\uFEFF' ? script.substring(1) : script;
            this.line = firstLine;
            this.lastEndLine = firstLine;
            this.delimiter = delimiter;
            this.lastDelimiter = delimiter;
            this.passUse = passUse;
        }

        List<SqlStatement> run() {
            while (pos < s.length()) {
                if (statementLine == 0 && atLineStart() && delimiterCommand()) {
                    lastEnd = pos;
                    lastEndLine = line;
                    lastDelimiter = delimiter;
                    continue;
                }
                if (s.startsWith(delimiter, pos) && versionComments == 0) {
                    pos += delimiter.length();
                    endStatement();
                    complete.addAll(out.subList(complete.size(), out.size()));
                    lastEnd = pos;
                    lastEndLine = line;
                    lastDelimiter = delimiter;
                    continue;
                }
                char c = s.charAt(pos);
                if (c == '\'' || c == '"') {
                    quoted(c, true, c == '\'' ? "string literal" : "double-quoted string");
                } else if (c == '`') {
                    quoted('`', false, "quoted identifier");
                } else if (c == '#') {
                    lineComment();
                } else if (c == '-' && charAt(pos + 1) == '-' && isDashCommentEnd(charAt(pos + 2), pos + 2)) {
                    lineComment();
                } else if (c == '/' && charAt(pos + 1) == '*') {
                    blockComment();
                } else if (c == '*' && charAt(pos + 1) == '/' && versionComments > 0) {
                    versionComments--;
                    take(2);
                } else {
                    if (!Character.isWhitespace(c)) {
                        begin();
                    }
                    int run = plainRun();
                    // A plain run holds no line break but perhaps at its first character.
                    if (c == '\n') {
                        line++;
                    }
                    if (statementLine > 0) {
                        current.append(s, pos, pos + run);
                    }
                    pos += run;
                }
            }
            if (versionComments > 0) {
                throw unterminated("version comment", "/*!", "*/", versionCommentLine);
            }
            endStatement();
            return out;
        }

        /** {@code DELIMITER xx} (any case) alone on its line, or {@code \d xx}: consumes the line, sets xx. */
        private boolean delimiterCommand() {
            int i = pos;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            int argStart;
            if (s.regionMatches(true, i, "DELIMITER", 0, 9) && isBlank(charAt(i + 9))) {
                argStart = i + 9;
            } else if (s.startsWith("\\d", i) && isBlank(charAt(i + 2))) {
                argStart = i + 2;
            } else {
                return false;
            }
            int eol = s.indexOf('\n', argStart);
            eol = eol < 0 ? s.length() : eol;
            String arg = s.substring(argStart, eol).strip();
            // The client takes the first word; a quoted delimiter may contain blanks.
            if (!arg.isEmpty() && (arg.charAt(0) == '\'' || arg.charAt(0) == '"' || arg.charAt(0) == '`')) {
                int close = arg.indexOf(arg.charAt(0), 1);
                arg = close > 0 ? arg.substring(1, close) : arg.substring(1);
            } else {
                int blank = indexOfBlank(arg);
                arg = blank < 0 ? arg : arg.substring(0, blank);
            }
            if (arg.isEmpty()) {
                throw new DbLifecycleException("DELIMITER on line " + line + " names no delimiter; write e.g. "
                        + "DELIMITER ;; (and DELIMITER ; to go back)");
            }
            if (arg.contains("\\")) {
                throw new DbLifecycleException("DELIMITER on line " + line + " contains a backslash, which the mysql "
                        + "client does not allow either; choose another delimiter such as ;; or //");
            }
            delimiter = arg;
            pos = eol;
            return true;
        }

        private void quoted(char quote, boolean backslashEscapes, String what) {
            int startLine = line;
            begin();
            // One pass to the closing quote, then one append: extended INSERTs of many MB are mostly literals.
            // Line breaks are counted here, in the one pass, not again by take().
            int i = pos + 1;
            int n = s.length();
            int newlines = 0;
            while (true) {
                if (i >= n) {
                    throw unterminated(what, String.valueOf(quote), String.valueOf(quote), startLine);
                }
                char c = s.charAt(i);
                if (c == quote) {
                    if (i + 1 < n && s.charAt(i + 1) == quote) {
                        i += 2;
                        continue;
                    }
                    current.append(s, pos, i + 1);
                    line += newlines;
                    pos = i + 1;
                    return;
                }
                if (c == '\\' && backslashEscapes && i + 1 < n) {
                    if (s.charAt(i + 1) == '\n') {
                        newlines++;
                    }
                    i += 2;
                } else {
                    if (c == '\n') {
                        newlines++;
                    }
                    i++;
                }
            }
        }

        /**
         * How many characters from pos, inside a statement, are plain: none of them can start a quote, a comment or
         * the delimiter, or end a version comment; at least one. A line break ends the run.
         */
        private int plainRun() {
            if (statementLine == 0) {
                return 1; // blank space between statements: the next real character begins one
            }
            char first = delimiter.charAt(0);
            int i = pos + 1;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c == first
                        || c == '\''
                        || c == '"'
                        || c == '`'
                        || c == '#'
                        || c == '-'
                        || c == '/'
                        || c == '*'
                        || c == '\n') {
                    break;
                }
                i++;
            }
            return i - pos;
        }

        private void lineComment() {
            int eol = s.indexOf('\n', pos);
            eol = eol < 0 ? s.length() : eol;
            if (statementLine > 0) {
                current.append(s, pos, eol); // kept inside a statement; the server skips it too
            }
            pos = eol;
        }

        private void blockComment() {
            boolean executable = charAt(pos + 2) == '!' || charAt(pos + 2) == 'M' && charAt(pos + 3) == '!';
            if (executable) {
                // Its content is SQL: scan on, and let the matching */ close it (see run()).
                if (versionComments == 0) {
                    versionCommentLine = line;
                }
                versionComments++;
                begin();
                take(charAt(pos + 2) == 'M' ? 4 : 3);
                return;
            }
            int startLine = line;
            int close = s.indexOf("*/", pos + 2);
            if (close < 0) {
                throw unterminated("comment", "/*", "*/", startLine);
            }
            if (statementLine > 0) {
                current.append(s, pos, close + 2);
            }
            countLines(pos, close + 2);
            pos = close + 2;
        }

        /** The first real character of a statement. */
        private void begin() {
            if (statementLine == 0) {
                statementLine = line;
                current.setLength(0);
                checkClientCommand();
            }
        }

        /** USE and SOURCE are client commands here; executed over JDBC they would do something else. */
        private void checkClientCommand() {
            int i = pos;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String word = s.substring(pos, i).toUpperCase(Locale.ROOT);
            if ((word.equals("USE") && !passUse || word.equals("SOURCE")) && isBlank(charAt(i))) {
                throw new DbLifecycleException(word + " on line " + line + " is not allowed in a template script: "
                        + (word.equals("USE")
                                ? "db-lifecycle runs the scripts in the template database it created, and USE would "
                                        + "point the rest of the script at another database. Remove it."
                                : "list the sourced file in the plugin's <scripts> instead."));
            }
        }

        private void endStatement() {
            if (statementLine > 0) {
                String sql = current.toString().strip();
                if (!sql.isEmpty()) {
                    out.add(new SqlStatement(sql, statementLine));
                }
            }
            statementLine = 0;
            current.setLength(0);
        }

        private void take(int n) {
            int end = Math.min(s.length(), pos + n);
            if (statementLine > 0) {
                current.append(s, pos, end);
            }
            countLines(pos, end);
            pos = end;
        }

        private void countLines(int from, int to) {
            for (int i = from; i < to; i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                }
            }
        }

        private boolean atLineStart() {
            int i = pos - 1;
            while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) {
                i--;
            }
            return i < 0 || s.charAt(i) == '\n';
        }

        /** MySQL: "--" starts a comment only when followed by a blank or control character, or at the end. */
        private boolean isDashCommentEnd(char c, int index) {
            return index >= s.length() || c <= ' ';
        }

        private char charAt(int i) {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0';
        }

        private static int indexOfBlank(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isWhitespace(text.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }

        private static DbLifecycleException unterminated(String what, String opener, String closer, int line) {
            return new DbLifecycleException("Unterminated " + what + ": the " + opener + " on line " + line
                    + " is never closed; add the missing " + closer);
        }
    }
}
