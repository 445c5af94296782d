package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.source.FlywayMigrations;

/**
 * {@code prepare} with reuse in a JVM of its own, so a test can kill it with SIGKILL mid-build or show that a
 * fresh JVM with no local state finds the template. Args: url prefix workDir migrationDir [script].
 */
public final class ReusePrepareMain {
    public static void main(String[] args) {
        Log out = new Log() {
            @Override
            public void info(String message) {
                System.out.println("INFO " + message);
                System.out.flush();
            }

            @Override
            public void warn(String message) {
                System.out.println("WARN " + message);
            }

            @Override
            public void debug(String message) {}
        };
        Manifest m = new DbLifecycle(out)
                .prepare(request(
                        new ConnectionSpec(args[0], userFor(args[0]), ""),
                        args[1],
                        Path.of(args[2]),
                        Path.of(args[3]),
                        args.length > 4 ? List.of(Path.of(args[4])) : List.of()));
        System.out.println("MANIFEST template=" + m.template() + " key=" + m.templateKey());
    }

    static String userFor(String url) {
        return url.startsWith("jdbc:postgresql:") ? "postgres" : url.startsWith("jdbc:sqlite:") ? "" : "root";
    }

    static PrepareRequest request(
            ConnectionSpec admin, String prefix, Path workDir, Path migrations, List<Path> scripts) {
        return new PrepareRequest(
                admin,
                scripts,
                2,
                prefix,
                workDir,
                false,
                Map.of(),
                Map.of(),
                ProcessHandle.current().pid(),
                List.of(new FlywayMigrations(List.of("filesystem:" + migrations), Map.of(), Path.of("."))),
                PrepareRequest.Reuse.on(Duration.ofSeconds(60)),
                PrepareRequest.DEFAULT_LEASE_WAIT);
    }
}
