package io.github.dblifecycle.core.oracle;

import static io.github.dblifecycle.core.oracle.OracleNames.quote;
import static io.github.dblifecycle.core.oracle.OracleNames.quoteDictionary;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Comment;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Grant;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Identity;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Sequence;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Table;

/** The SQL the Oracle backend sends, as pure functions, so that it is unit-tested without a server. */
public final class OracleSql {
    /** What the template and clone users may do: what test scripts usually create, nothing beyond their schema. */
    public static final List<String> USER_PRIVILEGES = List.of(
            "CREATE SESSION",
            "CREATE TABLE",
            "CREATE VIEW",
            "CREATE SEQUENCE",
            "CREATE PROCEDURE",
            "CREATE TRIGGER",
            "CREATE SYNONYM",
            "CREATE TYPE");
    /**
     * Oracle has no COMMENT ON USER, so ownership is a table in the user's schema naming the build; teardown drops
     * a user only if this table holds the build id that is also part of the user's name.
     */
    public static final String MARKER_TABLE = "DBLC$MARKER";

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+");
    private static final Pattern PRIVILEGE = Pattern.compile("[A-Z][A-Z ]*");
    private static final Pattern BUILD_ID = Pattern.compile("[a-z0-9]{8}");

    private OracleSql() {}

    public static String createUser(String user, String password, String tablespace) {
        return "CREATE USER " + quote(user) + " IDENTIFIED BY " + passwordLiteral(password) + " DEFAULT TABLESPACE "
                + quote(tablespace) + " QUOTA UNLIMITED ON " + quote(tablespace);
    }

    public static String grantPrivileges(String user) {
        return "GRANT " + String.join(", ", USER_PRIVILEGES) + " TO " + quote(user);
    }

    public static String createMarker(String user) {
        return "CREATE TABLE " + quote(user) + ".\"" + MARKER_TABLE + "\" (BUILD_ID VARCHAR2(8) NOT NULL, "
                + "ROLE VARCHAR2(8) NOT NULL, CREATED TIMESTAMP DEFAULT SYSTIMESTAMP NOT NULL)";
    }

    /** @param role {@code template} or {@code clone} */
    public static String insertMarker(String user, String buildId, String role) {
        if (!BUILD_ID.matcher(buildId).matches() || !role.matches("template|clone")) {
            throw new IllegalArgumentException("bad marker " + buildId + "/" + role);
        }
        return "INSERT INTO " + quote(user) + ".\"" + MARKER_TABLE + "\" (BUILD_ID, ROLE) VALUES ('" + buildId + "', '"
                + role + "')";
    }

    public static String selectMarker(String user) {
        return "SELECT BUILD_ID FROM " + quote(user) + ".\"" + MARKER_TABLE + "\"";
    }

    public static String lockUser(String user) {
        return "ALTER USER " + quote(user) + " ACCOUNT LOCK";
    }

    public static String dropUser(String user) {
        return "DROP USER " + quote(user) + " CASCADE";
    }

    /** {@code inst} is the RAC instance (GV$SESSION.INST_ID); one instance has 1. */
    public static String killSession(long sid, long serial, int inst) {
        return "ALTER SYSTEM KILL SESSION '" + sid + "," + serial + ",@" + inst + "' IMMEDIATE";
    }

    public static final String SESSIONS_OF_USER = "SELECT SID, SERIAL#, INST_ID FROM GV$SESSION WHERE USERNAME = ?";
    public static final String DEFAULT_TABLESPACE =
            "SELECT PROPERTY_VALUE FROM DATABASE_PROPERTIES WHERE PROPERTY_NAME = 'DEFAULT_PERMANENT_TABLESPACE'";
    public static final String USER_EXISTS = "SELECT COUNT(*) FROM DBA_USERS WHERE USERNAME = ?";
    public static final String CURRENT_SCHEMA = "SELECT SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA') FROM DUAL";

    /**
     * Session-wide DBMS_METADATA settings for reading the template: statements ended SQL*Plus-style (so that
     * multi-statement DDL such as a trigger and its ALTER TRIGGER … ENABLE can be split), no storage or
     * tablespace clauses (clones live in their own default tablespace), and tables without foreign keys, which
     * are added after the rows are loaded.
     */
    public static final String METADATA_SETTINGS = """
            BEGIN
              DBMS_METADATA.SET_TRANSFORM_PARAM(DBMS_METADATA.SESSION_TRANSFORM, 'SQLTERMINATOR', TRUE);
              DBMS_METADATA.SET_TRANSFORM_PARAM(DBMS_METADATA.SESSION_TRANSFORM, 'PRETTY', TRUE);
              DBMS_METADATA.SET_TRANSFORM_PARAM(DBMS_METADATA.SESSION_TRANSFORM, 'SEGMENT_ATTRIBUTES', FALSE);
              DBMS_METADATA.SET_TRANSFORM_PARAM(DBMS_METADATA.SESSION_TRANSFORM, 'STORAGE', FALSE);
              DBMS_METADATA.SET_TRANSFORM_PARAM(DBMS_METADATA.SESSION_TRANSFORM, 'TABLESPACE', FALSE);
              DBMS_METADATA.SET_TRANSFORM_PARAM(DBMS_METADATA.SESSION_TRANSFORM, 'CONSTRAINTS', TRUE);
              DBMS_METADATA.SET_TRANSFORM_PARAM(DBMS_METADATA.SESSION_TRANSFORM, 'REF_CONSTRAINTS', FALSE);
            END;""";

