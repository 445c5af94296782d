package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.util.Map;

/** A backend of some build, for tests that ask it about other builds (liveness, drops). */
final class ForBuild {
    private ForBuild() {}

    static Backend of(BackendType type, ConnectionSpec admin, Path workDir) {
        return of(type, "feedf00d", admin, workDir, Map.of());
    }

    static Backend of(
            BackendType type, String buildId, ConnectionSpec admin, Path workDir, Map<String, String> options) {
        return type.forBuild(new BuildContext(buildId, admin, workDir, options, Log.NONE));
    }
}
