package io.github.dblifecycle.core.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import io.github.dblifecycle.core.Fingerprint;

/**
 * A database's {@link Fingerprint} from information_schema (tables with engine, collation, options, partitioning
 * and AUTO_INCREMENT; columns; indexes; constraints; views; triggers; routines and their parameters; events) plus
 * per-table row count and {@code CHECKSUM TABLE … EXTENDED}. Every column of those views is compared except the
 * ones that name the database itself, change on their own (sizes, statistics, timestamps of creation) or depend on
 * who created the object (DEFINER, the creating session's character set: see {@link Definers}).
 */
final class MysqlFingerprint {
    /** view, schema column, key columns (those a server version lacks are skipped). */
    private record Source(String view, String schemaColumn, List<String> keys) {}

    private static final List<Source> SOURCES = List.of(
            new Source("SCHEMATA", "SCHEMA_NAME", List.of()),
            new Source("TABLES", "TABLE_SCHEMA", List.of("TABLE_NAME")),
            new Source("COLUMNS", "TABLE_SCHEMA", List.of("TABLE_NAME", "COLUMN_NAME")),
            new Source("STATISTICS", "TABLE_SCHEMA", List.of("TABLE_NAME", "INDEX_NAME", "SEQ_IN_INDEX")),
            new Source(
                    "TABLE_CONSTRAINTS",
                    "CONSTRAINT_SCHEMA",
                    List.of("TABLE_NAME", "CONSTRAINT_TYPE", "CONSTRAINT_NAME")),
            new Source(
                    "KEY_COLUMN_USAGE",
                    "CONSTRAINT_SCHEMA",
                    List.of("TABLE_NAME", "CONSTRAINT_NAME", "ORDINAL_POSITION")),
            new Source("REFERENTIAL_CONSTRAINTS", "CONSTRAINT_SCHEMA", List.of("TABLE_NAME", "CONSTRAINT_NAME")),
            new Source("CHECK_CONSTRAINTS", "CONSTRAINT_SCHEMA", List.of("TABLE_NAME", "CONSTRAINT_NAME")),
            new Source("PARTITIONS", "TABLE_SCHEMA", List.of("TABLE_NAME", "PARTITION_NAME", "SUBPARTITION_NAME")),
            new Source("VIEWS", "TABLE_SCHEMA", List.of("TABLE_NAME")),
            new Source("TRIGGERS", "TRIGGER_SCHEMA", List.of("TRIGGER_NAME")),
            new Source("ROUTINES", "ROUTINE_SCHEMA", List.of("ROUTINE_TYPE", "ROUTINE_NAME")),
            new Source("PARAMETERS", "SPECIFIC_SCHEMA", List.of("ROUTINE_TYPE", "SPECIFIC_NAME", "ORDINAL_POSITION")),
            new Source("EVENTS", "EVENT_SCHEMA", List.of("EVENT_NAME")));

    /** Names of the database itself, or values that differ between two exact copies. */
    private static final Set<String> IGNORED = Set.of(
            "TABLE_CATALOG",
            "TABLE_SCHEMA",
            "CONSTRAINT_CATALOG",
            "CONSTRAINT_SCHEMA",
            "UNIQUE_CONSTRAINT_CATALOG",
            "INDEX_SCHEMA",
            "TRIGGER_CATALOG",
            "TRIGGER_SCHEMA",
            "EVENT_OBJECT_CATALOG",
            "EVENT_OBJECT_SCHEMA",
            "ROUTINE_CATALOG",
            "ROUTINE_SCHEMA",
            "SPECIFIC_CATALOG",
            "SPECIFIC_SCHEMA",
            "EVENT_CATALOG",
            "EVENT_SCHEMA",
            "CATALOG_NAME",
            "SCHEMA_NAME",
            "SCHEMA_COMMENT",
            "SQL_PATH",
            "REFERENCED_TABLE_CATALOG",
            "TABLE_ROWS",
            "AVG_ROW_LENGTH",
            "DATA_LENGTH",
            "MAX_DATA_LENGTH",
            "INDEX_LENGTH",
            "DATA_FREE",
            "MAX_INDEX_LENGTH",
            "CREATE_TIME",
            "UPDATE_TIME",
            "CHECK_TIME",
            "CHECKSUM",
            "CARDINALITY",
            "TEMPORARY",
            "CREATED",
            "LAST_ALTERED",
            "LAST_EXECUTED",
            "ORIGINATOR",
            "DEFINER",
            "CHARACTER_SET_CLIENT",
            "COLLATION_CONNECTION",
            "DATABASE_COLLATION");

