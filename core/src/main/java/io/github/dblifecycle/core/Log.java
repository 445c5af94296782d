package io.github.dblifecycle.core;

/** The few log levels the core needs; the Maven plugin adapts its own {@code Log}, tests collect lines. */
public interface Log {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /** Something the user must see even if the build goes on (a lost liveness lock); by default a warning. */
    default void error(String message) {
        warn("ERROR: " + message);
    }

    Log NONE = new Log() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void debug(String message) {}
    };
}
