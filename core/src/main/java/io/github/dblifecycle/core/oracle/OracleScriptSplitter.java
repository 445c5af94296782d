package io.github.dblifecycle.core.oracle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
 * Splits a script the way SQL*Plus runs it. A plain SQL statement ends with {@code ;} (not sent: the driver rejects
 * it) or with a line holding only {@code /}. A PL/SQL unit ({@code DECLARE}/{@code BEGIN} blocks, {@code CREATE [OR
 * REPLACE] [EDITIONABLE|NONEDITIONABLE] FUNCTION|PROCEDURE|PACKAGE [BODY]|TRIGGER|TYPE [BODY]|LIBRARY|JAVA},
 * {@code WITH FUNCTION} queries) ends only with a line holding only {@code /} and keeps its inner semicolons and
 * final {@code END;}. Quoting: {@code '…'}, {@code q'[…]'}, {@code "…"}, {@code --} and {@code /* *}{@code /}.
 *
 * <p>Where it differs from SQL*Plus, on purpose: blank lines never end a statement (SQLBLANKLINES ON); {@code &}
 * is never substituted (SET DEFINE OFF); a {@code /} right after a statement ended by {@code ;} is ignored, where
 * SQL*Plus would run that statement a second time; a PL/SQL unit not ended by {@code /} is an error, where SQL*Plus
 * would silently not run it. SQL*Plus commands: see {@link SqlPlusCommands}.
 */
public final class OracleScriptSplitter implements ScriptSplitter {
    private static final Set<Feature> SYNTAX = EnumSet.of(Feature.Q_QUOTES);
    /** Enough for CREATE OR REPLACE NONEDITIONABLE PACKAGE BODY. */
    private static final int LEADING_WORDS = 6;

    private static final Set<String> PLSQL_UNITS =
            Set.of("FUNCTION", "PROCEDURE", "PACKAGE", "TRIGGER", "TYPE", "LIBRARY", "JAVA", "AND");

    @Override
    public List<SqlStatement> split(String script) {
        SqlLexer lexer = new SqlLexer(script, SYNTAX);
        StatementCollector statement = new StatementCollector(script);
        List<String> words = new ArrayList<>(LEADING_WORDS);
        for (Token token = lexer.next(); token != null; token = lexer.next()) {
            boolean pending = !words.isEmpty();
            if (isSlashLine(script, token)) {
                statement.endStatement(); // nothing pending: SQL*Plus would re-run the last statement; we do not
                words.clear();
                continue;
            }
            if (!pending && token.isSignificant() && startsLine(script, token.start())) {
                String rest = restOfLine(script, token.end());
                SqlPlusCommands.Action action =
                        SqlPlusCommands.classify(commandWord(token, script), rest, token.line());
                if (action == SqlPlusCommands.Action.SKIP_LINE) {
                    skipCommand(lexer, script, token);
                    continue;
                }
                if (action == SqlPlusCommands.Action.EXIT) {
                    requireNothingAfterExit(lexer, token);
                    break;
                }
            }
            if (token.kind() == Kind.SEMICOLON && !isPlsql(words)) {
                statement.endStatement();
                words.clear();
                continue;
            }
            statement.add(token);
            if (token.isSignificant() && words.size() < LEADING_WORDS) {
                words.add(token.kind() == Kind.WORD ? token.text().toUpperCase(Locale.ROOT) : "");
            }
        }
        if (isPlsql(words)) {
            throw new DbLifecycleException(
                    "Unterminated PL/SQL block: the " + String.join(" ", words.subList(0, Math.min(words.size(), 3)))
                            + "… starting on line " + statement.line() + " is not followed by a "
                            + "line holding only /. End every PL/SQL block, CREATE FUNCTION, PROCEDURE, PACKAGE, TRIGGER and "
                            + "TYPE with END; and then / alone on the next line, as SQL*Plus requires.");
        }
        statement.endStatement();
        return statement.statements();
    }

    /** Whether the statement read so far is one SQL*Plus sends as a PL/SQL unit, ended only by a / line. */
    static boolean isPlsql(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        if (first.equals("DECLARE") || first.equals("BEGIN")) {
            return true;
        }
        if (first.equals("WITH")) {
            return words.size() > 1
                    && (words.get(1).equals("FUNCTION") || words.get(1).equals("PROCEDURE"));
        }
        if (!first.equals("CREATE")) {
            return false;
        }
        int i = 1;
        if (i + 1 < words.size()
                && words.get(i).equals("OR")
                && words.get(i + 1).equals("REPLACE")) {
            i += 2;
        }
        if (i < words.size()
                && (words.get(i).equals("EDITIONABLE") || words.get(i).equals("NONEDITIONABLE"))) {
            i++;
        }
        // AND: CREATE OR REPLACE AND COMPILE JAVA SOURCE.
        return i < words.size() && PLSQL_UNITS.contains(words.get(i));
    }

    /** A line holding only / (blanks around it allowed). */
    private static boolean isSlashLine(String script, Token token) {
        return token.text().equals("/")
                && startsLine(script, token.start())
                && restOfLine(script, token.end()).isBlank();
    }

    private static boolean startsLine(String script, int offset) {
        for (int i = offset - 1; i >= 0 && script.charAt(i) != '\n'; i--) {
            if (script.charAt(i) != ' ' && script.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String restOfLine(String script, int offset) {
        int newline = script.indexOf('\n', offset);
        return script.substring(offset, newline < 0 ? script.length() : newline);
    }

    /** {@code @file} lexes as {@code @} then a word: the command is the {@code @} (or {@code @@}). */
    private static String commandWord(Token token, String script) {
        if (token.text().equals("@")) {
            return script.startsWith("@@", token.start()) ? "@@" : "@";
        }
        return token.kind() == Kind.WORD || token.text().equals("!") ? token.text() : "";
    }

    /** Skips a command's line, and the next ones while a line ends with " -" (SQL*Plus's continuation). */
    private static void skipCommand(SqlLexer lexer, String script, Token command) {
        Token rest = lexer.restOfLine();
        boolean remark = command.text().toUpperCase(Locale.ROOT).startsWith("REM");
        while (!remark && rest.text().stripTrailing().endsWith("-")) {
            Token lineBreak = lexer.next();
            if (lineBreak == null) {
                return;
            }
            rest = lexer.restOfLine();
        }
    }

    /** SQL*Plus stops at EXIT: statements after it would never have run, so they are an error, not ignored. */
    private static void requireNothingAfterExit(SqlLexer lexer, Token exit) {
        lexer.restOfLine();
        for (Token t = lexer.next(); t != null; t = lexer.next()) {
            if (t.isSignificant()) {
                throw SqlPlusCommands.reject(
                        exit.text(),
                        exit.line(),
                        "SQL*Plus stops at it, so the statement on "
                                + "line " + t.line() + " after it would never run. Remove the " + exit.text()
                                + " (db-lifecycle runs the next script itself) or the statements after it");
            }
        }
    }
}
