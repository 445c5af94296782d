package io.github.dblifecycle.core.mysql;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.util.UrlSchemes;

/**
 * Rewrites the database of a MySQL Connector/J or MariaDB Connector/J URL, keeping the host list and the query
 * parameters, so the template and clones are reached exactly like the admin URL. Forms:
 * {@code jdbc:mysql://host[:port][,host2]/[db][?params]}, {@code jdbc:mysql:loadbalance://…},
 * {@code jdbc:mariadb://…}, {@code jdbc:mysql://address=(host=…)(port=…)/db}.
 */
public final class MysqlUrl {
    private MysqlUrl() {}

    public static String withDatabase(String url, String database) {
        int slashes = url.indexOf("//");
        if (!MysqlBackendType.INSTANCE.handles(url) || slashes < 0) {
            throw new DbLifecycleException("Not a MySQL/MariaDB JDBC URL of the form jdbc:mysql://host:port/ or "
                    + "jdbc:mariadb://host:port/ (the URL's scheme is " + UrlSchemes.scheme(url) + ")");
        }
        int q = url.indexOf('?', slashes);
        String query = q >= 0 ? url.substring(q) : "";
        String location = q >= 0 ? url.substring(0, q) : url;
        int slash = location.indexOf('/', slashes + 2);
        String authority = slash >= 0 ? location.substring(0, slash) : location;
        return authority + "/" + database + query;
    }

    /** The database a URL names, or "" when none. */
    public static String database(String url) {
        int slashes = url.indexOf("//");
        if (slashes < 0) {
            return "";
        }
        int q = url.indexOf('?', slashes);
        String location = q >= 0 ? url.substring(0, q) : url;
        int slash = location.indexOf('/', slashes + 2);
        return slash >= 0 ? location.substring(slash + 1) : "";
    }
}
