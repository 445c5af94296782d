package io.github.dblifecycle.maven;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.dblifecycle.core.ForkSettings;
import org.apache.maven.model.BuildBase;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The project's Surefire and Failsafe configuration as prepare needs it: the settings that pass values to the forks
 * ({@link ForkSettings}), and the plugins that run their forks on the clones.
 */
final class TestPlugins {
    static final List<String> ARTIFACT_IDS = List.of("maven-surefire-plugin", "maven-failsafe-plugin");
    private static final List<String> FORK_PARAMETERS =
            List.of("systemPropertyVariables", "systemProperties", "environmentVariables", "argLine");
    static final String PROVIDER = "db-lifecycle-surefire-provider";

    private TestPlugins() {}

    /**
     * Every fork setting of the test plugins as written: from the effective model (an expression Maven could not
     * resolve is still there) and from the POM files themselves, this one's and its parents', including active
     * profiles (where Maven already replaced an expression whose property is set, e.g. by -Ddb-lifecycle.url).
     */
    static List<ForkSettings.Setting> forkSettings(MavenProject project) {
        Set<ForkSettings.Setting> settings = new LinkedHashSet<>();
        project.getBuildPlugins().forEach(p -> addSettings(p, settings));
        for (MavenProject p = project; p != null; p = p.getParent()) {
            Model raw = p.getOriginalModel();
            if (raw == null) {
                continue;
            }
            addSettings(raw.getBuild(), settings);
            for (Profile profile : raw.getProfiles()) {
                if (p.getActiveProfiles().stream().anyMatch(a -> a.getId().equals(profile.getId()))) {
                    addSettings(profile.getBuild(), settings);
                }
            }
        }
        return new ArrayList<>(settings);
    }

    /** The test plugins of the build whose forks run on the clones (the provider is among their dependencies). */
    static List<Plugin> withProvider(MavenProject project) {
        return project.getBuildPlugins().stream()
                .filter(p -> ARTIFACT_IDS.contains(p.getArtifactId()))
                .filter(p -> p.getDependencies().stream().anyMatch(d -> PROVIDER.equals(d.getArtifactId())))
                .toList();
    }

    /** The plugin-level value of a single-valued parameter, else of its first execution that sets it. */
    static List<String> values(Plugin plugin, String parameter) {
        List<String> values = new ArrayList<>();
        addValues(plugin.getConfiguration(), parameter, values);
        for (PluginExecution e : plugin.getExecutions()) {
            addValues(e.getConfiguration(), parameter, values);
        }
        return values;
    }

    private static void addValues(Object configuration, String parameter, List<String> values) {
        if (configuration instanceof Xpp3Dom dom && dom.getChild(parameter) != null) {
            Xpp3Dom child = dom.getChild(parameter);
            if (child.getChildCount() == 0) {
                if (child.getValue() != null && !child.getValue().isBlank()) {
                    values.add(child.getValue().trim());
                }
            } else {
                for (Xpp3Dom item : child.getChildren()) {
                    if (item.getValue() != null && !item.getValue().isBlank()) {
                        values.add(item.getValue().trim());
                    }
                }
            }
        }
    }

    private static void addSettings(BuildBase build, Set<ForkSettings.Setting> settings) {
        if (build == null) {
            return;
        }
        build.getPlugins().forEach(p -> addSettings(p, settings));
        if (build.getPluginManagement() != null) {
            build.getPluginManagement().getPlugins().forEach(p -> addSettings(p, settings));
        }
    }

    private static void addSettings(Plugin plugin, Set<ForkSettings.Setting> settings) {
        if (!ARTIFACT_IDS.contains(plugin.getArtifactId())) {
            return;
        }
        addSettings(plugin.getArtifactId(), plugin.getConfiguration(), settings);
        for (PluginExecution e : plugin.getExecutions()) {
            addSettings(plugin.getArtifactId(), e.getConfiguration(), settings);
        }
    }

    private static void addSettings(String plugin, Object configuration, Set<ForkSettings.Setting> settings) {
        if (!(configuration instanceof Xpp3Dom dom)) {
            return;
        }
        for (String parameter : FORK_PARAMETERS) {
            Xpp3Dom child = dom.getChild(parameter);
            if (child == null) {
                continue;
            }
            if (child.getChildCount() == 0) {
                settings.add(new ForkSettings.Setting(plugin, parameter, null, child.getValue()));
                continue;
            }
            for (Xpp3Dom item : child.getChildren()) {
                // <property><name>n</name><value>v</value></property> (systemProperties) or <n>v</n>
                Xpp3Dom name = item.getChild("name");
                Xpp3Dom value = item.getChild("value");
                if (name != null && value != null) {
                    settings.add(new ForkSettings.Setting(plugin, parameter, name.getValue(), value.getValue()));
                } else {
                    settings.add(new ForkSettings.Setting(plugin, parameter, item.getName(), item.getValue()));
                }
            }
        }
    }
}
