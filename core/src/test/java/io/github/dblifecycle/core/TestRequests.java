package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.util.List;

/** The requests most tests make: scripts only, no fork properties or options, this JVM as the build's Maven. */
final class TestRequests {
    private TestRequests() {}

    static PrepareRequest plain(ConnectionSpec admin, List<Path> scripts, int clones, String prefix, Path workDir) {
        return TestRequests.plain(admin, scripts, clones, prefix, workDir);
    }
}
