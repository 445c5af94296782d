package io.github.dblifecycle.core.mysql;

import java.sql.SQLException;
import java.util.Optional;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.BaseBackendType;
import io.github.dblifecycle.core.BuildContext;
import io.github.dblifecycle.core.CloneBinding;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.ServerCloneBinding;
import io.github.dblifecycle.core.reuse.TemplateStore;

/** MySQL and MariaDB, through either vendor's driver; the per-build work is {@link MysqlBackend}'s. */
public final class MysqlBackendType extends BaseBackendType {
    public static final String ID = "mysql";
    public static final MysqlBackendType INSTANCE = new MysqlBackendType();

    private static final TemplateStore STORE = new MysqlTemplateStore();

    /**
     * MariaDB Connector/J logs every server error itself as a warning ("Error: 1005-HY000: …", through Maven's SLF4J),
     * before db-lifecycle reports the same error with its script, line and statement: its logging is turned off
     * unless the user set it (read once, when the driver first logs).
     */
    private static void quietMariadbDriver() {
        if (System.getProperty("mariadb.logging.disable") == null) {
            System.setProperty("mariadb.logging.disable", "true");
        }
    }

    private MysqlBackendType() {
        super(
                ID,
                "com.mysql:mysql-connector-j (jdbc:mysql:) or org.mariadb.jdbc:mariadb-java-client (jdbc:mariadb:)",
                MysqlScriptSplitter::new,
                "jdbc:mysql:",
                "jdbc:mysql+srv:",
                "jdbc:mariadb:");
    }

    @Override
    public Backend forBuild(BuildContext context) {
        quietMariadbDriver();
        return new MysqlBackend(this, context);
    }

    @Override
    public String flywayModule() {
        return "org.flywaydb:flyway-mysql";
    }

    @Override
    public CloneBinding bindFork(Manifest manifest, Manifest.Worker worker) throws SQLException {
        return ServerCloneBinding.check(
                manifest, worker, "select database()", (c, database, buildId) -> MysqlBackend.markerOf(buildId)
                        .equals(MysqlBackend.marker(c, database)));
    }

    @Override
    public Optional<TemplateStore> templateStore() {
        return Optional.of(STORE);
    }
}
