package io.github.dblifecycle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a template script of {@code tables} tables (a chain of foreign keys, a secondary index each) holding
 * about {@code rowsPerTable} rows of ~100 bytes each, generated inside the database so the script stays small.
 */
final class TemplateGenerator {
    private TemplateGenerator() {}

    static Path write(Path dir, String backend, int tables, int rowsPerTable) throws IOException {
        StringBuilder sql = new StringBuilder();
        for (int t = 1; t <= tables; t++) {
            String fk = t == 1 ? "" : ", parent_id INTEGER REFERENCES t" + (t - 1) + "(id)";
            sql.append("CREATE TABLE t")
                    .append(t)
                    .append(" (id INTEGER PRIMARY KEY, name VARCHAR(64) NOT NULL, ")
                    .append("amount NUMERIC(12,2), note TEXT")
                    .append(fk)
                    .append(");\n");
            sql.append("CREATE INDEX t")
                    .append(t)
                    .append("_name ON t")
                    .append(t)
                    .append("(name);\n");
            sql.append(insert(backend, "t" + t, t == 1, rowsPerTable));
        }
        Path file = dir.resolve(backend + "-template.sql");
        Files.writeString(file, sql);
        return file;
    }

    private static String insert(String backend, String table, boolean first, int rows) {
        String parent = first ? "" : ", parent_id";
        String parentValue = first ? "" : ", n";
        if (backend.equals("postgresql")) {
            return "INSERT INTO " + table + " (id, name, amount, note" + parent + ") SELECT n, 'name-' || n, n * 1.5, "
                    + "md5(n::text) || md5((n+1)::text)" + parentValue + " FROM generate_series(1, " + rows + ") n;\n";
        }
        return "INSERT INTO " + table + " (id, name, amount, note" + parent + ") WITH RECURSIVE s(n) AS (SELECT 1 "
                + "UNION ALL SELECT n + 1 FROM s WHERE n < " + rows + ") SELECT n, 'name-' || n, n * 1.5, "
                + "hex(randomblob(32))" + parentValue + " FROM s;\n";
    }
}
