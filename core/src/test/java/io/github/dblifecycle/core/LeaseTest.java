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
        return startChild(workers, preferred).awaitLease().worker();
    }

    /** A child JVM that has said it is about to lease. */
    private record Child(BufferedReader out) {
        Leased awaitLease() throws Exception {
            String line = out.readLine();
            assertThat(line).startsWith("LEASED ");
            String[] parts = line.split(" ");
            return new Leased(Integer.parseInt(parts[1]), Long.parseLong(parts[3]));
        }
    }

    /** The worker a child leased and when (epoch milliseconds). */
    private record Leased(int worker, long atMillis) {}

    private Child startChild(int workers, int preferred) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LeaseHolderMain.class.getName(),
                        dir.toString(),
                        Integer.toString(workers),
                        Integer.toString(preferred))
                .redirectErrorStream(true)
                .start();
        children.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ACQUIRING");
        return new Child(out);
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
        Child child = startChild(1, 1); // waits up to 10 s
        Thread.sleep(500); // the child is trying meanwhile: with a lock that is not exclusive it gets it now
        long releasedAt = System.currentTimeMillis();
        mine.close();
        Leased leased = child.awaitLease();
        assertThat(leased.worker()).isEqualTo(1);
        assertThat(leased.atMillis())
                .as("the child's lease starts after the parent released the worker")
                .isGreaterThanOrEqualTo(releasedAt);
    }
}
