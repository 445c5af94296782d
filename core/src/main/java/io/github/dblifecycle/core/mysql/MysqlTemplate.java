package io.github.dblifecycle.core.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.DbLifecycleException;

/**
 * Everything in a template database, read once before cloning (a clone then costs no metadata queries): each
 * table's exact SHOW CREATE text and the columns a row copy writes, and the other objects' SHOW CREATE text with the
 * sql_mode (and for events the time zone) they were created under. Read on a session whose default database is the
 * template, so that SHOW CREATE VIEW names the template's tables without the template's name.
 */
record MysqlTemplate(
        String name,
        List<Table> tables,
        List<Routine> routines,
        List<Routine> views,
        List<Routine> triggers,
        List<Routine> events) {

    /** The marker table on servers without database comments; never copied, never fingerprinted. */
    static final String MARKER_TABLE = "_dblc_owner";

    /** Generated columns and MariaDB's system-versioning columns cannot be written by INSERT. */
    private static final Pattern NOT_WRITABLE =
            Pattern.compile("(?i)\\b(VIRTUAL|STORED|PERSISTENT) GENERATED\\b|ROW (START|END)");

    /**
     * @param type BASE TABLE, SEQUENCE or SYSTEM VERSIONED (information_schema.TABLES.TABLE_TYPE)
     * @param columns the columns a row copy writes, quoted and joined
     * @param bytes data plus index size, to start the largest copies first
     */
    record Table(String name, String type, String createSql, String columns, long bytes) {
        boolean isSequence() {
            return type.equals("SEQUENCE");
        }
    }

    /** Any other object: a routine, view, trigger or event, re-created from its SHOW CREATE text. */
    record Routine(String kind, String name, String createSql, String sqlMode, String timeZone) {}

    long totalBytes() {
        return tables.stream().mapToLong(Table::bytes).sum();
    }

    static MysqlTemplate read(Connection c, String schema) throws SQLException {
        MysqlServer.prepareReadSession(c);
        c.setCatalog(schema);
        Map<String, String> columns = writableColumns(c, schema);
        List<Table> tables = new ArrayList<>();
        List<String> viewNames = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select TABLE_NAME, TABLE_TYPE, "
                + "coalesce(DATA_LENGTH, 0) + coalesce(INDEX_LENGTH, 0) from information_schema.TABLES "
                + "where TABLE_SCHEMA = ? order by TABLE_NAME")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String type = rs.getString(2);
                    if (table.equals(MARKER_TABLE)) {
                        continue;
                    }
                    if (type.equals("VIEW")) {
                        viewNames.add(table);
                    } else if (type.equals("BASE TABLE")
                            || type.equals("SEQUENCE")
                            || type.equals("SYSTEM VERSIONED")) {
                        tables.add(new Table(table, type, null, columns.get(table), rs.getLong(3)));
                    } else {
                        throw new DbLifecycleException("The template table " + table + " is of type " + type
                                + ", which db-lifecycle cannot copy.");
                    }
                }
            }
        }
        Map<String, String> implicitPageChecksum = new HashMap<>();
        for (String table : MysqlSql.queryColumn(
                c,
                "select TABLE_NAME from information_schema.TABLES where "
                        + "TABLE_SCHEMA = ? and ENGINE = 'Aria' and CREATE_OPTIONS not like '%page_checksum%'",
                schema)) {
            implicitPageChecksum.put(table, table);
        }
        List<Table> withSql = new ArrayList<>();
        for (Table t : tables) {
            String sql = MysqlSql.showCreate(
                    c, "SHOW CREATE " + (t.isSequence() ? "SEQUENCE " : "TABLE ") + MysqlSql.name(t.name()), 2);
            if (implicitPageChecksum.containsKey(t.name())) {
                // SHOW CREATE spells out Aria's default PAGE_CHECKSUM=1; written explicitly it becomes a table
                // option of the clone that the template does not have. Leave it to the same default.
                sql = sql.replaceFirst(" PAGE_CHECKSUM=1(?=[^)]*$)", "");
            }
            withSql.add(new Table(t.name(), t.type(), sql, t.columns(), t.bytes()));
        }
        withSql.sort(Comparator.comparingLong(Table::bytes).reversed().thenComparing(Table::name));
        return new MysqlTemplate(
                schema,
                List.copyOf(withSql),
                routines(c, schema),
                views(c, viewNames),
                triggers(c, schema),
                events(c, schema));
    }

    private static Map<String, String> writableColumns(Connection c, String schema) throws SQLException {
        Map<String, String> byTable = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select TABLE_NAME, COLUMN_NAME, EXTRA "
                + "from information_schema.COLUMNS where TABLE_SCHEMA = ? order by TABLE_NAME, ORDINAL_POSITION")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String extra = rs.getString(3);
                    if (extra != null && NOT_WRITABLE.matcher(extra).find()) {
                        continue;
                    }
                    byTable.merge(rs.getString(1), MysqlSql.name(rs.getString(2)), (a, b) -> a + ", " + b);
                }
            }
        }
        return byTable;
    }

    private static List<Routine> routines(Connection c, String schema) throws SQLException {
        List<Routine> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select ROUTINE_TYPE, ROUTINE_NAME from "
                + "information_schema.ROUTINES where ROUTINE_SCHEMA = ? order by ROUTINE_TYPE, ROUTINE_NAME")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Routine(rs.getString(1), rs.getString(2), null, null, null));
                }
            }
        }
        // MariaDB's Oracle-mode packages: the specification before its body.
        out.sort(Comparator.comparing((Routine r) -> r.kind().equals("PACKAGE BODY")));
        List<Routine> full = new ArrayList<>();
        for (Routine r : out) {
            full.add(show(c, r.kind(), r.name(), 2, 3, 0));
        }
        return full;
    }

    private static List<Routine> triggers(Connection c, String schema) throws SQLException {
        List<Routine> out = new ArrayList<>();
        // ACTION_ORDER: several triggers on one table and event fire in creation order; keep it.
        for (String name : MysqlSql.queryColumn(
                c,
                "select TRIGGER_NAME from information_schema.TRIGGERS "
                        + "where TRIGGER_SCHEMA = ? order by EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, "
                        + "ACTION_ORDER",
                schema)) {
            out.add(show(c, "TRIGGER", name, 2, 3, 0));
        }
        return out;
    }

    private static List<Routine> events(Connection c, String schema) throws SQLException {
        List<Routine> out = new ArrayList<>();
        for (String name : MysqlSql.queryColumn(
                c,
                "select EVENT_NAME from information_schema.EVENTS " + "where EVENT_SCHEMA = ? order by EVENT_NAME",
                schema)) {
            out.add(show(c, "EVENT", name, 2, 4, 3));
        }
        return out;
    }

    /** Views in dependency order: a view that names another view comes after it (views on views). */
    private static List<Routine> views(Connection c, List<String> names) throws SQLException {
        Map<String, Routine> byName = new LinkedHashMap<>();
        for (String name : names) {
            byName.put(
                    name,
                    new Routine(
                            "VIEW",
                            name,
                            MysqlSql.showCreate(c, "SHOW CREATE VIEW " + MysqlSql.name(name), 2),
                            null,
                            null));
        }
        List<Routine> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (String name : byName.keySet()) {
            place(name, byName, placed, ordered, new LinkedHashSet<>());
        }
        return ordered;
    }

    private static void place(
            String name, Map<String, Routine> views, Set<String> placed, List<Routine> ordered, Set<String> visiting) {
        if (placed.contains(name) || !visiting.add(name)) {
            return; // done, or a textual cycle (a name in a string literal): the creation retries instead
        }
        Routine view = views.get(name);
        String body = bodyOf(view.createSql());
        for (String other : views.keySet()) {
            if (!other.equals(name) && body.contains(MysqlSql.name(other))) {
                place(other, views, placed, ordered, visiting);
            }
        }
        placed.add(name);
        ordered.add(view);
    }

    /** The part after " AS ": the view's own name in the head is not a dependency. */
    private static String bodyOf(String createView) {
        int as = createView.indexOf(" AS ");
        return as >= 0 ? createView.substring(as) : createView;
    }

    private static Routine show(Connection c, String kind, String name, int modeColumn, int sqlColumn, int zoneColumn)
            throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW CREATE " + kind + " " + MysqlSql.name(name))) {
            if (!rs.next()) {
                throw new SQLException("SHOW CREATE " + kind + " " + name + " returned nothing");
            }
            String sql = rs.getString(sqlColumn);
            if (sql == null) {
                throw new DbLifecycleException("The account db-lifecycle connects with cannot read the definition of "
                        + kind.toLowerCase() + " " + name + " in the template (SHOW CREATE " + kind + " returns "
                        + "NULL). Grant it SELECT on mysql.proc (MariaDB) or SHOW_ROUTINE (MySQL 8), or connect "
                        + "as the account that ran the scripts.");
            }
            return new Routine(
                    kind, name, sql, rs.getString(modeColumn), zoneColumn > 0 ? rs.getString(zoneColumn) : null);
        }
    }
}
