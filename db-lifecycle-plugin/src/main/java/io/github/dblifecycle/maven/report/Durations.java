package io.github.dblifecycle.maven.report;

import java.util.Locale;

/** Durations as people read them in a report: {@code 850 ms}, {@code 1.52 s}, {@code 2 min 03 s}. */
final class Durations {
    private Durations() {}

    static String format(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
        }
        long seconds = Math.round(millis / 1000.0);
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    /** A point in time relative to the build's start, e.g. {@code +1.52 s}. */
    static String offset(long millis) {
        return "+" + format(Math.max(0, millis));
    }
}
