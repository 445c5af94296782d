package io.github.dblifecycle.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the last build did, as read back from the report data directory: prepare (template, clones), every test
 * JVM's lane, teardown. Times are epoch milliseconds from the machine's clock, shared by Maven and its forks.
 *
 * @param prepare empty when prepare wrote nothing (it did not run, or its data was removed)
 * @param forks ordered by clone, then by the time each bound it (reuseForks=false: several JVMs per clone)
 * @param teardown empty until teardown has run
 */
public record BuildRun(Optional<Prepare> prepare, List<ForkRun> forks, Optional<Teardown> teardown) {

    public BuildRun {
        forks = forks.stream()
                .sorted(Comparator.comparingInt(ForkRun::worker).thenComparingLong(ForkRun::bound))
                .toList();
    }

    /**
     * @param result {@code ok} or {@code failed}
     * @param message the failure, password masked; {@code null} when it worked
     * @param template empty when prepare failed before the template existed
     * @param shard the build's shard ({@code i/n}), empty when it ran the whole suite
     */
    public record Prepare(
            String result,
            String message,
            String buildId,
            String backend,
            long start,
            long end,
            Optional<Template> template,
            List<CloneTiming> clones,
            String shard) {
        public Prepare {
            clones = clones.stream()
                    .sorted(Comparator.comparingInt(CloneTiming::number))
                    .toList();
            shard = shard == null ? "" : shard;
        }

        /** A build that ran the whole suite. */
        public Prepare(
                String result,
                String message,
                String buildId,
                String backend,
                long start,
                long end,
                Optional<Template> template,
                List<CloneTiming> clones) {
            this(result, message, buildId, backend, start, end, template, clones, "");
        }

        public Optional<CloneTiming> clone(String database) {
            return clones.stream().filter(c -> c.database().equals(database)).findFirst();
        }
    }

    /**
     * @param source {@code built} (by this build), {@code reused} (kept from an earlier build) or {@code existing}
     *     (a database of yours, cloned as it was)
     * @param detail for {@code built}: what from, e.g. {@code 2 script(s), 14 statement(s)}
     * @param key the reuse key, or empty when reuse is off
     * @param start when the build started, -1 unless built
     */
    public record Template(String database, String source, String detail, String key, long start, long millis) {
        public boolean built() {
            return "built".equals(source);
        }
    }

    public record CloneTiming(int number, String database, long start, long millis) {
        public long end() {
            return start + millis;
        }
    }

    /**
     * One test JVM (or, with forkCount=0, one test execution inside Maven).
     *
     * @param forkNumber Surefire's fork number: a label, recycled with reuseForks=false
     * @param jvmStart when the JVM started, -1 if unknown
     * @param bound when it bound its clone
     */
    public record ForkRun(
            long pid, int forkNumber, int worker, String database, long jvmStart, long bound, List<ClassRun> classes) {
        public ForkRun {
            classes = List.copyOf(classes);
        }

        /** The end of its last test class, or the binding time if it ran none. */
        public long end() {
            return classes.stream().mapToLong(ClassRun::end).max().orElse(bound);
        }

        /** Time during which at least one of its test classes ran (overlapping classes counted once). */
        public long busyMillis() {
            List<ClassRun> sorted = new ArrayList<>(classes);
            sorted.sort(Comparator.comparingLong(ClassRun::start));
            long busy = 0;
            long coveredUntil = Long.MIN_VALUE;
            for (ClassRun c : sorted) {
                long from = Math.max(c.start(), coveredUntil);
                if (c.end() > from) {
                    busy += c.end() - from;
                }
                coveredUntil = Math.max(coveredUntil, c.end());
            }
            return busy;
        }
    }

    /**
     * One run of a test class in a fork (a rerun is another run).
     *
     * @param end for {@link TestResult#UNFINISHED}: the JVM's last recorded event
     */
    public record ClassRun(
            String className,
            long start,
            long end,
            TestResult result,
            int tests,
            int failures,
            int errors,
            int skipped) {
        public long millis() {
            return Math.max(0, end - start);
        }

        public String simpleName() {
            int dot = className.lastIndexOf('.');
            return dot < 0 ? className : className.substring(dot + 1);
        }
    }

    /**
     * @param result {@code ok}, {@code nothing} (no manifest: nothing to drop) or {@code failed}
     * @param databases what the manifest listed for dropping
     */
    public record Teardown(String result, String message, long start, long end, List<String> databases) {
        public Teardown {
            databases = List.copyOf(databases);
        }
    }

    /** When the last test class of any fork ended: the end of the parallel part of the build. */
    public long testsEnd() {
        return forks.stream().mapToLong(ForkRun::end).max().orElse(start());
    }

    /**
     * Time a fork held its clone without running a test class: the startup of its tests, gaps between classes,
     * and waiting at the end, until the whole test run ended or (reuseForks=false) the next JVM bound the same
     * clone. Large values on some forks and none on others mean the classes were not spread evenly.
     */
    public long idleMillis(ForkRun fork) {
        long until = forks.stream()
                .filter(f -> f != fork && f.worker() == fork.worker() && f.bound() >= fork.bound())
                .mapToLong(ForkRun::bound)
                .min()
                .orElse(testsEnd());
        return Math.max(0, until - fork.bound() - fork.busyMillis());
    }

    /** The earliest recorded time: the start of prepare, else of the first fork. */
    public long start() {
        long forkStart = forks.stream().mapToLong(ForkRun::bound).min().orElse(Long.MAX_VALUE);
        long prepareStart = prepare.map(Prepare::start).orElse(Long.MAX_VALUE);
        long start = Math.min(forkStart, prepareStart);
        return start == Long.MAX_VALUE ? 0 : start;
    }
}
