package io.github.dblifecycle.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycle;
import io.github.dblifecycle.core.PrepareRequest;

/**
 * Prints the time of {@code prepare} (template + N clones, clones made concurrently) and of {@code teardown} for
 * N = 1, 2, 4, 8 on each backend, as the median of a few runs. Figures, not assertions: the machine decides.
 *
 * <p>Usage: {@code PrepareBenchmark [runs] [backend...]}; backends {@code postgresql} (127.0.0.1:5432, user postgres,
 * measured once per clone strategy: the {@code auto} default is WAL_LOG at this template size) and {@code sqlite}.
 */
public final class PrepareBenchmark {
    private static final int TABLES = 40;
    private static final int ROWS_PER_TABLE = 1_500;
    private static final int[] CLONES = {1, 2, 4, 8};

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> backends =
                args.length > 1 ? List.of(args).subList(1, args.length) : List.of("postgresql", "sqlite");
        Path work = Files.createTempDirectory("dblc-bench");
        System.out.printf(
                "Template: %d tables, %d rows each (~%d MB of rows); median of %d runs%n",
                TABLES, ROWS_PER_TABLE, TABLES * ROWS_PER_TABLE * 110 / 1_000_000, runs);
        System.out.printf(
                "%-21s %3s %12s %12s %12s %12s%n", "backend", "N", "prepare s", "template s", "clones s", "teardown s");
        for (String backend : backends) {
            Path script = TemplateGenerator.write(work, backend, TABLES, ROWS_PER_TABLE);
            List<String> strategies = backend.equals("postgresql") ? List.of("WAL_LOG", "FILE_COPY") : List.of("");
            for (String strategy : strategies) {
                measure(work, backend, strategy, script, runs);
            }
        }
    }

    private static void measure(Path work, String backend, String strategy, Path script, int runs) {
        Map<String, String> options = strategy.isEmpty() ? Map.of() : Map.of("postgresql.strategy", strategy);
        String label = strategy.isEmpty() ? backend : backend + "/" + strategy;
        for (int n : CLONES) {
            List<Double> prepare = new ArrayList<>();
            List<Double> template = new ArrayList<>();
            List<Double> clones = new ArrayList<>();
            List<Double> teardown = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                Path dir = work.resolve(backend + strategy + "-" + n + "-" + run);
                ConnectionSpec admin = backend.equals("postgresql")
                        ? new ConnectionSpec("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")
                        : new ConnectionSpec("jdbc:sqlite:" + dir.resolve("template.db"), "", "");
                TimingLog log = new TimingLog();
                DbLifecycle lifecycle = new DbLifecycle(log);
                long t0 = System.nanoTime();
                lifecycle.prepare(new PrepareRequest(
                        admin,
                        List.of(script),
                        n,
                        "dblcbench",
                        dir,
                        false,
                        Map.of(),
                        options,
                        ProcessHandle.current().pid()));
                long t1 = System.nanoTime();
                lifecycle.teardown(dir, admin);
                long t2 = System.nanoTime();
                prepare.add((t1 - t0) / 1e9);
                template.add(log.templateSeconds);
                clones.add(log.clonesSeconds);
                teardown.add((t2 - t1) / 1e9);
            }
            System.out.printf(
                    "%-21s %3d %12.3f %12.3f %12.3f %12.3f%n",
                    label,
                    n,
                    TimingLog.median(prepare),
                    TimingLog.median(template),
                    TimingLog.median(clones),
                    TimingLog.median(teardown));
        }
    }

    /** Picks the template and clone times out of the lifecycle's own log lines. */
}
