package io.github.dblifecycle.core.postgresql.embedded;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the Maven plugin hands over for an embedded server.
 *
 * @param binaries the io.zonky.test.postgres binaries jar of {@code version}, already resolved
 * @param version its full version, e.g. {@code 17.6.0}: the cache key
 * @param dataRoot the parameter {@code embeddedDataDirectory}: each build's server gets a directory in it
 * @param cacheRoot the parameter {@code embeddedCacheDirectory}, or {@code null} for the default
 *     ({@link ServerUser#defaultCache})
 * @param user the parameter {@code embeddedUser}: whom to run the server as when the build runs as root, or
 *     {@code null} for {@code postgres}
 */
public record EmbeddedSettings(Path binaries, String version, Path dataRoot, Path cacheRoot, String user) {
    public EmbeddedSettings {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dataRoot, "dataRoot");
        dataRoot = dataRoot.toAbsolutePath().normalize();
    }
}
