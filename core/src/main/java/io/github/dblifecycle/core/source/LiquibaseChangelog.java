package io.github.dblifecycle.core.source;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.reuse.TemplateKey;

/**
 * A Liquibase changelog, applied by Liquibase's update. Optional like Flyway: only {@link LiquibaseRunner} touches
 * Liquibase's classes. Included files are resolved relative to the changelog's directory, and every file below
 * that directory goes into the key (an included file may change without the master changelog changing).
 */
public final class LiquibaseChangelog implements TemplateSource {
    private final Path changelog;
    private final String contexts;
    private final String labels;

    public LiquibaseChangelog(Path changelog, String contexts, String labels) {
        this.changelog = changelog.toAbsolutePath().normalize();
        this.contexts = contexts == null ? "" : contexts.strip();
        this.labels = labels == null ? "" : labels.strip();
    }

    @Override
    public String describe() {
        return "Liquibase changelog " + changelog;
    }

    @Override
    public void check() {
        if (!SourceFiles.present("liquibase.Liquibase")) {
            throw new DbLifecycleException("A Liquibase changelog is configured (<liquibaseChangelog>) but Liquibase "
                    + "is not on the plugin's class path. Add org.liquibase:liquibase-core (4.33.x) to the "
                    + "<dependencies> of db-lifecycle-maven-plugin in your POM.");
        }
        if (!Files.isRegularFile(changelog)) {
            throw new DbLifecycleException(
                    "The Liquibase changelog " + changelog + " does not exist. Fix " + "<liquibaseChangelog>.");
        }
    }

    @Override
    public void addTo(TemplateKey key) {
        key.add("source", "liquibase");
        key.add("changelog", changelog.getFileName().toString());
        key.add("contexts", contexts);
        key.add("labels", labels);
        SourceFiles.addTree(key, changelog.getParent());
    }

    @Override
    public String apply(Backend backend, Database template) {
        return LiquibaseRunner.update(template.connection(), changelog, contexts, labels);
    }
}
