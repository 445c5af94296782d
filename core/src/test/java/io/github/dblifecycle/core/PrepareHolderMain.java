package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link ChildBuild}: a "build" that prepares (args: admin URL, prefix, work dir, build id,
 * optionally the admin user, default postgres),
 * prints its build id and then holds everything until killed or stdin closes, like a Maven JVM in the middle of
 * the tests.
 */
public final class PrepareHolderMain {
    public static void main(String[] args) throws Exception {
        ConnectionSpec admin = new ConnectionSpec(args[0], args.length > 4 ? args[4] : "postgres", "");
        Path workDir = Path.of(args[2]);
        String buildId = args[3];
        PrepareRequest request = TestRequests.plain(admin, List.of(), 2, args[1], workDir);
        new DbLifecycle(Log.NONE, () -> buildId).prepare(request);
        System.out.println("PREPARED " + buildId);
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold the build's lock
        }
    }
}
