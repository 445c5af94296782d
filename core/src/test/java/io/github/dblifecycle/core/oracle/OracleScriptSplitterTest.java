package io.github.dblifecycle.core.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.SqlStatement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OracleScriptSplitterTest {
    private final OracleScriptSplitter splitter = new OracleScriptSplitter();

    private List<String> sql(String script) {
        return splitter.split(script).stream().map(SqlStatement::sql).toList();
    }

    @Nested
    class PlainStatements {
        @Test
        void semicolonEndsAStatementAndIsNotSent() {
            assertThat(sql("CREATE TABLE t (id NUMBER);\nINSERT INTO t VALUES (1) ;\nCOMMIT;"))
                    .containsExactly("CREATE TABLE t (id NUMBER)", "INSERT INTO t VALUES (1)", "COMMIT");
        }

        @Test
        void aSlashLineEndsAStatementToo() {
            assertThat(sql("CREATE TABLE t (id NUMBER)\n/\nSELECT 1 FROM dual\n  /  \n"))
                    .containsExactly("CREATE TABLE t (id NUMBER)", "SELECT 1 FROM dual");
        }

        @Test
        void aSlashAfterASemicolonDoesNotRunTheStatementTwice() {
            assertThat(sql("INSERT INTO t VALUES (1);\n/\nINSERT INTO t VALUES (2);"))
                    .containsExactly("INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (2)");
        }

        @Test
        void divisionIsNotATerminator() {
            assertThat(sql("SELECT a\n / 2 FROM t;\nSELECT a /\n2 FROM t;"))
                    .containsExactly("SELECT a\n / 2 FROM t", "SELECT a /\n2 FROM t");
        }

        @Test
        void blankLinesDoNotEndAStatement() {
            assertThat(sql("CREATE TABLE t (\n\n  id NUMBER\n\n);"))
                    .containsExactly("CREATE TABLE t (\n\n  id NUMBER\n\n)");
        }

        @Test
        void theLastStatementNeedsNoTerminatorAndEmptyOnesAreDropped() {
            assertThat(sql(";;\nSELECT 1 FROM dual;;\nSELECT 2 FROM dual"))
                    .containsExactly("SELECT 1 FROM dual", "SELECT 2 FROM dual");
            assertThat(splitter.split(" \n-- only a comment\n/* and another */\n"))
                    .isEmpty();
        }

        @Test
        void semicolonsAndSlashesInStringsIdentifiersAndCommentsAreText() {
            assertThat(sql("INSERT INTO \"a;b\" VALUES ('x;\n/\ny', 'it''s'); -- not; the end\n"
                            + "/* a comment\n/\nwith a slash line */ SELECT 1 FROM dual;"))
                    .containsExactly("INSERT INTO \"a;b\" VALUES ('x;\n/\ny', 'it''s')", "SELECT 1 FROM dual");
        }

        @Test
        void setTransactionAndSetRoleAreSql() {
            assertThat(sql("SET TRANSACTION READ ONLY;\nSET ROLE NONE;\nSET CONSTRAINTS ALL DEFERRED;"))
                    .containsExactly("SET TRANSACTION READ ONLY", "SET ROLE NONE", "SET CONSTRAINTS ALL DEFERRED");
        }

        @Test
        void linesAreCountedFromTheFirstRealToken() {
            assertThat(splitter.split(
                            "-- header\r\n\r\nCREATE TABLE a (x NUMBER);\r\n\r\nBEGIN\r\n  NULL;\r\nEND;\r\n/\r\n"))
                    .extracting(SqlStatement::line)
                    .containsExactly(3, 5);
        }
    }

    @Nested
    class QQuotes {
        @Test
        void qQuotedStringsHideQuotesSemicolonsAndSlashes() {
            assertThat(
                            sql(
                                    "INSERT INTO t VALUES (q'[it's; done]');\nINSERT INTO t VALUES (Q'{a '} b}');\n"
                                            + "INSERT INTO t VALUES (q'(x)');\nINSERT INTO t VALUES (q'<y>');\nINSERT INTO t VALUES (nq'!z;'!');"))
                    .containsExactly(
                            "INSERT INTO t VALUES (q'[it's; done]')",
                            "INSERT INTO t VALUES (Q'{a '} b}')",
                            "INSERT INTO t VALUES (q'(x)')",
                            "INSERT INTO t VALUES (q'<y>')",
                            "INSERT INTO t VALUES (nq'!z;'!')");
        }

        @Test
        void aQQuoteMaySpanASlashLine() {
            assertThat(sql("BEGIN\n  x := q'#a\n/\nb#';\nEND;\n/"))
                    .containsExactly("BEGIN\n  x := q'#a\n/\nb#';\nEND;");
        }

        @Test
        void anIdentifierEndingInQIsNotAQQuote() {
            assertThat(sql("SELECT seq'x' FROM t; SELECT 1 FROM dual"))
                    .containsExactly("SELECT seq'x' FROM t", "SELECT 1 FROM dual");
        }

        @Test
        void unterminatedQQuoteNamesItsLine() {
            assertThatThrownBy(() -> splitter.split("SELECT 1 FROM dual;\nSELECT q'[never closed' FROM dual;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("q-quoted string")
                    .hasMessageContaining("line 2")
                    .hasMessageContaining("]'");
        }
    }

    @Nested
    class PlsqlUnits {
        @Test
        void anonymousBlocksKeepInnerSemicolonsAndTheFinalEnd() {
            assertThat(sql("DECLARE\n  n NUMBER;\nBEGIN\n  SELECT COUNT(*) INTO n FROM t;\nEND;\n/\n"
                            + "begin\n  null;\nend;\n/\nSELECT 1 FROM dual;"))
                    .containsExactly(
                            "DECLARE\n  n NUMBER;\nBEGIN\n  SELECT COUNT(*) INTO n FROM t;\nEND;",
                            "begin\n  null;\nend;",
                            "SELECT 1 FROM dual");
        }

        @Test
        void everyKindOfStoredUnitEndsOnlyAtASlashLine() {
            String[] heads = {
                "CREATE FUNCTION f",
                "CREATE OR REPLACE PROCEDURE p",
                "CREATE PACKAGE pk",
                "CREATE OR REPLACE PACKAGE BODY pk",
                "CREATE OR REPLACE EDITIONABLE TRIGGER tr",
                "CREATE NONEDITIONABLE PROCEDURE p2",
                "CREATE OR REPLACE NONEDITIONABLE PACKAGE BODY pk2",
                "CREATE TYPE ty",
                "CREATE OR REPLACE TYPE BODY ty",
                "create or replace function g"
            };
            for (String head : heads) {
                String unit = head + " AS\nBEGIN\n  a;\n  b;\nEND;";
                assertThat(sql(unit + "\n/\nSELECT 1 FROM dual;")).as(head).containsExactly(unit, "SELECT 1 FROM dual");
            }
        }

        @Test
        void createTypeAsObjectEndsAtTheSlashAndKeepsItsSemicolon() {
            assertThat(sql("CREATE TYPE addr AS OBJECT (street VARCHAR2(40));\n/\nCREATE TABLE t (a addr);"))
                    .containsExactly("CREATE TYPE addr AS OBJECT (street VARCHAR2(40));", "CREATE TABLE t (a addr)");
        }

        @Test
        void withFunctionQueriesArePlsql() {
            assertThat(sql("WITH FUNCTION twice(n NUMBER) RETURN NUMBER IS BEGIN RETURN n * 2; END;\n"
                            + "SELECT twice(2) FROM dual\n/"))
                    .containsExactly("WITH FUNCTION twice(n NUMBER) RETURN NUMBER IS BEGIN RETURN n * 2; END;\n"
                            + "SELECT twice(2) FROM dual");
            assertThat(sql("WITH x AS (SELECT 1 a FROM dual) SELECT a FROM x;")).hasSize(1);
        }

        @Test
        void viewsSynonymsAndTablesAreNotPlsql() {
            assertThat(sql("CREATE OR REPLACE FORCE EDITIONABLE VIEW v AS SELECT 1 a FROM dual;\n"
                            + "CREATE OR REPLACE EDITIONABLE SYNONYM s FOR t;\nCREATE TABLE package (x NUMBER);"))
                    .hasSize(3);
        }

        @Test
        void aTriggerFollowedByAlterTriggerAsDbmsMetadataWritesIt() {
            String ddl = "\n  CREATE OR REPLACE EDITIONABLE TRIGGER \"S\".\"TR\" BEFORE INSERT ON \"S\".\"T\"\n"
                    + "FOR EACH ROW\nBEGIN\n  :NEW.ID := 1;\nEND;\n/\nALTER TRIGGER \"S\".\"TR\" ENABLE;\n";
            assertThat(sql(ddl))
                    .containsExactly(
                            "CREATE OR REPLACE EDITIONABLE TRIGGER \"S\".\"TR\" BEFORE INSERT "
                                    + "ON \"S\".\"T\"\nFOR EACH ROW\nBEGIN\n  :NEW.ID := 1;\nEND;",
                            "ALTER TRIGGER \"S\".\"TR\" ENABLE");
        }

        @Test
        void slashInsideABlockCommentOrStringDoesNotEndTheBlock() {
            assertThat(sql("BEGIN\n  /* a\n/\n  */\n  x := '\n/\n';\nEND;\n/"))
                    .containsExactly("BEGIN\n  /* a\n/\n  */\n  x := '\n/\n';\nEND;");
        }

        @Test
        void aBlockWithoutItsSlashIsAnErrorNamingItsLine() {
            assertThatThrownBy(() -> splitter.split("CREATE TABLE t (x NUMBER);\n\nCREATE OR REPLACE PROCEDURE p AS\n"
                            + "BEGIN\n  NULL;\nEND;\n"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("Unterminated PL/SQL block")
                    .hasMessageContaining("line 3")
                    .hasMessageContaining("/ alone");
        }

        @Test
        void statementsAfterABlockAreNumberedByTheirLine() {
            assertThat(splitter.split("BEGIN\n  NULL;\nEND;\n/\nSELECT 1 FROM dual;\n"))
                    .extracting(SqlStatement::sql, SqlStatement::line)
                    .containsExactly(tuple("BEGIN\n  NULL;\nEND;", 1), tuple("SELECT 1 FROM dual", 5));
        }
    }

    @Nested
    class SqlPlusCommandsInScripts {
        @Test
        void outputOnlyCommandsAreSkipped() {
            assertThat(sql("SET SERVEROUTPUT ON\nset echo off\nSET DEFINE OFF\nSET SQLBLANKLINES ON\n"
                            + "REM it's a note; with a semicolon\nREMARK another\nPROMPT Creating the tables; it's fine\n"
                            + "SPOOL out.log\nWHENEVER SQLERROR EXIT SQL.SQLCODE\nWHENEVER OSERROR EXIT 1\n"
                            + "CREATE TABLE t (x NUMBER);\nSPOOL OFF\n"))
                    .containsExactly("CREATE TABLE t (x NUMBER)");
        }

        @Test
        void promptContinuesOnTheNextLineAfterAHyphen() {
            assertThat(sql("PROMPT one it's -\ntwo; it's\nSELECT 1 FROM dual;")).containsExactly("SELECT 1 FROM dual");
        }

        @Test
        void commandsAreOnlyRecognisedWhereAStatementStarts() {
            assertThat(sql("SELECT prompt, rem\nFROM t;\nCREATE TABLE rem (x NUMBER);"))
                    .containsExactly("SELECT prompt, rem\nFROM t", "CREATE TABLE rem (x NUMBER)");
        }

        @Test
        void exitAtTheEndIsSkippedButNotBeforeMoreStatements() {
            assertThat(sql("SELECT 1 FROM dual;\nEXIT;\n-- bye\n")).containsExactly("SELECT 1 FROM dual");
            assertThatThrownBy(() -> splitter.split("SELECT 1 FROM dual;\nexit\nSELECT 2 FROM dual;"))
                    .hasMessageContaining("SQL*Plus command exit on line 2")
                    .hasMessageContaining("line 3");
        }

        @Test
        void includesAreRejectedWithTheFix() {
            assertThatThrownBy(() -> splitter.split("SELECT 1 FROM dual;\n@other.sql\n"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("SQL*Plus command @ on line 2")
                    .hasMessageContaining("<scripts>");
            assertThatThrownBy(() -> splitter.split("@@nested.sql")).hasMessageContaining("@@ on line 1");
            assertThatThrownBy(() -> splitter.split("START x.sql")).hasMessageContaining("START on line 1");
        }

        @Test
        void execIsRejectedWithTheBlockToWriteInstead() {
            assertThatThrownBy(() -> splitter.split("\nEXEC dbms_stats.gather_schema_stats(USER);\n"))
                    .hasMessageContaining("EXEC on line 2")
                    .hasMessageContaining("BEGIN dbms_stats.gather_schema_stats(USER); END;");
        }

        @Test
        void commandsThatChangeHowTheScriptIsReadAreRejected() {
            assertThatThrownBy(() -> splitter.split("SET SQLTERMINATOR !"))
                    .hasMessageContaining("SET SQLTERMINATOR on line 1");
            assertThatThrownBy(() -> splitter.split("SET DEFINE ON")).hasMessageContaining("SET DEFINE on line 1");
            assertThatThrownBy(() -> splitter.split("DEFINE x = 1")).hasMessageContaining("DEFINE on line 1");
            assertThatThrownBy(() -> splitter.split("WHENEVER SQLERROR CONTINUE"))
                    .hasMessageContaining("WHENEVER SQLERROR on line 1");
            assertThatThrownBy(() -> splitter.split("CONNECT scott/tiger"))
                    .hasMessageContaining("CONNECT on line 1")
                    .message()
                    .doesNotContain("tiger");
            assertThatThrownBy(() -> splitter.split("DESC t")).hasMessageContaining("DESC on line 1");
            assertThatThrownBy(() -> splitter.split("VARIABLE n NUMBER")).hasMessageContaining("VARIABLE on line 1");
        }
    }

    @Test
    void theRealServerTestScriptSplitsIntoItsStatements() throws Exception {
        String script = java.nio.file.Files.readString(java.nio.file.Path.of(OracleScriptSplitterTest.class
                .getResource("/oracle/every-object.sql")
                .toURI()));
        List<SqlStatement> statements = splitter.split(script);
        assertThat(statements).hasSize(19);
        assertThat(statements.get(0).sql()).isEqualTo("CREATE SEQUENCE order_seq START WITH 1 INCREMENT BY 1 CACHE 20");
        assertThat(statements.get(1).sql()).endsWith("city VARCHAR2(40));");
        assertThat(statements)
                .extracting(SqlStatement::sql)
                .contains("INSERT INTO customers (name, address, note, code) VALUES (q'[O'Brien; Ltd]', "
                        + "address_t('1 Main St', 'Dublin'), 'long text', 'A1')");
        assertThat(statements.get(18).sql()).startsWith("DECLARE").endsWith("END;");
    }
}
