package io.github.dblifecycle.core.reuse;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.mysql.MysqlTemplateStore;
import io.github.dblifecycle.core.postgresql.PostgresTemplateStore;
import io.github.dblifecycle.core.sqlite.SqliteTemplateStore;

/** The {@link TemplateStore} of a backend; kept apart from {@link Backend} so reuse stays an add-on. */
public final class TemplateStores {
    private TemplateStores() {}

    public static TemplateStore of(Backend backend) {
        return switch (backend.id()) {
            case "postgresql" -> new PostgresTemplateStore();
            case "mysql" -> new MysqlTemplateStore();
            case "sqlite" -> new SqliteTemplateStore();
            default -> throw new DbLifecycleException("Reusing the template across builds is not supported by the "
                    + backend.id() + " backend yet. Set <reuse>false</reuse>.");
        };
    }
}
