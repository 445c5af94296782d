package io.github.dblifecycle.core.postgresql.embedded;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.DbLifecycleException;

/**
 * {@code embedded:postgresql}, {@code embedded:postgresql:17} (a major: the newest version of it that is served) or
 * {@code embedded:postgresql:17.6.0} (a full version of the io.zonky.test.postgres binaries).
 *
 * @param version the major or full version asked for; empty for {@link #DEFAULT_VERSION}
 */
public record EmbeddedUrl(Optional<String> version) {
    public static final String PREFIX = "embedded:postgresql";
    /**
     * Used when the URL names no version: a fixed one, so a build does not change under its user when a new
     * PostgreSQL is published. 18 is the newest major, and the first with {@code file_copy_method=clone}.
     */
    public static final String DEFAULT_VERSION = "18.1.0";

    private static final Pattern FORM = Pattern.compile("embedded:postgresql(?::([0-9]+(?:\\.[0-9]+\\.[0-9]+)?))?");
    private static final Pattern FULL = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+");

    /** Whether the URL asks for an embedded server (well-formed or not: {@link #parse} then says what is wrong). */
    public static boolean is(String url) {
        return url != null && url.startsWith("embedded:");
    }

    public static EmbeddedUrl parse(String url) {
        Matcher m = FORM.matcher(url.strip());
        if (!m.matches()) {
            throw new DbLifecycleException("The parameter <url> is '" + url + "', which is not an embedded server URL "
                    + "db-lifecycle knows. Use embedded:postgresql (PostgreSQL " + DEFAULT_VERSION + "), "
                    + "embedded:postgresql:17 (the newest 17.x served) or embedded:postgresql:17.6.0 (that version).");
        }
        return new EmbeddedUrl(Optional.ofNullable(m.group(1)));
    }

    /** Whether the version is a full one ({@code 17.6.0}) rather than a major ({@code 17}) or none. */
    public boolean fullVersion() {
        return version.map(v -> FULL.matcher(v).matches()).orElse(true);
    }

    /** A version served as {@code x.y.z} (not a pre-release such as {@code 18.0.0-beta1} or a rebuild {@code -1}). */
    public static boolean isRelease(String version) {
        return FULL.matcher(version).matches();
    }
}
