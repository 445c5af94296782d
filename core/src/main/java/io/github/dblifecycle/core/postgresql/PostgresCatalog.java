package io.github.dblifecycle.core.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the backend and the template store read from {@code pg_database} and {@code pg_stat_activity}, in one place:
 * a database's comment is its db-lifecycle marker.
 */
final class PostgresCatalog {
    private PostgresCatalog() {}

    static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The database's comment; {@code null} when it has none or does not exist. */
    static String comment(Connection c, String name) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("select shobj_description(oid, 'pg_database') from pg_database where datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Name → comment ({@code null}: none) of every database whose name matches {@code like} (escape '\'). */
    static Map<String, String> comments(Connection c, String like) throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select datname, shobj_description(oid, 'pg_database') "
                + "from pg_database where datname like ? order by datname")) {
            ps.setString(1, like);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return found;
    }

    /** Those of {@code databases} that have a session other than ours (pg_stat_activity lists every user's). */
    static Set<String> withOtherSessions(Connection c, List<String> databases) throws SQLException {
        Set<String> used = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("select distinct datname from pg_stat_activity "
                + "where datname = any(?) and pid <> pg_backend_pid()")) {
            ps.setArray(1, c.createArrayOf("text", databases.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    used.add(rs.getString(1));
                }
            }
        }
        return used;
    }

    /** Ends the other sessions on {@code database}, which PostgreSQL requires before copying or renaming it. */
    static void endOtherSessions(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_terminate_backend(pid) from pg_stat_activity "
                + "where datname = ? and pid <> pg_backend_pid()")) {
            ps.setString(1, database);
            ps.execute();
        }
    }
}