    private MysqlFingerprint() {}

    static Fingerprint of(Connection c, String schema) throws SQLException {
        MysqlServer.prepareReadSession(c);
        if (!MysqlServer.of(c).mariadb()) {
            MysqlSql.execute(c, "SET SESSION information_schema_stats_expiry = 0"); // MySQL 8 caches AUTO_INCREMENT
        }
        TreeMap<String, String> items = new TreeMap<>();
        for (Source source : SOURCES) {
            read(c, schema, source, items);
        }
        rows(c, schema, items);
        return new Fingerprint(items);
    }

    private static void read(Connection c, String schema, Source source, TreeMap<String, String> items)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select * from information_schema." + source.view() + " where " + source.schemaColumn() + " = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    String[] keyParts = new String[source.keys().size()];
                    StringBuilder value = new StringBuilder();
                    boolean marker = false;
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String column = md.getColumnLabel(i).toUpperCase(Locale.ROOT);
                        String v = normalize(rs.getString(i), schema);
                        if (column.equals("TABLE_NAME") && MysqlTemplate.MARKER_TABLE.equals(v)) {
                            marker = true;
                        }
                        if (source.keys().contains(column)) {
                            keyParts[source.keys().indexOf(column)] = v;
                        } else if (!IGNORED.contains(column)) {
                            value.append(column).append('=').append(v).append("; ");
                        }
                    }
                    if (!marker) {
                        StringBuilder key = new StringBuilder(source.view().toLowerCase(Locale.ROOT));
                        for (String part : keyParts) {
                            if (part != null) { // a key column this server version does not have
                                key.append(' ').append(part);
                            }
                        }
                        String k = key.toString();
                        for (int n = 2; items.containsKey(k); n++) {
                            k = key + " #" + n;
                        }
                        items.put(k, value.toString());
                    }
                }
            }
        }
    }

    /** Per table: rows and a checksum over their stored values, computed by the server. */
    private static void rows(Connection c, String schema, TreeMap<String, String> items) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select TABLE_NAME, TABLE_TYPE from information_schema.TABLES "
                + "where TABLE_SCHEMA = ? and TABLE_TYPE <> 'VIEW'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String[] t : tables) {
                if (t[0].equals(MysqlTemplate.MARKER_TABLE)) {
                    continue;
                }
                String qualified = MysqlSql.name(schema) + "." + MysqlSql.name(t[0]);
                if (t[1].equals("SEQUENCE")) {
                    items.put("rows " + t[0], rowText(s, "select * from " + qualified));
                    continue;
                }
                String count = rowText(s, "select count(*) from " + qualified);
                String checksum =
                        rowText(s, "CHECKSUM TABLE " + qualified + " EXTENDED").replaceFirst("^[^|]*\\|", "");
                items.put("rows " + t[0], count + " rows, checksum " + checksum);
            }
        }
    }

    private static String rowText(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            StringBuilder out = new StringBuilder();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    out.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
            }
            return out.toString();
        }
    }

    private static String normalize(String value, String schema) {
        if (value == null) {
            return "NULL";
        }
        if (value.equals(schema)) {
            return "<db>";
        }
        return value.replace("`" + schema + "`", "`<db>`");
    }
}
