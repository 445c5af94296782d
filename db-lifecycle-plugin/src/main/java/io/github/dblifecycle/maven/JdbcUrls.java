package io.github.dblifecycle.maven;

import java.nio.file.Path;

/** Maven-side URL fix-ups: Maven users expect relative paths to mean "relative to the project". */
final class JdbcUrls {
    private static final String SQLITE = "jdbc:sqlite:";

    private JdbcUrls() {}

    /** {@code jdbc:sqlite:target/t.db} becomes {@code jdbc:sqlite:<basedir>/target/t.db}; other URLs stay. */
    static String resolveSqlitePath(String url, Path basedir) {
        if (url == null || !url.startsWith(SQLITE)) {
            return url;
        }
        String rest = url.substring(SQLITE.length());
        if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("file:")) {
            return url;
        }
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        String params = query < 0 ? "" : rest.substring(query);
        Path p = Path.of(path);
        return p.isAbsolute() ? url : SQLITE + basedir.resolve(p).normalize() + params;
    }
}
