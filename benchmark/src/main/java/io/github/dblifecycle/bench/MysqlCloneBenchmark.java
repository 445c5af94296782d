package io.github.dblifecycle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycle;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.PrepareRequest;

/**
 * MariaDB/MySQL: the time db-lifecycle takes to make N clones of a template against
 * {@code mysqldump --routines --triggers --events template | mysql cloneN} for the same N (N dumps at once, as fast
 * as that pipeline gets here), in the same run, on a ~2 MB and a ~200 MB template of 36 tables (with secondary
 * indexes, foreign keys, views and triggers). Printed, not asserted.
 *
 * <p>Each configuration is measured with both clone methods ({@code mysql.cloneMethod=sql}: INSERT … SELECT;
 * {@code tablespace}: InnoDB tablespaces exported once, imported per clone), each against the same dump | load
 * figure. Usage: {@code MysqlCloneBenchmark [runs] [sizes: S,L] [sessions-per-clone,clones-at-a-time ...]}, e.g.
 * {@code 1 L 1,1 2,2 4,2 2,4} to sweep the concurrency; the environment variable DBLC_BENCH_METHODS (e.g.
 * "tablespace") limits the methods, DBLC_BENCH_DUMP=0 skips the dump | load baseline (for sweeps). "ours s" is the
 * whole cloning phase: for tablespace the one-time export (also shown alone) plus the N clones. Needs MariaDB (or MySQL) on 127.0.0.1:3306 as root without
 * password, and the mysqldump and mysql clients on the PATH.
 */
