package io.github.dblifecycle.core.postgresql;

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
import java.util.UUID;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.SqlStatement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PostgresScriptSplitterTest {
    private final PostgresScriptSplitter splitter = new PostgresScriptSplitter();

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
        void emptyStatementsAreDropped() {
            assertThat(sql(";;  ;\n;SELECT 1;;")).containsExactly("SELECT 1");
        }

        @Test
        void emptyOrBlankScriptHasNoStatements() {
            assertThat(splitter.split("")).isEmpty();
            assertThat(splitter.split(" \n\t\r\n")).isEmpty();
        }

        @Test
        void commentOnlyFragmentsAreDropped() {
            assertThat(sql("-- setup\n;\n/* nothing here */;\nSELECT 1; -- trailing note\n/* final */"))
                    .containsExactly("SELECT 1");
        }

        @Test
        void commentsBeforeAStatementAreNotPartOfIt() {
            assertThat(sql("-- the users\n/* table */\nCREATE TABLE users (id int);"))
                    .containsExactly("CREATE TABLE users (id int)");
        }

        @Test
        void commentsInsideAStatementAreKeptAsTheyAre() {
            assertThat(sql("SELECT 1 -- one\n  + /* two */ 2\n-- done\n;"))
                    .containsExactly("SELECT 1 -- one\n  + /* two */ 2\n-- done");
        }

        @Test
        void caseEndOutsideARoutineIsOrdinary() {
            assertThat(sql("SELECT CASE WHEN true THEN 1 END; SELECT 2"))
                    .containsExactly("SELECT CASE WHEN true THEN 1 END", "SELECT 2");
        }

        @Test
        void transactionControlStatementsAreOrdinaryStatements() {
            assertThat(sql("BEGIN;\nINSERT INTO t VALUES (1);\nEND;\nBEGIN TRANSACTION;\nCOMMIT;"))
                    .containsExactly("BEGIN", "INSERT INTO t VALUES (1)", "END", "BEGIN TRANSACTION", "COMMIT");
        }
    }

    @Nested
    class Quoting {
        @Test
        void semicolonInStringWithDoubledQuotes() {
            assertThat(sql("SELECT 'a;''b;''';SELECT 2")).containsExactly("SELECT 'a;''b;'''", "SELECT 2");
        }

        @Test
        void backslashInAPlainStringIsNoEscape() {
            // standard_conforming_strings: 'C:\' is a complete string.
            assertThat(sql("SELECT 'C:\\'; SELECT 2")).containsExactly("SELECT 'C:\\'", "SELECT 2");
        }

        @Test
        void escapeStringWithBackslashEscapes() {
            assertThat(sql("SELECT E'it\\'s; \\\\'; SELECT e'x\\';'';y'; SELECT 3"))
                    .containsExactly("SELECT E'it\\'s; \\\\'", "SELECT e'x\\';'';y'", "SELECT 3");
        }

        @Test
        void wordEndingInEBeforeAQuoteIsNoEscapeString() {
            // Not valid SQL, but "some" is a word, not the E prefix: the backslash must not escape the quote.
            assertThat(sql("SELECT some'\\'; SELECT 2")).containsExactly("SELECT some'\\'", "SELECT 2");
        }

        @Test
        void quotedIdentifiers() {
            assertThat(sql("CREATE TABLE \"a;\"\"b\" (\"end;\" int); SELECT 2"))
                    .containsExactly("CREATE TABLE \"a;\"\"b\" (\"end;\" int)", "SELECT 2");
        }

        @Test
        void lineCommentHidesSemicolonsAndQuotes() {
            assertThat(sql("SELECT 1 -- it's; here\n, 2; SELECT 3"))
                    .containsExactly("SELECT 1 -- it's; here\n, 2", "SELECT 3");
        }

        @Test
        void commentMarkersInsideStringsAreText() {
            assertThat(sql("SELECT '--;', '/*;'; SELECT 2")).containsExactly("SELECT '--;', '/*;'", "SELECT 2");
        }

        @Test
        void blockCommentsNest() {
            assertThat(sql("/* a /* b; */ still comment; */ SELECT 1; SELECT /* x /* y */ ; */ 2;"))
                    .containsExactly("SELECT 1", "SELECT /* x /* y */ ; */ 2");
        }

        @Test
        void dollarQuotedBodies() {
            String body = "CREATE FUNCTION f() RETURNS text AS $$ SELECT 'a;b' -- c;\n $$ LANGUAGE sql";
            assertThat(sql(body + "; SELECT 2")).containsExactly(body, "SELECT 2");
        }

        @Test
        void taggedDollarQuoteContainsOtherDollarQuotesAndTagsAreCaseSensitive() {
            String body = "DO $fn$ BEGIN EXECUTE $$SELECT 1;$$; PERFORM $Fn$;$Fn$; END $fn$";
            assertThat(sql(body + ";\nSELECT 2")).containsExactly(body, "SELECT 2");
        }

        @Test
        void tagsFollowIdentifierRules() {
            assertThat(sql("SELECT $_t9$;$_t9$, $é$;$é$; SELECT 2"))
                    .containsExactly("SELECT $_t9$;$_t9$, $é$;$é$", "SELECT 2");
        }

        @Test
        void positionalParameterIsNoDollarQuote() {
            assertThat(sql("PREPARE p(int, int) AS SELECT $1 + $2; EXECUTE p(1, 2)"))
                    .containsExactly("PREPARE p(int, int) AS SELECT $1 + $2", "EXECUTE p(1, 2)");
        }

        @Test
        void dollarInsideAnIdentifierIsNoDollarQuote() {
            assertThat(sql("CREATE TABLE t (price$$ int, a$b$ int); SELECT 2"))
                    .containsExactly("CREATE TABLE t (price$$ int, a$b$ int)", "SELECT 2");
        }

        @Test
        void semicolonsInsideParenthesesDoNotEndTheStatement() {
            // As in psql: a multi-action rule lists its actions in parentheses, separated by semicolons.
            String rule =
                    "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))";
            assertThat(sql(rule + ";\nSELECT 2")).containsExactly(rule, "SELECT 2");
        }
    }

    @Nested
    class BeginAtomic {
        @Test
        void semicolonsInsideBeginAtomicDoNotEndTheFunction() {
            String function = """
                    CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
                    BEGIN ATOMIC
                        SELECT CASE WHEN a IS NULL THEN 0 ELSE a END + b;
                    END""";
            assertThat(sql(function + ";\nSELECT 2")).containsExactly(function, "SELECT 2");
        }

        @Test
        void procedureAndOrReplaceInAnyCase() {
            String procedure = """
                    create or replace procedure fill(begin_date date) language sql
                    begin atomic
                      insert into t values (begin_date);
                      insert into t values (case when begin_date is null then current_date end);
                    end""";
            assertThat(sql(procedure + ";\nCALL fill(NULL);")).containsExactly(procedure, "CALL fill(NULL)");
        }

        @Test
        void returnCaseEndIsNotABody() {
            String function = "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql RETURN CASE WHEN a > 0 THEN a END";
            assertThat(sql(function + "; SELECT 2")).containsExactly(function, "SELECT 2");
        }

        @Test
        void beginInsideAPlpgsqlBodyIsQuoted() {
            String function = "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN NULL; END $$";
            assertThat(sql(function + "; SELECT 2")).containsExactly(function, "SELECT 2");
        }

        @Test
        void unterminatedBodyNamesItsLines() {
            assertThatThrownBy(() -> splitter.split("SELECT 1;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql\n"
                            + "BEGIN ATOMIC\n  SELECT 1;\nSELECT 2;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("BEGIN ATOMIC")
                    .hasMessageContaining("BEGIN on line 3")
                    .hasMessageContaining("starting on line 2");
        }
    }

    @Nested
    class MetaCommands {
        @Test
        void lineStartingWithAMetaCommandIsRejectedNamingTheLine() {
            assertThatThrownBy(() -> splitter.split("SELECT 1;\n\n  \\connect other\nSELECT 2;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageStartingWith("psql meta-command \\connect on line 3 is not SQL");
        }

        @Test
        void includeIsRejected() {
            assertThatThrownBy(() -> splitter.split("\\i other.sql"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("\\i on line 1");
        }

        @Test
        void metaCommandAfterSqlOnTheSameLineIsRejectedToo() {
            // psql would run the query with \gset rather than send the backslash to the server.
            assertThatThrownBy(() -> splitter.split("SELECT 1 AS x \\gset"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("\\gset on line 1");
        }

        @Test
        void backslashesInsideQuotesAndCommentsAreFine() {
            assertThat(sql("SELECT '\\i', E'\\\\', $$\\c$$ -- \\q\n/* \\x */;"))
                    .containsExactly("SELECT '\\i', E'\\\\', $$\\c$$ -- \\q\n/* \\x */");
        }
    }

    @Nested
    class Lines {
        @Test
        void lineIsWhereTheFirstRealCharacterIs() {
            List<SqlStatement> statements = splitter.split(
                    "\n-- comment\n/* block\n comment */\n\n  SELECT\n 1;  SELECT 2;\nSELECT $$\n\n$$;\n\n\nSELECT 4");
            assertThat(statements).extracting(SqlStatement::line).containsExactly(6, 7, 8, 13);
        }

        @Test
        void crlfLineEndingsWork() {
            List<SqlStatement> statements = splitter.split(
                    "-- header\r\nCREATE TABLE t (\r\n  id int -- key\r\n);\r\n\r\nINSERT INTO t VALUES (1);\r\n");
            assertThat(statements)
                    .extracting(SqlStatement::sql, SqlStatement::line)
                    .containsExactly(
                            tuple("CREATE TABLE t (\r\n  id int -- key\r\n)", 2), tuple("INSERT INTO t VALUES (1)", 6));
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
        void escapeStringWhoseLastQuoteIsEscaped() {
            assertThatThrownBy(() -> splitter.split("\n\nSELECT E'abc\\';"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("Unterminated escape string")
                    .hasMessageContaining("E' on line 3");
        }

        @Test
        void quotedIdentifier() {
            assertThatThrownBy(() -> splitter.split("SELECT \"abc;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("Unterminated quoted identifier")
                    .hasMessageContaining("on line 1");
        }

        @Test
        void blockCommentWithAnUnclosedNestedComment() {
            assertThatThrownBy(() -> splitter.split("SELECT 1;\n/* outer\n /* inner */\nSELECT 2;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessage("Unterminated block comment: the /* on line 2 is never closed; add the missing */");
        }

        @Test
        void dollarQuoteNamesItsTag() {
            assertThatThrownBy(() -> splitter.split("DO $body$\nBEGIN NULL; END\n$Body$;"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("Unterminated dollar-quoted string")
                    .hasMessageContaining("$body$ on line 1");
        }
    }

    /** A realistic script, split here and executed statement by statement on the real server. */
    @Nested
    class RealisticScript {
        private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

        private static final String SCRIPT = """
                \uFEFF-- Schema of the shop; run by db-lifecycle before the tests.
                CREATE SCHEMA shop;

                CREATE TABLE shop.customer (
                    id      bigserial PRIMARY KEY,
                    name    text NOT NULL,          -- display name; may contain ';'
                    "order" int  NOT NULL DEFAULT 0 /* a reserved word; quoted */
                );

                /* The audit trail.
                   /* Nested comment; PostgreSQL allows it. */
                */
                CREATE TABLE shop.audit (id serial PRIMARY KEY, msg text NOT NULL);

                CREATE FUNCTION shop.greet(p_name text) RETURNS text
                LANGUAGE plpgsql AS $$
                DECLARE
                    greeting text := 'Hello; ';  -- a comment with ' and ;
                BEGIN
                    IF p_name IS NULL THEN
                        RETURN 'nobody''s here;';
                    END IF;
                    RETURN greeting || p_name || E'\\'s;';
                END;
                $$;

                CREATE OR REPLACE FUNCTION shop.log_customer() RETURNS trigger
                LANGUAGE plpgsql AS $fn$
                BEGIN
                    INSERT INTO shop.audit(msg) VALUES ('added ' || NEW.name || $q$; "ok" $q$);
                    RETURN NEW;
                END;
                $fn$;

                CREATE TRIGGER customer_log AFTER INSERT ON shop.customer
                    FOR EACH ROW EXECUTE FUNCTION shop.log_customer();

                DO $$
                BEGIN
                    FOR i IN 1..3 LOOP
                        INSERT INTO shop.customer(name) VALUES ('c' || i || ';');
                    END LOOP;
                END
                $$;

                CREATE FUNCTION shop.add(a int, b int) RETURNS int
                LANGUAGE sql IMMUTABLE
                BEGIN ATOMIC
                    SELECT CASE WHEN a IS NULL THEN 0 ELSE a END + b;
                END;

                CREATE PROCEDURE shop.add_pair(n text) LANGUAGE sql
                BEGIN ATOMIC
                    INSERT INTO shop.customer(name) VALUES (n || ' 1');
                    INSERT INTO shop.customer(name) VALUES (n || ' 2');
                END;

                CALL shop.add_pair('pair;');
                INSERT INTO shop.customer(name, "order") VALUES (E'it\\'s; fine', 7); -- done
                """;

        @Test
        void splitsIntoTheExpectedStatements() {
            List<SqlStatement> statements = splitter.split(SCRIPT);
            assertThat(statements)
                    .extracting(SqlStatement::line)
                    .containsExactly(2, 4, 13, 15, 27, 35, 38, 46, 52, 58, 59);
            assertThat(statements.get(3).sql())
                    .startsWith("CREATE FUNCTION shop.greet")
                    .endsWith("END;\n$$");
            assertThat(statements.get(7).sql()).endsWith("ELSE a END + b;\nEND");
            assertThat(statements.get(10).sql())
                    .isEqualTo("INSERT INTO shop.customer(name, \"order\") VALUES (E'it\\'s; fine', 7)");
        }

        @Test
        void runsOnTheServer() throws SQLException {
            String database = "dbl_split_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
                try (Statement create = admin.createStatement()) {
                    create.execute("CREATE DATABASE " + database);
                }
                try {
                    runScriptIn(database);
                } finally {
                    try (Statement drop = admin.createStatement()) {
                        drop.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                    }
                }
            }
        }

        private void runScriptIn(String database) throws SQLException {
            try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
                    Statement statement = connection.createStatement()) {
                for (SqlStatement sql : splitter.split(SCRIPT)) {
                    statement.execute(sql.sql());
                }
                assertThat(query(statement, "SELECT shop.greet('Ann')")).containsExactly("Hello; Ann's;");
                assertThat(query(statement, "SELECT shop.greet(NULL)")).containsExactly("nobody's here;");
                assertThat(query(statement, "SELECT shop.add(NULL, 2) || '/' || shop.add(1, 2)"))
                        .containsExactly("2/3");
                assertThat(query(statement, "SELECT name || ':' || \"order\" FROM shop.customer ORDER BY id"))
                        .containsExactly("c1;:0", "c2;:0", "c3;:0", "pair; 1:0", "pair; 2:0", "it's; fine:7");
                assertThat(query(statement, "SELECT msg FROM shop.audit ORDER BY id"))
                        .hasSize(6)
                        .first()
                        .isEqualTo("added c1;; \"ok\" ");
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
