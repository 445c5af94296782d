package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Backend} of one build is made from.
 *
 * @param buildId marks everything the build creates, so a later teardown or purge can tell its databases from
 *     others'
 * @param admin the account that creates and drops databases
 * @param workDir the build's directory under {@code target/}, where the backend may keep files
 * @param options {@link PrepareRequest#options()}; the backend reads the keys that start with its id and a dot, and
 *     rejects unknown ones among those
 * @param log where the backend reports what it did and warns (e.g. a DEFINER clause it dropped)
 */
public record BuildContext(String buildId, ConnectionSpec admin, Path workDir, Map<String, String> options, Log log) {
    public BuildContext {
        DatabaseNames.requireBuildId(buildId);
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(workDir, "workDir");
        options = Map.copyOf(options);
        Objects.requireNonNull(log, "log");
    }

    /** The value of one option, {@code null} when not set. */
    public String option(String key) {
        return options.get(key);
    }
}
