package io.github.dblifecycle.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a child JVM: another build's {@code mvn db-lifecycle:purge} (args: admin URL, user, prefix, work dir), which
 * holds no build lock of this JVM's; prints what it dropped.
 */
public final class PurgeMain {
    public static void main(String[] args) {
        System.out.println("PURGED "
                + new DbLifecycle(Log.NONE).purge(new ConnectionSpec(args[0], args[1], ""), args[2], Path.of(args[3])));
    }

    /** Runs it and returns what it dropped, as printed, e.g. {@code []}. */
    static String run(String url, String user, String prefix, Path workDir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PurgeMain.class.getName(),
                        url,
                        user,
                        prefix,
                        workDir.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines()
                .filter(l -> l.startsWith("PURGED "))
                .findFirst()
                .map(l -> l.substring(7))
                .orElseThrow(() -> new AssertionError("purge in a child JVM failed: " + out));
    }
}
