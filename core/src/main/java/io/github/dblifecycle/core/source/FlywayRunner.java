package io.github.dblifecycle.core.source;

import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycleException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/** The only class that touches Flyway's API; loaded only after {@link FlywayMigrations#check} found Flyway. */
final class FlywayRunner {
    private FlywayRunner() {}

    static String migrate(
            ConnectionSpec template, List<String> locations, Map<String, String> configuration, String flywayModule) {
        try {
            FluentConfiguration config = Flyway.configure(FlywayRunner.class.getClassLoader());
            if (!configuration.isEmpty()) {
                config = config.configuration(configuration);
            }
            MigrateResult result = config.dataSource(template.url(), template.username(), template.password())
                    .locations(locations.toArray(String[]::new))
                    .load()
                    .migrate();
            return result.migrationsExecuted + " Flyway migration(s), schema version " + result.targetSchemaVersion;
        } catch (FlywayException e) {
            throw new DbLifecycleException(
                    "Flyway migration of the template failed: " + e.getMessage() + moduleHint(e, flywayModule), e);
        }
    }

    /** Since Flyway 10 most databases need a module of their own; its absence is the likeliest setup error. */
    private static String moduleHint(FlywayException e, String module) {
        String message = String.valueOf(e.getMessage());
        if (!message.contains("No database found")
                && !message.contains("Unsupported Database")
                && !message.contains("database plugin")) {
            return "";
        }
        return "\nAdd " + module + " (the version of flyway-core) to the <dependencies> of db-lifecycle-maven-plugin.";
    }
}
