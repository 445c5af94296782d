package io.github.dblifecycle.core.postgresql.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DatabaseNames;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.FileBuildLock;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.util.AtomicFiles;

/**
 * The embedded servers of the builds using one data directory ({@code embeddedDataDirectory}): each build's in
 * {@code <dataRoot>/<build id>/}, beside the build's file lock {@code <dataRoot>/builds/<build id>.lock} that its
 * Maven JVM holds while the server runs (taken before the directory exists, released after it is gone). A directory
 * whose lock nobody holds is a dead build's: {@link #reclaim} stops its server and deletes it. The build's work
 * directory records which server it uses ({@value #POINTER}), so that teardown, the session's end and a later
 * {@code mvn db-lifecycle:teardown} find it.
 */
public final class EmbeddedPostgres {
    /** In the work directory: the build's server (build id, directory, port). */
    public static final String POINTER = "embedded-postgresql.properties";

    /** The servers this JVM started, by build id, with the lock that keeps them alive for other builds' eyes. */
    private static final Map<String, FileBuildLock> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedSettings settings;
    private final Log log;

    public EmbeddedPostgres(EmbeddedSettings settings, Log log) {
        this.settings = settings;
        this.log = log;
    }

    /**
     * Stops the servers of dead builds, then starts build {@code buildId}'s and records it in {@code workDir};
     * returns the admin account of the new server.
     */
    public ConnectionSpec start(String buildId, Path workDir) {
        long start = System.nanoTime();
        reclaim();
        ServerUser user = ServerUser.choose(settings.user());
        Path cacheRoot = settings.cacheRoot() != null ? settings.cacheRoot() : user.defaultCache();
        BinariesCache cache = new BinariesCache(cacheRoot, settings.binaries(), user, log);
        Path binaries = cache.binaries(settings.binaries());
        Path initdb = cache.initdb(binaries);
        Path dataRoot = settings.dataRoot();
        try {
            Files.createDirectories(dataRoot);
        } catch (IOException e) {
            throw new DbLifecycleException(
                    "Cannot create the embedded server's directory " + dataRoot
                            + " (parameter <embeddedDataDirectory>): " + e,
                    e);
        }
        FileBuildLock lock = FileBuildLock.hold(dataRoot, buildId, "the parameter <embeddedDataDirectory>");
        Path dir = dataRoot.resolve(DatabaseNames.requireBuildId(buildId));
        try {
            Files.createDirectories(dir);
            EmbeddedServer server = EmbeddedServer.start(binaries, initdb, dir, user);
            RUNNING.put(buildId, lock);
            new Pointer(buildId, dir, server.port()).write(workDir);
            log.info("db-lifecycle: embedded PostgreSQL " + settings.version() + " started on 127.0.0.1:"
                    + server.port() + " " + user.describe() + " in " + (System.nanoTime() - start) / 1_000_000
                    + " ms; data directory " + dir.resolve(EmbeddedServer.DATA));
            return EmbeddedServer.admin(server.port());
        } catch (IOException | RuntimeException | Error e) {
            RUNNING.remove(buildId);
            removeServer(dir);
            lock.close();
            if (e instanceof DbLifecycleException d) {
                throw d;
            }
            throw new DbLifecycleException("Cannot start the embedded PostgreSQL server in " + dir + ": " + e, e);
        }
    }

    /**
     * Stops the servers of builds that no longer run (nobody holds their lock) and deletes their directories;
     * returns their build ids. A running build's server, on this JVM or another, is left alone.
     */
    public List<String> reclaim() {
        Path dataRoot = settings.dataRoot();
        List<String> reclaimed = new ArrayList<>();
        if (!Files.isDirectory(dataRoot, LinkOption.NOFOLLOW_LINKS)) {
            return reclaimed;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(dataRoot)) {
            for (Path dir : dirs) {
                String buildId = dir.getFileName().toString();
                if (!DatabaseNames.BUILD_ID.matcher(buildId).matches()
                        || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                        || RUNNING.containsKey(buildId)
                        || FileBuildLock.isHeld(dataRoot, buildId)) {
                    continue;
                }
                boolean wasRunning = EmbeddedServer.stopServerIn(dir);
                removeServer(dir);
                FileBuildLock.forget(dataRoot, buildId);
                log.info("db-lifecycle: build " + buildId + " is no longer running (nobody holds its lock); "
                        + (wasRunning ? "stopped its embedded PostgreSQL server and deleted " : "deleted ") + dir
                        + ".");
                reclaimed.add(buildId);
            }
        } catch (IOException e) {
            log.warn("db-lifecycle could not look for embedded servers of dead builds in " + dataRoot + ": " + e);
        }
        return reclaimed;
    }

    /** The server the work directory's build recorded, if any. */
    public static Optional<Pointer> pointer(Path workDir) {
        Path file = workDir.resolve(POINTER);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            p.load(in);
            return Optional.of(new Pointer(
                    DatabaseNames.requireBuildId(p.getProperty("buildId")),
                    Path.of(p.getProperty("directory")),
                    Integer.parseInt(p.getProperty("port"))));
        } catch (IOException | RuntimeException e) {
            throw new DbLifecycleException(
                    "Cannot read " + file + " (the embedded server of the build): " + e
                            + ". Delete it and the embedded server's directory, or run mvn clean.",
                    e);
        }
    }

    /**
     * Where a build's server is.
     *
     * @param directory {@code <dataRoot>/<build id>}
     */
    public record Pointer(String buildId, Path directory, int port) {
        public ConnectionSpec admin() {
            return EmbeddedServer.admin(port);
        }

        /** Whether its server still runs (its postmaster is alive). */
        public boolean serverRuns() {
            return EmbeddedServer.isRunningIn(directory);
        }

        /** Whether another process's build holds the server (its lock is held, not by this JVM). */
        public boolean heldElsewhere() {
            return !RUNNING.containsKey(buildId) && FileBuildLock.isHeld(directory.getParent(), buildId);
        }

        /** Stops the server, deletes its directory and this record, and releases the build's server lock. */
        public void stop(Path workDir, Log log) {
            boolean wasRunning = EmbeddedServer.stopServerIn(directory);
            removeServer(directory);
            FileBuildLock lock = RUNNING.remove(buildId);
            if (lock != null) {
                lock.close();
            } else {
                FileBuildLock.forget(directory.getParent(), buildId);
            }
            try {
                Files.deleteIfExists(workDir.resolve(POINTER));
            } catch (IOException e) {
                log.warn("Cannot delete " + workDir.resolve(POINTER) + ": " + e);
            }
            if (wasRunning) {
                log.info("db-lifecycle stopped the embedded PostgreSQL server of build " + buildId + " (port " + port
                        + ") and deleted " + directory + ".");
            }
        }

        void write(Path workDir) throws IOException {
            Properties p = new Properties();
            p.setProperty("buildId", buildId);
            p.setProperty("directory", directory.toString());
            p.setProperty("port", Integer.toString(port));
            Files.createDirectories(workDir);
            AtomicFiles.writeProperties(
                    workDir.resolve(POINTER), p, "db-lifecycle: the build's embedded PostgreSQL server", false);
        }
    }

    private static void removeServer(Path dir) {
        EmbeddedServer.stopServerIn(dir);
        try {
            BinariesCache.deleteTree(dir);
        } catch (IOException e) {
            // Deleted by the next reclaim, whose lock check finds this build dead.
        }
    }
}
