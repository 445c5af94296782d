package io.github.dblifecycle.core;

/**
 * Every failure the core reports to a user. The message must say what went wrong, where (file, parameter, line)
 * and what to do about it: the Maven plugin and the provider show it as it is.
 */
public class DbLifecycleException extends RuntimeException {
    public DbLifecycleException(String message) {
        super(message);
    }

    public DbLifecycleException(String message, Throwable cause) {
        super(message, cause);
    }
}
