package io.github.dblifecycle.core.postgresql.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycleException;

/**
 * One build's PostgreSQL server in a directory of its own: {@code data/} (a copy of the cached initdb result),
 * {@code socket/} (its Unix socket, private to the server's user) and {@code server.log}. It listens on a free port
 * of 127.0.0.1 only, and {@code pg_hba.conf} trusts local sockets and 127.0.0.1 and nothing else. Durability is off
 * (fsync, full-page writes): a test server's data is thrown away when it stops.
 */
final class EmbeddedServer {
    static final String DATA = "data";
    static final String SOCKET = "socket";
    static final String LOG = "server.log";
    private static final int BIND_ATTEMPTS = 5;
    private static final long START_TIMEOUT_MS = 60_000;

    private final Path dir;
    private final int port;
    private final long pid;

    private EmbeddedServer(Path dir, int port, long pid) {
        this.dir = dir;
        this.port = port;
        this.pid = pid;
    }

    Path directory() {
        return dir;
    }

    int port() {
        return port;
    }

    long pid() {
        return pid;
    }

    /** The superuser {@code postgres} on the maintenance database, over TCP on the loopback address. */
    static ConnectionSpec admin(int port) {
        return new ConnectionSpec("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    /** Copies {@code initdb} into {@code dir/data} and starts the server, retrying on a port taken meanwhile. */
    static EmbeddedServer start(Path binaries, Path initdb, Path dir, ServerUser user) throws IOException {
        Path data = dir.resolve(DATA);
        Path socket = dir.resolve(SOCKET);
        copyTree(initdb, data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(
                data.resolve("pg_hba.conf"),
                "# db-lifecycle: the embedded server trusts its own socket and the loopback address, nothing else.\n"
                        + "local all all trust\n"
                        + "host all all 127.0.0.1/32 trust\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(socket);
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rwx------"));
        user.own(dir);
        user.requireWritable(data, "embeddedDataDirectory");
        String lastLog = "";
        for (int attempt = 1; attempt <= BIND_ATTEMPTS; attempt++) {
            int port = freePort();
            Process process = launch(binaries, data, socket, port, user, dir.resolve(LOG));
            Optional<String> failure = awaitReady(process, data);
            if (failure.isEmpty()) {
                return new EmbeddedServer(dir, port, process.pid());
            }
            lastLog = failure.get();
            if (!lastLog.contains("could not bind") && !lastLog.contains("Address already in use")) {
                break; // not a port another process took between our probe and the server's bind
            }
        }
        throw new DbLifecycleException(
                "The embedded PostgreSQL server did not start; its log (" + dir.resolve(LOG) + "):\n" + lastLog);
    }

    private static Process launch(Path binaries, Path data, Path socket, int port, ServerUser user, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        // Its own session: a Ctrl-C at the terminal goes to Maven, whose teardown stops the server in order,
        // and not to the server as well.
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(user.command(List.of(
                binaries.resolve("bin/postgres").toString(),
                "-D",
                data.toString(),
                "-p",
                Integer.toString(port),
                "-k",
                socket.toString(),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off")));
        return new ProcessBuilder(command)
                .directory(data.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /**
     * Waits for {@code postmaster.pid} to say {@code ready} (its 8th line, PostgreSQL 10 and later), polling often:
     * startup takes some 30 ms. Empty when ready, else the server's log.
     */
    private static Optional<String> awaitReady(Process process, Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                return Optional.of(readLog(data.getParent()));
            }
            try {
                List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
                if (lines.size() >= 8 && lines.get(7).strip().equals("ready")) {
                    return Optional.empty();
                }
            } catch (IOException notYet) {
                // not written yet
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                stop(process.toHandle());
                Thread.currentThread().interrupt();
                throw new DbLifecycleException("Interrupted while the embedded PostgreSQL server started");
            }
        }
        stop(process.toHandle());
        return Optional.of("(not ready after " + START_TIMEOUT_MS / 1000 + " s)\n" + readLog(data.getParent()));
    }

    private static String readLog(Path dir) {
        try {
            return Files.readString(dir.resolve(LOG), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** A port free on 127.0.0.1 now; the server may still lose it to another process, so start retries. */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * Stops the server whose data directory is {@code dir/data}, if one runs: its postmaster gets SIGQUIT (immediate
     * shutdown: its data is thrown away, so nothing needs writing) and is waited for. Only a process that is a
     * {@code postgres} of that data directory is signalled, never one that reused the pid.
     */
    static boolean stopServerIn(Path dir) {
        Path data = dir.resolve(DATA);
        Optional<ProcessHandle> postmaster = postmaster(data);
        if (postmaster.isEmpty()) {
            return false;
        }
        stop(postmaster.get());
        return true;
    }

    /** Whether a server runs on {@code dir/data}. */
    static boolean isRunningIn(Path dir) {
        return postmaster(dir.resolve(DATA)).isPresent();
    }

    private static Optional<ProcessHandle> postmaster(Path data) {
        List<String> lines;
        try {
            lines = Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty(); // not running (or never started)
        }
        if (lines.size() < 2 || !Path.of(lines.get(1).strip()).equals(data)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(EmbeddedServer::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("/postgres")).orElse(true); // unknown: the pid file said so
    }

    private static void stop(ProcessHandle postmaster) {
        try {
            Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true)
                    .start();
            kill.getInputStream().readAllBytes();
            kill.waitFor(10, TimeUnit.SECONDS);
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            postmaster.destroyForcibly();
        } catch (InterruptedException e) {
            postmaster.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the cached initdb result; plain files, so a copy on write file system may share their blocks. */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
