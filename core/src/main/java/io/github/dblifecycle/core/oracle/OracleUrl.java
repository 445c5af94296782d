package io.github.dblifecycle.core.oracle;

import io.github.dblifecycle.core.DbLifecycleException;

/** Checks of the admin URL: the thin driver, and no credentials inside it (the clones reuse it with their own). */
final class OracleUrl {
    static final String THIN = "jdbc:oracle:thin:";

    private OracleUrl() {}

    static String requireThin(String url) {
        if (!url.startsWith(THIN)) {
            throw new DbLifecycleException("Unsupported Oracle URL: db-lifecycle uses the thin driver (ojdbc11), "
                    + "so <url> must start with " + THIN + ", e.g. jdbc:oracle:thin:@//localhost:1521/FREEPDB1.");
        }
        int at = url.indexOf('@', THIN.length());
        if (at < 0) {
            throw new DbLifecycleException("The Oracle URL has no @ before the database address: write it as "
                    + "jdbc:oracle:thin:@//host:port/service (e.g. jdbc:oracle:thin:@//localhost:1521/FREEPDB1).");
        }
        if (at > THIN.length()) {
            // Never echo that part: it is user/password.
            throw new DbLifecycleException("The Oracle URL names an account before the @ (jdbc:oracle:thin:"
                    + "user/password@...). Every clone is reached with its own user, so put the account in the "
                    + "plugin parameters <username> and <password> (or <serverId>) and write the URL as "
                    + "jdbc:oracle:thin:@//host:port/service.");
        }
        return url;
    }
}
