package io.github.dblifecycle.core.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.SqlStatement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SqliteScriptSplitterTest {
    private final SqliteScriptSplitter splitter = new SqliteScriptSplitter();

    private List<String> sql(String script) {
        return splitter.split(script).stream().map(SqlStatement::sql).toList();
    }

    @Nested
    class Statements {
        @Test
        void semicolonsEndStatementsWhichAreTrimmedAndLoseTheDelimiter() {
            assertThat(sql("  SELECT 1 ;\n\tSELECT 2;  ")).containsExactly("SELECT 1", "SELECT 2");
        }

        @Test
        void theLastStatementNeedsNoSemicolon() {
            assertThat(sql("SELECT 1;\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
        }

        @Test
        void emptyStatementsAndBlankScriptsAreDropped() {
            assertThat(sql(";;  ;\n;SELECT 1;;")).containsExactly("SELECT 1");
            assertThat(splitter.split("")).isEmpty();
            assertThat(splitter.split("\r\n \t")).isEmpty();
        }

        @Test
        void commentOnlyFragmentsAreDropped() {
            assertThat(sql("-- setup\n;\n/* nothing */;\nSELECT 1; -- trailing\n/* final */"))
                    .containsExactly("SELECT 1");
        }

        @Test
        void commentsInsideAStatementAreKeptAsTheyAre() {
            assertThat(sql("-- before\nSELECT 1 -- one\n  + /* two */ 2\n;"))
                    .containsExactly("SELECT 1 -- one\n  + /* two */ 2");
        }

        @Test
        void transactionStatementsOutsideTriggersAreOrdinary() {
            assertThat(
                            sql(
                                    "BEGIN;\nINSERT INTO t VALUES (1);\nEND;\nBEGIN TRANSACTION;\nCOMMIT;\nbegin immediate; end"))
                    .containsExactly(
                            "BEGIN",
                            "INSERT INTO t VALUES (1)",
                            "END",
                            "BEGIN TRANSACTION",
                            "COMMIT",
                            "begin immediate",
                            "end");
        }

        @Test
        void caseEndOutsideTriggersIsOrdinary() {
            assertThat(sql("SELECT CASE WHEN 1 THEN 2 END; SELECT 3"))
                    .containsExactly("SELECT CASE WHEN 1 THEN 2 END", "SELECT 3");
        }
    }

    @Nested
    class Quoting {
        @Test
        void semicolonInStringWithDoubledQuotes() {
            assertThat(sql("SELECT 'a;''b;''';SELECT 2")).containsExactly("SELECT 'a;''b;'''", "SELECT 2");
        }

        @Test
        void backslashIsNoEscape() {
            assertThat(sql("SELECT 'C:\\'; SELECT 2")).containsExactly("SELECT 'C:\\'", "SELECT 2");
        }

        @Test
        void doubleQuotedBracketedAndBacktickedIdentifiers() {
            String create = "CREATE TABLE \"a;\"\"b\" ([c;d] int, `e;``f` int)";
            assertThat(sql(create + "; SELECT 2")).containsExactly(create, "SELECT 2");
        }

        @Test
        void bracketIdentifierEndsAtTheFirstClosingBracket() {
            assertThat(sql("SELECT [a;']; SELECT 2")).containsExactly("SELECT [a;']", "SELECT 2");
        }

        @Test
        void lineCommentHidesSemicolonsAndQuotes() {
            assertThat(sql("SELECT 1 -- it's; here\n, 2; SELECT 3"))
                    .containsExactly("SELECT 1 -- it's; here\n, 2", "SELECT 3");
        }

        @Test
        void blockCommentsDoNotNest() {
            assertThat(sql("/* a /* b; */ SELECT 1; SELECT /* ; */ 2;"))
                    .containsExactly("SELECT 1", "SELECT /* ; */ 2");
        }

        @Test
        void dollarsAreParametersNotQuotes() {
            assertThat(sql("SELECT $a, $$; SELECT 2")).containsExactly("SELECT $a, $$", "SELECT 2");
        }
    }

    @Nested
    class Triggers {
        private static final String TRIGGER = """
                CREATE TRIGGER log_insert AFTER INSERT ON item
                BEGIN
                  INSERT INTO log(msg) VALUES ('insert; ' || new.name);
                  UPDATE item SET seen = 1 WHERE id = new.id;
                END""";

        @Test
        void semicolonsInsideTheBodyDoNotEndTheTrigger() {
            assertThat(sql(TRIGGER + ";\nSELECT 2;")).containsExactly(TRIGGER, "SELECT 2");
        }

        @Test
        void triggerAtTheEndOfTheScriptNeedsNoSemicolon() {
            assertThat(sql("SELECT 1;\n" + TRIGGER)).containsExactly("SELECT 1", TRIGGER);
        }

        @Test
        void temporaryTriggersInAnyCase() {
            String temp = "create temp trigger t1 after insert on item begin delete from log; end";
            String temporary = "Create Temporary Trigger If Not Exists t2 After Delete On item Begin Select 1; End";
            assertThat(sql(temp + ";" + temporary + "; SELECT 3")).containsExactly(temp, temporary, "SELECT 3");
        }

        @Test
        void caseEndInsideTheBodyDoesNotEndTheTrigger() {
            String trigger = """
                    CREATE TRIGGER grade AFTER INSERT ON item
                    BEGIN
                      UPDATE item SET grade = CASE WHEN new.price > 10 THEN 'high' ELSE 'low' END;
                      UPDATE item SET band = CASE new.kind WHEN 1 THEN (CASE WHEN new.x THEN 1 END) END WHERE 1;
                    END""";
            assertThat(sql(trigger + ";\nSELECT 2")).containsExactly(trigger, "SELECT 2");
        }

        @Test
        void caseEndInTheWhenClauseBeforeTheBody() {
            String trigger = "CREATE TRIGGER t AFTER UPDATE ON item WHEN CASE WHEN new.x THEN 1 END = 1 "
                    + "BEGIN SELECT 1; END";
            assertThat(sql(trigger + "; SELECT 2")).containsExactly(trigger, "SELECT 2");
        }

        @Test
        void keywordsInsideNamesStringsAndCommentsAreIgnored() {
            String trigger = """
                    CREATE TRIGGER "end" AFTER INSERT ON [begin]
                    BEGIN
                      -- END;
                      INSERT INTO log(begin_date, end_date, "end", [case], `begin`) VALUES ('END;', 'BEGIN', 1, 2, 3);
                      /* CASE */ SELECT 'case';
                    END""";
            assertThat(sql(trigger + ";\nSELECT 2")).containsExactly(trigger, "SELECT 2");
        }

        @Test
        void commentBetweenEndAndSemicolon() {
            String trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END -- done\n";
            assertThat(sql(trigger + "; SELECT 2")).containsExactly(trigger.strip(), "SELECT 2");
        }

        @Test
        void unterminatedBodyNamesItsLines() {
            assertThatThrownBy(() -> splitter.split(
                            "SELECT 1;\nCREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n" + "  SELECT 1;\nSELECT 2;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageStartingWith("Unterminated trigger body: the BEGIN on line 3 of the CREATE TRIGGER on "
                            + "line 2 has no matching END");
        }

        @Test
        void unterminatedByAnUnclosedCase() {
            assertThatThrownBy(() -> splitter.split(
                            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n" + "SELECT CASE WHEN 1 THEN 2; END;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("BEGIN on line 1");
        }

        @Test
        void triggerWithoutBody() {
            assertThatThrownBy(() -> splitter.split("\nCREATE TRIGGER t AFTER INSERT ON a;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("the CREATE TRIGGER on line 2 has no BEGIN … END body");
        }
    }

    @Nested
    class Lines {
        @Test
        void lineIsWhereTheFirstRealCharacterIs() {
            List<SqlStatement> statements = splitter.split(
                    "\n-- comment\n/* block\n comment */\n\n  SELECT\n 1;  SELECT 2;\nSELECT '\n\n';\n\n\nSELECT 4");
            assertThat(statements).extracting(SqlStatement::line).containsExactly(6, 7, 8, 13);
        }

        @Test
        void crlfLineEndingsWork() {
            List<SqlStatement> statements = splitter.split(
                    "-- header\r\nCREATE TRIGGER t AFTER INSERT ON a\r\nBEGIN\r\n  SELECT 1;\r\nEND;\r\n\r\nSELECT 2;\r\n");
            assertThat(statements)
                    .extracting(SqlStatement::sql, SqlStatement::line)
                    .containsExactly(
                            tuple("CREATE TRIGGER t AFTER INSERT ON a\r\nBEGIN\r\n  SELECT 1;\r\nEND", 2),
                            tuple("SELECT 2", 7));
        }

        @Test
        void byteOrderMarkIsSkipped() {
            assertThat(splitter.split("\uFEFFSELECT 1;\nSELECT 2"))
                    .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT 2", 2));
        }
    }

    @Nested
    class Unterminated {
        @Test
        void string() {
            assertThatThrownBy(() -> splitter.split("SELECT 1;\nSELECT 'abc;\nSELECT 2;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessage("Unterminated string literal: the ' on line 2 is never closed; add the missing '");
        }

        @Test
        void doubleQuotedIdentifier() {
            assertThatThrownBy(() -> splitter.split("\nSELECT \"abc;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessage("Unterminated quoted identifier: the \" on line 2 is never closed; add the missing \"");
        }

        @Test
        void bracketedIdentifier() {
            assertThatThrownBy(() -> splitter.split("SELECT [abc;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessage("Unterminated quoted identifier: the [ on line 1 is never closed; add the missing ]");
        }

        @Test
        void backtickedIdentifier() {
            assertThatThrownBy(() -> splitter.split("\n\n\nSELECT `abc;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("quoted identifier: the ` on line 4");
        }

        @Test
        void blockComment() {
            assertThatThrownBy(() -> splitter.split("SELECT 1;\n/* comment\nSELECT 2;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessage("Unterminated block comment: the /* on line 2 is never closed; add the missing */");
        }
    }

    /** A realistic script, split here and executed statement by statement on a real in-memory SQLite. */
    @Nested
    class RealisticScript {
        private static final String SCRIPT = """
                \uFEFF-- Schema of the shop; run by db-lifecycle before the tests.
                PRAGMA foreign_keys = ON;

                CREATE TABLE item (
                    id         INTEGER PRIMARY KEY,
                    name       TEXT NOT NULL,      -- may contain ';'
                    price      REAL NOT NULL,
                    begin_date TEXT,
                    [order;]   INTEGER DEFAULT 0,  /* bracketed; odd but legal */
                    grade      TEXT
                );

                CREATE TABLE audit (id INTEGER PRIMARY KEY, msg TEXT NOT NULL, "end" TEXT);

                /* Grades each new item and records it. */
                CREATE TRIGGER item_added AFTER INSERT ON item
                WHEN new.name <> 'skip; END'
                BEGIN
                    UPDATE item
                       SET grade = CASE WHEN new.price >= 10 THEN 'high' ELSE 'low' END
                     WHERE id = new.id;
                    INSERT INTO audit(msg, "end") VALUES ('added ' || new.name || '; ok', new.begin_date);
                END;

                CREATE TEMP TRIGGER item_removed AFTER DELETE ON item
                BEGIN
                    INSERT INTO audit(msg) VALUES ('removed ' || old.name);
                END;

                BEGIN TRANSACTION;
                INSERT INTO item(name, price, begin_date) VALUES ('pen; blue', 2.5, '2024-01-01');
                INSERT INTO item(name, price, [order;]) VALUES ('it''s a lamp', 40, 3);
                INSERT INTO item(name, price) VALUES ('skip; END', 1);
                DELETE FROM item WHERE name = 'pen; blue';
                COMMIT;
                """;

        @Test
        void splitsIntoTheExpectedStatements() {
            List<SqlStatement> statements = splitter.split(SCRIPT);
            assertThat(statements)
                    .extracting(SqlStatement::line)
                    .containsExactly(2, 4, 13, 16, 25, 30, 31, 32, 33, 34, 35);
            assertThat(statements.get(3).sql())
                    .startsWith("CREATE TRIGGER item_added")
                    .endsWith("new.begin_date);\nEND");
            assertThat(statements.get(5).sql()).isEqualTo("BEGIN TRANSACTION");
        }

        @Test
        void runsOnSqlite() throws SQLException {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
                    Statement statement = connection.createStatement()) {
                for (SqlStatement sql : splitter.split(SCRIPT)) {
                    statement.execute(sql.sql());
                }
                assertThat(query(
                                statement,
                                "SELECT name || '|' || coalesce(grade, '-') || '|' || [order;] FROM item ORDER BY id"))
                        .containsExactly("it's a lamp|high|3", "skip; END|-|0");
                assertThat(query(statement, "SELECT msg || '|' || coalesce(\"end\", '-') FROM audit ORDER BY id"))
                        .containsExactly(
                                "added pen; blue; ok|2024-01-01", "added it's a lamp; ok|-", "removed pen; blue|-");
            }
        }

        private List<String> query(Statement statement, String sql) throws SQLException {
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }
}
