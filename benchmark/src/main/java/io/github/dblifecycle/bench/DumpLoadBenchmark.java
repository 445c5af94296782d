package io.github.dblifecycle.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycle;
import io.github.dblifecycle.core.PrepareRequest;

/**
 * Loading a dump as a template against the vendor's own client, on the same file in the same run: a pg_dump
 * (mostly COPY data) against {@code psql -f}, a mariadb-dump (extended INSERTs) against {@code mariadb < file}.
 * db-lifecycle's figure is the template time it logs (the script load, as the client's is); the heap's peak use
 * during the load shows that the dump is streamed (run with a small -Xmx to prove it).
 *
 * <p>Usage: {@code DumpLoadBenchmark [runs] [MB] [backend...]}; backends {@code postgresql}, {@code mariadb}.
 */
public final class DumpLoadBenchmark {
    private static final ConnectionSpec PG =
            new ConnectionSpec("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
    private static final ConnectionSpec MARIADB = new ConnectionSpec("jdbc:mariadb://127.0.0.1:3306/", "root", "");
    private static final String SOURCE = "dblcbench_dumpsrc";
    private static final String TARGET = "dblcbench_client";

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<String> backends =
                args.length > 2 ? List.of(args).subList(2, args.length) : List.of("postgresql", "mariadb");
        Path work = Files.createTempDirectory("dblc-dump-bench");
        System.out.printf(
                "%-11s %8s %12s %12s %8s %14s%n", "dump", "MB", "client s", "db-lifecycle s", "ratio", "peak heap MB");
        for (String backend : backends) {
            Path dump = backend.equals("postgresql") ? pgDump(work, megabytes) : mariadbDump(work, megabytes);
            List<Double> client = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            long peak = 0;
            for (int run = 0; run < runs; run++) {
                client.add(backend.equals("postgresql") ? psql(dump) : mariadb(dump));
                resetPeaks();
                ours.add(prepare(work.resolve(backend + run), backend, dump));
                peak = Math.max(peak, peakHeap());
            }
            double c = TimingLog.median(client);
            double o = TimingLog.median(ours);
            System.out.printf(
                    "%-11s %8d %12.2f %14.2f %8.2f %14d%n",
                    backend, Files.size(dump) / 1_000_000, c, o, o / c, peak / 1_000_000);
            Files.delete(dump);
        }
    }

    private static Path pgDump(Path work, int megabytes) throws Exception {
        exec(PG, "DROP DATABASE IF EXISTS " + SOURCE, "CREATE DATABASE " + SOURCE);
        // ~100 bytes a row in COPY text: ints, text with tabs and backslashes, a timestamp, bytea, jsonb
        long rows = megabytes * 1_000_000L / 130;
        exec(
                PG.withUrl("jdbc:postgresql://127.0.0.1:5432/" + SOURCE),
                "create table big(id bigint primary key, n int, t text, at timestamptz, b bytea, j jsonb)",
                "insert into big select g, g % 1000, 'row ' || g || E'\\twith a tab and \\\\ a backslash',"
                        + " now() - g * interval '1 second', decode(md5(g::text), 'hex'), jsonb_build_object('g', g)"
                        + " from generate_series(1, " + rows + ") g",
                "create table small(id int primary key, v text)",
                "insert into small select g, repeat('x', g % 50) from generate_series(1, 1000) g");
        Path dump = work.resolve("pg.sql");
        run(null, dump, "pg_dump", "-h", "127.0.0.1", "-U", "postgres", SOURCE);
        exec(PG, "DROP DATABASE " + SOURCE);
        return dump;
    }

    private static Path mariadbDump(Path work, int megabytes) throws Exception {
        exec(MARIADB, "DROP DATABASE IF EXISTS " + SOURCE, "CREATE DATABASE " + SOURCE);
        long rows = megabytes * 1_000_000L / 150;
        exec(
                MARIADB.withUrl("jdbc:mariadb://127.0.0.1:3306/" + SOURCE),
                "create table big(id bigint primary key, n int, t varchar(100), at timestamp, b varbinary(16),"
                        + " j text)",
                "insert into big select seq, seq % 1000, concat('row ', seq, ' with a ''quote'' and \\\\ a backslash'),"
                        + " from_unixtime(1700000000 - seq), unhex(md5(seq)), concat('{\"g\": ', seq, '}')"
                        + " from seq_1_to_" + rows);
        Path dump = work.resolve("mariadb.sql");
        run(
                null,
                dump,
                "mariadb-dump",
                "-h",
                "127.0.0.1",
                "-u",
                "root",
                "--routines",
                "--triggers",
                "--events",
                SOURCE);
        exec(MARIADB, "DROP DATABASE " + SOURCE);
        return dump;
    }

    private static double psql(Path dump) throws Exception {
        exec(PG, "DROP DATABASE IF EXISTS " + TARGET, "CREATE DATABASE " + TARGET);
        long t0 = System.nanoTime();
        run(
                null,
                null,
                "psql",
                "-q",
                "-X",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-d",
                TARGET,
                "-f",
                dump.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        exec(PG, "DROP DATABASE " + TARGET);
        return seconds;
    }

    private static double mariadb(Path dump) throws Exception {
        exec(MARIADB, "DROP DATABASE IF EXISTS " + TARGET, "CREATE DATABASE " + TARGET);
        long t0 = System.nanoTime();
        run(dump, null, "mariadb", "-h", "127.0.0.1", "-u", "root", TARGET);
        double seconds = (System.nanoTime() - t0) / 1e9;
        exec(MARIADB, "DROP DATABASE " + TARGET);
        return seconds;
    }

    /** The template time db-lifecycle logs: the load of the dump into the template it created. */
    private static double prepare(Path dir, String backend, Path dump) {
        ConnectionSpec admin = backend.equals("postgresql") ? PG : MARIADB;
        TimingLog log = new TimingLog();
        DbLifecycle lifecycle = new DbLifecycle(log);
        lifecycle.prepare(new PrepareRequest(
                admin,
                List.of(dump),
                1,
                "dblcbench",
                dir,
                false,
                Map.of(),
                Map.of(),
                ProcessHandle.current().pid()));
        lifecycle.teardown(dir, admin);
        return log.templateSeconds;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private static void exec(ConnectionSpec spec, String... sql) throws Exception {
        try (Connection c = spec.open();
                Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private static void run(Path in, Path out, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
        if (in != null) {
            pb.redirectInput(in.toFile());
        }
        Process p = pb.start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + p.exitValue());
        }
    }

    private DumpLoadBenchmark() {}
}
