package io.github.dblifecycle.core.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.BaseBackendType;
import io.github.dblifecycle.core.BuildContext;
import io.github.dblifecycle.core.CloneBinding;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.InMemoryClones;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.reuse.TemplateStore;

/**
 * SQLite through sqlite-jdbc: files on this machine. Forks open their clone file, or in in-memory mode restore it
 * into a private shared-cache memory database. The per-build work is {@link SqliteBackend}'s.
 */
public final class SqliteBackendType extends BaseBackendType implements InMemoryClones {
    public static final String ID = "sqlite";
    public static final String URL_PREFIX = "jdbc:sqlite:";
    public static final SqliteBackendType INSTANCE = new SqliteBackendType();

    private static final TemplateStore STORE = new SqliteTemplateStore();

    private SqliteBackendType() {
        super(ID, "org.xerial:sqlite-jdbc", SqliteScriptSplitter::new, URL_PREFIX);
    }

    @Override
    public Backend forBuild(BuildContext context) {
        return new SqliteBackend(this, context);
    }

    /** {@code jdbc:sqlite:target/t.db} becomes {@code jdbc:sqlite:<baseDir>/target/t.db}; other URLs stay. */
    @Override
    public String resolveUrl(String url, Path baseDir) {
        String rest = url.substring(URL_PREFIX.length());
        if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("file:")) {
            return url;
        }
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        String params = query < 0 ? "" : rest.substring(query);
        Path p = Path.of(path);
        return p.isAbsolute() ? url : URL_PREFIX + baseDir.resolve(p).normalize() + params;
    }

    /** The template file of the same name in {@code workDir}, with the URL's parameters. */
    @Override
    public String privateTemplateUrl(String adminUrl, Path workDir) {
        int query = adminUrl.indexOf('?');
        String params = query < 0 ? "" : adminUrl.substring(query);
        Path file = SqliteBackend.templateFile(adminUrl).getFileName();
        return URL_PREFIX + workDir.toAbsolutePath().normalize().resolve(file) + params;
    }

    @Override
    public Optional<TemplateStore> templateStore() {
        return Optional.of(STORE);
    }

    /** The manifest names the template's file. */
    @Override
    public Database template(Manifest manifest, ConnectionSpec admin) {
        Path file = Path.of(manifest.template());
        // Deleting a file needs no connection, so the admin URL teardown was given does not matter here.
        return new Database(
                file.getFileName().toString(), new ConnectionSpec(URL_PREFIX + file, "", ""), file.toString());
    }

    @Override
    public CloneBinding bindFork(Manifest manifest, Manifest.Worker worker) throws SQLException {
        if (worker.file() == null) {
            throw new DbLifecycleException("The manifest names no file for worker " + worker.number()
                    + ". Run 'mvn clean verify' to write a fresh one.");
        }
        Path clone = Path.of(worker.file());
        if (!Files.isRegularFile(clone)) {
            // Opening a missing file would silently create an empty database.
            throw new DbLifecycleException("The SQLite clone " + clone + " of worker " + worker.number()
                    + " does not exist. Was db-lifecycle:teardown or 'mvn clean' run while the tests ran? Run "
                    + "'mvn verify' again.");
        }
        requireMarker(manifest, worker, clone);
        return manifest.inMemory() ? bindInMemory(worker, clone) : bindFile(worker, clone);
    }

    /** The clone must carry this build's marker file: a manifest naming any other file is edited or stale. */
    private static void requireMarker(Manifest manifest, Manifest.Worker worker, Path clone) {
        Path marker = SqliteBackend.markerFile(clone);
        String found;
        try {
            found = Files.readString(marker, java.nio.charset.StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            found = null;
        }
        if (!manifest.buildId().equals(found)) {
            throw new DbLifecycleException("Worker " + worker.number() + " would run its tests in " + clone
                    + ", which does not carry the marker of db-lifecycle build " + manifest.buildId() + " (" + marker
                    + "): db-lifecycle did not create it for this build, so the tests are not let near it. The "
                    + "manifest was edited or is stale: run 'mvn clean verify'.");
        }
    }

    private static CloneBinding bindFile(Manifest.Worker worker, Path clone) throws SQLException {
        try (Connection c = DriverManager.getConnection(worker.url())) {
            String reached = mainFile(c);
            if (reached.isEmpty() || !sameFile(Path.of(reached), clone)) {
                throw new DbLifecycleException("Worker " + worker.number() + " should use the SQLite clone " + clone
                        + " but its URL opens " + (reached.isEmpty() ? "an in-memory database" : reached)
                        + ". The manifest was edited or written by another version: run 'mvn clean verify'.");
            }
        }
        return new CloneBinding(worker.url(), null);
    }

    /** Loads the clone into a memory database that lives as long as the returned connection (the fork's life). */
    private static CloneBinding bindInMemory(Manifest.Worker worker, Path clone) throws SQLException {
        String url = URL_PREFIX + "file:" + worker.database() + "?mode=memory&cache=shared";
        Connection keepAlive = DriverManager.getConnection(url);
        try (Statement s = keepAlive.createStatement()) {
            s.executeUpdate("restore from " + quoteFile(clone));
            if (!mainFile(keepAlive).isEmpty()) {
                throw new DbLifecycleException("The in-memory URL " + url + " opened a file, not memory; the SQLite "
                        + "driver on the test classpath does not support URI file names.");
            }
        } catch (SQLException | RuntimeException e) {
            keepAlive.close();
            throw e;
        }
        return new CloneBinding(url, keepAlive);
    }

    /** The file of the connection's main database; "" for a memory database. */
    private static String mainFile(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("pragma database_list")) {
            while (rs.next()) {
                if ("main".equals(rs.getString("name"))) {
                    String file = rs.getString("file");
                    return file == null ? "" : file;
                }
            }
        }
        return "";
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * sqlite-jdbc's backup/restore statements take the file in quotes without escapes, so pick the quote the path
     * does not contain.
     */
    static String quoteFile(Path file) {
        String s = file.toString();
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        if (!s.contains("\"")) {
            return "\"" + s + "\"";
        }
        throw new DbLifecycleException(
                "The path " + s + " contains both ' and \"; SQLite backup cannot name it. " + "Use another directory.");
    }
}
