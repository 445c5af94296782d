package io.github.dblifecycle.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The default number of clones: as many as the project's Surefire/Failsafe can run at once, read from their
 * {@code forkCount}, so that users configure parallelism in one place.
 */
final class ForkCounts {
    private ForkCounts() {}

    static int defaultClones(MavenProject project, Log log) {
        List<String> values = values(project);
        int max = largest(values);
        log.info("db-lifecycle: <clones> not set; using " + max + ", the largest forkCount configured for "
                + "Surefire/Failsafe" + (values.isEmpty() ? " (none is set: Surefire's default is 1)" : " " + values));
        return max;
    }

    /** The largest forkCount configured for Surefire/Failsafe (1, Surefire's default, when none is). */
    static int largest(MavenProject project) {
        return largest(values(project));
    }

    private static int largest(List<String> values) {
        int cores = Runtime.getRuntime().availableProcessors();
        int max = 1;
        for (String value : values) {
            max = Math.max(max, parse(value, cores));
        }
        return max;
    }

    private static List<String> values(MavenProject project) {
        String userForkCount = project.getProperties().getProperty("forkCount");
        List<String> values = new ArrayList<>();
        if (userForkCount != null) {
            values.add(userForkCount);
        }
        for (Plugin plugin : project.getBuildPlugins()) {
            if (TestPlugins.ARTIFACT_IDS.contains(plugin.getArtifactId())) {
                values.addAll(TestPlugins.values(plugin, "forkCount"));
            }
        }
        return values;
    }

    /** Surefire's syntax: {@code 4} or {@code 1.5C} (times the number of cores). Unparseable values count as 1. */
    static int parse(String value, int cores) {
        try {
            if (value.endsWith("C") || value.endsWith("c")) {
                return Math.max(1, (int) (Double.parseDouble(value.substring(0, value.length() - 1)) * cores));
            }
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
