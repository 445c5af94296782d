package io.github.dblifecycle.core.postgresql;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.github.dblifecycle.core.DbLifecycleException;

/**
 * pg_dump's custom ({@code -Fc}) and directory ({@code -Fd}) archives: {@code pg_restore -f -} turns them into the
 * plain script pg_dump would have written, which is then loaded like any other (pg_restore never connects, so it
 * needs no password). pg_restore comes from {@value #ENV} or the PATH.
 */
final class PgRestore {
    /** Where pg_restore is, when it is not on the PATH (or another version is wanted). */
    static final String ENV = "DB_LIFECYCLE_PG_RESTORE";

    private PgRestore() {}

    /** Whether {@code script} is a custom-format archive (starts with PGDMP) or a directory archive. */
    static boolean isArchive(Path script) {
        if (Files.isDirectory(script)) {
            return Files.exists(script.resolve("toc.dat"));
        }
        try (InputStream in = Files.newInputStream(script)) {
            byte[] magic = in.readNBytes(5);
            return Arrays.equals(magic, "PGDMP".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false; // the loader reports an unreadable file in its own words
        }
    }

    /** The pg_restore program, or an error that says how to get a plain dump instead. */
    static Path program(Path script) {
        String configured = System.getenv(ENV);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            if (!Files.isExecutable(p)) {
                throw new DbLifecycleException("The environment variable " + ENV + " names " + configured
                        + ", which is not an executable file. Point it at pg_restore.");
            }
            return p;
        }
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "pg_restore");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new DbLifecycleException("The SQL script " + script + " (parameter <scripts>) is a pg_dump "
                + (Files.isDirectory(script) ? "directory (-Fd)" : "custom-format (-Fc)") + " archive, which needs "
                + "pg_restore to read, and pg_restore is neither on the PATH nor named by the environment variable "
                + ENV + ". Install the PostgreSQL client tools, or write a plain dump instead: pg_dump -Fp -f "
                + "dump.sql DBNAME (or pg_restore -f dump.sql " + script.getFileName() + ").");
    }

    /** The plain script of the archive, streamed from pg_restore; closing it checks that pg_restore succeeded. */
    static InputStream plainScript(Path script) {
        Path program = program(script);
        List<String> command = List.of(program.toString(), "--file=-", script.toString());
        try {
            File errors = File.createTempFile("pg_restore", ".err");
            errors.deleteOnExit();
            Process process = new ProcessBuilder(command).redirectError(errors).start();
            process.getOutputStream().close();
            return new FilterInputStream(process.getInputStream()) {
                private boolean checked;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n < 0) {
                        check();
                    }
                    return n;
                }

                @Override
                public void close() throws IOException {
                    super.close();
                    if (!checked) {
                        process.destroy(); // the load stopped early (an error): pg_restore is not needed any more
                    }
                    errors.delete();
                }

                private void check() throws IOException {
                    if (checked) {
                        return;
                    }
                    checked = true;
                    try {
                        int exit = process.waitFor();
                        if (exit != 0) {
                            String said = Files.readString(errors.toPath()).strip();
                            throw new DbLifecycleException("pg_restore (" + program + ") could not read the archive "
                                    + script + " (parameter <scripts>), exit code " + exit + ": " + said);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("Interrupted while waiting for pg_restore", e);
                    }
                }
            };
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot run pg_restore (" + program + ") on " + script + ": " + e, e);
        }
    }
}
