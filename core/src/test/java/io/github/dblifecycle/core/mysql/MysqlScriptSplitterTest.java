package io.github.dblifecycle.core.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.SqlStatement;
import org.junit.jupiter.api.Test;

class MysqlScriptSplitterTest {
    private static List<String> sql(String script) {
        return new MysqlScriptSplitter()
                .split(script).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void semicolonsInQuotesAndCommentsDoNotEndStatements() {
        assertThat(sql("insert into t values ('a;b', \"c;d\", `e;f`); -- x; y\n# z; w\nselect 1 /* ; */;"))
                .containsExactly("insert into t values ('a;b', \"c;d\", `e;f`)", "select 1 /* ; */");
    }

    @Test
    void backslashEscapesAndDoubledQuotes() {
        assertThat(sql("select 'it\\'s; ok', 'a''b;c', \"q\\\";\", `we``ird;`; select 2"))
                .containsExactly("select 'it\\'s; ok', 'a''b;c', \"q\\\";\", `we``ird;`", "select 2");
        // A backslash before the closing quote's partner: 'a\\' ends after the escaped backslash.
        assertThat(sql("select 'a\\\\'; select 3")).containsExactly("select 'a\\\\'", "select 3");
    }

    @Test
    void doubleDashNeedsABlankToStartAComment() {
        assertThat(sql("select 5--3;\nselect 1 --\n;\nselect 2 -- c\n;"))
                .containsExactly("select 5--3", "select 1 --", "select 2 -- c");
        assertThat(sql("select 5--3;")).containsExactly("select 5--3");
    }

    @Test
    void leadingCommentsAreNotStatementsButVersionCommentsAre() {
        List<SqlStatement> statements = new MysqlScriptSplitter()
                .split("-- header\n# more\n/* block */\n"
                        + "/*!40101 SET NAMES utf8mb4 */;\n/*!50003 SET @x = 1 */;\n/*M!100100 SET @y = 2 */;\n");
        assertThat(statements)
                .extracting(SqlStatement::sql)
                .containsExactly("/*!40101 SET NAMES utf8mb4 */", "/*!50003 SET @x = 1 */", "/*M!100100 SET @y = 2 */");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(4, 5, 6);
    }

    @Test
    void delimiterBlocksForStoredPrograms() {
        String script = "CREATE TABLE t (id int);\n"
                + "DELIMITER ;;\n"
                + "CREATE PROCEDURE p()\nBEGIN\n  INSERT INTO t VALUES (1);\n  SELECT ';;' ;\nEND;;\n"
                + "delimiter //\n"
                + "CREATE FUNCTION f() RETURNS int DETERMINISTIC BEGIN RETURN 1; END//\n"
                + "DELIMITER $$\n"
                + "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.id = NEW.id + 1; END$$\n"
                + "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER t2 AFTER INSERT ON t "
                + "FOR EACH ROW BEGIN DELETE FROM t WHERE id < 0; END */$$\n"
                + "DELIMITER ;\n"
                + "SELECT 1;";
        List<SqlStatement> statements = new MysqlScriptSplitter().split(script);
        assertThat(statements)
                .extracting(SqlStatement::sql)
                .containsExactly(
                        "CREATE TABLE t (id int)",
                        "CREATE PROCEDURE p()\nBEGIN\n  INSERT INTO t VALUES (1);\n  SELECT ';;' ;\nEND",
                        "CREATE FUNCTION f() RETURNS int DETERMINISTIC BEGIN RETURN 1; END",
                        "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.id = NEW.id + 1; END",
                        "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER t2 AFTER INSERT ON t "
                                + "FOR EACH ROW BEGIN DELETE FROM t WHERE id < 0; END */",
                        "SELECT 1");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 3, 9, 11, 12, 14);
    }

    @Test
    void delimiterIsOnlyACommandAtTheStartOfAStatement() {
        assertThat(sql("select 1 as\ndelimiter;")).containsExactly("select 1 as\ndelimiter");
        assertThat(sql("select `delimiter`;")).containsExactly("select `delimiter`");
    }

