package io.github.dblifecycle.core.mysql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DEFINER clauses of views, triggers, routines and events, which must not make a template or a clone fail:
 * <ul>
 *   <li>A DEFINER naming an account that does not exist on this server is dropped, so the connecting account becomes
 *       the definer. Kept, the object would be created (with a warning) but fail every time it runs with ERROR 1449
 *       "The user specified as a definer does not exist": a trigger would break every insert of the tests.</li>
 *   <li>Naming another account needs SUPER (MariaDB) or SET_USER_ID/SET_ANY_DEFINER (MySQL 8); without it the
 *       server answers ERROR 1227 and a dump-based clone loses every such object. Here the statement is then run
 *       again without the DEFINER clause.</li>
 *   <li>Otherwise (the account exists and may be named) the DEFINER is kept: the copy is exact.</li>
 * </ul>
 * Semantics of a dropped DEFINER: an SQL SECURITY DEFINER object then runs with the privileges of the account
 * db-lifecycle connects with instead of the original definer's; SQL SECURITY INVOKER objects behave the same. In a
 * test database created by that very account this is what a test expects. The fingerprint check leaves definers
 * out for that reason. Whether an account exists is read from mysql.user; an account that may not read it is
 * handled by the ERROR 1227 fallback.
 */
final class Definers {
    /** ER_SPECIFIC_ACCESS_DENIED_ERROR: "you need (at least one of) the SUPER/SET USER privilege(s)". */
    static final int ACCESS_DENIED = 1227;

    private static final String ACCOUNT_PART =
            "(`(?:[^`]|``)*`|'(?:[^'\\\\]|\\\\.|'')*'|\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z0-9_$.%-]+)";
    /** DEFINER = user@host, DEFINER = role, DEFINER = CURRENT_USER[()], DEFINER = CURRENT_ROLE. */
    private static final Pattern DEFINER = Pattern.compile("(?i)\\bDEFINER\\s*=\\s*(?:CURRENT_USER(?:\\s*\\(\\s*\\))?"
            + "|CURRENT_ROLE|" + ACCOUNT_PART + "(?:\\s*@\\s*" + ACCOUNT_PART + ")?)");

    private Definers() {}

    /**
     * Whether the statement is a CREATE or ALTER, the only ones with a DEFINER clause, possibly inside a version
     * comment as mysqldump writes them ({@code /*!50001 CREATE ALGORITHM=UNDEFINED *}{@code /}).
     */
    static boolean mayHaveDefiner(String sql) {
        int i = 0;
        int n = sql.length();
        while (true) {
            while (i < n && Character.isWhitespace(sql.charAt(i))) {
                i++;
            }
            if (sql.startsWith("/*!", i) || sql.startsWith("/*M!", i)) {
                i += sql.charAt(i + 2) == 'M' ? 4 : 3;
                while (i < n && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
                continue;
            }
            return sql.regionMatches(true, i, "CREATE", 0, 6) || sql.regionMatches(true, i, "ALTER", 0, 5);
        }
    }

    /** The statement without its first DEFINER clause (the one in the head that SHOW CREATE puts there). */
    static String strip(String sql) {
        Matcher m = DEFINER.matcher(sql);
        return m.find() ? sql.substring(0, m.start()) + sql.substring(m.end()) : sql;
    }

    static boolean hasDefiner(String sql) {
        return DEFINER.matcher(sql).find();
    }

    /** Whether the DEFINER names a user@host that mysql.user does not list; false when unknown or not readable. */
    static boolean namesMissingAccount(Statement statement, String sql) {
        Matcher m = DEFINER.matcher(sql);
        if (!m.find() || m.group(1) == null || m.group(2) == null) {
            return false; // none, CURRENT_USER or a role
        }
        try (PreparedStatement ps = statement
                .getConnection()
                .prepareStatement("select count(*) from mysql.user where User = ? and Host = ?")) {
            ps.setString(1, unquote(m.group(1)));
            ps.setString(2, unquote(m.group(2)));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 0;
            }
        } catch (SQLException e) {
            return false; // may not read mysql.user: the ERROR 1227 fallback covers an account without SUPER
        }
    }

    private static String unquote(String part) {
        char q = part.charAt(0);
        if (q != '`' && q != '\'' && q != '"') {
            return part;
        }
        String inner = part.substring(1, part.length() - 1);
        String doubled = String.valueOf(q) + q;
        return q == '`'
                ? inner.replace(doubled, "`")
                : inner.replace(doubled, String.valueOf(q)).replaceAll("\\\\(.)", "$1");
    }

    /**
     * Runs a statement; without its DEFINER clause when that names a missing account or one this account may not
     * name.
     *
     * @return whether the DEFINER clause had to be dropped
     */
    static boolean execute(Statement statement, String sql) throws SQLException {
        if (!mayHaveDefiner(sql)) {
            statement.execute(sql); // e.g. a dump's INSERT of many MB: not searched for a DEFINER
            return false;
        }
        if (namesMissingAccount(statement, sql)) {
            statement.execute(strip(sql));
            return true;
        }
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
