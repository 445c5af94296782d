package io.github.dblifecycle.core.oracle;

import java.util.Locale;
import java.util.Set;

import io.github.dblifecycle.core.DbLifecycleException;

/**
 * What to do with a SQL*Plus client command found where a statement would start. Commands that only print, spool
 * or format output, or that ask for what db-lifecycle does anyway (stop at the first error, no {@code &}
 * substitution), are skipped; any other changes how SQL*Plus reads or runs the script, and is rejected with the
 * line and what to write instead, never silently ignored.
 */
final class SqlPlusCommands {
    enum Action {
        SQL,
        SKIP_LINE,
        EXIT
    }

    /** SET options that only change SQL*Plus's output (or say what db-lifecycle does anyway: no substitution). */
    private static final Set<String> OUTPUT_ONLY_SET = Set.of(
            "ECHO",
            "FEEDBACK",
            "FEED",
            "HEADING",
            "HEA",
            "LINESIZE",
            "LIN",
            "PAGESIZE",
            "PAGES",
            "SERVEROUTPUT",
            "SERVEROUT",
            "TERMOUT",
            "TERM",
            "TIMING",
            "TIMI",
            "TRIMSPOOL",
            "TRIMS",
            "TRIMOUT",
            "TRIMO",
            "VERIFY",
            "VER",
            "LONG",
            "WRAP",
            "TAB",
            "NEWPAGE",
            "NEWP",
            "COLSEP",
            "NUMWIDTH",
            "NUM",
            "SQLPROMPT",
            "SQLP",
            "TIME",
            "TI",
            "AUTOTRACE",
            "AUTOT",
            "UNDERLINE",
            "UND");
    /** SQL statements that start with SET. */
    private static final Set<String> SQL_SET = Set.of("TRANSACTION", "ROLE", "CONSTRAINT", "CONSTRAINTS");

    private static final Set<String> REMARK = Set.of("REM", "REMA", "REMAR", "REMARK");
    private static final Set<String> PROMPT = Set.of("PRO", "PROM", "PROMP", "PROMPT");
    private static final Set<String> SPOOL = Set.of("SPO", "SPOO", "SPOOL");
    private static final Set<String> EXIT = Set.of("EXIT", "QUIT");
    private static final Set<String> VARIABLES =
            Set.of("DEFINE", "DEF", "UNDEFINE", "UNDEF", "ACCEPT", "ACC", "VARIABLE", "VAR", "PRINT");
    private static final Set<String> CONNECT = Set.of("CONNECT", "CONN", "DISCONNECT", "DISC");
    private static final Set<String> OTHER_CLIENT = Set.of(
            "HOST",
            "DESCRIBE",
            "DESC",
            "SHOW",
            "SHO",
            "COLUMN",
            "COL",
            "TTITLE",
            "TTI",
            "BTITLE",
            "BTI",
            "BREAK",
            "BRE",
            "COMPUTE",
            "COMP",
            "CLEAR",
            "CL",
            "PAUSE",
            "STORE",
            "SAVE",
            "GET",
            "EDIT",
            "RUN",
            "STARTUP",
            "SHUTDOWN",
            "RECOVER",
            "ARCHIVE",
            "COPY",
            "PASSWORD",
            "ATTRIBUTE",
            "REPHEADER",
            "REPFOOTER",
            "HELP",
            "XQUERY");

    private SqlPlusCommands() {}

    /**
     * @param word the first word of the line (a {@code @}, {@code @@} or {@code !} counts as a word here)
     * @param rest the rest of that line
     * @param line its 1-based number, for the message
     */
    static Action classify(String word, String rest, int line) {
        String w = word.toUpperCase(Locale.ROOT);
        String next = firstWord(rest);
        if (REMARK.contains(w) || PROMPT.contains(w) || SPOOL.contains(w)) {
            return Action.SKIP_LINE;
        }
        if (w.equals("SET")) {
            if (SQL_SET.contains(next)) {
                return Action.SQL;
            }
            if (OUTPUT_ONLY_SET.contains(next)
                    || next.equals("DEFINE") && firstWord(afterFirstWord(rest)).equals("OFF")
                    || (next.equals("SQLBLANKLINES") || next.equals("SQLBL"))
                            && firstWord(afterFirstWord(rest)).equals("ON")) {
                return Action.SKIP_LINE;
            }
            throw reject(
                    "SET " + next,
                    line,
                    "it changes how SQL*Plus reads or runs the script, which db-lifecycle "
                            + "does not emulate (it never substitutes &variables, keeps blank lines inside statements, ends "
                            + "statements with ; or a line holding only /, and stops at the first error). Remove it");
        }
        if (w.equals("WHENEVER")) {
            // db-lifecycle always stops at the first error: "WHENEVER SQLERROR EXIT ..." asks for exactly that.
            if (next.equals("OSERROR")
                    || next.equals("SQLERROR")
                            && firstWord(afterFirstWord(rest)).equals("EXIT")) {
                return Action.SKIP_LINE;
            }
            throw reject(
                    "WHENEVER " + next,
                    line,
                    "db-lifecycle always stops at the first error and cannot continue " + "past one. Remove it");
        }
        if (EXIT.contains(w)) {
            return Action.EXIT;
        }
        if (w.equals("@") || w.equals("@@") || w.equals("START") || w.equals("STA")) {
            throw reject(
                    word,
                    line,
                    "it runs another script file. List that file in the plugin parameter <scripts> "
                            + "instead, in the order the scripts must run");
        }
        if (w.equals("EXEC") || w.equals("EXECUTE")) {
            throw reject(
                    word,
                    line,
                    "it is SQL*Plus shorthand for a PL/SQL call. Write it as an anonymous block: " + "BEGIN "
                            + rest.strip().replaceAll(";\\s*$", "") + "; END; followed by a line holding only /");
        }
        if (VARIABLES.contains(w)) {
            throw reject(
                    word,
                    line,
                    "substitution and bind variables are SQL*Plus features db-lifecycle does not "
                            + "emulate. Write the values into the statements");
        }
        if (CONNECT.contains(w)) {
            throw reject(word, line, "db-lifecycle runs every script connected as the template's own user. Remove it");
        }
        if (w.equals("!") || OTHER_CLIENT.contains(w)) {
            throw reject(word, line, "it is a command of the SQL*Plus client, not SQL. Remove it");
        }
        return Action.SQL;
    }

    static DbLifecycleException reject(String command, int line, String why) {
        return new DbLifecycleException("SQL*Plus command " + command + " on line " + line + " is not supported: "
                + why + ". (db-lifecycle sends each SQL statement and PL/SQL block to the server over JDBC; it is "
                + "not SQL*Plus.)");
    }

    private static String firstWord(String text) {
        String t = text.strip();
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != ';') {
            end++;
        }
        return t.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static String afterFirstWord(String text) {
        String t = text.strip();
        String first = firstWord(t);
        return t.substring(Math.min(first.length(), t.length()));
    }
}
