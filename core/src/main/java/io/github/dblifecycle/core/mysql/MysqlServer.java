package io.github.dblifecycle.core.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which server a connection reaches, for the few places MySQL and MariaDB differ: MariaDB 10.5+ keeps a COMMENT on
 * a database (our ownership marker); MySQL 8 has none, so there the marker is a table {@code _dblc_owner}.
 */
record MysqlServer(boolean mariadb, int major, int minor, String version) {
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");

    static MysqlServer of(Connection c) throws SQLException {
        String version = MysqlSql.queryString(c, "select version()");
        Matcher m = VERSION.matcher(version);
        int major = m.find() ? Integer.parseInt(m.group(1)) : 0;
        int minor = m.find(0) ? Integer.parseInt(m.group(2)) : 0;
        return new MysqlServer(version.contains("MariaDB"), major, minor, version);
    }

    /** CREATE DATABASE … COMMENT: MariaDB 10.5.0 and later. */
    boolean hasSchemaComments() {
        return mariadb && (major > 10 || major == 10 && minor >= 5);
    }

    /**
     * The settings of every session that copies: TIMESTAMP values are never converted through a zone with DST
     * (there is no conversion in an in-server copy, and UTC makes any that might happen lossless), keys are not
     * checked again (the template already satisfied them), zero dates and AUTO_INCREMENT zeros are copied as they
     * are (like mysqldump's NO_AUTO_VALUE_ON_ZERO), and reading the template takes no row locks.
     */
    static void prepareCopySession(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION time_zone = '+00:00', foreign_key_checks = 0, unique_checks = 0, "
                    + "sql_mode = 'NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION'");
            s.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
            // With binary logging on, a copy would otherwise write every row of every clone to the binlog.
            if ("1".equals(MysqlSql.queryString(c, "select @@log_bin"))) {
                try {
                    s.execute("SET SESSION sql_log_bin = 0");
                } catch (SQLException e) {
                    // Needs SUPER / BINLOG ADMIN / SYSTEM_VARIABLES_ADMIN; without it the copy is just logged.
                }
            }
        }
    }

    /** For reading the template's definitions: output that re-executes as is, timestamps in UTC. */
    static void prepareReadSession(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION time_zone = '+00:00', sql_mode = 'NO_ENGINE_SUBSTITUTION', "
                    + "sql_quote_show_create = 1");
            s.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
        }
    }
}
