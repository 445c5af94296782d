package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safety audit F3: prepare and teardown deleted every file in {@code leases/}: a lease a running fork held (the
 * next fork then locked a fresh file for the same clone) and files the tool never created. A real child JVM holds
 * the lease; SQLite keeps the builds cheap.
 */
class LeaseFilesTest {
    @TempDir
    Path dir;

    private Process holder;

    @AfterEach
    void killHolder() throws Exception {
        if (holder != null) {
            holder.destroyForcibly().waitFor();
        }
    }

    private void holdLeaseInChild(Path work) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        holder = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LeaseHolderMain.class.getName(),
                        work.toString(),
                        "1",
                        "1")
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ACQUIRING");
        assertThat(out.readLine()).startsWith("LEASED 1 ");
    }

    /** Worker 1 is still leased: another JVM (this one) cannot take it. */
    private static void assertStillLeased(Path work) {
        assertThat(Lease.leaseFile(work, 1)).exists();
        assertThatThrownBy(() -> Lease.acquire(work, 1, 1, Duration.ZERO))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("All 1 database clones are leased");
    }

    @Test
    void prepareAndTeardownDeleteOnlyLeaseFilesNobodyHolds() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        holdLeaseInChild(work);
        Path leases = Lease.leaseFile(work, 1).getParent();
        Path free = Files.createFile(leases.resolve("worker-2.lock")); // a dead fork's lease
        Path notes = Files.writeString(leases.resolve("notes.txt"), "the user's\n");
        PrepareRequest request = new PrepareRequest(
                new ConnectionSpec("jdbc:sqlite:" + dir.resolve("t.db"), "", ""),
                List.of(),
                1,
                "lf",
                work,
                false,
                Map.of(),
                Map.of(),
                ProcessHandle.current().pid());
        TestLog log = new TestLog();

        new DbLifecycle(log).prepare(request);
        assertStillLeased(work);
        assertThat(free).doesNotExist();
        assertThat(notes).hasContent("the user's");
        assertThat(log.all()).contains("Not deleting the lease file " + Lease.leaseFile(work, 1));

        new DbLifecycle(log).teardown(work, request.admin());
        assertStillLeased(work);
        assertThat(notes).hasContent("the user's");

        holder.destroyForcibly().waitFor();
        new DbLifecycle(log).prepare(request);
        new DbLifecycle(log).teardown(work, request.admin());
        assertThat(Lease.leaseFile(work, 1)).as("free once its holder died").doesNotExist();
        assertThat(notes).hasContent("the user's");
    }
}
