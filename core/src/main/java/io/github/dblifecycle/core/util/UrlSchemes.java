package io.github.dblifecycle.core.util;

/** The scheme of a JDBC URL, for messages: it names the kind of database and never carries a password. */
public final class UrlSchemes {
    private UrlSchemes() {}

    /**
     * {@code jdbc:postgresql:} for {@code jdbc:postgresql://…}, {@code jdbc:} for a bare {@code jdbc:}, the part up
     * to the first colon for a non-JDBC URL, and at most 20 characters of anything without a colon.
     */
    public static String scheme(String url) {
        if (url == null) {
            return "(no URL)";
        }
        if (!url.startsWith("jdbc:")) {
            int colon = url.indexOf(':');
            return colon > 0 ? url.substring(0, colon + 1) : url.length() > 20 ? url.substring(0, 20) + "..." : url;
        }
        int colon = url.indexOf(':', "jdbc:".length());
        return colon > 0 ? url.substring(0, colon + 1) : "jdbc:";
    }
}
