package io.github.dblifecycle.core.oracle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Comment;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Ddl;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Grant;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Identity;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Sequence;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Table;

/**
 * Reads the finished template once, as the admin account (DBA_* views and DBMS_METADATA on another schema need the
 * DBA role or SELECT_CATALOG_ROLE). Creation order (OBJECT_ID) stands in for dependency order among types, views
 * and PL/SQL: the scripts created them in an order that worked, and COMPILE_SCHEMA repairs the rest.
 */
final class TemplateReader {
    /** The object types a clone copies; anything else in the template fails prepare, naming it. */
    static final List<String> SUPPORTED_TYPES = List.of(
            "TABLE",
            "TABLE PARTITION",
            "TABLE SUBPARTITION",
            "INDEX",
            "INDEX PARTITION",
            "INDEX SUBPARTITION",
            "LOB",
            "LOB PARTITION",
            "LOB SUBPARTITION",
            "SEQUENCE",
            "VIEW",
            "SYNONYM",
            "FUNCTION",
            "PROCEDURE",
            "PACKAGE",
            "PACKAGE BODY",
            "TYPE",
            "TYPE BODY",
            "TRIGGER");

    private static final Map<String, String> METADATA_TYPE = Map.of(
            "FUNCTION",
            "FUNCTION",
            "PROCEDURE",
            "PROCEDURE",
            "PACKAGE",
            "PACKAGE_SPEC",
            "PACKAGE BODY",
            "PACKAGE_BODY",
            "TYPE BODY",
            "TYPE_BODY",
            "TRIGGER",
            "TRIGGER");

    private final Connection c;
    private final String schema;

    TemplateReader(Connection admin, String schema) {
        this.c = admin;
        this.schema = schema;
    }

    TemplateSnapshot read() throws SQLException {
        requireOnlySupportedObjects();
        try (Statement s = c.createStatement()) {
            s.execute(OracleSql.METADATA_SETTINGS);
        }
        return new TemplateSnapshot(
                schema,
                sequences(),
                ddls("TYPE_SPEC", objects("'TYPE'")),
                tables(),
                ddls(
                        "REF_CONSTRAINT",
                        names("SELECT CONSTRAINT_NAME FROM DBA_CONSTRAINTS WHERE OWNER = ? AND "
                                + "CONSTRAINT_TYPE = 'R' AND TABLE_NAME NOT LIKE 'BIN$%' ORDER BY CONSTRAINT_NAME")),
                ddls(
                        "INDEX",
                        names("SELECT I.INDEX_NAME FROM DBA_INDEXES I JOIN DBA_OBJECTS O ON O.OWNER = I.OWNER "
                                + "AND O.OBJECT_NAME = I.INDEX_NAME AND O.OBJECT_TYPE = 'INDEX' WHERE I.OWNER = ? "
                                + "AND I.TABLE_OWNER = I.OWNER AND I.INDEX_TYPE <> 'LOB' AND I.GENERATED = 'N' "
                                + "AND I.DROPPED = 'NO' AND I.TABLE_NAME <> '" + OracleSql.MARKER_TABLE
                                + "' AND NOT EXISTS "
                                + "(SELECT 1 FROM DBA_CONSTRAINTS K WHERE K.OWNER = I.TABLE_OWNER AND K.INDEX_NAME = "
                                + "I.INDEX_NAME) ORDER BY O.OBJECT_ID")),
                ddls("VIEW", objects("'VIEW'")),
                ddls("SYNONYM", objects("'SYNONYM'")),
                plsql(),
                comments(),
                grants());
    }

