package io.github.dblifecycle.core.oracle;

import java.util.ArrayList;
import java.util.List;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.SqlStatement;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Ddl;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Table;

/**
 * The statements that make one clone from a {@link TemplateSnapshot}, in an order where each one's dependencies
 * exist: user and marker; sequences (column defaults may use them); type specs (columns may use them); tables
 * without foreign keys; rows, direct-path (no trigger or foreign key exists yet to slow or block it); identity
 * columns continued from the template; foreign keys (every primary and unique key exists by now); the other
 * indexes; views; synonyms; PL/SQL units and triggers; comments; recompilation; grants. Pure.
 */
public final class ClonePlan {
    /**
     * One statement. {@code secret} statements (CREATE USER … IDENTIFIED BY) are described, never shown.
     */
    public record Step(String what, String sql, boolean secret) {
        /** For error messages and logs: the statement, or for a secret one only its description. */
        public String display() {
            return secret ? what : new SqlStatement(sql, 1).excerpt();
        }

        @Override
        public String toString() {
            return "Step[" + display() + "]";
        }
    }

    private final TemplateSnapshot template;

    public ClonePlan(TemplateSnapshot template) {
        this.template = template;
    }

    /** Creating the user and marking it as this build's: run first, then everything else. */
    public static List<Step> userSteps(String user, String password, String tablespace, String buildId, String role) {
        return List.of(
                new Step(
                        "CREATE USER " + user + " (password not shown)",
                        OracleSql.createUser(user, password, tablespace),
                        true),
                new Step("grant privileges", OracleSql.grantPrivileges(user), false),
                new Step("create marker", OracleSql.createMarker(user), false),
                new Step("mark", OracleSql.insertMarker(user, buildId, role), false));
    }

    /** Everything after {@link #userSteps}: the copy of the template's objects and rows. */
    public List<Step> objectSteps(String clone) {
        String from = template.schema();
        List<Step> steps = new ArrayList<>();
        template.sequences().forEach(s -> steps.add(step("sequence " + s.name(), OracleSql.createSequence(clone, s))));
        addDdl(steps, template.typeSpecs(), clone);
        for (Table t : template.tables()) {
            addDdl(steps, List.of(t.ddl()), clone);
            if (t.identity() != null && t.identity().always() && !t.temporary()) {
                steps.add(step("identity " + t.name(), OracleSql.identityByDefault(clone, t)));
            }
        }
        for (Table t : template.tables()) {
            if (!t.temporary()) {
                steps.add(step("rows of " + t.name(), OracleSql.copyRows(clone, from, t)));
            }
        }
        for (Table t : template.tables()) {
            if (t.identity() != null) {
                steps.add(step("identity " + t.name(), OracleSql.identityRestart(clone, t)));
            }
        }
        addDdl(steps, template.refConstraints(), clone);
        addDdl(steps, template.indexes(), clone);
        addDdl(steps, template.views(), clone);
        addDdl(steps, template.synonyms(), clone);
        addDdl(steps, template.plsql(), clone);
        template.comments().forEach(c -> steps.add(step("comment", OracleSql.comment(clone, c))));
        steps.add(step("recompile", OracleSql.compileSchema(clone)));
        template.grants().forEach(g -> steps.add(step("grant on " + g.object(), OracleSql.grant(clone, g))));
        return steps;
    }

    /** DBMS_METADATA output, remapped to the clone, cut into statements SQL*Plus-style. */
    private void addDdl(List<Step> steps, List<Ddl> ddls, String clone) {
        OracleScriptSplitter splitter = new OracleScriptSplitter();
        for (Ddl ddl : ddls) {
            List<SqlStatement> statements;
            try {
                // A final "/" line: ends a PL/SQL unit DBMS_METADATA left unterminated; ignored after a ";".
                statements = splitter.split(OracleSql.remap(ddl.text(), template.schema(), clone) + "\n/\n");
            } catch (DbLifecycleException e) {
                throw new DbLifecycleException(
                        "Cannot use the DDL DBMS_METADATA gave for " + ddl.type() + " " + ddl.name()
                                + " of the template: " + e.getMessage(),
                        e);
            }
            for (SqlStatement s : statements) {
                steps.add(step(ddl.type() + " " + ddl.name(), s.sql()));
            }
        }
    }

    private static Step step(String what, String sql) {
        return new Step(what, sql, false);
    }
}