public final class MysqlCloneBenchmark {
    private static final ConnectionSpec ADMIN = new ConnectionSpec("jdbc:mariadb://127.0.0.1:3306/", "root", "");
    private static final int TABLES = 36;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<String> sizes = List.of((args.length > 1 ? args[1] : "S,L").split(","));
        List<int[]> configs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] p = args[i].split(",");
            configs.add(new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])});
        }
        if (configs.isEmpty()) {
            configs.add(new int[] {0, 0}); // the backend's defaults
        }
        Path work = Files.createTempDirectory("dblc-mysql-bench");
        System.out.printf(
                "%-4s %6s %3s %9s %-10s %11s %9s %11s %11s %8s %9s%n",
                "size",
                "MB",
                "N",
                "K,C",
                "method",
                "template s",
                "export s",
                "ours s",
                "dump|load s",
                "ratio",
                "ours MB/s");
        for (String size : sizes) {
            int rows = size.equals("L") ? 55_000 : 550;
            Path script = writeTemplateScript(work, rows);
            for (int[] config : configs) {
                for (int n : counts()) {
                    for (int run = 0; run < runs; run++) {
                        measure(work.resolve(size + n + "-" + run), script, size, n, config);
                    }
                }
            }
        }
    }

    /** Clone counts to measure: 1 and 4, or those of the environment variable DBLC_BENCH_N (e.g. "4"). */
    private static int[] counts() {
        String env = System.getenv("DBLC_BENCH_N");
        return env == null || env.isBlank()
                ? new int[] {1, 4}
                : java.util.Arrays.stream(env.split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray();
    }

    private static List<String> methods() {
        String env = System.getenv("DBLC_BENCH_METHODS");
        return env == null || env.isBlank() ? List.of("sql", "tablespace") : List.of(env.split(","));
    }

    /** Our clones with each method, then N dumps | loads of the last template, in the same run. */
    private static void measure(Path dir, Path script, String size, int n, int[] config) throws Exception {
        List<String> methods = methods();
        List<TimingLog> logs = new ArrayList<>();
        double mb = 0;
        double dump = 0;
        for (int m = 0; m < methods.size(); m++) {
            Map<String, String> options = new java.util.HashMap<>();
            options.put("mysql.cloneMethod", methods.get(m));
            if (config[0] != 0) {
                options.put("mysql.tableSessions", Integer.toString(config[0]));
                options.put("mysql.cloneConcurrency", Integer.toString(config[1]));
            }
            TimingLog log = new TimingLog();
            DbLifecycle lifecycle = new DbLifecycle(log);
            Path runDir = dir.resolve(methods.get(m));
            Manifest manifest = lifecycle.prepare(new PrepareRequest(
                    ADMIN,
                    List.of(script),
                    n,
                    "dblcbench",
                    runDir,
                    false,
                    Map.of(),
                    options,
                    ProcessHandle.current().pid()));
            try {
                mb = megabytes(manifest.template());
                if (m == methods.size() - 1 && !"0".equals(System.getenv("DBLC_BENCH_DUMP"))) {
                    dump = dumpAndLoad(manifest.template(), n);
                }
            } finally {
                lifecycle.teardown(runDir, ADMIN);
            }
            logs.add(log);
        }
        String kc = config[0] == 0 ? "default" : config[0] + "," + config[1];
        for (int m = 0; m < methods.size(); m++) {
            TimingLog log = logs.get(m);
            double ours = log.clonesSeconds + log.exportSeconds; // the export is part of cloning: once per build
            System.out.printf(
                    "%-4s %6.0f %3d %9s %-10s %11.2f %9.2f %11.2f %11.2f %7.1fx %9.0f%n",
                    size,
                    mb,
                    n,
                    kc,
                    methods.get(m),
                    log.templateSeconds,
                    log.exportSeconds,
                    ours,
                    dump,
                    dump / ours,
                    mb * n / ours);
        }
    }

    /** N concurrent {@code mysqldump … | mysql} into databases of our own, dropped afterwards. */
    private static double dumpAndLoad(String template, int n) throws Exception {
        List<String> targets = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            targets.add("dblcbench_dump_" + i);
        }
        try (Connection c = ADMIN.open();
                Statement s = c.createStatement()) {
            for (String t : targets) {
                s.execute("DROP DATABASE IF EXISTS " + t);
                s.execute("CREATE DATABASE " + t);
            }
        }
        try {
            long t0 = System.nanoTime();
            List<Process> processes = new ArrayList<>();
            for (String t : targets) {
                processes.add(new ProcessBuilder(
                                "bash",
                                "-o",
                                "pipefail",
                                "-c",
                                "mysqldump -h 127.0.0.1 -u root " + "--routines --triggers --events " + template
                                        + " | mysql -h 127.0.0.1 -u root " + t)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start());
            }
            for (Process p : processes) {
                if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    throw new IllegalStateException("mysqldump | mysql failed (exit " + p.exitValue() + ")");
                }
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            try (Connection c = ADMIN.open();
                    Statement s = c.createStatement()) {
                for (String t : targets) {
                    s.execute("DROP DATABASE IF EXISTS " + t);
                }
            }
        }
    }

    private static double megabytes(String database) throws Exception {
        try (Connection c = ADMIN.open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select sum(data_length + index_length) / 1048576 from "
                        + "information_schema.TABLES where TABLE_SCHEMA = '" + database + "'")) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    /**
     * 36 tables of orders-like rows, generated inside the server (MariaDB's seq_1_to_N): each with a secondary
     * index, every third with a foreign key to the previous table, a trigger on every sixth, and a few views.
     */
    static Path writeTemplateScript(Path dir, int rowsPerTable) throws IOException {
        StringBuilder sql = new StringBuilder("SET FOREIGN_KEY_CHECKS=0;\n");
        for (int t = 1; t <= TABLES; t++) {
            sql.append("CREATE TABLE t")
                    .append(t)
                    .append(" (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, ")
                    .append("ref_id int, qty int NOT NULL, code varchar(40) NOT NULL, at datetime NOT NULL, ")
                    .append("ts timestamp NULL, amount decimal(12,2) NOT NULL, note text, KEY ix_code (code), ")
                    .append("KEY ix_at (at)");
            if (t % 3 == 0) {
                sql.append(", CONSTRAINT fk_t")
                        .append(t)
                        .append(" FOREIGN KEY (ref_id) REFERENCES t")
                        .append(t - 1)
                        .append(" (id)");
            }
            sql.append(") ENGINE=InnoDB;\n");
            sql.append("INSERT INTO t")
                    .append(t)
                    .append(" (ref_id, qty, code, at, ts, amount, note) SELECT seq, ")
                    .append("seq % 97, md5(seq), '2024-01-01' + INTERVAL seq MINUTE, '2024-03-31' + INTERVAL seq ")
                    .append("SECOND, seq / 7, repeat(md5(seq + ")
                    .append(t)
                    .append("), 2) FROM seq_1_to_")
                    .append(rowsPerTable)
                    .append(";\n");
        }
        for (int v = 1; v <= 6; v++) {
            sql.append("CREATE VIEW v")
                    .append(v)
                    .append(" AS SELECT id, code, amount FROM t")
                    .append(v)
                    .append(" WHERE qty > 10;\n");
        }
        sql.append("CREATE VIEW v_all AS SELECT count(*) AS n FROM v1 JOIN v2 USING (id);\n");
        sql.append("DELIMITER ;;\n");
        for (int t = 6; t <= TABLES; t += 6) {
            sql.append("CREATE TRIGGER trg_t")
                    .append(t)
                    .append(" BEFORE INSERT ON t")
                    .append(t)
                    .append(" FOR EACH ROW BEGIN IF NEW.qty < 0 THEN SET NEW.qty = 0; END IF; END;;\n");
        }
        sql.append("CREATE PROCEDURE p_count() BEGIN SELECT count(*) FROM t1; END;;\nDELIMITER ;\n");
        Path file = dir.resolve("mysql-template-" + rowsPerTable + ".sql");
        Files.writeString(file, sql);
        return file;
    }
}
