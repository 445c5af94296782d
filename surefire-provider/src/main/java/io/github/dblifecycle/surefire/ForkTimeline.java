package io.github.dblifecycle.surefire;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import io.github.dblifecycle.core.report.ForkEventLog;
import io.github.dblifecycle.core.report.TestResult;
import org.apache.maven.surefire.api.report.ReportEntry;

/**
 * Records this test JVM's lane of the {@code report} goal's timeline: the clone it bound, then each test class's
 * start, end and result, read off the calls Surefire's provider makes on its report listener (seen through
 * {@link RedactingReporter}). Nothing is recorded before {@link #bound}.
 */
final class ForkTimeline {
    private ForkEventLog log;
    private final Map<String, int[]> counts = new HashMap<>(); // tests, failures, errors, skipped per open class
    private final Deque<String> open = new ArrayDeque<>();

    /** @param workDir the directory holding the manifest; the event file goes to its report data sibling */
    synchronized void bound(Path workDir, int forkNumber, int worker, String database) {
        bound(ForkEventLog.forThisJvm(workDir), forkNumber, worker, database);
    }

    synchronized void bound(ForkEventLog eventLog, int forkNumber, int worker, String database) {
        log = eventLog;
        log.bound(forkNumber, worker, database);
    }

    /** Called for every report listener call; must never throw into Surefire. */
    synchronized void onListenerCall(String method, Object[] args) {
        if (log == null) {
            return;
        }
        try {
            record(method, args);
        } catch (RuntimeException e) {
            // A report entry of an unexpected shape: the timeline misses it, the tests go on.
        }
    }

    private void record(String method, Object[] args) {
        ReportEntry entry =
                args != null && args.length == 1 && args[0] instanceof ReportEntry ? (ReportEntry) args[0] : null;
        if (entry == null || entry.getSourceName() == null) {
            return;
        }
        String source = entry.getSourceName();
        switch (method) {
            case "testSetStarting" -> {
                open.push(source);
                counts.put(source, new int[4]);
                log.classStarted(source);
            }
            case "testSetCompleted" -> {
                open.remove(source);
                int[] c = counts.remove(source);
                if (c == null) {
                    c = new int[4];
                }
                log.classFinished(source, TestResult.of(c[0], c[1], c[2], c[3]), c[0], c[1], c[2], c[3]);
            }
            case "testSucceeded" -> count(source, -1);
            case "testFailed" -> count(source, 1);
            case "testError" -> count(source, 2);
            case "testSkipped", "testAssumptionFailure" -> count(source, 3);
            default -> {
                // testStarting and anything newer Surefire versions add: not needed for the timeline.
            }
        }
    }

    /** A test counts for its own class if that is open (a nested class), else for the innermost open one. */
    private void count(String source, int outcome) {
        int[] c = counts.get(source);
        if (c == null && !open.isEmpty()) {
            c = counts.get(open.peek());
        }
        if (c == null) {
            return;
        }
        c[0]++;
        if (outcome >= 0) {
            c[outcome]++;
        }
    }
}
