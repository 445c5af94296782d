package io.github.dblifecycle.core.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.reuse.TemplateKey;

/**
 * Flyway migrations, run by {@code Flyway.migrate()} against the template. Flyway is optional: it is on the class
 * path only when the user added it to the plugin's dependencies, and its classes are touched only by
 * {@link FlywayRunner}, after {@link #check} found them.
 */
public final class FlywayMigrations implements TemplateSource {
    public static final String DEFAULT_LOCATION = "filesystem:src/main/resources/db/migration";
    private static final String FILESYSTEM = "filesystem:";

    private final List<Path> directories;
    private final Map<String, String> configuration;

    /**
     * @param locations as for flyway-maven-plugin, {@code filesystem:} prefixed or plain paths; relative ones are
     *     relative to {@code baseDir}
     * @param configuration further Flyway settings by their {@code flyway.*} names, e.g.
     *     {@code flyway.placeholders.owner}; part of the key
     */
    public FlywayMigrations(List<String> locations, Map<String, String> configuration, Path baseDir) {
        List<Path> dirs = new ArrayList<>();
        for (String location : locations.isEmpty() ? List.of(DEFAULT_LOCATION) : locations) {
            dirs.add(baseDir.resolve(directory(location.strip()))
                    .toAbsolutePath()
                    .normalize());
        }
        this.directories = List.copyOf(dirs);
        this.configuration = new TreeMap<>(configuration);
    }

    private static String directory(String location) {
        if (location.startsWith(FILESYSTEM)) {
            return location.substring(FILESYSTEM.length());
        }
        if (location.contains(":") && !location.matches("[A-Za-z]:[\\\\/].*")) {
            // classpath: would be the plugin's class path, not the project's: hashing and running would disagree.
            throw new DbLifecycleException("The Flyway location '" + location + "' is not supported: db-lifecycle "
                    + "reads migrations from directories only. Use filesystem:<directory>, e.g. " + DEFAULT_LOCATION
                    + " for classpath:db/migration.");
        }
        return location;
    }

    @Override
    public String describe() {
        return "Flyway migrations in " + directories;
    }

    @Override
    public void check() {
        if (!SourceFiles.present("org.flywaydb.core.Flyway")) {
            throw new DbLifecycleException("Flyway migrations are configured (<flyway>/<flywayLocations>) but Flyway "
                    + "is not on the plugin's class path. Add org.flywaydb:flyway-core and the module of your database "
                    + "(org.flywaydb:flyway-database-postgresql for PostgreSQL, org.flywaydb:flyway-mysql for "
                    + "MySQL/MariaDB; SQLite needs none) to the <dependencies> of db-lifecycle-maven-plugin in your "
                    + "POM.");
        }
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                throw new DbLifecycleException("The Flyway migration directory " + dir + " does not exist. Fix "
                        + "<flywayLocations> (default " + DEFAULT_LOCATION + ").");
            }
        }
    }

    @Override
    public void addTo(TemplateKey key) {
        key.add("source", "flyway");
        configuration.forEach(key::add);
        for (Path dir : directories) {
            key.add("location", Integer.toString(directories.indexOf(dir)));
            SourceFiles.addTree(key, dir);
        }
    }

    @Override
    public String apply(Backend backend, Database template) {
        List<String> locations = directories.stream().map(d -> FILESYSTEM + d).toList();
        return FlywayRunner.migrate(
                template.connection(), locations, configuration, backend.type().flywayModule());
    }
}
