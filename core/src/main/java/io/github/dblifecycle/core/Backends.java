package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.dblifecycle.core.mysql.MysqlBackendType;
import io.github.dblifecycle.core.oracle.OracleBackendType;
import io.github.dblifecycle.core.postgresql.PostgresBackendType;
import io.github.dblifecycle.core.sqlite.SqliteBackendType;
import io.github.dblifecycle.core.util.UrlSchemes;

/** Finds the {@link BackendType} for a JDBC URL (prepare) or for the id a manifest names (forks, teardown). */
public final class Backends {
    private static final List<BackendType> ALL = List.of(
            PostgresBackendType.INSTANCE,
            SqliteBackendType.INSTANCE,
            MysqlBackendType.INSTANCE,
            OracleBackendType.INSTANCE);

    private Backends() {}

    public static List<BackendType> all() {
        return ALL;
    }

    public static BackendType forUrl(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new DbLifecycleException("No database URL given: set the db-lifecycle-maven-plugin parameter <url>, "
                    + "e.g. jdbc:postgresql://127.0.0.1:5432/postgres or jdbc:sqlite:target/template.db.");
        }
        for (BackendType type : ALL) {
            if (type.handles(jdbcUrl)) {
                return type;
            }
        }
        // Name only the scheme: the rest of a URL may carry a password (?password=...).
        throw new DbLifecycleException(
                "db-lifecycle does not support the database URL scheme '" + UrlSchemes.scheme(jdbcUrl)
                        + "'. Supported URL schemes: " + String.join(", ", schemes()) + ". Fix the parameter <url>.");
    }

    public static BackendType forId(String id) {
        for (BackendType type : ALL) {
            if (type.id().equals(id)) {
                return type;
            }
        }
        throw new DbLifecycleException("Unknown db-lifecycle backend '" + id + "' (known: "
                + ALL.stream().map(BackendType::id).collect(Collectors.joining(", "))
                + "). The manifest was written by another version of db-lifecycle: run 'mvn clean verify'.");
    }

    /** The URL with the fix-up of the type that serves it (SQLite: a relative file under {@code baseDir}). */
    public static String resolveUrl(String url, Path baseDir) {
        if (url == null) {
            return null;
        }
        return ALL.stream()
                .filter(t -> t.handles(url))
                .findFirst()
                .map(t -> t.resolveUrl(url, baseDir))
                .orElse(url);
    }

    /** Every URL prefix served, for error messages: the plain schemes first, then variants such as jdbc:mysql+srv:. */
    static List<String> schemes() {
        List<String> all = ALL.stream().flatMap(t -> t.urlPrefixes().stream()).toList();
        return Stream.concat(
                        all.stream().filter(s -> !s.contains("+")), all.stream().filter(s -> s.contains("+")))
                .toList();
    }
}
