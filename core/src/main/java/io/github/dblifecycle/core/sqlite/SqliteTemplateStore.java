package io.github.dblifecycle.core.sqlite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.reuse.TemplateNames;
import io.github.dblifecycle.core.reuse.TemplateStore;
import io.github.dblifecycle.core.reuse.Waiting;
import io.github.dblifecycle.core.util.AtomicFiles;
import io.github.dblifecycle.core.util.FileLocks;

/**
 * SQLite: reusable templates are files {@code <name>.db} in the directory of the {@code url}'s file, each with the
 * marker file {@code <name>.db.db-lifecycle} holding {@code db-lifecycle template <key>}. A template is built as
 * {@code <name>_b<build id>.db} (marker: the build id), then the final marker is written and the file is moved to
 * its name atomically, so a {@code <name>.db} exists only when finished. The lock is an OS file lock on
 * {@code <prefix>_tpl.lock}, released by the OS when the process dies; the lock file itself stays (deleting a lock
 * file others may be waiting on would let two builds in).
 */
public final class SqliteTemplateStore implements TemplateStore {
    private static final String DB = ".db";

    @Override
    public String serverVersion(ConnectionSpec admin) throws SQLException {
        try (Connection c = DriverManager.getConnection(SqliteBackendType.URL_PREFIX + ":memory:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select sqlite_version()")) {
            rs.next();
            return "SQLite " + rs.getString(1);
        }
    }

    private static Path dir(ConnectionSpec admin) {
        return SqliteBackend.templateFile(admin.url()).getParent();
    }

    private static Path file(ConnectionSpec admin, String name) {
        return dir(admin).resolve(stem(name) + DB);
    }

    /** Names are kept without ".db"; a {@link Database} of this backend is named by its file name. */
    private static String stem(String name) {
        return name.endsWith(DB) ? name.substring(0, name.length() - DB.length()) : name;
    }

    @Override
    public Lock lock(ConnectionSpec admin, String prefix, Duration timeout, Log log) throws SQLException {
        Path lockFile = dir(admin).resolve(prefix + "_tpl.lock");
        FileLocks.Held[] held = new FileLocks.Held[1];
        Waiting.lock(
                () -> {
                    try {
                        held[0] = FileLocks.tryLock(lockFile); // null while another process or thread holds it: wait
                    } catch (IOException e) {
                        throw new DbLifecycleException(
                                "Cannot open the template lock file " + lockFile + ": " + e.getMessage(), e);
                    }
                    return held[0] != null;
                },
                "the template lock " + lockFile,
                timeout,
                log);
        return held[0]::close;
    }

    @Override
    public List<Stored> list(ConnectionSpec admin, String prefix) {
        Pattern ours = TemplateNames.pattern(prefix);
        TreeSet<String> names = new TreeSet<>();
        Path dir = dir(admin);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        // A marker without its database is listed too: the leftover of a build killed while publishing.
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "_tpl_*")) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                String name = n.endsWith(DB)
                        ? stem(n)
                        : n.endsWith(DB + SqliteBackend.MARKER_SUFFIX)
                                ? n.substring(0, n.length() - DB.length() - SqliteBackend.MARKER_SUFFIX.length())
                                : null;
                if (name != null && ours.matcher(name).matches()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot list the SQLite templates in " + dir + ": " + e, e);
        }
        List<Stored> found = new ArrayList<>();
        for (String name : names) {
            found.add(new Stored(name, marker(admin, name)));
        }
        return found;
    }

    @Override
    public String marker(ConnectionSpec admin, String name) {
        Path db = file(admin, name);
        Path marker = SqliteBackend.markerFile(db);
        if (!Files.exists(marker)) {
            return null;
        }
        try {
            String content = Files.readString(marker, StandardCharsets.UTF_8).strip();
            if (content.startsWith(MARKER_PREFIX)) {
                // Finished only once the database has its final name; before, the marker names a build's leftover.
                return Files.exists(db) ? content : BUILD_MARKER_PREFIX + "(killed while publishing)";
            }
            // SqliteBackend writes the bare build id into a template's marker.
            return content.matches("[a-z0-9]{8}") ? BUILD_MARKER_PREFIX + content : content;
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot read the marker " + marker + ": " + e, e);
        }
    }

    @Override
    public Database createBuilding(Backend backend, String finalName) throws SQLException {
        ConnectionSpec admin = backend.context().admin();
        Path building =
                file(admin, TemplateNames.building(finalName, backend.context().buildId()));
        Database d = ((SqliteBackend) backend).createTemplateFile(building);
        return new Database(stem(d.name()), d.connection(), d.file());
    }

    @Override
    public Database publish(ConnectionSpec admin, Database building, String finalName, String key) {
        Path from = Path.of(building.file());
        Path to = file(admin, finalName);
        try {
            for (String side : List.of("-wal", "-journal")) {
                if (Files.exists(from.resolveSibling(from.getFileName() + side))) {
                    throw new DbLifecycleException("The template " + from + " still has a " + side + " file after "
                            + "its build; a session was left open. Cannot publish it.");
                }
            }
            // Marker first, then the database under its final name: the move is the atomic "finished".
            Path marker = SqliteBackend.markerFile(to);
            AtomicFiles.write(marker, false, out -> out.write(TemplateStore.finishedMarker(key) + "\n"));
            AtomicFiles.move(from, to);
            Files.deleteIfExists(SqliteBackend.markerFile(from));
            Files.deleteIfExists(from.resolveSibling(from.getFileName() + "-shm"));
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot publish the SQLite template " + to + ": " + e, e);
        }
        return open(admin, finalName);
    }

    /** The manifest names the template's file: its name is the file name without ".db". */
    @Override
    public String nameOf(String manifestTemplate) {
        return stem(Path.of(manifestTemplate).getFileName().toString());
    }

    @Override
    public Database open(ConnectionSpec admin, String name) {
        Path f = file(admin, name);
        return new Database(f.getFileName().toString(), admin.withUrl(urlFor(f, admin)), f.toString());
    }

    @Override
    public void drop(ConnectionSpec admin, Stored stored) {
        Path db = file(admin, stored.name());
        Stored now = new Stored(stem(stored.name()), marker(admin, stored.name()));
        if (now.marker() == null && !Files.exists(db)) {
            return;
        }
        if (!now.finished() && !now.unfinished()) {
            throw new DbLifecycleException(
                    "Not deleting " + db + ": it has no db-lifecycle marker, so db-lifecycle " + "did not create it.");
        }
        try {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
            }
            Files.deleteIfExists(SqliteBackend.markerFile(db)); // last: while the file exists it says whose it is
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot delete " + db + ": " + e, e);
        }
    }

    private static String urlFor(Path file, ConnectionSpec admin) {
        int q = admin.url().indexOf('?');
        return SqliteBackendType.URL_PREFIX + file + (q >= 0 ? admin.url().substring(q) : "");
    }
}
