package io.github.dblifecycle.surefire;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.Manifest;

/** The pure decisions of a fork: where the manifest is, whether it is this build's, which properties to set. */
final class ForkSettings {
    static final String PASSWORD_PLACEHOLDER = "{password}";

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

    /** The db-lifecycle.* properties, then the manifest's extra properties with their placeholders replaced. */
    static Map<String, String> systemProperties(Manifest manifest, Manifest.Worker worker, String url) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("url", url);
        values.put("username", nullToEmpty(worker.username()));
        values.put("password", nullToEmpty(worker.password()));
        values.put("worker", Integer.toString(worker.number()));
        values.put("database", worker.database());

        Map<String, String> props = new LinkedHashMap<>();
        props.put(ForkContract.URL, values.get("url"));
        props.put(ForkContract.USERNAME, values.get("username"));
        props.put(ForkContract.PASSWORD, values.get("password"));
        props.put(ForkContract.WORKER, values.get("worker"));
        props.put(ForkContract.DATABASE, values.get("database"));
        manifest.forkProperties().forEach((key, template) -> props.put(key, substitute(template, values)));
        return props;
    }

    /** Replaces {url}, {username}, {password}, {worker} and {database}; leaves any other text as it is. */
    static String substitute(String template, Map<String, String> values) {
        if (template == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i);
                if (end > i) {
                    String value = values.get(template.substring(i + 1, end));
                    if (value != null) {
                        out.append(value);
                        i = end + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** The system properties whose values hold the password, to keep out of reports. */
    static Set<String> secretKeys(Manifest manifest) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(ForkContract.PASSWORD);
        manifest.forkProperties().forEach((key, template) -> {
            if (template != null && template.contains(PASSWORD_PLACEHOLDER)) {
                keys.add(key);
            }
        });
        return keys;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
