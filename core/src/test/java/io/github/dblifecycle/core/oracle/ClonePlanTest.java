package io.github.dblifecycle.core.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.github.dblifecycle.core.oracle.ClonePlan.Step;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Comment;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Ddl;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Grant;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Identity;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Sequence;
import io.github.dblifecycle.core.oracle.TemplateSnapshot.Table;
import org.junit.jupiter.api.Test;

/** The plan for a snapshot shaped like DBMS_METADATA output (SQLTERMINATOR on), checked statement by statement. */
class ClonePlanTest {
    private static final String T = "DBLC_1A2B3C4D_T";
    private static final String C = "DBLC_1A2B3C4D_1";

    private static TemplateSnapshot snapshot() {
        Table items = new Table(
                "ITEMS",
                new Ddl(
                        "TABLE",
                        "ITEMS",
                        "\n  CREATE TABLE \"" + T + "\".\"ITEMS\" \n   "
                                + "(\t\"ID\" NUMBER GENERATED ALWAYS AS IDENTITY MINVALUE 1 NOT NULL ENABLE, \n\t\"NAME\" VARCHAR2(100), "
                                + "\n\t CONSTRAINT \"ITEMS_PK\" PRIMARY KEY (\"ID\")\n  USING INDEX  ENABLE\n   ) ;"),
                List.of("ID", "NAME"),
                false,
                new Identity("ID", true, false, "21"));
        Table lines = new Table(
                "LINES",
                new Ddl(
                        "TABLE",
                        "LINES",
                        "CREATE TABLE \"" + T + "\".\"LINES\" " + "(\"ITEM_ID\" NUMBER DEFAULT \"" + T
                                + "\".\"LINE_SEQ\".\"NEXTVAL\");"),
                List.of("ITEM_ID"),
                false,
                null);
        Table scratch = new Table(
                "SCRATCH",
                new Ddl(
                        "TABLE",
                        "SCRATCH",
                        "CREATE GLOBAL TEMPORARY TABLE \"" + T
                                + "\".\"SCRATCH\" (\"X\" NUMBER) ON COMMIT DELETE ROWS ;"),
                List.of("X"),
                true,
                null);
        return new TemplateSnapshot(
                T,
                List.of(new Sequence("LINE_SEQ", "1", "999", "1", false, false, 20, "61")),
                List.of(new Ddl(
                        "TYPE_SPEC",
                        "ADDR",
                        "CREATE OR REPLACE EDITIONABLE TYPE \"" + T + "\".\"ADDR\" AS "
                                + "OBJECT (street VARCHAR2(40));\n/")),
                List.of(items, lines, scratch),
                List.of(new Ddl(
                        "REF_CONSTRAINT",
                        "LINES_FK",
                        "ALTER TABLE \"" + T + "\".\"LINES\" ADD CONSTRAINT "
                                + "\"LINES_FK\" FOREIGN KEY (\"ITEM_ID\")\n\t  REFERENCES \"" + T
                                + "\".\"ITEMS\" (\"ID\") ENABLE;")),
                List.of(new Ddl(
                        "INDEX",
                        "ITEMS_NAME",
                        "CREATE INDEX \"" + T + "\".\"ITEMS_NAME\" ON \"" + T + "\".\"ITEMS\" (\"NAME\") \n  ;")),
                List.of(new Ddl(
                        "VIEW",
                        "V",
                        "CREATE OR REPLACE FORCE EDITIONABLE VIEW \"" + T + "\".\"V\" (\"N\") "
                                + "AS \n  select count(*) n from " + T.toLowerCase() + ".items;")),
                List.of(new Ddl(
                        "SYNONYM",
                        "S",
                        "CREATE OR REPLACE EDITIONABLE SYNONYM \"" + T + "\".\"S\" FOR \"" + T + "\".\"ITEMS\";")),
                List.of(
                        new Ddl(
                                "PACKAGE_BODY",
                                "PK",
                                "CREATE OR REPLACE EDITIONABLE PACKAGE BODY \"" + T
                                        + "\".\"PK\" AS\n  PROCEDURE p IS BEGIN NULL; END;\nEND pk;\n/"),
                        new Ddl(
                                "TRIGGER",
                                "TR",
                                "CREATE OR REPLACE EDITIONABLE TRIGGER \"" + T + "\".\"TR\" "
                                        + "BEFORE INSERT ON \"" + T
                                        + "\".\"LINES\" FOR EACH ROW\nBEGIN\n  NULL;\nEND;\n/\n"
                                        + "ALTER TRIGGER \"" + T + "\".\"TR\" ENABLE;")),
                List.of(new Comment("ITEMS", null, "the items")),
                List.of(new Grant("REPORTER", "V", null, "SELECT", false)));
    }

