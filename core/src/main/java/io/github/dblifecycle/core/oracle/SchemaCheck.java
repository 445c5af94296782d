package io.github.dblifecycle.core.oracle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** Checks of a schema: what is invalid (with the compiler's errors), and how many objects of each type it holds. */
final class SchemaCheck {
    private SchemaCheck() {}

    /** One line per invalid object, with its first compilation errors; empty when everything is valid. */
    static List<String> invalidObjects(Connection c, String schema) throws SQLException {
        Map<String, List<String>> invalid = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT O.OBJECT_TYPE || ' ' || O.OBJECT_NAME, E.LINE, E.TEXT "
                + "FROM DBA_OBJECTS O LEFT JOIN DBA_ERRORS E ON E.OWNER = O.OWNER AND E.NAME = O.OBJECT_NAME AND "
                + "E.TYPE = O.OBJECT_TYPE WHERE O.OWNER = ? AND O.STATUS <> 'VALID' AND O.OBJECT_NAME NOT LIKE "
                + "'BIN$%' ORDER BY 1, E.SEQUENCE")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> errors = invalid.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (rs.getString(3) != null && errors.size() < 3) {
                        errors.add(
                                "line " + rs.getInt(2) + ": " + rs.getString(3).strip());
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        invalid.forEach((object, errors) ->
                lines.add(object + (errors.isEmpty() ? "" : " (" + String.join("; ", errors) + ")")));
        return lines;
    }

    /** Object count per DBA_OBJECTS type, db-lifecycle's marker left out. */
    static Map<String, Integer> objectCounts(Connection c, String schema) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT OBJECT_TYPE, COUNT(*) FROM DBA_OBJECTS WHERE OWNER = ? "
                + "AND OBJECT_NAME NOT LIKE 'BIN$%' AND OBJECT_NAME <> '" + OracleSql.MARKER_TABLE + "' "
                + "GROUP BY OBJECT_TYPE")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** "TABLE: 3 in the template, 2 in the clone" for every type whose counts differ. */
    static List<String> differences(Map<String, Integer> template, Map<String, Integer> clone) {
        List<String> lines = new ArrayList<>();
        TreeSet<String> types = new TreeSet<>(template.keySet());
        types.addAll(clone.keySet());
        for (String type : types) {
            int t = template.getOrDefault(type, 0);
            int k = clone.getOrDefault(type, 0);
            if (!Objects.equals(t, k)) {
                lines.add(type + ": " + t + " in the template, " + k + " in the clone");
            }
        }
        return lines;
    }
}
