package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import io.github.dblifecycle.core.sqlite.SqliteBackendType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and running scripts; how they are split is the splitters' own tests' business. */
class ScriptRunnerTest {
    @TempDir
    Path dir;

    private final ScriptRunner runner = new ScriptRunner(SqliteBackendType.INSTANCE.splitter());

    @Test
    void missingScriptNamesTheFileAndTheParameter() {
        Path missing = dir.resolve("schema.sql");
        assertThatThrownBy(() -> runner.load(List.of(missing)))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("The SQL script " + missing + " does not exist")
                .hasMessageContaining("<scripts>");
    }

    @Test
    void emptyScriptNamesTheFileAndTheParameter() throws Exception {
        Path empty = Files.writeString(dir.resolve("data.sql"), "  \n\n");
        assertThatThrownBy(() -> runner.load(List.of(empty)))
                .hasMessageContaining("The SQL script " + empty + " (parameter <scripts>) is empty");
    }

    @Test
    void scriptInAnotherEncodingIsRefused() throws Exception {
        Path latin1 = Files.write(
                dir.resolve("latin1.sql"), new byte[] {'s', 'e', 'l', 'e', 'c', 't', ' ', '\'', (byte) 0xE9, '\''});
        assertThatThrownBy(() -> runner.load(List.of(latin1)))
                .hasMessageContaining(latin1 + " (parameter <scripts>) is not valid UTF-8");
    }

    @Test
    void runsScriptsInOrderAndReportsTheFailingStatement() throws Exception {
        Path one =
                Files.writeString(dir.resolve("1.sql"), "\uFEFFcreate table t(x text);\ninsert into t values ('é');\n");
        Path two = Files.writeString(
                dir.resolve("2.sql"), "insert into t values ('b');\n\n\ninsert into t values (1, 2);\n");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThatThrownBy(() -> runner.run(c, List.of(one, two)))
                    .hasMessageContaining("SQL script " + two + " failed at line 4:")
                    .hasMessageContaining("statement: insert into t values (1, 2)")
                    .hasMessageContaining("table t has 1 columns but 2 values were supplied");
            try (var rs = c.createStatement().executeQuery("select group_concat(x) from t")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("é,b"); // autocommit: what ran before stays
            }
        }
    }
}
