package io.github.dblifecycle.core.util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs database tasks on a few threads and always waits for every started task, even when interrupted: a task
 * abandoned mid-way may still create a database on the server, which then could not be dropped.
 */
public final class Concurrently {
    public interface Task<T> {
        T run() throws Exception;
    }

    /** A task that threw; {@code index} is its position in the list given. */
    public record Failure(int index, Throwable error) {}

    /**
     * @param results per task its result, or {@code null} if it failed or was skipped
     * @param interrupted whether the calling thread was interrupted while waiting (its flag is set again)
     */
    public record Outcome<T>(List<T> results, List<Failure> failures, boolean interrupted) {}

    private Concurrently() {}

    /**
     * @param stopOnFailure once a task fails (or the caller is interrupted), tasks not yet started are skipped
     */
    public static <T> Outcome<T> run(String threadName, int threads, List<Task<T>> tasks, boolean stopOnFailure) {
        return run(threadName, threads, tasks, stopOnFailure, new AtomicBoolean());
    }

    /**
     * @param stop set once a task fails (with {@code stopOnFailure}) or the caller is interrupted; a long task may
     *     poll it to stop early, and tasks not yet started are skipped
     */
    public static <T> Outcome<T> run(
            String threadName, int threads, List<Task<T>> tasks, boolean stopOnFailure, AtomicBoolean stop) {
        if (tasks.isEmpty()) {
            return new Outcome<>(List.of(), List.of(), false);
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), r -> {
            Thread t = new Thread(r, threadName + "-" + threadNumber.incrementAndGet());
            t.setDaemon(true); // never keep Maven's JVM alive
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Task<T> task : tasks) {
                futures.add(executor.submit(() -> {
                    if (stop.get()) {
                        return null;
                    }
                    try {
                        return task.run();
                    } catch (Exception | Error e) {
                        if (stopOnFailure) {
                            stop.set(true);
                        }
                        throw e;
                    }
                }));
            }
            List<T> results = new ArrayList<>(Collections.nCopies(tasks.size(), null));
            List<Failure> failures = new ArrayList<>();
            boolean interrupted = false;
            for (int i = 0; i < futures.size(); i++) {
                while (true) {
                    try {
                        results.set(i, futures.get(i).get());
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                        stop.set(true); // start nothing new, but let running statements finish
                    } catch (ExecutionException e) {
                        failures.add(new Failure(i, e.getCause()));
                        break;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return new Outcome<>(results, failures, interrupted);
        } finally {
            executor.shutdown();
        }
    }
}
