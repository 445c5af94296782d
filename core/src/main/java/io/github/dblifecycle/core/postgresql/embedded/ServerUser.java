package io.github.dblifecycle.core.postgresql.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.sun.security.auth.module.UnixSystem;
import io.github.dblifecycle.core.DbLifecycleException;

/**
 * Whom the server runs as. PostgreSQL refuses to run as root, and CI often runs builds as root: then the server
 * runs as an unprivileged user (the parameter {@code embeddedUser}, default {@code postgres}) through
 * {@code setpriv}, which execs in place (the server's pid stays the one started), and what it writes is owned by
 * that user. Otherwise it runs as the build's own user and nothing is switched.
 */
final class ServerUser {
    static final String PARAMETER = "embeddedUser";
    static final String DEFAULT_USER = "postgres";

    /** The user's name, uid and gid; {@code null} name: the build's own user. */
    private final String name;

    private final int uid;
    private final int gid;

    private ServerUser(String name, int uid, int gid) {
        this.name = name;
        this.uid = uid;
        this.gid = gid;
    }

    static ServerUser choose(String configured) {
        if (!isRoot()) {
            return new ServerUser(null, -1, -1);
        }
        String user = configured == null || configured.isBlank() ? DEFAULT_USER : configured.strip();
        if (!Files.isExecutable(Path.of("/usr/bin/setpriv")) && !Files.isExecutable(Path.of("/bin/setpriv"))) {
            throw new DbLifecycleException(
                    "The build runs as root, and PostgreSQL refuses to run as root; db-lifecycle "
                            + "runs it as the user <" + PARAMETER + "> (" + user
                            + ") with setpriv (util-linux), which this "
                            + "system lacks. Run the build as an ordinary user, or install util-linux.");
        }
        Integer uid = id(user, "-u");
        Integer gid = id(user, "-g");
        if (uid == null || gid == null || uid == 0) {
            throw new DbLifecycleException(
                    "The build runs as root, and PostgreSQL refuses to run as root: db-lifecycle "
                            + "runs the embedded server as the user named by the parameter <" + PARAMETER
                            + "> (default "
                            + DEFAULT_USER + "), but "
                            + (uid != null && uid == 0
                                    ? "'" + user + "' is root"
                                    : "there is no " + "user '" + user + "' on this machine")
                            + ". Create that user (e.g. useradd --system "
                            + user + "), set <" + PARAMETER + "> (-Ddb-lifecycle.embeddedUser=...) to an existing "
                            + "unprivileged user, or run the build as an ordinary user.");
        }
        return new ServerUser(user, uid, gid);
    }

    static boolean isRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError e) {
            return false; // not a Unix system
        }
    }

    /** Whether the server runs as another user than the build. */
    boolean switches() {
        return name != null;
    }

    /** The command, run as the server's user. */
    List<String> command(List<String> command) {
        if (!switches()) {
            return command;
        }
        List<String> all = new ArrayList<>(
                List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--init-groups", "--reset-env", "--"));
        all.addAll(command);
        return all;
    }

    /** Makes {@code tree} (a directory and all in it) the server user's; nothing to do without a switch. */
    void own(Path tree) throws IOException {
        if (!switches()) {
            return;
        }
        try (Stream<Path> all = Files.walk(tree)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setAttribute(p, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(p, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /**
     * The cache when the parameter {@code embeddedCacheDirectory} is not set: {@code $XDG_CACHE_HOME/db-lifecycle}
     * or {@code ~/.cache/db-lifecycle}. As root, the server user's home's {@code .cache/db-lifecycle}: root's home is
     * closed to other users, and the server must run the binaries from the cache.
     */
    Path defaultCache() {
        if (switches()) {
            String home = home(name);
            if (home == null) {
                throw new DbLifecycleException("Cannot find the home directory of the user '" + name + "' (parameter <"
                        + PARAMETER + ">) for the embedded server's cache: set the parameter "
                        + "<embeddedCacheDirectory> to a directory that user can read.");
            }
            return Path.of(home, ".cache", "db-lifecycle");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "db-lifecycle")
                : Path.of(System.getProperty("user.home"), ".cache", "db-lifecycle");
    }

    /** Fails unless the server's user can write {@code dir} (every directory above it must let that user in). */
    void requireWritable(Path dir, String parameter) {
        if (!switches()) {
            return;
        }
        try {
            Process p = new ProcessBuilder(command(List.of("test", "-w", dir.toString(), "-a", "-x", dir.toString())))
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw new DbLifecycleException("The embedded server runs as the user '" + name + "' (the build runs "
                        + "as root; parameter <" + PARAMETER + ">), who cannot reach " + dir + ": a directory above "
                        + "it is closed to that user (e.g. /root). Set <" + parameter + "> to a directory that user "
                        + "can reach, e.g. under /tmp or the project's target/ outside root's home.");
            }
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot check that the user '" + name + "' can reach " + dir + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DbLifecycleException("Interrupted while checking the embedded server's directory " + dir, e);
        }
    }

    String describe() {
        return switches() ? "as the user " + name + " (the build runs as root)" : "as the build's user";
    }

    private static Integer id(String user, String flag) {
        String out = run(List.of("id", flag, user));
        try {
            return out == null ? null : Integer.valueOf(out.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String home(String user) {
        String line = run(List.of("getent", "passwd", user));
        if (line == null) {
            return null;
        }
        String[] fields = line.strip().split(":");
        return fields.length > 5 && !fields[5].isEmpty() ? fields[5] : null;
    }

    /** The command's output, {@code null} if it fails. */
    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
