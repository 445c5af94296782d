package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A {@link PrepareHolderMain} in a child JVM: a build that prepared and is "running its tests". */
final class ChildBuild implements AutoCloseable {
    final Process process;

    private ChildBuild(Process process) {
        this.process = process;
    }

    /** Any child JVM that stands for a running build, to be killed as one. */
    static ChildBuild of(Process process) {
        return new ChildBuild(process);
    }

    static ChildBuild start(String adminUrl, String prefix, Path workDir, String buildId) throws Exception {
        return start(adminUrl, prefix, workDir, buildId, "postgres");
    }

    static ChildBuild start(String adminUrl, String prefix, Path workDir, String buildId, String user)
            throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PrepareHolderMain.class.getName(),
                        adminUrl,
                        prefix,
                        workDir.toString(),
                        buildId,
                        user)
                .redirectErrorStream(true)
                .start();
        ChildBuild child = new ChildBuild(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("child build output").isEqualTo("PREPARED " + buildId);
        return child;
    }

    /** SIGKILL: no finally block, shutdown hook or teardown runs, as when CI cancels a job. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
