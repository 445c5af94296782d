package io.github.dblifecycle.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycle;
import io.github.dblifecycle.core.PrepareRequest;

/**
 * SQLite clones of one large template file, made by the same code in two directories: one on a file system with
 * reflinks (the clones are reflink copies) and one without (the backup API copies), in one run. Figures, not
 * assertions.
 *
 * <p>Usage: {@code SqliteReflinkBenchmark <reflink dir> <plain dir> [MB] [runs]}.
 */
public final class SqliteReflinkBenchmark {
    public static void main(String[] args) throws Exception {
        int mb = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        System.out.printf("SQLite template of ~%d MB, 4 clones, median of %d runs%n", mb, runs);
        System.out.printf("%-52s %10s %10s%n", "directory", "clones s", "per clone");
        for (String dir : List.of(args[0], args[1])) {
            Path base = Files.createTempDirectory(Files.createDirectories(Path.of(dir)), "dblc-sqlite-bench");
            Path template = base.resolve("template.db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + template);
                    Statement s = c.createStatement()) {
                s.execute("create table filler(id integer primary key, s text)");
                s.execute("with recursive n(i) as (select 1 union all select i + 1 from n where i < " + mb * 1100
                        + ") insert into filler select i, printf('%.900c', 'x') from n");
            }
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                Path work = base.resolve("work" + run);
                ConnectionSpec admin = new ConnectionSpec("jdbc:sqlite:" + template, "", "");
                TimingLog log = new TimingLog();
                new DbLifecycle(log)
                        .prepare(new PrepareRequest(
                                admin,
                                List.of(),
                                4,
                                "bench",
                                work,
                                false,
                                Map.of(),
                                Map.of(),
                                ProcessHandle.current().pid()));
                times.add(log.clonesSeconds);
                new DbLifecycle(log).teardown(work, admin);
            }
            double s = TimingLog.median(times);
            System.out.printf(
                    "%-52s %10.3f %10.3f%n", dir + " (" + Files.size(template) / (1024 * 1024) + " MB)", s, s / 4);
            Files.delete(template);
            try (var left = Files.list(base)) {
                left.forEach(p -> p.toFile().delete());
            }
            Files.delete(base);
        }
    }
}