    @Test
    void crlfAndBomAndNoTrailingDelimiter() {
        assertThat(sql("\uFEFFselect 1;\r\nDELIMITER //\r\nselect 2//\r\nselect 3"))
                .containsExactly("select 1", "select 2", "select 3");
    }

    @Test
    void errorsNameTheLine() {
        assertThatThrownBy(() -> sql("select 1;\nselect 'open;\n"))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("string literal")
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> sql("select 1;\n\n/* never closed"))
                .hasMessageContaining("comment")
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> sql("/*!40101 SET x=1;\n"))
                .hasMessageContaining("version comment")
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> sql("select 1;\nDELIMITER\nselect 2;"))
                .hasMessageContaining("DELIMITER on line 2 names no delimiter");
        assertThatThrownBy(() -> sql("select 1;\nUSE other;\n")).hasMessageContaining("USE on line 2 is not allowed");
        assertThatThrownBy(() -> sql("SOURCE data.sql;")).hasMessageContaining("<scripts>");
    }

    @Test
    void onlyCreateAndAlterStatementsAreSearchedForADefiner() {
        assertThat(Definers.mayHaveDefiner("/*!50001 CREATE ALGORITHM=UNDEFINED */\n/*!50013 DEFINER=`a`@`b` */"))
                .isTrue();
        assertThat(Definers.mayHaveDefiner("/*!50003 CREATE*/ /*!50017 DEFINER=`a`@`%`*/ /*!50003 TRIGGER"))
                .isTrue();
        assertThat(Definers.mayHaveDefiner(" create DEFINER=root@localhost PROCEDURE p() select 1"))
                .isTrue();
        assertThat(Definers.mayHaveDefiner("/*M!100100 ALTER DEFINER=x EVENT e*/"))
                .isTrue();
        assertThat(Definers.mayHaveDefiner("INSERT INTO `t` VALUES ('DEFINER=`a`@`b`')"))
                .isFalse();
        assertThat(Definers.mayHaveDefiner("/*!40000 ALTER TABLE `t` DISABLE KEYS */"))
                .isTrue();
    }

    @Test
    void definerClausesAreStrippedOnlyOnce() {
        assertThat(Definers.strip(
                        "CREATE DEFINER=`ghost`@`%` TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET @definer = 1"))
                .isEqualTo("CREATE  TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET @definer = 1");
        assertThat(Definers.strip("/*!50017 DEFINER='a'@'b'*/ x")).isEqualTo("/*!50017 */ x");
        assertThat(Definers.strip("CREATE DEFINER = CURRENT_USER() VIEW v AS select 1"))
                .isEqualTo("CREATE  VIEW v AS select 1");
        assertThat(Definers.strip("CREATE DEFINER=app_role PROCEDURE p() select 1"))
                .isEqualTo("CREATE  PROCEDURE p() select 1");
        assertThat(Definers.strip("CREATE DEFINER=root@localhost EVENT e ON SCHEDULE EVERY 1 DAY DO select 1"))
                .isEqualTo("CREATE  EVENT e ON SCHEDULE EVERY 1 DAY DO select 1");
    }

    @Test
    void urls() {
        assertThat(MysqlUrl.withDatabase("jdbc:mariadb://127.0.0.1:3306/", "x"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/x");
        assertThat(MysqlUrl.withDatabase("jdbc:mysql://h1:3306,h2/app?useSSL=false&a=/b", "x"))
                .isEqualTo("jdbc:mysql://h1:3306,h2/x?useSSL=false&a=/b");
        assertThat(MysqlUrl.withDatabase("jdbc:mysql://localhost", "x")).isEqualTo("jdbc:mysql://localhost/x");
        assertThat(MysqlUrl.withDatabase("jdbc:mysql:loadbalance://h1,h2/app", "x"))
                .isEqualTo("jdbc:mysql:loadbalance://h1,h2/x");
        assertThat(MysqlUrl.database("jdbc:mariadb://h/db1?x=1")).isEqualTo("db1");
        assertThatThrownBy(() -> MysqlUrl.withDatabase("jdbc:postgresql://h/db", "x"))
                .hasMessageContaining("jdbc:postgresql:");
    }
}
