package io.github.dblifecycle.core.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Redact;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedSettings;
import io.github.dblifecycle.core.util.AtomicFiles;
import io.github.dblifecycle.core.util.SafeFiles;

/**
 * What {@code prepare} records for a test run without Maven (an IDE's JUnit run): the project's db-lifecycle
 * configuration, so that such a run can build or reuse the template and take a clone of its own. Never a password:
 * only whether the account needs one ({@link #passwordRequired}); the run reads it from
 * {@link #PASSWORD_ENVIRONMENT}. An admin URL that carries a password is recorded masked, and refused when read.
 *
 * @param url the admin URL, resolved (SQLite: the template file's absolute path)
 * @param serverId the {@code settings.xml} server the build took the account from, for messages only
 * @param flywayLocations {@code null} when Flyway is off
 * @param liquibaseChangelog {@code null} when Liquibase is off
 * @param embedded {@code null} unless {@code url} is {@code embedded:postgresql…}: the binaries jar the build
 *     resolved (by path: a run without Maven cannot resolve it) and the server's settings, for the run's own server
 */
public record LauncherConfig(
        String url,
        String username,
        boolean passwordRequired,
        String serverId,
        List<Path> scripts,
        String namePrefix,
        boolean inMemory,
        Map<String, String> forkProperties,
        Map<String, String> options,
        boolean reuse,
        Duration reuseLockTimeout,
        Duration leaseWait,
        List<String> flywayLocations,
        Map<String, String> flywayConfiguration,
        Path liquibaseChangelog,
        String liquibaseContexts,
        String liquibaseLabels,
        Path baseDir,
        EmbeddedSettings embedded) {

    /** The directory beside the build's work directory, kept after the build (teardown only touches the other). */
    public static final String DIRECTORY = "db-lifecycle-launcher";

    public static final String FILE = "launcher.properties";
    /** Where an IDE run takes the account's password from when the build used one. */
    public static final String PASSWORD_ENVIRONMENT = "DB_LIFECYCLE_PASSWORD";

    private static final int FORMAT = 1;

    public LauncherConfig {
        scripts = List.copyOf(scripts);
        forkProperties = Map.copyOf(forkProperties);
        options = Map.copyOf(options);
        flywayLocations = flywayLocations == null ? null : List.copyOf(flywayLocations);
        flywayConfiguration = Map.copyOf(flywayConfiguration == null ? Map.of() : flywayConfiguration);
    }

    /** {@code <buildDirectory>/db-lifecycle-launcher}. */
    public static Path directory(Path buildDirectory) {
        return buildDirectory.resolve(DIRECTORY);
    }

    /** Writes {@code dir/launcher.properties} atomically, owner-readable only, without any password. */
    public Path write(Path dir) {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(FORMAT));
        p.setProperty("url", Redact.url(url));
        p.setProperty("username", username == null ? "" : username);
        p.setProperty("passwordRequired", Boolean.toString(passwordRequired));
        if (serverId != null && !serverId.isBlank()) {
            p.setProperty("serverId", serverId);
        }
        for (int i = 0; i < scripts.size(); i++) {
            p.setProperty("script." + (i + 1), scripts.get(i).toAbsolutePath().toString());
        }
        p.setProperty("namePrefix", namePrefix);
        p.setProperty("inMemory", Boolean.toString(inMemory));
        new TreeMap<>(forkProperties).forEach((k, v) -> p.setProperty("property." + k, v));
        new TreeMap<>(options).forEach((k, v) -> p.setProperty("option." + k, v));
        p.setProperty("reuse", Boolean.toString(reuse));
        p.setProperty("reuseLockTimeoutSeconds", Long.toString(reuseLockTimeout.toSeconds()));
        p.setProperty("leaseWaitSeconds", Long.toString(leaseWait.toSeconds()));
        if (flywayLocations != null) {
            p.setProperty("flyway", "true");
            for (int i = 0; i < flywayLocations.size(); i++) {
                p.setProperty("flyway.location." + (i + 1), flywayLocations.get(i));
            }
            new TreeMap<>(flywayConfiguration).forEach((k, v) -> p.setProperty("flyway.config." + k, v));
        }
        if (liquibaseChangelog != null) {
            p.setProperty(
                    "liquibase.changelog", liquibaseChangelog.toAbsolutePath().toString());
            putIfSet(p, "liquibase.contexts", liquibaseContexts);
            putIfSet(p, "liquibase.labels", liquibaseLabels);
        }
        p.setProperty("baseDir", baseDir.toAbsolutePath().toString());
        if (embedded != null) {
            p.setProperty(
                    "embedded.binaries", embedded.binaries().toAbsolutePath().toString());
            p.setProperty("embedded.version", embedded.version());
            p.setProperty("embedded.dataDirectory", embedded.dataRoot().toString());
            if (embedded.cacheRoot() != null) {
                p.setProperty(
                        "embedded.cacheDirectory",
                        embedded.cacheRoot().toAbsolutePath().toString());
            }
            putIfSet(p, "embedded.user", embedded.user());
        }
        try {
            Files.createDirectories(dir);
            SafeFiles.requireSafeDirectory(dir, "the db-lifecycle launcher directory");
            Path target = dir.resolve(FILE);
            AtomicFiles.writeProperties(
                    target,
                    p,
                    "db-lifecycle: written by prepare for test runs without Maven (db-lifecycle-junit); no password",
                    true);
            return target;
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    public static LauncherConfig read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new DbLifecycleException("No db-lifecycle launcher configuration at " + file + ".", e);
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt(file, e.getMessage());
        }
        if (!Integer.toString(FORMAT).equals(p.getProperty("format"))) {
            throw corrupt(file, "format is " + p.getProperty("format") + ", this version reads " + FORMAT);
        }
        Path base = Path.of(required(file, p, "baseDir"));
        List<String> flyway = Boolean.parseBoolean(p.getProperty("flyway")) ? numbered(p, "flyway.location.") : null;
        String changelog = p.getProperty("liquibase.changelog");
        return new LauncherConfig(
                required(file, p, "url"),
                p.getProperty("username", ""),
                Boolean.parseBoolean(p.getProperty("passwordRequired")),
                p.getProperty("serverId"),
                numbered(p, "script.").stream().map(Path::of).toList(),
                required(file, p, "namePrefix"),
                Boolean.parseBoolean(p.getProperty("inMemory")),
                prefixed(p, "property."),
                prefixed(p, "option."),
                Boolean.parseBoolean(p.getProperty("reuse")),
                Duration.ofSeconds(seconds(file, p, "reuseLockTimeoutSeconds")),
                Duration.ofSeconds(seconds(file, p, "leaseWaitSeconds")),
                flyway,
                prefixed(p, "flyway.config."),
                changelog == null ? null : Path.of(changelog),
                p.getProperty("liquibase.contexts"),
                p.getProperty("liquibase.labels"),
                base,
                embedded(file, p));
    }

    private static EmbeddedSettings embedded(Path file, Properties p) {
        if (p.getProperty("embedded.binaries") == null) {
            return null;
        }
        String cache = p.getProperty("embedded.cacheDirectory");
        return new EmbeddedSettings(
                Path.of(required(file, p, "embedded.binaries")),
                required(file, p, "embedded.version"),
                Path.of(required(file, p, "embedded.dataDirectory")),
                cache == null ? null : Path.of(cache),
                p.getProperty("embedded.user"));
    }

    private static void putIfSet(Properties p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.setProperty(key, value);
        }
    }

    private static List<String> numbered(Properties p, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 1; p.getProperty(prefix + i) != null; i++) {
            values.add(p.getProperty(prefix + i));
        }
        return values;
    }

    private static Map<String, String> prefixed(Properties p, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        new TreeMap<>(p).forEach((k, v) -> {
            String key = k.toString();
            if (key.startsWith(prefix)) {
                values.put(key.substring(prefix.length()), v.toString());
            }
        });
        return values;
    }

    private static String required(Path file, Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isEmpty()) {
            throw corrupt(file, "the key '" + key + "' is missing");
        }
        return v;
    }

    private static long seconds(Path file, Properties p, String key) {
        try {
            return Long.parseLong(required(file, p, key));
        } catch (NumberFormatException e) {
            throw corrupt(file, "the key '" + key + "' is not a number");
        }
    }

    private static DbLifecycleException corrupt(Path file, String what) {
        return new DbLifecycleException("The db-lifecycle launcher configuration " + file + " is unreadable (" + what
                + "). Run 'mvn verify' once so that db-lifecycle:prepare writes it again.");
    }
}
