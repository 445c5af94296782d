package io.github.dblifecycle.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.report.BuildRun;
import io.github.dblifecycle.core.report.BuildRunReader;
import io.github.dblifecycle.core.report.ReportFiles;
import io.github.dblifecycle.maven.report.BuildRunRenderer;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * A page of the Maven site about the last build's databases and forks: how long the template and each clone took,
 * which clone each forked test JVM used, the test classes each fork ran with their times and results, how long
 * each fork sat idle, whether teardown dropped everything, and a timeline with one lane per fork. Add it under
 * {@code <reporting>} and run {@code mvn verify site}; the data comes from files that {@code prepare}, the
 * forks and {@code teardown} write to {@code target/db-lifecycle-report} (never a password). Without such data
 * (e.g. {@code mvn clean site}) the page is left out.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /**
     * The work directory the build's {@code prepare} used; the report data is read from its sibling directory
     * {@code db-lifecycle-report}. Set it only if you changed {@code workDirectory} of {@code prepare}.
     */
    @Parameter(property = "db-lifecycle.workDirectory", defaultValue = ForkContract.DEFAULT_WORK_DIRECTORY)
    private File workDirectory;

    @Override
    public String getOutputName() {
        return "db-lifecycle-report";
    }

    @Override
    public String getName(Locale locale) {
        return "db-lifecycle";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The last build's template and clones, and each forked test JVM: its clone, its test classes with "
                + "times and results, its idle time; teardown; a timeline of the forks.";
    }

    @Override
    public boolean canGenerateReport() {
        return ReportFiles.hasData(dataDirectory());
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        BuildRun run;
        try {
            run = BuildRunReader.read(dataDirectory());
        } catch (IOException e) {
            throw new MavenReportException(
                    "db-lifecycle: cannot read the report data in " + dataDirectory() + ": " + e, e);
        }
        new BuildRunRenderer(getSink(), run).render();
    }

    private Path dataDirectory() {
        return ReportFiles.dirFor(workDirectory.toPath());
    }
}
