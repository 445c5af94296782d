package io.github.dblifecycle.maven;

import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycle;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.launcher.LauncherRuns;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedSettings;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedUrl;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Drops the databases left by db-lifecycle builds that are no longer running (Maven killed, CI job cancelled):
 * those that carry db-lifecycle's marker, are named {@code <namePrefix>_<build id>_…}, and whose build holds no
 * liveness lock on the server. A running build, on this machine or another, is never touched; nor is any database
 * without the marker, nor one that has connected sessions (a build's forks). {@code prepare} does the same before it
 * creates anything. In a project it also removes what killed test runs without Maven (db-lifecycle-junit) left in
 * {@code target/db-lifecycle-launcher/runs}. Run this goal to clean up without a build: {@code mvn db-lifecycle:purge}, also outside any
 * project (a CI server cleaned by hand):
 * {@code mvn io.github.dblifecycle:db-lifecycle-maven-plugin:purge -Ddb-lifecycle.url=…}.
 */
@Mojo(name = "purge", requiresProject = false, threadSafe = true)
public class PurgeMojo extends AbstractDbLifecycleMojo {

    /** The name prefix the builds used (prepare's {@code namePrefix}). */
    @Parameter(property = "db-lifecycle.namePrefix", defaultValue = "dblc")
    private String namePrefix;

    @Inject
    public PurgeMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    public void execute() throws MojoExecutionException {
        // Only the plugin's own switch: purge is run on purpose, and test-skipping flags say nothing about it.
        if (skip) {
            getLog().info("db-lifecycle: purge skipped (db-lifecycle.skip is set)");
            return;
        }
        try {
            if (EmbeddedUrl.is(url)) {
                EmbeddedSettings embedded = embeddedSettings(null, "");
                List<String> stopped = new ArrayList<>(new DbLifecycle(log()).purgeEmbedded(embedded, workDir()));
                if (project.getBasedir() != null) { // IDE runs (db-lifecycle-junit) that were killed
                    stopped.addAll(LauncherRuns.reclaimEmbedded(embedded, launcherDirectory(), null, log()));
                }
                getLog().info("db-lifecycle purge: stopped " + stopped.size() + " embedded server(s) of dead builds.");
                return;
            }
            ConnectionSpec admin = connectionSpec();
            List<String> dropped = new ArrayList<>(new DbLifecycle(log()).purge(admin, namePrefix, workDir()));
            if (project.getBasedir() != null) { // IDE runs (db-lifecycle-junit) that were killed
                dropped.addAll(LauncherRuns.reclaim(admin, namePrefix, launcherDirectory(), null, log()));
            }
            getLog().info("db-lifecycle purge: dropped " + dropped.size() + " database(s).");
        } catch (DbLifecycleException e) {
            throw failure(e);
        }
    }
}