    private void requireOnlySupportedObjects() throws SQLException {
        String in = String.join(
                ", ", SUPPORTED_TYPES.stream().map(OracleSql::stringLiteral).toList());
        List<String> unsupported = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT OBJECT_TYPE || ' ' || OBJECT_NAME FROM DBA_OBJECTS "
                + "WHERE OWNER = ? AND OBJECT_NAME NOT LIKE 'BIN$%' AND OBJECT_TYPE NOT IN (" + in + ") ORDER BY 1")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    unsupported.add(rs.getString(1));
                }
            }
        }
        if (!unsupported.isEmpty()) {
            throw new DbLifecycleException("The template schema " + schema + " holds objects the Oracle backend "
                    + "cannot clone: " + String.join(", ", unsupported) + ". It clones tables, indexes, sequences, "
                    + "views, synonyms, types, PL/SQL and triggers; create the others in the tests' own setup, or "
                    + "remove them from the scripts (parameter <scripts>).");
        }
    }

    private List<Sequence> sequences() throws SQLException {
        List<Sequence> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT SEQUENCE_NAME, TO_CHAR(MIN_VALUE), TO_CHAR(MAX_VALUE), "
                + "TO_CHAR(INCREMENT_BY), CYCLE_FLAG, ORDER_FLAG, CACHE_SIZE, TO_CHAR(LAST_NUMBER) FROM DBA_SEQUENCES S "
                + "WHERE SEQUENCE_OWNER = ? AND NOT EXISTS (SELECT 1 FROM DBA_TAB_IDENTITY_COLS I WHERE I.OWNER = "
                + "S.SEQUENCE_OWNER AND I.SEQUENCE_NAME = S.SEQUENCE_NAME) ORDER BY SEQUENCE_NAME")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Sequence(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            "Y".equals(rs.getString(5)),
                            "Y".equals(rs.getString(6)),
                            rs.getLong(7),
                            rs.getString(8)));
                }
            }
        }
        return result;
    }

    private List<Table> tables() throws SQLException {
        Map<String, Boolean> temporary = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT T.TABLE_NAME, T.TEMPORARY FROM DBA_TABLES T JOIN "
                + "DBA_OBJECTS O ON O.OWNER = T.OWNER AND O.OBJECT_NAME = T.TABLE_NAME AND O.OBJECT_TYPE = 'TABLE' "
                + "WHERE T.OWNER = ? AND T.NESTED = 'NO' AND T.SECONDARY = 'N' AND T.DROPPED = 'NO' AND "
                + "(T.IOT_TYPE IS NULL OR T.IOT_TYPE = 'IOT') AND T.TABLE_NAME <> '" + OracleSql.MARKER_TABLE
                + "' ORDER BY O.OBJECT_ID")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    temporary.put(rs.getString(1), "Y".equals(rs.getString(2)));
                }
            }
        }
        Map<String, List<String>> columns = columns();
        Map<String, Identity> identities = identities();
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, Boolean> t : temporary.entrySet()) {
            tables.add(new Table(
                    t.getKey(),
                    ddl("TABLE", t.getKey()),
                    columns.getOrDefault(t.getKey(), List.of()),
                    t.getValue(),
                    identities.get(t.getKey())));
        }
        return tables;
    }

    /** Stored, user-defined columns (invisible ones too); LONG cannot be copied by INSERT … SELECT. */
    private Map<String, List<String>> columns() throws SQLException {
        Map<String, List<String>> columns = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM DBA_TAB_COLS "
                + "WHERE OWNER = ? AND USER_GENERATED = 'YES' AND VIRTUAL_COLUMN = 'NO' ORDER BY TABLE_NAME, "
                + "COLUMN_ID")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(3);
                    if ("LONG".equals(type) || "LONG RAW".equals(type)) {
                        throw new DbLifecycleException("Table " + rs.getString(1) + " of the template has the "
                                + type + " column " + rs.getString(2) + ", which INSERT … SELECT cannot copy. Use "
                                + ("LONG".equals(type) ? "CLOB" : "BLOB") + " instead (Oracle deprecated LONG).");
                    }
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                }
            }
        }
        return columns;
    }

    private Map<String, Identity> identities() throws SQLException {
        Map<String, Identity> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT I.TABLE_NAME, I.COLUMN_NAME, I.GENERATION_TYPE, "
                + "C.DEFAULT_ON_NULL, TO_CHAR(S.LAST_NUMBER) FROM DBA_TAB_IDENTITY_COLS I JOIN DBA_SEQUENCES S ON "
                + "S.SEQUENCE_OWNER = I.OWNER AND S.SEQUENCE_NAME = I.SEQUENCE_NAME JOIN DBA_TAB_COLUMNS C ON "
                + "C.OWNER = I.OWNER AND C.TABLE_NAME = I.TABLE_NAME AND C.COLUMN_NAME = I.COLUMN_NAME "
                + "WHERE I.OWNER = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(
                            rs.getString(1),
                            new Identity(
                                    rs.getString(2),
                                    "ALWAYS".equals(rs.getString(3)),
                                    "YES".equals(rs.getString(4)),
                                    rs.getString(5)));
                }
            }
        }
        return result;
    }

    private List<Ddl> plsql() throws SQLException {
        List<Ddl> result = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT OBJECT_TYPE, OBJECT_NAME FROM DBA_OBJECTS WHERE OWNER = ? "
                        + "AND OBJECT_TYPE IN ('FUNCTION', 'PROCEDURE', 'PACKAGE', 'PACKAGE BODY', 'TYPE BODY', 'TRIGGER') "
                        + "AND OBJECT_NAME NOT LIKE 'BIN$%' AND GENERATED = 'N' ORDER BY CASE OBJECT_TYPE WHEN 'TRIGGER' THEN 2 ELSE 1 END, "
                        + "OBJECT_ID")) {
            ps.setString(1, schema);
            List<String[]> objects = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] o : objects) {
                String type = METADATA_TYPE.get(o[0]);
                result.add(ddl(type, o[1]));
            }
        }
        return result;
    }

    private List<Comment> comments() throws SQLException {
        List<Comment> result = new ArrayList<>();
        String notMarker = " AND TABLE_NAME <> '" + OracleSql.MARKER_TABLE + "' AND TABLE_NAME NOT LIKE 'BIN$%'";
        try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME, NULL, COMMENTS FROM DBA_TAB_COMMENTS WHERE "
                + "OWNER = ? AND COMMENTS IS NOT NULL" + notMarker + " UNION ALL SELECT TABLE_NAME, COLUMN_NAME, "
                + "COMMENTS FROM DBA_COL_COMMENTS WHERE OWNER = ? AND COMMENTS IS NOT NULL" + notMarker)) {
            ps.setString(1, schema);
            ps.setString(2, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Comment(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return result;
    }

    private List<Grant> grants() throws SQLException {
        List<Grant> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT GRANTEE, TABLE_NAME, NULL, PRIVILEGE, GRANTABLE FROM "
                + "DBA_TAB_PRIVS WHERE OWNER = ? AND GRANTOR = ? UNION ALL SELECT GRANTEE, TABLE_NAME, COLUMN_NAME, "
                + "PRIVILEGE, GRANTABLE FROM DBA_COL_PRIVS WHERE OWNER = ? AND GRANTOR = ?")) {
            for (int i = 1; i <= 4; i++) {
                ps.setString(i, schema);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Grant(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            "YES".equals(rs.getString(5))));
                }
            }
        }
        return result;
    }

    /** Names of the template's objects of these DBA_OBJECTS types, in creation order. */
    private List<String> objects(String typesInList) throws SQLException {
        return names("SELECT OBJECT_NAME FROM DBA_OBJECTS WHERE OWNER = ? AND OBJECT_TYPE IN (" + typesInList + ") "
                + "AND OBJECT_NAME NOT LIKE 'BIN$%' AND GENERATED = 'N' ORDER BY OBJECT_ID");
    }

    private List<String> names(String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private List<Ddl> ddls(String type, List<String> names) throws SQLException {
        List<Ddl> result = new ArrayList<>();
        for (String name : names) {
            result.add(ddl(type, name));
        }
        return result;
    }

    private Ddl ddl(String type, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(OracleSql.GET_DDL)) {
            ps.setString(1, type);
            ps.setString(2, name);
            ps.setString(3, schema);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Ddl(type, name, rs.getString(1));
            }
        } catch (SQLException e) {
            throw new SQLException(
                    "DBMS_METADATA.GET_DDL('" + type + "', '" + name + "', '" + schema + "') failed: " + e.getMessage(),
                    e.getSQLState(),
                    e.getErrorCode(),
                    e);
        }
    }
}
