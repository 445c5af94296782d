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
 * db-lifecycle's figure is the template time it logs (the script load, as the client's is). The two alternate,
 * each run swapping which goes first, and the median of the per-run ratios is printed with their range, since the
 * machine may be shared (the load average is printed too).
 *
 * <p>{@code memory} mode loads dumps of growing size once each and prints the peak heap and peak RSS of the load:
 * flat figures show that the dump is streamed (run it with a small -Xmx to prove it).
 *
 * <p>Usage: {@code DumpLoadBenchmark [runs] [MB] [backend...]} or {@code DumpLoadBenchmark memory MB,MB,…
 * [backend...]}; backends {@code postgresql}, {@code mariadb}.
 */
public final class DumpLoadBenchmark {
    private static final ConnectionSpec PG =
            new ConnectionSpec("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
    private static final ConnectionSpec MARIADB = new ConnectionSpec("jdbc:mariadb://127.0.0.1:3306/", "root", "");
    private static final String SOURCE = "dblcbench_dumpsrc";
    private static final String TARGET = "dblcbench_client";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("memory")) {
            memory(args);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<String> backends =
                args.length > 2 ? List.of(args).subList(2, args.length) : List.of("postgresql", "mariadb");
        Path work = Files.createTempDirectory("dblc-dump-bench");
        System.out.println("load average before: " + loadAverage());
        System.out.printf(
                "%-11s %6s %5s %-19s %-19s %-17s %8s%n",
                "dump", "MB", "runs", "client s med(range)", "ours s med(range)", "ratio med(range)", "heap MB");
        for (String backend : backends) {
            Path dump = backend.equals("postgresql") ? pgDump(work, megabytes) : mariadbDump(work, megabytes);
            List<Double> client = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            long peak = 0;
            for (int run = 0; run < runs; run++) {
                double c;
                double o;
                if (run % 2 == 0) {
                    c = client(backend, dump);
                    resetPeaks();
                    o = prepare(work.resolve(backend + run), backend, dump);
                    peak = Math.max(peak, peakHeap());
                } else {
                    resetPeaks();
                    o = prepare(work.resolve(backend + run), backend, dump);
                    peak = Math.max(peak, peakHeap());
                    c = client(backend, dump);
                }
                client.add(c);
                ours.add(o);
                ratios.add(o / c);
            }
            System.out.printf(
                    "%-11s %6d %5d %-19s %-19s %-17s %8d%n",
                    backend,
                    Files.size(dump) / 1_000_000,
                    runs,
                    spread(client),
                    spread(ours),
                    spread(ratios),
                    peak / 1_000_000);
            System.out.println("  per run client s " + client + ", ours s " + ours);
            Files.delete(dump);
        }
        System.out.println("load average after: " + loadAverage() + " (a shared machine: other work runs alongside)");
        deleteTree(work);
    }

    /** Loads dumps of each size once and prints the peak heap and RSS of the load itself. */
    private static void memory(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String size : (args.length > 1 ? args[1] : "100,1000").split(",")) {
            sizes.add(Integer.parseInt(size.strip()));
        }
        List<String> backends =
                args.length > 2 ? List.of(args).subList(2, args.length) : List.of("postgresql", "mariadb");
        Path work = Files.createTempDirectory("dblc-dump-bench");
        LiveHeap live = new LiveHeap();
        System.out.printf(
                "%-11s %8s %8s %10s %10s %10s %8s%n",
                "dump", "MB", "-Xmx MB", "heap MB", "after GC MB", "RSS MB", "load s");
        for (String backend : backends) {
            for (int megabytes : sizes) {
                Path dump = backend.equals("postgresql") ? pgDump(work, megabytes) : mariadbDump(work, megabytes);
                resetPeaks();
                resetPeakRss();
                live.reset();
                double seconds = prepare(work.resolve(backend + megabytes), backend, dump);
                System.out.printf(
                        "%-11s %8d %8d %10d %10d %10d %8.1f%n",
                        backend,
                        Files.size(dump) / 1_000_000,
                        Runtime.getRuntime().maxMemory() / 1_000_000,
                        peakHeap() / 1_000_000,
                        live.peak() / 1_000_000,
                        peakRssKb() / 1000,
                        seconds);
                Files.delete(dump);
            }
        }
        deleteTree(work);
    }

    /** The run's directory: the build directories that teardown left empty of databases, and their files. */
    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * The largest heap in use just after a collection: an upper bound of what the load keeps alive (a young
     * collection leaves the old generation's garbage), which a streamed load keeps flat as the dump grows; the plain
     * peak also counts garbage not yet collected, and so follows -Xmx more than the load.
     */
    private static final class LiveHeap {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();

        LiveHeap() {
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) gc)
                        .addNotificationListener(
                                (notification, handback) -> {
                                    var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                            (javax.management.openmbean.CompositeData) notification.getUserData());
                                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                            .mapToLong(java.lang.management.MemoryUsage::getUsed)
                                            .sum();
                                    peak.accumulateAndGet(used, Math::max);
                                },
                                n -> n.getType()
                                        .equals(
                                                com.sun.management.GarbageCollectionNotificationInfo
                                                        .GARBAGE_COLLECTION_NOTIFICATION),
                                null);
            }
        }

        void reset() {
            peak.set(0);
        }

        long peak() {
            return peak.get();
        }
    }

    private static double client(String backend, Path dump) throws Exception {
        return backend.equals("postgresql") ? psql(dump) : mariadb(dump);
    }

    /** The median and the range, e.g. {@code 1.05 (0.98-1.12)}. */
    private static String spread(List<Double> values) {
        return String.format(
                "%.2f (%.2f-%.2f)",
                TimingLog.median(values),
                values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Linux: writing 5 to clear_refs resets the process's peak RSS (VmHWM). */
    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (java.io.IOException e) {
            // not Linux: the peak is then the JVM's whole life's
        }
    }

    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException e) {
            // not Linux
        }
        return -1;
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
