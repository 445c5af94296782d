package io.github.dblifecycle.maven;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.classworlds.realm.ClassRealm;

/**
 * The report goal is built on maven-reporting-impl 4 (Doxia 2), which maven-site-plugin before 3.20 cannot run. The
 * goal itself then fails the site with {@link #tooOldMessage}; prepare, which runs first in {@code mvn verify site},
 * warns already, so that the tests need not run before one learns it.
 */
final class SitePluginCheck {
    /** The maven-site-plugin Maven 3 binds when the project sets none. */
    static final String MAVEN3_DEFAULT = "3.3";

    private SitePluginCheck() {}

    static void warn(MavenProject project, Log log) {
        if (reported(project) && tooOld(version(project))) {
            log.warn(tooOldMessage(project));
        }
    }

    /** What prepare warns, from the project model. */
    static String tooOldMessage(MavenProject project) {
        return tooOldMessage(version(project));
    }

    /**
     * What the report goal says under a site plugin before 3.20 ({@code version}, null if unknown), and prepare
     * beforehand.
     */
    static String tooOldMessage(String version) {
        String which = version == null || !tooOld(version)
                ? "this site is built by an older one"
                : "this project's is " + version + (version.equals(MAVEN3_DEFAULT) ? " (Maven's default)" : "");
        return "db-lifecycle: the report goal needs maven-site-plugin 3.20 or later (Doxia 2), and " + which + ". Add "
                + "<plugin><artifactId>maven-site-plugin</artifactId><version>3.21.0</version></plugin> to "
                + "<build><plugins>.";
    }

    /**
     * The version of the maven-site-plugin whose realm lent us {@code reportingApi}, from the realm's id
     * ({@code plugin>org.apache.maven.plugins:maven-site-plugin:3.3}); null if that is not what it is.
     */
    static String runningVersion(Class<?> reportingApi) {
        if (reportingApi.getClassLoader() instanceof ClassRealm realm) {
            Matcher m = SITE_REALM.matcher(realm.getId());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static final Pattern SITE_REALM = Pattern.compile(":maven-site-plugin:([^:\\s]+)");

    private static boolean reported(MavenProject project) {
        return project.getReportPlugins().stream()
                .map(ReportPlugin::getArtifactId)
                .anyMatch("db-lifecycle-maven-plugin"::equals);
    }

    /** The site plugin version this project binds, as far as its model says. */
    static String version(MavenProject project) {
        return project.getBuildPlugins().stream()
                .filter(p -> "maven-site-plugin".equals(p.getArtifactId()))
                .map(Plugin::getVersion)
                .filter(v -> v != null)
                .findFirst()
                .orElse(MAVEN3_DEFAULT);
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
