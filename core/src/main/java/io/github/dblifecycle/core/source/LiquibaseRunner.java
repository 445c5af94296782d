package io.github.dblifecycle.core.source;

import java.nio.file.Path;
import java.util.Map;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycleException;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/** The only class that touches Liquibase's API; loaded only after {@link LiquibaseChangelog#check} found it. */
final class LiquibaseRunner {
    private LiquibaseRunner() {}

    static String update(ConnectionSpec template, Path changelog, String contexts, String labels) {
        try {
            // A build tool has no business phoning home: Liquibase's usage analytics are off.
            return Scope.child(Map.of(AnalyticsArgs.ENABLED.getKey(), false), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(template.open()));
                try (Liquibase liquibase = new Liquibase(
                        changelog.getFileName().toString(),
                        new DirectoryResourceAccessor(changelog.getParent()),
                        database)) {
                    int pending = liquibase
                            .listUnrunChangeSets(new Contexts(contexts), new LabelExpression(labels))
                            .size();
                    liquibase.update(new Contexts(contexts), new LabelExpression(labels));
                    return pending + " Liquibase changeset(s) from " + changelog.getFileName();
                }
            });
        } catch (Exception e) {
            throw new DbLifecycleException(
                    "Liquibase update of the template from " + changelog + " failed: " + e.getMessage(), e);
        }
    }
}
