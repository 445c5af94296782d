package io.github.dblifecycle.core;

import java.sql.SQLException;

/**
 * A {@link Backend} whose clones are copies db-lifecycle makes itself (MySQL), so {@code verifyClones=true} can
 * check them: a clone must have the same fingerprint as its template.
 */
public interface Fingerprinter {
    Fingerprint fingerprint(Database database) throws SQLException;
}
