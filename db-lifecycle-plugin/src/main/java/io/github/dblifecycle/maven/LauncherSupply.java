package io.github.dblifecycle.maven;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.TestPlatform;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.manager.ArtifactHandlerManager;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Gives the tests a {@code junit-platform-launcher} when the project has none, as Surefire's stock JUnit Platform
 * provider does: resolved through Maven (mirrors, offline mode and the local repository apply) at the version of
 * the project's {@code junit-platform-engine}, and added, with what it needs that the project lacks, to the
 * project's test-scoped artifacts. Surefire and Failsafe build the forks' test classpath from those artifacts, so
 * the launcher sits in the one class loader with the tests and the engines, in the forks and in the Maven JVM
 * ({@code forkCount > 1} scans there), at no cost to a fork's start. A custom provider cannot have Surefire do this:
 * its classpath is the plugin's {@code <dependencies>}, fixed in the POM.
 */
final class LauncherSupply {
    private LauncherSupply() {}

    /**
     * Adds the launcher when needed; fails, before any database exists, when the tests are not on the JUnit
     * Platform (plain JUnit 4, TestNG without testng-engine), naming what to add.
     */
    static void supply(
            MavenProject project,
            RepositorySystem repositories,
            RepositorySystemSession session,
            ArtifactHandlerManager handlers,
            Log log) {
        // prepare resolves the test scope, so getArtifacts() is the whole test classpath.
        Set<Artifact> artifacts = project.getArtifacts();
        Map<String, String> testClasspath = new LinkedHashMap<>();
        for (Artifact a : artifacts) {
            testClasspath.put(a.getGroupId() + ":" + a.getArtifactId(), a.getBaseVersion());
        }
        Optional<String> version = TestPlatform.launcherToSupply(testClasspath);
        if (version.isEmpty()) {
            return;
        }
        String coordinates = TestPlatform.LAUNCHER + ":" + version.get();
        List<ArtifactResult> resolved = resolve(coordinates, project, repositories, session);
        Set<Artifact> added = new LinkedHashSet<>();
        for (ArtifactResult result : resolved) {
            org.eclipse.aether.artifact.Artifact a = result.getArtifact();
            if (!testClasspath.containsKey(a.getGroupId() + ":" + a.getArtifactId())) {
                Artifact artifact = new DefaultArtifact(
                        a.getGroupId(),
                        a.getArtifactId(),
                        a.getVersion(),
                        Artifact.SCOPE_TEST,
                        a.getExtension(),
                        a.getClassifier(),
                        handlers.getArtifactHandler("jar"));
                artifact.setFile(a.getFile());
                artifact.setResolved(true);
                added.add(artifact);
            }
        }
        Set<Artifact> all = new LinkedHashSet<>(artifacts);
        all.addAll(added);
        // Maven rebuilds getArtifacts() from the resolved set for each later plugin, with that plugin's scope.
        project.setResolvedArtifacts(all);
        log.info("db-lifecycle: the project declares no junit-platform-launcher; added " + coordinates
                + " (its JUnit Platform version) to the test classpath"
                + (added.size() > 1
                        ? ", with "
                                + added.stream()
                                        .map(Artifact::getArtifactId)
                                        .filter(id -> !coordinates.contains(":" + id + ":"))
                                        .toList()
                        : ""));
    }

    private static List<ArtifactResult> resolve(
            String coordinates, MavenProject project, RepositorySystem repositories, RepositorySystemSession session) {
        CollectRequest collect = new CollectRequest(
                new Dependency(new org.eclipse.aether.artifact.DefaultArtifact(coordinates), "runtime"),
                project.getRemoteProjectRepositories());
        try {
            return repositories
                    .resolveDependencies(session, new DependencyRequest(collect, null))
                    .getArtifactResults();
        } catch (DependencyResolutionException e) {
            throw new DbLifecycleException(
                    "db-lifecycle: the project declares no junit-platform-launcher and "
                            + coordinates
                            + " (the version of its junit-platform-engine), which the db-lifecycle provider "
                            + "needs, could not be resolved: " + e.getMessage()
                            + ". Check the repositories (offline: put it "
                            + "in the local repository) or add org.junit.platform:junit-platform-launcher with "
                            + "<scope>test</scope> to the project's dependencies.",
                    e);
        }
    }
}
