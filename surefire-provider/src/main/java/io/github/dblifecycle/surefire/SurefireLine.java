package io.github.dblifecycle.surefire;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.CodeSource;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import io.github.dblifecycle.core.DbLifecycleException;
import org.apache.maven.surefire.api.provider.SurefireProvider;

/**
 * The Surefire release lines this provider has an embedded copy of Surefire's stock {@code JUnitPlatformProvider}
 * for. The copy must match the running Surefire: a 3.6 copy under Surefire 3.5 fails on a missing constructor that
 * JUnit swallows, and the run ends with "Tests run: 0" and BUILD SUCCESS. So an unknown version is an error.
 */
enum SurefireLine {
    S35(5, 4, "io.github.dblifecycle.embedded.s35.junitplatform.JUnitPlatformProvider"),
    S36(6, 0, "io.github.dblifecycle.embedded.s36.junitplatform.JUnitPlatformProvider");

    /**
     * For messages; keep in step with the constants above. 3.5.2 and 3.5.3 lack surefire-api classes the 3.5.4
     * provider code uses (e.g. {@code Stoppable}): verified, they fail with NoClassDefFoundError.
     */
    static final String SUPPORTED = "3.5.4 to 3.5.x and 3.6.x";

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?([-.].*)?");

    private final int minor;
    private final int minPatch;
    private final String providerClass;

    SurefireLine(int minor, int minPatch, String providerClass) {
        this.minor = minor;
        this.minPatch = minPatch;
        this.providerClass = providerClass;
    }

    String providerClass() {
        return providerClass;
    }

    /** The line for a Surefire version such as {@code 3.5.4} or {@code 3.6.0-M1}; fails loudly for any other. */
    static SurefireLine forVersion(String version) {
        if (version == null || version.isBlank()) {
            throw new DbLifecycleException("db-lifecycle-surefire-provider cannot tell which Surefire/Failsafe version "
                    + "is running (no version in the surefire-api jar). It supports maven-surefire-plugin and "
                    + "maven-failsafe-plugin " + SUPPORTED + ": use one of those versions.");
        }
        Matcher m = VERSION.matcher(version.trim());
        if (m.matches() && Integer.parseInt(m.group(1)) == 3) {
            int minor = Integer.parseInt(m.group(2));
            int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            for (SurefireLine line : values()) {
                if (line.minor == minor && patch >= line.minPatch) {
                    return line;
                }
            }
        }
        throw new DbLifecycleException("db-lifecycle-surefire-provider does not support Surefire/Failsafe " + version
                + ": it runs the tests with an embedded copy of Surefire's JUnit Platform provider that must match the "
                + "plugin, and it has copies for " + SUPPORTED + ". Set the <version> of maven-failsafe-plugin / "
                + "maven-surefire-plugin to a supported one (e.g. 3.5.4 or 3.6.1), or use a db-lifecycle release that "
                + "supports " + version + ".");
    }

    /** The version of the Surefire running this JVM (the plugin's surefire-api, also on every fork's boot path). */
    static String runningVersion() {
        Package pkg = SurefireProvider.class.getPackage();
        String version = pkg == null ? null : pkg.getImplementationVersion();
        if (version != null && !version.isBlank()) {
            return version.trim();
        }
        return versionFromJar();
    }

    private static String versionFromJar() {
        try {
            CodeSource source = SurefireProvider.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location == null || !"file".equals(location.getProtocol())) {
                return null;
            }
            try (JarFile jar = new JarFile(new java.io.File(location.toURI()))) {
                ZipEntry entry = jar.getEntry("META-INF/maven/org.apache.maven.surefire/surefire-api/pom.properties");
                if (entry == null) {
                    return null;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    Properties p = new Properties();
                    p.load(in);
                    return p.getProperty("version");
                }
            }
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return null;
        }
    }
}
