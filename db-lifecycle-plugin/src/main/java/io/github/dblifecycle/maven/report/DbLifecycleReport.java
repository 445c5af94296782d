package io.github.dblifecycle.maven.report;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Locale;

import io.github.dblifecycle.core.report.BuildRun;
import io.github.dblifecycle.core.report.BuildRunReader;
import io.github.dblifecycle.core.report.ReportFiles;
import org.apache.maven.doxia.siterenderer.Renderer;
import org.apache.maven.doxia.tools.SiteTool;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.codehaus.plexus.PlexusContainer;
import org.codehaus.plexus.component.repository.exception.ComponentLookupException;

/**
 * The report page itself, on maven-reporting-impl 4 (Doxia 2). Not a mojo: the {@code report} goal
 * ({@code ReportMojo}) creates it only once it knows Doxia 2 is there, since loading this class under an older
 * maven-site-plugin fails with {@code NoClassDefFoundError}. The goal's parameters are copied in by field name.
 */
public class DbLifecycleReport extends AbstractMavenReport {
    // Compile-time constants, so that ReportMojo can use them without loading this class.
    public static final String OUTPUT_NAME = "db-lifecycle-report";
    public static final String NAME = "db-lifecycle";
    public static final String DESCRIPTION = "The last build's template and clones, and each forked test JVM: its "
            + "clone, its test classes with times and results, its idle time; teardown; a timeline of the forks.";

    private File workDirectory;
    private String inputEncoding;
    private String outputEncoding;

    /**
     * A report configured like {@code goal}: each of its fields that this class or AbstractMavenReport also has is
     * copied, and the two Doxia 2 components are looked up.
     */
    public static DbLifecycleReport configuredLike(Object goal, PlexusContainer container, Log log)
            throws MavenReportException {
        DbLifecycleReport report = new DbLifecycleReport();
        report.setLog(log);
        try {
            for (Field from : goal.getClass().getDeclaredFields()) {
                Field to = field(from.getName());
                if (to != null && !Modifier.isStatic(from.getModifiers())) {
                    from.setAccessible(true);
                    to.set(report, from.get(goal));
                }
            }
            report.siteTool = container.lookup(SiteTool.class);
            report.siteRenderer = container.lookup(Renderer.class);
        } catch (ReflectiveOperationException | ComponentLookupException e) {
            throw new MavenReportException("db-lifecycle: cannot set up the report: " + e, e);
        }
        return report;
    }

    /** The field of that name here or in AbstractMavenReport, made accessible; null if neither has one. */
    private static Field field(String name) {
        for (Class<?> c = DbLifecycleReport.class; c != AbstractMojo.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // on to the superclass
            }
        }
        return null;
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return NAME;
    }

    @Override
    public String getDescription(Locale locale) {
        return DESCRIPTION;
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

    // The superclass keeps these two private; the goal's values are copied into the fields above.
    @Override
    protected String getInputEncoding() {
        return inputEncoding != null ? inputEncoding : super.getInputEncoding();
    }

    @Override
    protected String getOutputEncoding() {
        return outputEncoding != null ? outputEncoding : super.getOutputEncoding();
    }

    private Path dataDirectory() {
        return ReportFiles.dirFor(workDirectory.toPath());
    }
}
