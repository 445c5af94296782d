package io.github.dblifecycle.maven.report;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.dblifecycle.core.report.BuildRun;
import io.github.dblifecycle.core.report.BuildRun.ClassRun;
import io.github.dblifecycle.core.report.BuildRun.CloneTiming;
import io.github.dblifecycle.core.report.BuildRun.ForkRun;
import io.github.dblifecycle.core.report.TestResult;

/**
 * The build as an SVG timeline, one lane per test JVM: the creation of the clone it used, a thin line for the
 * JVM's startup, then each test class as a bar colored by its result; a top lane for the template and teardown; a time axis. Plain SVG with
 * {@code <title>} tooltips, so it needs no JavaScript and shows the same in any browser or CI artifact viewer.
 */
final class SvgTimeline {
    static final int WIDTH = 960;
    static final int LABEL_WIDTH = 190;
    static final int LANE_HEIGHT = 34;
    static final int BAR_HEIGHT = 20;
    static final int TOP = 8;
    static final int RIGHT_MARGIN = 16;
    static final String CLONE_COLOR = "#5b8def";
    static final String TEMPLATE_COLOR = "#8e6cc0";
    static final String TEARDOWN_COLOR = "#7a7a7a";
    static final String STARTUP_COLOR = "#c9ced6";
    static final Map<TestResult, String> COLORS = Map.of(
            TestResult.PASSED, "#3c9a5f",
            TestResult.FAILED, "#d64545",
            TestResult.ERROR, "#e8871e",
            TestResult.SKIPPED, "#a8a8a8",
            TestResult.UNFINISHED, "#5c3d3d");
    /** Axis steps to choose from, in ms: the smallest giving at most 10 ticks. */
    private static final long[] STEPS = {
        100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000,
        3_600_000
    };

    private final BuildRun run;
    private final long t0;
    private final long span;
    private final StringBuilder svg = new StringBuilder();

    private SvgTimeline(BuildRun run) {
        this.run = run;
        this.t0 = run.start();
        long end = Math.max(
                run.testsEnd(), run.prepare().map(BuildRun.Prepare::end).orElse(t0));
        end = Math.max(end, run.teardown().map(BuildRun.Teardown::end).orElse(t0));
        this.span = Math.max(1, end - t0);
    }

    static String render(BuildRun run) {
        return new SvgTimeline(run).draw();
    }

