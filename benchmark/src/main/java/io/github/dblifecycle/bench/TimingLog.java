package io.github.dblifecycle.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.Log;

/** Reads the lifecycle's own timing lines, so the benchmarks report the times db-lifecycle itself measured. */
final class TimingLog implements Log {
    private static final Pattern TEMPLATE = Pattern.compile("^Template .* in (\\d+) ms");
    private static final Pattern CLONES = Pattern.compile("^\\d+ clone\\(s\\) created in (\\d+) ms");
    private static final Pattern EXPORT = Pattern.compile("exported in (\\d+) ms");

    double templateSeconds = Double.NaN;
    double clonesSeconds = Double.NaN;
    double exportSeconds = 0;

    @Override
    public void info(String message) {
        templateSeconds = seconds(TEMPLATE, message, templateSeconds);
        clonesSeconds = seconds(CLONES, message, clonesSeconds);
        exportSeconds = seconds(EXPORT, message, exportSeconds);
    }

    private static double seconds(Pattern pattern, String message, double otherwise) {
        Matcher m = pattern.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) / 1000.0 : otherwise;
    }

    @Override
    public void warn(String message) {
        System.err.println("WARN " + message);
    }

    @Override
    public void debug(String message) {}

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
