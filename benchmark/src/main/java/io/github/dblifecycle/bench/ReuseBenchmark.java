package io.github.dblifecycle.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycle;
import io.github.dblifecycle.core.PrepareRequest;
import io.github.dblifecycle.core.source.FlywayMigrations;

/**
 * Prints what reuse saves: {@code prepare} of a first build (builds the template from Flyway migrations, then
 * clones), of a second build with the same migrations (only clones), and of a build without reuse, with the time
 * the clones alone took. Figures, never asserted.
 *
 * <p>Usage: {@code ReuseBenchmark [runs] [clones] [backend...]}; backends {@code postgresql}, {@code sqlite},
 * {@code mariadb} (127.0.0.1:3306, root).
 */
public final class ReuseBenchmark {
    private static final int TABLES = 36;
    private static final int ROWS_PER_TABLE = 200;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int clones = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> backends =
                args.length > 2 ? List.of(args).subList(2, args.length) : List.of("postgresql", "sqlite", "mariadb");
        Path work = Files.createTempDirectory("dblc-reuse-bench");
        Path migrations = writeMigrations(work.resolve("migrations"));
        System.out.printf(
                "Flyway: %d migrations, one table with an index and %d rows each; %d clones; median of %d " + "runs%n",
                TABLES, ROWS_PER_TABLE, clones, runs);
        System.out.printf(
                "%-11s %16s %16s %16s %16s%n",
                "backend", "1st prepare s", "2nd prepare s", "2nd clones s", "no reuse s");
        for (String backend : backends) {
            List<Double> first = new ArrayList<>();
            List<Double> second = new ArrayList<>();
            List<Double> secondClones = new ArrayList<>();
            List<Double> noReuse = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                Path dir = work.resolve(backend + "-" + run);
                ConnectionSpec admin =
                        switch (backend) {
                            case "postgresql" ->
                                new ConnectionSpec("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                            case "mariadb" -> new ConnectionSpec("jdbc:mariadb://127.0.0.1:3306/", "root", "");
                            default ->
                                new ConnectionSpec("jdbc:sqlite:" + dir.resolve("templates/template.db"), "", "");
                        };
                first.add(prepare(admin, migrations, dir.resolve("a"), clones, true, false).total);
                Timing t = prepare(admin, migrations, dir.resolve("b"), clones, true, true);
                second.add(t.total);
                secondClones.add(t.clones);
                noReuse.add(prepare(admin, migrations, dir.resolve("c"), clones, false, false).total);
            }
            System.out.printf(
                    "%-11s %16.3f %16.3f %16.3f %16.3f%n",
                    backend,
                    TimingLog.median(first),
                    TimingLog.median(second),
                    TimingLog.median(secondClones),
                    TimingLog.median(noReuse));
        }
    }

    /** One prepare, then its teardown (which drops the reusable template when {@code dropTemplate}). */
    private static Timing prepare(
            ConnectionSpec admin, Path migrations, Path workDir, int clones, boolean reuse, boolean dropTemplate) {
        TimingLog log = new TimingLog();
        DbLifecycle lifecycle = new DbLifecycle(log);
        long t0 = System.nanoTime();
        lifecycle.prepare(new PrepareRequest(
                admin,
                List.of(),
                clones,
                "dblcrbench",
                workDir,
                false,
                Map.of(),
                Map.of(),
                ProcessHandle.current().pid(),
                List.of(new FlywayMigrations(List.of("filesystem:" + migrations), Map.of(), workDir)),
                reuse ? PrepareRequest.Reuse.on(Duration.ofMinutes(5)) : PrepareRequest.Reuse.OFF,
                PrepareRequest.DEFAULT_LEASE_WAIT));
        double total = (System.nanoTime() - t0) / 1e9;
        lifecycle.teardown(workDir, admin, dropTemplate);
        return new Timing(total, log.clonesSeconds);
    }

    private record Timing(double total, double clones) {}

    /** Portable SQL: the same migrations run on PostgreSQL, SQLite and MariaDB. */
    private static Path writeMigrations(Path dir) throws Exception {
        Files.createDirectories(dir);
        for (int t = 1; t <= TABLES; t++) {
            StringBuilder sql = new StringBuilder();
            sql.append("create table t")
                    .append(t)
                    .append(" (id int primary key, name varchar(100) not null, ")
                    .append("amount numeric(12,2), created date, ref int);\n");
            sql.append("create index t").append(t).append("_ref on t").append(t).append(" (ref);\n");
            sql.append("insert into t").append(t).append(" values ");
            for (int r = 1; r <= ROWS_PER_TABLE; r++) {
                sql.append(r > 1 ? ",\n" : "")
                        .append('(')
                        .append(r)
                        .append(", 'row ")
                        .append(r)
                        .append("', ")
                        .append(r * 1.25)
                        .append(", '2024-01-")
                        .append(String.format("%02d", 1 + r % 28))
                        .append("', ")
                        .append(r % 17)
                        .append(')');
            }
            sql.append(";\n");
            Files.writeString(dir.resolve("V" + t + "__table_" + t + ".sql"), sql);
        }
        return dir;
    }
}
