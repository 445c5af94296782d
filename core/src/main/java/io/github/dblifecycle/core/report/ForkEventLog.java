package io.github.dblifecycle.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.StringJoiner;

/**
 * A test JVM's events for the report: which clone it bound, when each test class started and ended and how it
 * went. One file per JVM ({@code fork-<pid>.tsv}), so forks never contend for a file; one line per event,
 * appended, so a JVM killed mid-run still leaves what happened until then. Writing never throws: a test run must
 * not fail for its report.
 */
public final class ForkEventLog {
    static final String BOUND = "bound";
    static final String START = "start";
    static final String END = "end";

    private final Path file;
    private volatile boolean broken;

    ForkEventLog(Path file) {
        this.file = file;
    }

    /** The log of this JVM in the report data directory that belongs to {@code workDir}. */
    public static ForkEventLog forThisJvm(Path workDir) {
        long pid = ProcessHandle.current().pid();
        return new ForkEventLog(
                ReportFiles.dirFor(workDir).resolve(ReportFiles.FORK_PREFIX + pid + ReportFiles.FORK_SUFFIX));
    }

    Path file() {
        return file;
    }

    /**
     * @param forkNumber Surefire's fork number (recycled with reuseForks=false; only a label)
     * @param worker the leased clone's number
     */
    public void bound(int forkNumber, int worker, String database) {
        long jvmStart = ProcessHandle.current()
                .info()
                .startInstant()
                .map(i -> i.toEpochMilli())
                .orElse(-1L);
        append(BOUND, Integer.toString(forkNumber), Integer.toString(worker), database, Long.toString(jvmStart));
    }

    public void classStarted(String className) {
        append(START, className);
    }

    public void classFinished(String className, TestResult result, int tests, int failures, int errors, int skipped) {
        append(
                END,
                className,
                result.name(),
                Integer.toString(tests),
                Integer.toString(failures),
                Integer.toString(errors),
                Integer.toString(skipped));
    }

    private synchronized void append(String type, String... fields) {
        if (broken) {
            return;
        }
        StringJoiner line = new StringJoiner("\t", "", "\n");
        line.add(Long.toString(System.currentTimeMillis())).add(type);
        for (String f : fields) {
            line.add(ReportFiles.escape(f));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    line.toString(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    LinkOption.NOFOLLOW_LINKS); // never through a planted link
        } catch (IOException | RuntimeException e) {
            broken = true; // one failure is enough: the report will show the data missing
        }
    }
}
