package io.github.dblifecycle.core.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.github.dblifecycle.core.report.BuildRun.ClassRun;
import io.github.dblifecycle.core.report.BuildRun.CloneTiming;
import io.github.dblifecycle.core.report.BuildRun.ForkRun;
import io.github.dblifecycle.core.report.BuildRun.Prepare;
import io.github.dblifecycle.core.report.BuildRun.Teardown;
import io.github.dblifecycle.core.report.BuildRun.Template;

/**
 * Reads the report data directory back into a {@link BuildRun}. Lenient: the data is written by JVMs that may
 * have been killed, so a cut-off line is skipped and a class with no end is {@link TestResult#UNFINISHED}.
 */
public final class BuildRunReader {
    private BuildRunReader() {}

    public static BuildRun read(Path dir) throws IOException {
        Optional<Properties> prepare = properties(dir.resolve(ReportFiles.PREPARE));
        Optional<Properties> teardown = properties(dir.resolve(ReportFiles.TEARDOWN));
        List<ForkRun> forks = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files =
                    Files.newDirectoryStream(dir, ReportFiles.FORK_PREFIX + "*" + ReportFiles.FORK_SUFFIX)) {
                for (Path f : files) {
                    forks.addAll(forkRuns(f));
                }
            }
        }
        return new BuildRun(prepare.map(BuildRunReader::prepare), forks, teardown.map(BuildRunReader::teardown));
    }

    private static Optional<Properties> properties(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return Optional.of(p);
    }

    private static Prepare prepare(Properties p) {
        Optional<Template> template = Optional.ofNullable(p.getProperty("template.database"))
                .map(name -> new Template(
                        name,
                        p.getProperty("template.source", "built"),
                        p.getProperty("template.detail", ""),
                        p.getProperty("template.key", ""),
                        longOf(p, "template.start", -1),
                        longOf(p, "template.millis", 0)));
        List<CloneTiming> clones = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("clone.") && key.endsWith(".database")) {
                String prefix = key.substring(0, key.length() - "database".length());
                int number = Integer.parseInt(prefix.substring("clone.".length(), prefix.length() - 1));
                clones.add(new CloneTiming(
                        number, p.getProperty(key), longOf(p, prefix + "start", 0), longOf(p, prefix + "millis", 0)));
            }
        }
        return new Prepare(
                p.getProperty("result", "ok"),
                p.getProperty("message"),
                p.getProperty("buildId", ""),
                p.getProperty("backend", ""),
                longOf(p, "start", 0),
                longOf(p, "end", 0),
                template,
                clones,
                p.getProperty("shard", ""));
    }

    private static Teardown teardown(Properties p) {
        String databases = p.getProperty("databases", "");
        return new Teardown(
                p.getProperty("result", "ok"),
                p.getProperty("message"),
                longOf(p, "start", 0),
                longOf(p, "end", 0),
                databases.isBlank() ? List.of() : Arrays.asList(databases.split(",")));
    }

    private static long longOf(Properties p, String key, long fallback) {
        try {
            return Long.parseLong(p.getProperty(key, "").trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Usually one run per file; more when one JVM ran several test executions (forkCount=0). */
    static List<ForkRun> forkRuns(Path file) throws IOException {
        long pid = pidOf(file);
        List<ForkRun> runs = new ArrayList<>();
        ForkBuilder current = null;
        long lastTime = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                continue;
            }
            long time;
            try {
                time = Long.parseLong(f[0]);
            } catch (NumberFormatException e) {
                continue;
            }
            lastTime = Math.max(lastTime, time);
            try {
                switch (f[1]) {
                    case ForkEventLog.BOUND -> {
                        int worker = Integer.parseInt(f[3]);
                        String database = ReportFiles.unescape(f[4]);
                        if (current == null || current.worker != worker || !current.database.equals(database)) {
                            if (current != null) {
                                runs.add(current.build(lastTime));
                            }
                            current = new ForkBuilder(
                                    pid, Integer.parseInt(f[2]), worker, database, Long.parseLong(f[5]), time);
                        }
                    }
                    case ForkEventLog.START -> {
                        if (current != null) {
                            current.open.put(ReportFiles.unescape(f[2]), time);
                        }
                    }
                    case ForkEventLog.END -> {
                        if (current != null) {
                            String name = ReportFiles.unescape(f[2]);
                            Long start = current.open.remove(name);
                            current.classes.add(new ClassRun(
                                    name,
                                    start == null ? time : start,
                                    time,
                                    TestResult.valueOf(f[3]),
                                    Integer.parseInt(f[4]),
                                    Integer.parseInt(f[5]),
                                    Integer.parseInt(f[6]),
                                    Integer.parseInt(f[7])));
                        }
                    }
                    default -> {
                        // A newer writer's event: ignored.
                    }
                }
            } catch (RuntimeException e) {
                // A line cut off by a killed JVM.
            }
        }
        if (current != null) {
            runs.add(current.build(lastTime));
        }
        return runs;
    }

    private static long pidOf(Path file) {
        String name = file.getFileName().toString();
        try {
            return Long.parseLong(
                    name.substring(ReportFiles.FORK_PREFIX.length(), name.length() - ReportFiles.FORK_SUFFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static final class ForkBuilder {
        final long pid;
        final int forkNumber;
        final int worker;
        final String database;
        final long jvmStart;
        final long bound;
        final List<ClassRun> classes = new ArrayList<>();
        final Map<String, Long> open = new LinkedHashMap<>();

        ForkBuilder(long pid, int forkNumber, int worker, String database, long jvmStart, long bound) {
            this.pid = pid;
            this.forkNumber = forkNumber;
            this.worker = worker;
            this.database = database;
            this.jvmStart = jvmStart;
            this.bound = bound;
        }

        ForkRun build(long lastTime) {
            open.forEach((name, start) ->
                    classes.add(new ClassRun(name, start, lastTime, TestResult.UNFINISHED, 0, 0, 0, 0)));
            classes.sort((a, b) -> Long.compare(a.start(), b.start()));
            return new ForkRun(pid, forkNumber, worker, database, jvmStart, bound, classes);
        }
    }
}
