package io.github.dblifecycle.maven;

import javax.inject.Inject;

import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycle;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.report.ReportFiles;
import io.github.dblifecycle.core.report.TimingRecorder;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Drops every clone and the template that {@code prepare} created in this build, and removes the manifest. Bound
 * to post-integration-test, it runs before {@code failsafe:verify} fails the build, so failing tests leave
 * nothing behind. Run by hand ({@code mvn db-lifecycle:teardown}), it acts only on the manifest of a build that is
 * no longer running, and refuses (dropping nothing) while that build holds its liveness lock. It fails the build if
 * the build lost its liveness lock during the tests and could not take it again.
 */
@Mojo(name = "teardown", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class TeardownMojo extends AbstractDbLifecycleMojo {

    /**
     * Also drop the reusable template this build cloned (see {@code reuse}), which is otherwise kept for the next
     * build. Only a template carrying db-lifecycle's template marker is dropped.
     */
    @Parameter(property = "db-lifecycle.dropTemplate", defaultValue = "false")
    private boolean dropTemplate;

    @Inject
    public TeardownMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    public void execute() throws MojoExecutionException {
        String skipReason = skipReason();
        if (skipReason != null) {
            getLog().info("db-lifecycle: teardown skipped (" + skipReason + ")");
            return;
        }
        ConnectionSpec admin = connectionSpec();
        try {
            new TimingRecorder(ReportFiles.dirFor(workDir()), log(), admin.password())
                    .teardown(workDir(), () -> new DbLifecycle(log()).teardown(workDir(), admin, dropTemplate));
        } catch (DbLifecycleException e) {
            throw failure(e);
        }
    }
}
