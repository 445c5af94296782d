package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leases between real processes: the lock is the operating system's, so only separate JVMs prove it. */
class LeaseTest {
    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    /** Starts a JVM that leases one of {@code workers}, preferring {@code preferred}; returns once it holds it. */
    private int leaseInChild(int workers, int preferred) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LeaseHolderMain.class.getName(), dir.toString(), Integer.toString(workers), Integer.toString(preferred))
                .redirectErrorStream(true)
                .start();
        children.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).startsWith("LEASED ");
        return Integer.parseInt(line.substring("LEASED ".length()));
    }

    @Test
    void twoProcessesNeverGetTheSameWorker() throws Exception {
        int first = leaseInChild(2, 1);
        int second = leaseInChild(2, 1); // prefers the same worker, must get the other
        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(Lease.isHeld(dir, 1)).isTrue();
        assertThat(Lease.isHeld(dir, 2)).isTrue();
        assertThatThrownBy(() -> Lease.acquire(dir, 2, 1, Duration.ZERO))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("All 2 database clones are leased")
                .hasMessageContaining("<clones>");
    }

    @Test
    void aKilledHolderReleasesItsLease() throws Exception {
        assertThat(leaseInChild(1, 1)).isEqualTo(1);
        Process holder = children.get(0);
        holder.destroyForcibly(); // SIGKILL: no shutdown hook or finally block runs
        assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();

        try (Lease lease = Lease.acquire(dir, 1, 1, Duration.ofSeconds(5))) {
            assertThat(lease.worker()).isEqualTo(1);
        }
        assertThat(Lease.isHeld(dir, 1)).isFalse();
    }

    @Test
    void aWaitingProcessGetsTheWorkerOnceItIsFreed() throws Exception {
        Lease mine = Lease.acquire(dir, 1, 1, Duration.ZERO);
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException ignored) {
                // release now
            }
            mine.close();
        });
        releaser.start();
        assertThat(leaseInChild(1, 1)).isEqualTo(1); // the child waits up to 10 s
        releaser.join();
    }
}
