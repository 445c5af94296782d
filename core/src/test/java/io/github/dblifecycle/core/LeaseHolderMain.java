package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a child JVM by {@link LeaseTest}: says it is about to lease, takes a lease, says which and when (epoch
 * milliseconds), and holds it until killed or stdin closes.
 */
public final class LeaseHolderMain {
    public static void main(String[] args) throws Exception {
        System.out.println("ACQUIRING");
        System.out.flush();
        Lease lease = Lease.acquire(
                Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Duration.ofSeconds(10));
        System.out.println("LEASED " + lease.worker() + " AT " + System.currentTimeMillis());
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold the lease
        }
        lease.close();
    }
}
