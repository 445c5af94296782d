package io.github.dblifecycle.maven;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The report goal is built on maven-reporting-impl 4 (Doxia 2), which maven-site-plugin before 3.20 cannot run: Maven
 * fails while creating the goal, with {@code NoClassDefFoundError: …/DocumentContent}, before any of its code runs.
 * So prepare, which does run first in {@code mvn verify site}, names the version that is needed.
 */
final class SitePluginCheck {
    /** The maven-site-plugin Maven 3 binds when the project sets none. */
    static final String MAVEN3_DEFAULT = "3.3";

    private SitePluginCheck() {}

    static void warn(MavenProject project, Log log) {
        boolean reported = project.getReportPlugins().stream()
                .map(ReportPlugin::getArtifactId)
                .anyMatch("db-lifecycle-maven-plugin"::equals);
        if (!reported) {
            return;
        }
        String version = project.getBuildPlugins().stream()
                .filter(p -> "maven-site-plugin".equals(p.getArtifactId()))
                .map(Plugin::getVersion)
                .filter(v -> v != null)
                .findFirst()
                .orElse(MAVEN3_DEFAULT);
        if (tooOld(version)) {
            log.warn("db-lifecycle: the report goal needs maven-site-plugin 3.20 or later, and this project's is "
                    + version + (version.equals(MAVEN3_DEFAULT) ? " (Maven's default)" : "") + ": mvn site would "
                    + "fail with NoClassDefFoundError: org/apache/maven/doxia/siterenderer/DocumentContent. Add "
                    + "<plugin><artifactId>maven-site-plugin</artifactId><version>3.21.0</version></plugin> to "
                    + "<build><plugins>.");
        }
    }

    /** Below 3.20; a version it cannot read is not judged. */
    static boolean tooOld(String version) {
        String[] parts = version.split("[.-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major < 3 || (major == 3 && minor < 20);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
