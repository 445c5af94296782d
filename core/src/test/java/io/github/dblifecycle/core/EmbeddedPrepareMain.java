package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM: a build that prepared on an embedded server (args: data root, work dir, build id) and is
 * "running its tests" until killed; prints {@code PREPARED <build id> <port>}.
 */
public final class EmbeddedPrepareMain {
    public static void main(String[] args) throws Exception {
        Path dataRoot = Path.of(args[0]);
        Path workDir = Path.of(args[1]);
        String buildId = args[2];
        Manifest m = new DbLifecycle(Log.NONE, () -> buildId)
                .prepare(EmbeddedPg.request(workDir, List.of(), 1), EmbeddedPg.settings(dataRoot));
        String url = m.workers().get(0).url(); // jdbc:postgresql://127.0.0.1:<port>/...
        String port = url.substring(url.lastIndexOf(':') + 1, url.lastIndexOf('/'));
        System.out.println("PREPARED " + buildId + " " + port);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
