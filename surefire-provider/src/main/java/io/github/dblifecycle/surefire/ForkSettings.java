package io.github.dblifecycle.surefire;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.Manifest;

/** The pure decisions of a fork: where the manifest is, whether it is this build's, which properties to set. */
final class ForkSettings {
    private ForkSettings() {}

    /**
     * The system property {@link ForkContract#MANIFEST} if set, else {@link ForkContract#defaultManifest} of basedir
     * (Surefire sets it in every fork; else user.dir).
     */
    static Path manifestPath(UnaryOperator<String> systemProperty) {
        String explicit = systemProperty.apply(ForkContract.MANIFEST);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit.trim()).toAbsolutePath();
        }
        String basedir = systemProperty.apply("basedir");
        if (basedir == null || basedir.isBlank()) {
            basedir = systemProperty.apply("user.dir");
        }
        return ForkContract.defaultManifest(Path.of(basedir)).toAbsolutePath();
    }

    /**
     * The pid of the Maven JVM running this test execution: Surefire's {@code pluginPid} booter property in a fork,
     * this JVM's pid with forkCount=0 (the tests run inside Maven).
     */
    static long mavenPid(Map<String, String> providerProperties, boolean insideFork, long ownPid) {
        String pluginPid = providerProperties == null ? null : providerProperties.get("pluginPid");
        if (pluginPid != null && !pluginPid.isBlank()) {
            try {
                return Long.parseLong(pluginPid.trim());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        if (!insideFork) {
            return ownPid;
        }
        throw new DbLifecycleException("db-lifecycle-surefire-provider cannot tell which Maven JVM started this test "
                + "JVM (Surefire sent no 'pluginPid'), so it cannot check that the db-lifecycle manifest belongs to "
                + "this build. Use maven-surefire-plugin/maven-failsafe-plugin " + SurefireLine.SUPPORTED + ".");
    }

    static void checkSameBuild(Path manifestFile, Manifest manifest, long mavenPid) {
        if (manifest.mavenPid() != mavenPid) {
            throw new DbLifecycleException("The db-lifecycle manifest " + manifestFile
                    + " was written by another build "
                    + "(Maven pid " + manifest.mavenPid() + "; this build's Maven pid is " + mavenPid + "). It is a "
                    + "leftover, and its databases may be gone or in use. db-lifecycle:prepare must run in the same "
                    + "Maven build as the tests: bind its 'prepare' and 'teardown' goals in the pom and run "
                    + "'mvn verify' (not 'mvn failsafe:integration-test' or 'mvn surefire:test' on their own).");
        }
    }

    /** Fork number from Surefire's booter properties (1-based), or 1: only a hint for which clone to try first. */
    static int preferredWorker(Map<String, String> providerProperties) {
        String forkNumber = providerProperties == null ? null : providerProperties.get("forkNumber");
        if (forkNumber != null) {
            try {
                return Math.max(1, Integer.parseInt(forkNumber.trim()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
        return 1;
    }
}
