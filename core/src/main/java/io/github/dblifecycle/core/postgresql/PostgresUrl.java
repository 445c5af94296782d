package io.github.dblifecycle.core.postgresql;

import io.github.dblifecycle.core.DbLifecycleException;

/**
 * Rewrites the database of a pgJDBC URL, keeping hosts, ports and query parameters (ssl, timeouts, ...), so that the
 * template and clones are reached exactly like the admin database. Forms: {@code jdbc:postgresql:db},
 * {@code jdbc:postgresql://host[:port][,host2[:port]]/[db][?params]}.
 */
public final class PostgresUrl {
    private PostgresUrl() {}

    public static String withDatabase(String url, String database) {
        if (!url.startsWith(PostgresBackendType.URL_PREFIX)) {
            throw new DbLifecycleException(
                    "Not a PostgreSQL JDBC URL (it must start with " + PostgresBackendType.URL_PREFIX + ")");
        }
        String rest = url.substring(PostgresBackendType.URL_PREFIX.length());
        int q = rest.indexOf('?');
        String query = q >= 0 ? rest.substring(q) : "";
        String location = q >= 0 ? rest.substring(0, q) : rest;
        if (!location.startsWith("//")) {
            return PostgresBackendType.URL_PREFIX + database + query;
        }
        int slash = location.indexOf('/', 2);
        String authority = slash >= 0 ? location.substring(0, slash) : location;
        return PostgresBackendType.URL_PREFIX + authority + "/" + database + query;
    }
}
