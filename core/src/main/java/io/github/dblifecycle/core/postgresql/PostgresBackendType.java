package io.github.dblifecycle.core.postgresql;

import java.sql.SQLException;
import java.util.Optional;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.BaseBackendType;
import io.github.dblifecycle.core.BuildContext;
import io.github.dblifecycle.core.CloneBinding;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.ServerCloneBinding;
import io.github.dblifecycle.core.reuse.TemplateStore;

/** PostgreSQL through the pgJDBC driver; the per-build work is {@link PostgresBackend}'s. */
public final class PostgresBackendType extends BaseBackendType {
    public static final String ID = "postgresql";
    public static final String URL_PREFIX = "jdbc:postgresql:";
    public static final PostgresBackendType INSTANCE = new PostgresBackendType();

    private static final TemplateStore STORE = new PostgresTemplateStore();

    private PostgresBackendType() {
        super(ID, "org.postgresql:postgresql", PostgresScriptSplitter::new, URL_PREFIX);
    }

    @Override
    public Backend forBuild(BuildContext context) {
        return new PostgresBackend(this, context);
    }

    @Override
    public String flywayModule() {
        return "org.flywaydb:flyway-database-postgresql";
    }

    @Override
    public CloneBinding bindFork(Manifest manifest, Manifest.Worker worker) throws SQLException {
        return ServerCloneBinding.check(
                manifest, worker, "select current_database()", (c, database, buildId) -> PostgresBackend.marker(buildId)
                        .equals(PostgresCatalog.comment(c, database)));
    }

    @Override
    public Optional<TemplateStore> templateStore() {
        return Optional.of(STORE);
    }
}