    @Test
    void theCloneIsBuiltInDependencyOrderWithTheSchemaRemapped() {
        List<String> sql =
                new ClonePlan(snapshot()).objectSteps(C).stream().map(Step::sql).toList();
        assertThat(sql)
                .containsExactly(
                        "CREATE SEQUENCE \"" + C
                                + "\".\"LINE_SEQ\" START WITH 61 INCREMENT BY 1 MINVALUE 1 MAXVALUE 999 "
                                + "CACHE 20 NOCYCLE NOORDER",
                        "CREATE OR REPLACE EDITIONABLE TYPE \"" + C + "\".\"ADDR\" AS OBJECT (street VARCHAR2(40));",
                        "CREATE TABLE \"" + C
                                + "\".\"ITEMS\" \n   (\t\"ID\" NUMBER GENERATED ALWAYS AS IDENTITY MINVALUE 1 "
                                + "NOT NULL ENABLE, \n\t\"NAME\" VARCHAR2(100), \n\t CONSTRAINT \"ITEMS_PK\" PRIMARY KEY "
                                + "(\"ID\")\n  USING INDEX  ENABLE\n   )",
                        "ALTER TABLE \"" + C + "\".\"ITEMS\" MODIFY (\"ID\" GENERATED BY DEFAULT AS IDENTITY)",
                        "CREATE TABLE \"" + C + "\".\"LINES\" (\"ITEM_ID\" NUMBER DEFAULT \"" + C
                                + "\".\"LINE_SEQ\".\"NEXTVAL\")",
                        "CREATE GLOBAL TEMPORARY TABLE \"" + C + "\".\"SCRATCH\" (\"X\" NUMBER) ON COMMIT DELETE ROWS",
                        "INSERT /*+ APPEND */ INTO \"" + C
                                + "\".\"ITEMS\" (\"ID\", \"NAME\") SELECT \"ID\", \"NAME\" FROM \"" + T
                                + "\".\"ITEMS\"",
                        "INSERT /*+ APPEND */ INTO \"" + C + "\".\"LINES\" (\"ITEM_ID\") SELECT \"ITEM_ID\" FROM \"" + T
                                + "\".\"LINES\"",
                        "ALTER TABLE \"" + C
                                + "\".\"ITEMS\" MODIFY (\"ID\" GENERATED ALWAYS AS IDENTITY (START WITH 21))",
                        "ALTER TABLE \"" + C
                                + "\".\"LINES\" ADD CONSTRAINT \"LINES_FK\" FOREIGN KEY (\"ITEM_ID\")\n\t  "
                                + "REFERENCES \"" + C + "\".\"ITEMS\" (\"ID\") ENABLE",
                        "CREATE INDEX \"" + C + "\".\"ITEMS_NAME\" ON \"" + C + "\".\"ITEMS\" (\"NAME\")",
                        "CREATE OR REPLACE FORCE EDITIONABLE VIEW \"" + C
                                + "\".\"V\" (\"N\") AS \n  select count(*) n from " + C + ".items",
                        "CREATE OR REPLACE EDITIONABLE SYNONYM \"" + C + "\".\"S\" FOR \"" + C + "\".\"ITEMS\"",
                        "CREATE OR REPLACE EDITIONABLE PACKAGE BODY \"" + C
                                + "\".\"PK\" AS\n  PROCEDURE p IS BEGIN NULL; " + "END;\nEND pk;",
                        "CREATE OR REPLACE EDITIONABLE TRIGGER \"" + C + "\".\"TR\" BEFORE INSERT ON \"" + C
                                + "\".\"LINES\" " + "FOR EACH ROW\nBEGIN\n  NULL;\nEND;",
                        "ALTER TRIGGER \"" + C + "\".\"TR\" ENABLE",
                        "COMMENT ON TABLE \"" + C + "\".\"ITEMS\" IS 'the items'",
                        "BEGIN DBMS_UTILITY.COMPILE_SCHEMA(schema => '" + C + "', compile_all => FALSE); END;",
                        "GRANT SELECT ON \"" + C + "\".\"V\" TO \"REPORTER\"");
    }

    @Test
    void nothingInThePlanWritesToTheTemplate() {
        for (Step step : new ClonePlan(snapshot()).objectSteps(C)) {
            String writes = step.sql().startsWith("INSERT")
                    ? step.sql().substring(0, step.sql().indexOf("SELECT"))
                    : step.sql();
            assertThat(writes).as(step.what()).doesNotContain(T);
        }
    }

    @Test
    void theUserStepsHideThePassword() {
        List<Step> steps = ClonePlan.userSteps(C, "Secret_Pass#42", "USERS", "1a2b3c4d", "clone");
        assertThat(steps.get(0).sql()).contains("Secret_Pass#42");
        assertThat(steps.get(0).display()).isEqualTo("CREATE USER " + C + " (password not shown)");
        assertThat(steps.get(0).toString()).doesNotContain("Secret");
        assertThat(steps.subList(1, steps.size())).extracting(Step::sql).allSatisfy(sql -> assertThat(sql)
                .doesNotContain("Secret"));
        assertThat(steps.get(3).sql()).contains("'1a2b3c4d', 'clone'");
    }
}
