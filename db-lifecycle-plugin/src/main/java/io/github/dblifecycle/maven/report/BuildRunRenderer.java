package io.github.dblifecycle.maven.report;

import java.util.Locale;
import java.util.stream.Collectors;

import io.github.dblifecycle.core.report.BuildRun;
import io.github.dblifecycle.core.report.BuildRun.ClassRun;
import io.github.dblifecycle.core.report.BuildRun.CloneTiming;
import io.github.dblifecycle.core.report.BuildRun.ForkRun;
import io.github.dblifecycle.core.report.BuildRun.Prepare;
import io.github.dblifecycle.core.report.BuildRun.Teardown;
import io.github.dblifecycle.core.report.BuildRun.Template;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/** The report page: a summary, the timeline, then tables for the template, the clones, each fork and teardown. */
public final class BuildRunRenderer extends AbstractMavenReportRenderer {
    static final String TITLE = "db-lifecycle: databases and forks";

    private final BuildRun run;

    public BuildRunRenderer(Sink sink, BuildRun run) {
        super(sink);
        this.run = run;
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        startSection(TITLE);
        paragraph(summary());
        run.prepare()
                .filter(p -> !p.shard().isEmpty())
                .ifPresent(p -> paragraph("This build ran shard " + p.shard()
                        + " of the suite (-Ddb-lifecycle.shard): the report shows this shard's test classes only; the other "
                        + "shards ran in other builds (CI jobs), each with its own report."));
        run.prepare().filter(p -> !"ok".equals(p.result())).ifPresent(p -> paragraph("prepare failed: " + p.message()));
        timeline();
        run.prepare().ifPresent(this::template);
        run.prepare().ifPresent(this::clones);
        forks();
        teardown();
        endSection();
    }

    private String summary() {
        StringBuilder s = new StringBuilder("The last build");
        run.prepare().ifPresent(p -> s.append(" (")
                .append(p.buildId())
                .append(", ")
                .append(p.backend())
                .append(") prepared a template and ")
                .append(p.clones().size())
                .append(" clone(s) in ")
                .append(Durations.format(p.end() - p.start()))
                .append(';'));
        int classes = run.forks().stream().mapToInt(f -> f.classes().size()).sum();
        long testStart = run.forks().stream().mapToLong(ForkRun::bound).min().orElse(run.start());
        s.append(' ')
                .append(run.forks().size())
                .append(" test JVM(s) ran ")
                .append(classes)
                .append(" test class run(s) in ")
                .append(Durations.format(run.testsEnd() - testStart))
                .append(" of wall time");
        run.teardown().ifPresent(t -> s.append("; teardown: ").append(teardownResult(t)));
        return s.append('.').toString();
    }

    private void timeline() {
        startSection("Timeline", "timeline");
        paragraph("One lane per test JVM: the creation of the clone it used, a thin line from the JVM's start to "
                + "its first test class, then each test class it ran, colored by result. Lanes that end early or "
                + "have gaps show forks that were not kept busy. Hover over a bar for details.");
        sink.rawText(
                "<div class=\"dblc-timeline-box\" style=\"overflow-x:auto\">" + SvgTimeline.render(run) + "</div>");
        endSection();
    }

    private void template(Prepare p) {
        startSection("Template", "template");
        startTable();
        tableHeader(new String[] {"database", "source", "started", "built in"});
        p.template()
                .ifPresentOrElse(
                        t -> tableRow(new String[] {
                            t.database(),
                            source(t),
                            t.built() ? Durations.offset(t.start() - run.start()) : "",
                            t.built() ? Durations.format(t.millis()) : ""
                        }),
                        () -> tableRow(new String[] {"(none)", "prepare failed before the template existed", "", ""}));
        endTable();
        endSection();
    }

    private static String source(Template t) {
        String kept = t.key().isEmpty() ? "" : " (key " + t.key() + ")";
        return switch (t.source()) {
            case "built" -> "built from " + t.detail() + (kept.isEmpty() ? "" : "; kept for reuse" + kept);
            case "reused" -> "reused from an earlier build" + kept + ", not rebuilt";
            default -> "existing database, cloned as it is";
        };
    }

    private void clones(Prepare p) {
        startSection("Clones", "clones");
        paragraph(p.clones().size() + " clone(s), created concurrently.");
        startTable();
        tableHeader(new String[] {"clone", "database", "started", "created in", "used by"});
        for (CloneTiming c : p.clones()) {
            String users = run.forks().stream()
                    .filter(f -> f.database().equals(c.database()))
                    .map(Labels::fork)
                    .collect(Collectors.joining(", "));
            tableRow(new String[] {
                Integer.toString(c.number()),
                c.database(),
                Durations.offset(c.start() - run.start()),
                Durations.format(c.millis()),
                users.isEmpty() ? "no test JVM" : users
            });
        }
        endTable();
        endSection();
    }

    private void forks() {
        startSection("Forks", "forks");
        paragraph("Idle: time a fork held its clone without running a test class (startup, gaps, waiting for the "
                + "slowest fork at the end).");
        startTable();
        tableHeader(new String[] {"fork", "clone", "bound", "test classes", "busy", "idle"});
        for (ForkRun f : run.forks()) {
            tableRow(new String[] {
                Labels.fork(f),
                f.worker() + ": " + f.database(),
                Durations.offset(f.bound() - run.start()),
                Integer.toString(f.classes().size()),
                Durations.format(f.busyMillis()),
                Durations.format(run.idleMillis(f))
            });
        }
        endTable();
        for (ForkRun f : run.forks()) {
            startSection(Labels.fork(f) + " on " + f.database());
            startTable();
            tableHeader(
                    new String[] {"test class", "started", "time", "result", "tests", "failures", "errors", "skipped"});
            for (ClassRun c : f.classes()) {
                tableRow(new String[] {
                    c.className(),
                    Durations.offset(c.start() - run.start()),
                    Durations.format(c.millis()),
                    c.result().name().toLowerCase(Locale.ROOT),
                    Integer.toString(c.tests()),
                    Integer.toString(c.failures()),
                    Integer.toString(c.errors()),
                    Integer.toString(c.skipped())
                });
            }
            endTable();
            endSection();
        }
        endSection();
    }

    private void teardown() {
        startSection("Teardown", "teardown");
        run.teardown()
                .ifPresentOrElse(
                        t -> {
                            startTable();
                            tableHeader(new String[] {"result", "databases", "started", "time"});
                            tableRow(new String[] {
                                teardownResult(t),
                                String.join(", ", t.databases()),
                                Durations.offset(t.start() - run.start()),
                                Durations.format(t.end() - t.start())
                            });
                            endTable();
                            if (t.message() != null) {
                                verbatimText(t.message());
                            }
                        },
                        () -> paragraph(
                                "teardown has not run (yet) in the last build: its databases may still exist."));
        endSection();
    }

    private static String teardownResult(Teardown t) {
        return switch (t.result()) {
            case "ok" -> "dropped " + t.databases().size() + " database(s)";
            case "nothing" -> "nothing to drop (no manifest)";
            default -> "FAILED";
        };
    }
}
