package io.github.dblifecycle.core.oracle;

import java.sql.SQLException;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.BaseBackendType;
import io.github.dblifecycle.core.BuildContext;
import io.github.dblifecycle.core.CloneBinding;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.ServerCloneBinding;

/** Oracle through the thin driver, a schema (user) per clone; the per-build work is {@link OracleBackend}'s. */
public final class OracleBackendType extends BaseBackendType {
    public static final String ID = "oracle";
    public static final String URL_PREFIX = "jdbc:oracle:";
    public static final OracleBackendType INSTANCE = new OracleBackendType();

    private OracleBackendType() {
        super(ID, "com.oracle.database.jdbc:ojdbc11", OracleScriptSplitter::new, URL_PREFIX);
    }

    @Override
    public Backend forBuild(BuildContext context) {
        return new OracleBackend(this, context);
    }

    /**
     * Connects as the clone's own user and checks that the session's current schema is the clone's. Only that: the
     * clone's user cannot read the marker, which the admin keeps.
     */
    @Override
    public CloneBinding bindFork(Manifest manifest, Manifest.Worker worker) throws SQLException {
        return ServerCloneBinding.check(manifest, worker, OracleSql.CURRENT_SCHEMA, null);
    }
}
