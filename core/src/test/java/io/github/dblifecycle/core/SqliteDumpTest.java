package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sqlite3 {@code .dump} output, made here by the real sqlite3 shell, used as a template script unchanged. */
class SqliteDumpTest {
    @TempDir
    Path dir;

    final TestLog log = new TestLog();

    private static String allBytes() {
        StringBuilder hex = new StringBuilder();
        for (int b = 0; b < 256; b++) {
            hex.append(String.format("%02X", b));
        }
        return hex.toString();
    }

    @Test
    void dumpLoadsExactly() throws Exception {
        Path source = dir.resolve("source.db");
        Path sql = Files.writeString(
                dir.resolve("source.sql"),
                String.join(
                                "\n",
                                "PRAGMA foreign_keys = ON;",
                                "CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB, r REAL);",
                                "CREATE TABLE \"odd;name\" (\"semi;colon\" TEXT, [bracket] INT, `tick` TEXT,"
                                        + " pid INT REFERENCES parent(id));",
                                "CREATE TABLE nums (n INTEGER PRIMARY KEY, t TEXT) WITHOUT ROWID;",
                                "INSERT INTO nums VALUES (1, 'one'), (2, NULL);",
                                "INSERT INTO parent (name, data, r) VALUES ('all bytes', x'" + allBytes() + "', 1.5);",
                                "INSERT INTO parent (name, data) VALUES ('it''s; a \"quote\"' || char(10) || 'new line', NULL),"
                                        + " ('', x'');",
                                "DELETE FROM parent WHERE name = '';",
                                "INSERT INTO \"odd;name\" VALUES ('a;b', 1, 'c', 1), (NULL, NULL, NULL, NULL);",
                                "CREATE INDEX parent_name ON parent(name);",
                                "CREATE VIEW v AS SELECT id, name FROM parent WHERE name <> 'x;y';",
                                "CREATE TRIGGER parent_ai AFTER INSERT ON parent BEGIN"
                                        + " INSERT INTO \"odd;name\" VALUES (CASE WHEN new.name = '' THEN 'empty' ELSE 'x;' END,"
                                        + " new.id, NULL, NULL); END;",
                                "")
                        + "\n");
        Tools.runWithInput(sql, null, "sqlite3", source.toString());
        Path dump = dir.resolve("dump.sql");
        Tools.run(dump, "sqlite3", source.toString(), ".dump");
        assertThat(Files.readString(dump)).contains("BEGIN TRANSACTION;", "sqlite_sequence", "CREATE TRIGGER");

        Path template = dir.resolve("template.db");
        Manifest manifest = new DbLifecycle(log)
                .prepare(TestRequests.plain(
                        new ConnectionSpec("jdbc:sqlite:" + template, "", ""),
                        List.of(dump),
                        1,
                        "it",
                        dir.resolve("work")));
        try {
            String clone = manifest.workers().get(0).file();
            // .dump prints the schema and every row: equal dumps mean equal databases
            assertThat(Tools.run(null, "sqlite3", clone, ".dump"))
                    .isEqualTo(Tools.run(null, "sqlite3", source.toString(), ".dump"))
                    .contains("X'000102030405");
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), new ConnectionSpec("jdbc:sqlite:" + template, "", ""));
        }
    }
}
