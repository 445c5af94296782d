package io.github.dblifecycle.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects log lines so tests can look at them. */
final class TestLog implements Log {
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void error(String message) {
        lines.add("ERROR " + message);
    }

    @Override
    public void debug(String message) {
        lines.add("DEBUG " + message);
    }

    String all() {
        return String.join("\n", lines);
    }
}
