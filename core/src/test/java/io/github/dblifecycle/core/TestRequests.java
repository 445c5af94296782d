package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The requests most tests make: scripts only, no fork properties or options, this JVM as the build's Maven. */
final class TestRequests {
    private TestRequests() {}

    static PrepareRequest plain(ConnectionSpec admin, List<Path> scripts, int clones, String prefix, Path workDir) {
        return new PrepareRequest(
                admin,
                scripts,
                clones,
                prefix,
                workDir,
                false,
                Map.of(),
                Map.of(),
                ProcessHandle.current().pid());
    }
}
