package io.github.dblifecycle.core;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The names this tool gives its databases: {@code <prefix>_<buildId>_t} and {@code <prefix>_<buildId>_<n>}. Only
 * lower-case letters, digits and '_' so they need no quoting anywhere, fit every product's identifier limit, and a
 * user can tell them apart from their own.
 */
public final class DatabaseNames {
    public static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,19}");
    public static final Pattern BUILD_ID = Pattern.compile("[a-z0-9]{8}");
    /** The highest clone number {@link #isOurs} recognises (six digits): more could never be purged. */
    public static final int MAX_CLONES = 999_999;

    private DatabaseNames() {}

    /** 8 lower-case hex characters from a random UUID. */
    public static String newBuildId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
    }

    public static String requirePrefix(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new DbLifecycleException("Invalid database name prefix '" + prefix + "': it must match "
                    + PREFIX.pattern() + " (a lower-case letter, then up to 19 lower-case letters, digits or '_').");
        }
        return prefix;
    }

    public static String requireBuildId(String buildId) {
        if (buildId == null || !BUILD_ID.matcher(buildId).matches()) {
            throw new DbLifecycleException("Invalid build id '" + buildId + "': expected " + BUILD_ID.pattern());
        }
        return buildId;
    }

    /** Whether {@code name} is a name this tool gives build {@code buildId}'s template or clones under the prefix. */
    public static boolean isOurs(String name, String prefix, String buildId) {
        String start = prefix + "_" + buildId + "_";
        if (name == null || !name.startsWith(start)) {
            return false;
        }
        String rest = name.substring(start.length());
        return rest.equals("t") || rest.matches("[1-9][0-9]{0,5}");
    }

    public static String template(String prefix, String buildId) {
        return prefix + "_" + buildId + "_t";
    }

    public static String clone(String prefix, String buildId, int number) {
        return prefix + "_" + buildId + "_" + number;
    }
}
