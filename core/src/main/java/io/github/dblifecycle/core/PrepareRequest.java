package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything {@link DbLifecycle#prepare} needs, already validated for type by the caller (the Maven plugin).
 *
 * @param admin the account and URL to create databases with (PostgreSQL: the maintenance database; SQLite: the
 *     template file)
 * @param scripts run in order against the template
 * @param clones how many clones (workers) to create, at least 1
 * @param namePrefix start of every database name this tool creates
 * @param workDir this build's directory under {@code target/} for the manifest, leases and SQLite clones
 * @param inMemory SQLite only: each fork loads its clone into a private in-memory database
 * @param forkProperties extra system properties for the forks, values with placeholders such as {@code {url}}
 * @param options backend options, e.g. {@code postgresql.strategy=FILE_COPY}
 * @param mavenPid pid of the JVM that runs the build (the forks check it)
 */
public record PrepareRequest(
        ConnectionSpec admin,
        List<Path> scripts,
        int clones,
        String namePrefix,
        Path workDir,
        boolean inMemory,
        Map<String, String> forkProperties,
        Map<String, String> options,
        long mavenPid) {
    public PrepareRequest {
        scripts = List.copyOf(scripts);
        forkProperties = Map.copyOf(forkProperties);
        options = Map.copyOf(options);
    }
}
