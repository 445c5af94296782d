package io.github.dblifecycle.core.mysql;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DEFINER clauses of views, triggers, routines and events. Creating an object whose DEFINER is another account
 * needs SUPER (MariaDB) or SET_USER_ID/SET_ANY_DEFINER (MySQL 8); without it the server answers ERROR 1227 and a
 * dump-based clone loses every such object. Here the statement is first run as written (so a privileged account
 * gets an exact copy, even when the definer account does not exist: the server only warns); on ERROR 1227 it is
 * run again without the DEFINER clause, which makes the connecting account the definer.
 *
 * <p>Semantics of the fallback: the object then runs with the privileges of the account db-lifecycle connects
 * with (SQL SECURITY DEFINER) instead of the original definer's; SQL SECURITY INVOKER objects behave the same.
 * In a test database created by that very account this is what a test expects, and the fingerprint check leaves
 * definers out for that reason.
 */
final class Definers {
    /** ER_SPECIFIC_ACCESS_DENIED_ERROR: "you need (at least one of) the SUPER/SET USER privilege(s)". */
    static final int ACCESS_DENIED = 1227;

    private static final String ACCOUNT_PART = "(?:`(?:[^`]|``)*`|'(?:[^'\\\\]|\\\\.|'')*'|\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z0-9_$.%-]+)";
    /** DEFINER = user@host, DEFINER = role, DEFINER = CURRENT_USER[()], DEFINER = CURRENT_ROLE. */
    private static final Pattern DEFINER = Pattern.compile("(?i)\\bDEFINER\\s*=\\s*(?:CURRENT_USER(?:\\s*\\(\\s*\\))?"
            + "|CURRENT_ROLE|" + ACCOUNT_PART + "(?:\\s*@\\s*" + ACCOUNT_PART + ")?)");

    private Definers() {}

    /** The statement without its first DEFINER clause (the one in the head that SHOW CREATE puts there). */
    static String strip(String sql) {
        Matcher m = DEFINER.matcher(sql);
        return m.find() ? sql.substring(0, m.start()) + sql.substring(m.end()) : sql;
    }

    static boolean hasDefiner(String sql) {
        return DEFINER.matcher(sql).find();
    }

    /**
     * Runs a CREATE statement; when the account may not name another definer, runs it without the DEFINER clause.
     *
     * @return whether the DEFINER clause had to be dropped
     */
    static boolean execute(Statement statement, String sql) throws SQLException {
        try {
            statement.execute(sql);
            return false;
        } catch (SQLException e) {
            if (e.getErrorCode() != ACCESS_DENIED || !hasDefiner(sql)) {
                throw e;
            }
            try {
                statement.execute(strip(sql));
            } catch (SQLException again) {
                again.addSuppressed(e);
                throw again;
            }
            return true;
        }
    }
}
