/**
 * The SQLite backend ({@code jdbc:sqlite:} with sqlite-jdbc; manifest id {@code sqlite}).
 *
 * <h2>How a clone is made</h2>
 * The admin URL names the template file (a relative path is relative to the project, see
 * {@link io.github.dblifecycle.core.sqlite.SqliteBackendType#resolveUrl}); each clone is a file
 * {@code <workDir>/<clone>.db} written with the online backup API ({@code backup to}), never a raw file copy (it
 * would miss what is still in a {@code -wal} file). With no scripts, an existing template file the user provides is
 * cloned as it is, opened read-only, and never dropped. In in-memory mode each fork restores its clone file into a
 * private shared-cache memory database that lives as long as the fork.
 *
 * <h2>Ownership marker and liveness</h2>
 * Beside every file db-lifecycle creates lies {@code <file>.db-lifecycle} holding the build id, written before the
 * file itself; a file without it is the user's and is never deleted. The files live on this machine only, so the
 * build's liveness lock is an OS file lock in the work directory.
 */
package io.github.dblifecycle.core.sqlite;
