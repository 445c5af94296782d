package io.github.dblifecycle.core.sqlite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.dblifecycle.core.Log;

/**
 * A copy-on-write copy of a file, {@code cp --reflink=always} (FICLONE: XFS with reflinks, btrfs), which costs about
 * nothing whatever the file's size; Java has no API for it. Tried once per build: where it fails (another file
 * system, no GNU cp) the build copies the SQLite way from then on.
 */
final class ReflinkCopy {
    private final Log log;
    /** {@code null} until the first copy of the build tried. */
    private volatile Boolean works;

    ReflinkCopy(Log log) {
        this.log = log;
    }

    boolean worthTrying() {
        return !Boolean.FALSE.equals(works);
    }

    /** True when {@code to} is now a reflink copy of {@code from}; false (nothing left at {@code to}) when not. */
    boolean copy(Path from, Path to) {
        String why;
        try {
            Process cp = new ProcessBuilder("cp", "--reflink=always", "--", from.toString(), to.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(cp.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (cp.waitFor(60, TimeUnit.SECONDS) && cp.exitValue() == 0) {
                works = true;
                return true;
            }
            cp.destroyForcibly();
            why = out;
        } catch (IOException e) {
            why = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why = "interrupted";
        }
        try {
            Files.deleteIfExists(to);
        } catch (IOException e) {
            why += "; and " + to + " could not be deleted: " + e;
        }
        if (works == null) {
            log.info("SQLite clones: no reflink copy here (" + why + "), copying with the online backup API.");
        }
        works = false;
        return false;
    }
}
