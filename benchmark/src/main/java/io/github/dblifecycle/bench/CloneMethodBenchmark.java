package io.github.dblifecycle.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.BuildContext;
import io.github.dblifecycle.core.Cloner;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DatabaseNames;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.postgresql.PostgresBackend;
import io.github.dblifecycle.core.postgresql.PostgresBackendType;

/**
 * PostgreSQL 18's {@code file_copy_method = clone} on a copy-on-write file system: the time to make N = 1, 4, 8 clones
 * (4 at a time, as prepare does) of a ~5 MB and a ~1 GB template with {@code postgresql.strategy} auto (FILE_COPY with
 * clone above 64 MB, WAL_LOG below), WAL_LOG, and FILE_COPY with {@code file_copy_method = copy}, all in one run, and
 * the ratios the clone method is for. Figures, not assertions. Each template is built once (then CHECKPOINT), so
 * the figures are the clones' cost.
 *
 * <p>Usage: {@code CloneMethodBenchmark [admin URL] [runs]}, default {@code jdbc:postgresql://127.0.0.1:54319/postgres}
 * (the XFS server of {@code .ci/pg-versions start-reflink}).
 */
public final class CloneMethodBenchmark {
    private static final int[] CLONES = {1, 4, 8};
    private static final Map<String, Integer> TEMPLATES = new LinkedHashMap<>();

    static {
        TEMPLATES.put("small", 0); // an empty database's catalog (~7.5 MB) and nothing more
        TEMPLATES.put("1GB", 1_000_000); // rows of ~930 bytes
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:54319/postgres";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        ConnectionSpec admin = new ConnectionSpec(url, "postgres", "");
        Path work = Files.createTempDirectory("dblc-clone-bench");
        String buildId = DatabaseNames.newBuildId();
        System.out.printf("Server: %s; median of %d run(s); clone seconds for N clones, 4 at a time%n", url, runs);
        System.out.printf("%-9s %6s %-28s %3s %10s %10s%n", "template", "MB", "strategy", "N", "clones s", "per clone");
        Map<String, Double> eight = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> t : TEMPLATES.entrySet()) {
            String name = "dblcbench_" + buildId + "_" + t.getKey().toLowerCase();
            Database template = build(admin, name, t.getValue());
            try {
                long mb = sizeMb(admin, name);
                for (String strategy : List.of("auto", "WAL_LOG", "FILE_COPY")) {
                    Backend backend = PostgresBackendType.INSTANCE.forBuild(new BuildContext(
                            buildId, admin, work, Map.of(PostgresBackend.STRATEGY_OPTION, strategy), Log.NONE));
                    for (int n : CLONES) {
                        List<Double> times = new ArrayList<>();
                        String how = null;
                        for (int run = 0; run < runs; run++) {
                            try (Cloner cloner = backend.cloner(template)) {
                                how = cloner.describe()
                                        .replaceFirst(".*?, (STRATEGY [A-Z_]+( with [a-z_ =]+)?).*", "$1");
                                times.add(clones(backend, cloner, name, n));
                            }
                        }
                        double s = TimingLog.median(times);
                        System.out.printf(
                                "%-9s %6d %-28s %3d %10.3f %10.3f%n",
                                t.getKey(), mb, strategy + ": " + how, n, s, s / n);
                        if (n == 8) {
                            eight.put(t.getKey() + " " + strategy, s);
                        }
                    }
                }
            } finally {
                backendFor(admin, buildId, work).drop(template);
            }
        }
        System.out.printf(
                "N=8: auto 1GB / auto small = %.2f (goal <= 2); WAL_LOG 1GB / auto 1GB = %.1f (goal >= 20); "
                        + "FILE_COPY copy 1GB / auto 1GB = %.1f%n",
                eight.get("1GB auto") / eight.get("small auto"),
                eight.get("1GB WAL_LOG") / eight.get("1GB auto"),
                eight.get("1GB FILE_COPY") / eight.get("1GB auto"));
    }

    private static Backend backendFor(ConnectionSpec admin, String buildId, Path work) {
        return PostgresBackendType.INSTANCE.forBuild(new BuildContext(buildId, admin, work, Map.of(), Log.NONE));
    }

    /** Seconds to create {@code n} clones, 4 at a time; they are dropped afterwards (not timed). */
    private static double clones(Backend backend, Cloner cloner, String template, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 4));
        List<Future<Database>> made = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            String clone = template + "_" + i;
            made.add(pool.submit(() -> cloner.createClone(clone)));
        }
        List<Database> all = new ArrayList<>();
        for (Future<Database> f : made) {
            all.add(f.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        for (Database d : all) {
            backend.drop(d);
        }
        return seconds;
    }

    private static Database build(ConnectionSpec admin, String name, int rows) throws SQLException {
        execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        execute(admin, "CREATE DATABASE " + name);
        ConnectionSpec at = admin.withUrl(admin.url().replaceFirst("/postgres(\\?|$)", "/" + name + "$1"));
        if (rows > 0) {
            execute(at, "create table filler as select g, repeat('x', 900) s from generate_series(1, " + rows + ") g");
        }
        execute(admin, "CHECKPOINT"); // the template's pages on disk: no clone pays for writing them
        return new Database(name, at, null);
    }

    private static long sizeMb(ConnectionSpec admin, String name) throws SQLException {
        try (Connection c = admin.open();
                Statement s = c.createStatement();
                var rs = s.executeQuery("select pg_database_size('" + name + "')")) {
            rs.next();
            return rs.getLong(1) / (1024 * 1024);
        }
    }

    private static void execute(ConnectionSpec spec, String sql) throws SQLException {
        try (Connection c = spec.open();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
