package io.github.dblifecycle.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Runs the vendors' command-line clients (pg_dump, mariadb-dump, sqlite3) the way a user would. */
final class Tools {
    private Tools() {}

    /** Runs the command; its stdout goes to {@code out} (or is returned when {@code out} is null). */
    static String run(Path out, String... command) throws IOException, InterruptedException {
        return runWithInput(null, out, command);
    }

    /** Runs the command with {@code in} as its stdin. */
    static String runWithInput(Path in, Path out, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(command));
        if (in != null) {
            pb.redirectInput(in.toFile());
        }
        Path stderr = Files.createTempFile("tool", ".err");
        pb.redirectError(stderr.toFile());
        Path stdout = out != null ? out : Files.createTempFile("tool", ".out");
        pb.redirectOutput(stdout.toFile());
        Process p = pb.start();
        if (in == null) {
            p.getOutputStream().close();
        }
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(
                    String.join(" ", command) + " failed: " + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        Files.delete(stderr);
        if (out != null) {
            return null;
        }
        String text = Files.readString(stdout, StandardCharsets.ISO_8859_1);
        Files.delete(stdout);
        return text;
    }

    /**
     * The schema of a database of the test server as its pg_dump prints it, without the random {@code \restrict}
     * key and the owner and privilege lines.
     */
    static String pgSchema(String database) throws Exception {
        String text = Tools.run(
                null,
                "pg_dump",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "--schema-only",
                "--no-owner",
                "--no-privileges",
                database);
        return Pattern.compile("(?m)^\\\\(un)?restrict .*$").matcher(text).replaceAll("");
    }
}
