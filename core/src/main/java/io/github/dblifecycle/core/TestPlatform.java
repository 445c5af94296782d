package io.github.dblifecycle.core;

import java.util.Map;
import java.util.Optional;

/**
 * What the db-lifecycle provider needs of a project's test classpath: a JUnit Platform engine (Jupiter, Vintage,
 * testng-engine or any other) and a {@code junit-platform-launcher} of the same Platform version. The provider
 * ships no JUnit jars, so that the project's Platform is the only one; like Surefire's stock provider, the plugin
 * supplies the launcher when the project has none, at the version of the project's {@code junit-platform-engine}
 * (JUnit 5: Platform 1.x; JUnit 6: the same 6.x as Jupiter).
 */
public final class TestPlatform {
    public static final String GROUP = "org.junit.platform";
    public static final String LAUNCHER = GROUP + ":junit-platform-launcher";
    static final String ENGINE = GROUP + ":junit-platform-engine";
    static final String COMMONS = GROUP + ":junit-platform-commons";

    private TestPlatform() {}

    /**
     * The {@code junit-platform-launcher} version to add, or empty when the project declares its own (which it then
     * keeps, whatever its version).
     *
     * @param testClasspath {@code groupId:artifactId} to version of every artifact on the test classpath
     * @throws DbLifecycleException when the tests do not run on the JUnit Platform, naming the engine to add
     */
    public static Optional<String> launcherToSupply(Map<String, String> testClasspath) {
        if (testClasspath.containsKey(LAUNCHER)) {
            return Optional.empty();
        }
        String engine = testClasspath.get(ENGINE);
        if (engine != null) {
            return Optional.of(engine);
        }
        throw new DbLifecycleException(noEngineMessage(testClasspath));
    }

    /** Why the test classpath has no JUnit Platform engine, and the dependency that gives it one. */
    static String noEngineMessage(Map<String, String> testClasspath) {
        String start =
                "db-lifecycle-surefire-provider runs the tests on the JUnit Platform, but the test classpath has "
                        + "no JUnit Platform engine (no org.junit.platform:junit-platform-engine)";
        String testScope = " with <scope>test</scope> to the project's dependencies";
        if (testClasspath.containsKey("org.testng:testng")) {
            return start + ": the tests use TestNG. Add org.junit.support:testng-engine" + testScope
                    + " (it runs TestNG tests on the Platform; version 1.0.6 or later).";
        }
        if (testClasspath.containsKey("junit:junit") || testClasspath.containsKey("junit:junit-dep")) {
            return start + ": the tests use JUnit 4. Add org.junit.vintage:junit-vintage-engine" + testScope
                    + " (it runs JUnit 4 tests on the Platform; use the version of the junit-bom, e.g. 5.14.1 or "
                    + "6.0.3).";
        }
        if (testClasspath.containsKey("org.junit.jupiter:junit-jupiter-api")) {
            return start + ": the project has the JUnit Jupiter API only. Add org.junit.jupiter:junit-jupiter"
                    + testScope + " (or junit-jupiter-engine), at the version of junit-jupiter-api.";
        }
        return start + ". Add org.junit.jupiter:junit-jupiter" + testScope + " (JUnit 4 tests: "
                + "org.junit.vintage:junit-vintage-engine; TestNG tests: org.junit.support:testng-engine).";
    }
}
