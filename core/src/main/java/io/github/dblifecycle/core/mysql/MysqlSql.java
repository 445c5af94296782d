package io.github.dblifecycle.core.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.DbLifecycleException;

/** Identifier quoting and small query helpers. */
final class MysqlSql {
    /** The database names this tool generates; anything else is refused, never merely quoted. */
    private static final Pattern SAFE_DATABASE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private MysqlSql() {}

    /** A database name db-lifecycle generated: validated, then quoted. */
    static String database(String name) {
        if (name == null || !SAFE_DATABASE.matcher(name).matches()) {
            throw new DbLifecycleException("Refusing the database name '" + name + "': db-lifecycle only uses names "
                    + "matching " + SAFE_DATABASE.pattern());
        }
        return '`' + name + '`';
    }

    /** Any object name read from the server (a user's table may be called anything): backticks doubled. */
    static String name(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    static String queryString(Connection c, String sql, String... params) throws SQLException {
        List<String> rows = queryColumn(c, sql, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static List<String> queryColumn(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** Runs a SHOW CREATE … and returns the given 1-based column of its single row. */
    static String showCreate(Connection c, String sql, int column) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new SQLException("No result for " + sql);
            }
            return rs.getString(column);
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Whether the database exists. */
    static boolean exists(Connection c, String database) throws SQLException {
        return queryString(c, "select SCHEMA_NAME from information_schema.SCHEMATA where SCHEMA_NAME = ?", database)
                != null;
    }

    /** The databases whose names match {@code like} (escape '\'), in name order. */
    static List<String> databasesLike(Connection c, String like) throws SQLException {
        return queryColumn(
                c,
                "select SCHEMA_NAME from information_schema.SCHEMATA where SCHEMA_NAME like ? "
                        + "order by SCHEMA_NAME",
                like);
    }
}
