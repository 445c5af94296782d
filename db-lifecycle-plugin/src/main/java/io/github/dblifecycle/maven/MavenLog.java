package io.github.dblifecycle.maven;

import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.Redact;

/** Maven's log behind the core's {@link Log}; every line is redacted (URLs may carry a password). */
final class MavenLog implements Log {
    private final org.apache.maven.plugin.logging.Log log;

    MavenLog(org.apache.maven.plugin.logging.Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(Redact.text(message));
    }

    @Override
    public void warn(String message) {
        log.warn(Redact.text(message));
    }

    @Override
    public void error(String message) {
        log.error(Redact.text(message));
    }

    @Override
    public void debug(String message) {
        log.debug(Redact.text(message));
    }
}
