package io.github.dblifecycle.core;

import io.github.dblifecycle.core.mysql.MysqlBackend;
import io.github.dblifecycle.core.oracle.OracleBackend;
import io.github.dblifecycle.core.postgresql.PostgresBackend;
import io.github.dblifecycle.core.sqlite.SqliteBackend;
import io.github.dblifecycle.core.util.UrlSchemes;
import java.util.List;
import java.util.stream.Collectors;

/** Finds the {@link Backend} for a JDBC URL (prepare) or for the id a manifest names (forks, teardown). */
public final class Backends {
    /** One shared, unconfigured instance each; {@link Backend#configure} makes the per-build ones. */
    private static final List<Backend> ALL = List.of(new PostgresBackend(), new SqliteBackend(), new MysqlBackend(),
            new OracleBackend());

    /** The URL prefixes served, for error messages. */
    private static final List<String> SCHEMES = List.of(PostgresBackend.URL_PREFIX, SqliteBackend.URL_PREFIX, "jdbc:mysql:", "jdbc:mariadb:",
            OracleBackend.URL_PREFIX);

    private Backends() {}

    public static Backend forUrl(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new DbLifecycleException("No database URL given: set the db-lifecycle-maven-plugin parameter <url>, "
                    + "e.g. jdbc:postgresql://127.0.0.1:5432/postgres or jdbc:sqlite:target/template.db.");
        }
        for (Backend backend : ALL) {
            if (backend.handles(jdbcUrl)) {
                return backend;
            }
        }
        // Name only the scheme: the rest of a URL may carry a password (?password=...).
        throw new DbLifecycleException("db-lifecycle does not support the database URL scheme '" + UrlSchemes.scheme(jdbcUrl)
                + "'. Supported URL schemes: " + String.join(", ", SCHEMES) + ". Fix the parameter <url>.");
    }

    public static Backend forId(String id) {
        for (Backend backend : ALL) {
            if (backend.id().equals(id)) {
                return backend;
            }
        }
        throw new DbLifecycleException("Unknown db-lifecycle backend '" + id + "' (known: "
                + ALL.stream().map(Backend::id).collect(Collectors.joining(", "))
                + "). The manifest was written by another version of db-lifecycle: run 'mvn clean verify'.");
    }
}