    private String draw() {
        int lanes = run.forks().size();
        int axisY = TOP + LANE_HEIGHT * (lanes + 1) + 4;
        int height = axisY + 30 + 22;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dblc-timeline\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">")
                .append("<title>db-lifecycle timeline: ")
                .append(lanes)
                .append(" test JVM lane(s)</title>");
        grid(TOP + LANE_HEIGHT * (lanes + 1));
        buildLane();
        for (int i = 0; i < lanes; i++) {
            forkLane(run.forks().get(i), TOP + LANE_HEIGHT * (i + 1));
        }
        axis(axisY);
        legend(axisY + 34);
        svg.append("</svg>");
        return svg.toString();
    }

    /** Template build and teardown: what the Maven JVM itself did. */
    private void buildLane() {
        int y = TOP;
        svg.append("<g class=\"build-lane\">");
        label(y, "Maven", "template, teardown");
        run.prepare()
                .flatMap(BuildRun.Prepare::template)
                .filter(BuildRun.Template::built)
                .ifPresent(t -> bar(
                        "template",
                        TEMPLATE_COLOR,
                        t.start(),
                        t.start() + t.millis(),
                        y,
                        "template",
                        "template " + t.database() + ": built in " + Durations.format(t.millis()) + " from "
                                + t.detail()));
        run.teardown()
                .ifPresent(t -> bar(
                        "teardown",
                        TEARDOWN_COLOR,
                        t.start(),
                        t.end(),
                        y,
                        "teardown",
                        "teardown: " + t.result() + " in " + Durations.format(t.end() - t.start())));
        svg.append("</g>");
    }

    private void forkLane(ForkRun fork, int y) {
        svg.append("<g class=\"lane\" data-fork=\"")
                .append(fork.forkNumber())
                .append("\" data-pid=\"")
                .append(fork.pid())
                .append("\" data-worker=\"")
                .append(fork.worker())
                .append("\">");
        label(y, Labels.fork(fork), "clone " + fork.worker() + ": " + fork.database());
        startup(fork, y);
        Optional<CloneTiming> clone = run.prepare().flatMap(p -> p.clone(fork.database()));
        clone.ifPresent(c -> bar(
                "clone",
                CLONE_COLOR,
                c.start(),
                c.end(),
                y,
                "clone " + c.number(),
                "clone " + c.number() + " " + c.database() + ": created in " + Durations.format(c.millis())));
        for (ClassRun c : fork.classes()) {
            bar(
                    "test " + c.result().name().toLowerCase(Locale.ROOT),
                    COLORS.get(c.result()),
                    c.start(),
                    c.end(),
                    y,
                    c.simpleName(),
                    c.className() + ": " + c.result().name().toLowerCase(Locale.ROOT) + " in "
                            + Durations.format(c.millis()) + " (" + c.tests() + " test(s), " + c.failures()
                            + " failure(s), " + c.errors() + " error(s), " + c.skipped() + " skipped)");
        }
        svg.append("</g>");
    }

    /** A thin line from the JVM's start to its first test class: time the fork cost before it ran tests. */
    private void startup(ForkRun fork, int laneY) {
        long from = fork.jvmStart() > 0 ? Math.max(fork.jvmStart(), t0) : fork.bound();
        long to = fork.classes().stream().mapToLong(ClassRun::start).min().orElse(fork.bound());
        if (to <= from) {
            return;
        }
        double x = x(from);
        int y = laneY + LANE_HEIGHT / 2 - 2;
        svg.append("<g class=\"startup\"><rect x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(num(Math.max(1, x(to) - x)))
                .append("\" height=\"4\" fill=\"")
                .append(STARTUP_COLOR)
                .append("\"><title>")
                .append(xml("JVM start to first test class: "
                        + Durations.format(to - from) + " (clone bound at "
                        + Durations.offset(fork.bound() - t0) + ")"))
                .append("</title></rect></g>");
    }

    private void label(int y, String line1, String line2) {
        svg.append("<text x=\"6\" y=\"")
                .append(y + 14)
                .append("\" font-weight=\"bold\">")
                .append(xml(line1))
                .append("</text><text x=\"6\" y=\"")
                .append(y + 27)
                .append("\" fill=\"#555\">")
                .append(xml(clip(line2, LABEL_WIDTH - 8)))
                .append("</text>");
    }

    private void bar(String cssClass, String color, long from, long to, int laneY, String text, String tooltip) {
        double x = x(from);
        double w = Math.max(1.5, x(to) - x);
        int y = laneY + (LANE_HEIGHT - BAR_HEIGHT) / 2;
        svg.append("<g class=\"bar ")
                .append(cssClass)
                .append("\"><rect x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(num(w))
                .append("\" height=\"")
                .append(BAR_HEIGHT)
                .append("\" rx=\"2\" fill=\"")
                .append(color)
                .append("\" stroke=\"#fff\" stroke-width=\"0.5\"><title>")
                .append(xml(tooltip))
                .append("</title></rect>");
        String fitted = clip(text, w - 6);
        if (!fitted.isEmpty()) {
            svg.append("<text x=\"")
                    .append(num(x + 3))
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\" fill=\"#fff\" pointer-events=\"none\">")
                    .append(xml(fitted))
                    .append("</text>");
        }
        svg.append("</g>");
    }

    /** Zebra stripes and tick lines, drawn first so that the bars cover them. */
    private void grid(int bottom) {
        svg.append("<g class=\"grid\">");
        for (int y = TOP + 2 * LANE_HEIGHT; y < bottom; y += 2 * LANE_HEIGHT) {
            svg.append("<rect x=\"0\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(WIDTH)
                    .append("\" height=\"")
                    .append(LANE_HEIGHT)
                    .append("\" fill=\"#f4f6f8\"/>");
        }
        for (long t = 0; t <= span; t += step()) {
            String x = num(x(t0 + t));
            svg.append("<line x1=\"")
                    .append(x)
                    .append("\" y1=\"")
                    .append(TOP)
                    .append("\" x2=\"")
                    .append(x)
                    .append("\" y2=\"")
                    .append(bottom)
                    .append("\" stroke=\"#ddd\" stroke-dasharray=\"2,3\"/>");
        }
        svg.append("</g>");
    }

    private void axis(int y) {
        long step = step();
        svg.append("<g class=\"axis\"><line x1=\"")
                .append(LABEL_WIDTH)
                .append("\" y1=\"")
                .append(y)
                .append("\" x2=\"")
                .append(WIDTH - RIGHT_MARGIN)
                .append("\" y2=\"")
                .append(y)
                .append("\" stroke=\"#333\"/>");
        for (long t = 0; t <= span; t += step) {
            String x = num(x(t0 + t));
            svg.append("<line x1=\"")
                    .append(x)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" x2=\"")
                    .append(x)
                    .append("\" y2=\"")
                    .append(y + 5)
                    .append("\" stroke=\"#333\"/><text x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y + 17)
                    .append("\" text-anchor=\"middle\">")
                    .append(tick(t))
                    .append("</text>");
        }
        svg.append("<text x=\"6\" y=\"").append(y + 17).append("\" fill=\"#555\">time since prepare</text></g>");
    }

    private void legend(int y) {
        svg.append("<g class=\"legend\">");
        int x = LABEL_WIDTH;
        String[][] items = {
            {"template", TEMPLATE_COLOR},
            {"clone creation", CLONE_COLOR},
            {"fork startup", STARTUP_COLOR},
            {"passed", COLORS.get(TestResult.PASSED)},
            {"failed", COLORS.get(TestResult.FAILED)},
            {"error", COLORS.get(TestResult.ERROR)},
            {"skipped", COLORS.get(TestResult.SKIPPED)},
            {"unfinished", COLORS.get(TestResult.UNFINISHED)},
            {"teardown", TEARDOWN_COLOR}
        };
        for (String[] item : items) {
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y - 10)
                    .append("\" width=\"12\" height=\"12\" ")
                    .append("fill=\"")
                    .append(item[1])
                    .append("\"/><text x=\"")
                    .append(x + 16)
                    .append("\" y=\"")
                    .append(y)
                    .append("\">")
                    .append(item[0])
                    .append("</text>");
            x += 24 + (int) (item[0].length() * 6.2);
        }
        svg.append("</g>");
    }

    private long step() {
        for (long s : STEPS) {
            if (span / s <= 10) {
                return s;
            }
        }
        return STEPS[STEPS.length - 1] * (span / (STEPS[STEPS.length - 1] * 10) + 1);
    }

    private static String tick(long millis) {
        if (millis == 0) {
            return "0";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + " min";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private double x(long time) {
        double plot = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
        return LABEL_WIDTH + (time - t0) * plot / span;
    }

    /** As much of {@code text} as fits in {@code width} pixels at ~6.2 px per character, or nothing. */
    static String clip(String text, double width) {
        int fits = (int) (width / 6.2);
        if (fits >= text.length()) {
            return text;
        }
        return fits < 4 ? "" : text.substring(0, fits - 1) + "\u2026";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
