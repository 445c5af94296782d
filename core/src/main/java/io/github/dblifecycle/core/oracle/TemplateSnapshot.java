package io.github.dblifecycle.core.oracle;

import java.util.List;

/**
 * What the clones are made from, read once from the finished template (by {@link TemplateReader}) so that N
 * clones cost N executions of the same statements, not N reads of the data dictionary. Pure data.
 *
 * @param schema the template user
 * @param sequences the template's own sequences (not those of identity columns)
 * @param typeSpecs object type specifications, in creation order (tables may use them as column types)
 * @param tables tables other than db-lifecycle's marker, in creation order
 * @param refConstraints foreign keys, as DDL
 * @param indexes indexes that no constraint created, as DDL
 * @param views views, in creation order
 * @param synonyms private synonyms
 * @param plsql functions, procedures, package specs and bodies, type bodies and triggers, in creation order
 * @param comments table, view and column comments
 * @param grants object privileges the template granted to other users and roles
 */
public record TemplateSnapshot(
        String schema,
        List<Sequence> sequences,
        List<Ddl> typeSpecs,
        List<Table> tables,
        List<Ddl> refConstraints,
        List<Ddl> indexes,
        List<Ddl> views,
        List<Ddl> synonyms,
        List<Ddl> plsql,
        List<Comment> comments,
        List<Grant> grants) {

    public TemplateSnapshot {
        sequences = List.copyOf(sequences);
        typeSpecs = List.copyOf(typeSpecs);
        tables = List.copyOf(tables);
        refConstraints = List.copyOf(refConstraints);
        indexes = List.copyOf(indexes);
        views = List.copyOf(views);
        synonyms = List.copyOf(synonyms);
        plsql = List.copyOf(plsql);
        comments = List.copyOf(comments);
        grants = List.copyOf(grants);
    }

    /**
     * DDL from DBMS_METADATA.GET_DDL with SQLTERMINATOR on: one or more statements, each ended SQL*Plus-style
     * ({@code ;} or a {@code /} line), naming the template's schema.
     *
     * @param type the DBMS_METADATA object type, e.g. {@code PACKAGE_BODY}
     */
    public record Ddl(String type, String name, String text) {}

    /**
     * @param ddl the CREATE TABLE, with primary, unique and check constraints but no foreign keys
     * @param columns the columns rows are copied through: stored, user-defined (also invisible) ones, in order
     * @param temporary a global temporary table: no rows to copy
     * @param identity the table's identity column, or null
     */
    public record Table(String name, Ddl ddl, List<String> columns, boolean temporary, Identity identity) {
        public Table {
            columns = List.copyOf(columns);
        }
    }

    /**
     * @param always GENERATED ALWAYS (else BY DEFAULT)
     * @param onNull BY DEFAULT ON NULL
     * @param lastNumber the identity sequence's LAST_NUMBER in the template
     */
    public record Identity(String column, boolean always, boolean onNull, String lastNumber) {}

    /** A row of DBA_SEQUENCES; numbers as the dictionary prints them (they may exceed a long). */
    public record Sequence(
            String name,
            String minValue,
            String maxValue,
            String incrementBy,
            boolean cycle,
            boolean order,
            long cacheSize,
            String lastNumber) {}

    /** @param column null for a table or view comment */
    public record Comment(String table, String column, String text) {}

    /** @param column null for a privilege on the whole object */
    public record Grant(String grantee, String object, String column, String privilege, boolean grantable) {}
}