    public static final String GET_DDL = "SELECT DBMS_METADATA.GET_DDL(?, ?, ?) FROM DUAL";

    /** Keeps the sequence's properties and restarts it at the template's LAST_NUMBER, never below a used value. */
    public static String createSequence(String schema, Sequence s) {
        return "CREATE SEQUENCE " + quote(schema) + "." + quoteDictionary(s.name())
                + " START WITH " + number(s.lastNumber()) + " INCREMENT BY " + number(s.incrementBy())
                + " MINVALUE " + number(s.minValue()) + " MAXVALUE " + number(s.maxValue())
                + (s.cacheSize() > 1 ? " CACHE " + s.cacheSize() : " NOCACHE")
                + (s.cycle() ? " CYCLE" : " NOCYCLE") + (s.order() ? " ORDER" : " NOORDER");
    }

    /**
     * Direct-path copy of every row. It stays direct-path because the clone's table has no trigger and no foreign
     * key yet; the {@code APPEND} hint needs a commit before the table is read again, which autocommit gives.
     */
    public static String copyRows(String clone, String template, Table table) {
        String columns =
                table.columns().stream().map(OracleNames::quoteDictionary).collect(Collectors.joining(", "));
        return "INSERT /*+ APPEND */ INTO " + quote(clone) + "." + quoteDictionary(table.name()) + " (" + columns
                + ") SELECT " + columns + " FROM " + quote(template) + "." + quoteDictionary(table.name());
    }

    /** GENERATED ALWAYS refuses explicit values: switched to BY DEFAULT while rows are copied. */
    public static String identityByDefault(String schema, Table table) {
        return "ALTER TABLE " + quote(schema) + "." + quoteDictionary(table.name()) + " MODIFY ("
                + quoteDictionary(table.identity().column()) + " GENERATED BY DEFAULT AS IDENTITY)";
    }

    /** Back to the template's generation mode, continuing from the template's LAST_NUMBER. */
    public static String identityRestart(String schema, Table table) {
        Identity id = table.identity();
        String mode = id.always() ? "ALWAYS" : id.onNull() ? "BY DEFAULT ON NULL" : "BY DEFAULT";
        return "ALTER TABLE " + quote(schema) + "." + quoteDictionary(table.name()) + " MODIFY ("
                + quoteDictionary(id.column()) + " GENERATED " + mode + " AS IDENTITY (START WITH "
                + number(id.lastNumber()) + "))";
    }

    public static String comment(String schema, Comment c) {
        String target = c.column() == null
                ? "TABLE " + quote(schema) + "." + quoteDictionary(c.table())
                : "COLUMN " + quote(schema) + "." + quoteDictionary(c.table()) + "." + quoteDictionary(c.column());
        return "COMMENT ON " + target + " IS " + stringLiteral(c.text());
    }

    public static String grant(String schema, Grant g) {
        if (!PRIVILEGE.matcher(g.privilege()).matches()) {
            throw new DbLifecycleException(
                    "Unexpected privilege '" + g.privilege() + "' granted on " + g.object() + " in the template");
        }
        String grantee = g.grantee().equals("PUBLIC") ? "PUBLIC" : quoteDictionary(g.grantee());
        return "GRANT " + g.privilege() + (g.column() == null ? "" : " (" + quoteDictionary(g.column()) + ")")
                + " ON " + quote(schema) + "." + quoteDictionary(g.object()) + " TO " + grantee
                + (g.grantable() ? " WITH GRANT OPTION" : "");
    }

    /** Recompiles what is invalid (views created before their tables, PL/SQL referring to later units). */
    public static String compileSchema(String schema) {
        quote(schema);
        return "BEGIN DBMS_UTILITY.COMPILE_SCHEMA(schema => " + stringLiteral(schema) + ", compile_all => FALSE); END;";
    }

    /**
     * Replaces the template's name with the clone's wherever it stands as a whole identifier: quoted, as
     * DBMS_METADATA writes the owner, and unquoted in any case, as in view text or PL/SQL that a script generated
     * with the schema's name in it (the trap Data Pump's REMAP_SCHEMA leaves: it rewrites only the owner). The
     * template's name holds this build's random id, so text that merely resembles it cannot be hit.
     */
    public static String remap(String ddl, String template, String clone) {
        quote(template);
        quote(clone);
        Pattern p = Pattern.compile(
                "(?<![A-Za-z0-9_$#])" + Pattern.quote(template) + "(?![A-Za-z0-9_$#])", Pattern.CASE_INSENSITIVE);
        return p.matcher(ddl).replaceAll(Matcher.quoteReplacement(clone));
    }

    public static String stringLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** IDENTIFIED BY takes a quoted identifier; the generated passwords never hold a double quote. */
    private static String passwordLiteral(String password) {
        if (password.isEmpty() || password.indexOf('"') >= 0 || password.indexOf('\0') >= 0) {
            throw new DbLifecycleException("Refusing a generated Oracle password: it is empty or holds a quote");
        }
        return '"' + password + '"';
    }

    private static String number(String n) {
        if (n == null || !NUMBER.matcher(n).matches()) {
            throw new DbLifecycleException("Unexpected number '" + n + "' in the template's sequence metadata");
        }
        return n;
    }
}
