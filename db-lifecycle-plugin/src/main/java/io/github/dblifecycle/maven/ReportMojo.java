package io.github.dblifecycle.maven;

import java.io.File;
import java.util.List;
import java.util.Locale;

import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.maven.report.DbLifecycleReport;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.codehaus.plexus.PlexusContainer;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * A page of the Maven site about the last build's databases and forks: how long the template and each clone took,
 * which clone each forked test JVM used, the test classes each fork ran with their times and results, how long
 * each fork sat idle, whether teardown dropped everything, and a timeline with one lane per fork. Add it under
 * {@code <reporting>} and run {@code mvn verify site}; the data comes from files that {@code prepare}, the
 * forks and {@code teardown} write to {@code target/db-lifecycle-report} (never a password). Without such data
 * (e.g. {@code mvn clean site}) the page is left out. It needs maven-site-plugin 3.20 or later (Doxia 2); under
 * an older one the site fails saying so.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMojo implements MavenMultiPageReport {
    /*
     * Why not extend AbstractMavenReport: maven-site-plugin lends a report its own reporting API and Doxia, and
     * before 3.20 those are Doxia 1. Under 3.3, AbstractMavenReport 4 cannot even load (NoClassDefFoundError:
     * DocumentContent while Maven creates the goal, before any of our code); under 3.12.1 it loads, and writes into
     * Doxia 1 sinks. So this class names only types both worlds have, checks that the reporting API is 4, and hands
     * the work to DbLifecycleReport.
     */

    /**
     * The work directory the build's {@code prepare} used; the report data is read from its sibling directory
     * {@code db-lifecycle-report}. Set it only if you changed {@code workDirectory} of {@code prepare}.
     */
    @Parameter(property = "db-lifecycle.workDirectory", defaultValue = ForkContract.DEFAULT_WORK_DIRECTORY)
    private File workDirectory;

    // The parameters of AbstractMavenReport (maven-reporting-impl 4), for the standalone goal; copied by name.

    /** The output directory of the page when the goal runs on its own ({@code mvn db-lifecycle:report}). */
    @Parameter(defaultValue = "${project.build.directory}/reports", required = true)
    private File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Parameter(defaultValue = "${reactorProjects}", required = true, readonly = true)
    private List<MavenProject> reactorProjects;

    /** The encoding of the site sources. */
    @Parameter(property = "encoding", defaultValue = "${project.build.sourceEncoding}", readonly = true)
    private String inputEncoding;

    /** The encoding of the page. */
    @Parameter(property = "outputEncoding", defaultValue = "${project.reporting.outputEncoding}", readonly = true)
    private String outputEncoding;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repoSession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    private List<RemoteRepository> remoteProjectRepositories;

    /** The site sources, for the skin and site descriptor of the standalone page. */
    @Parameter(defaultValue = "${basedir}/src/site")
    private File siteDirectory;

    /** The locale of the standalone page, as maven-site-plugin's {@code locales} ({@code default}: the site's). */
    @Parameter(defaultValue = "default")
    private String locale;

    /** The timestamp of the standalone page, for reproducible output (ISO 8601 or seconds since the epoch). */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** A Doxia output format (e.g. {@code xdoc}) to write markup instead of a skinned HTML page. */
    @Parameter(property = "output.format")
    private String outputFormat;

    // Looked up, not injected: in the Doxia 1 world these Doxia 2 components cannot be made.
    @Component
    private PlexusContainer container;

    private File reportOutputDirectory;
    private MavenMultiPageReport report; // a DbLifecycleReport, named by its interface so this class loads anywhere

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            ((org.apache.maven.plugin.Mojo) report()).execute();
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        report().generate(sink, locale);
    }

    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        report().generate(sink, sinkFactory, locale);
    }

    /** Maven-site-plugin asks this first of every report, so under an old one it is here that the site fails. */
    @Override
    public boolean canGenerateReport() throws MavenReportException {
        return report().canGenerateReport();
    }

    @Override
    public String getOutputName() {
        return DbLifecycleReport.OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return DbLifecycleReport.NAME;
    }

    @Override
    public String getDescription(Locale locale) {
        return DbLifecycleReport.DESCRIPTION;
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
        outputDirectory = directory;
        if (report != null) {
            report.setReportOutputDirectory(directory);
        }
    }

    @Override
    public File getReportOutputDirectory() {
        if (report != null) {
            return report.getReportOutputDirectory();
        }
        return reportOutputDirectory != null ? reportOutputDirectory : outputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    private MavenMultiPageReport report() throws MavenReportException {
        if (report == null) {
            if (!reportCanLoad()) {
                String running = SitePluginCheck.runningVersion(MavenReport.class);
                throw new MavenReportException(
                        SitePluginCheck.tooOldMessage(running != null ? running : SitePluginCheck.version(project)));
            }
            report = DbLifecycleReport.configuredLike(this, container, getLog());
        }
        return report;
    }

    /**
     * Whether the report can run beside the site plugin that lends us the reporting API: its base class and every type
     * in its signatures (Doxia 2's {@code DocumentContent}, …) must load. Maven's default maven-site-plugin 3.3 cannot
     * give them; 3.12.1 lets ours load from our own realm and renders the page (untested beyond that), 3.20+ is the
     * version the docs name. Resolving the signatures is what Maven's own creation of such a goal failed on.
     */
    private static boolean reportCanLoad() {
        try {
            for (Class<?> c = DbLifecycleReport.class; c != null && c != Object.class; c = c.getSuperclass()) {
                c.getDeclaredMethods();
                c.getDeclaredFields();
            }
            return true;
        } catch (LinkageError e) {
            return false;
        }
    }
}
