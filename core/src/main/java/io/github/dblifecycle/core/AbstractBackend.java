package io.github.dblifecycle.core;

import java.sql.SQLException;

/** What every per-build backend holds the same way: its type and its build's context. */
public abstract class AbstractBackend implements Backend {
    private final BackendType type;
    private final BuildContext context;

    protected AbstractBackend(BackendType type, BuildContext context) {
        this.type = type;
        this.context = context;
    }

    @Override
    public final BackendType type() {
        return type;
    }

    @Override
    public final BuildContext context() {
        return context;
    }

    protected final String buildId() {
        return context.buildId();
    }

    protected final ConnectionSpec admin() {
        return context.admin();
    }

    protected final Log log() {
        return context.log();
    }

    /** What every cloning run of this backend shares: its log line and the backend's concurrency. */
    protected abstract class BaseCloner implements Cloner {
        private final String description;

        protected BaseCloner(String description) {
            this.description = description;
        }

        @Override
        public final String describe() {
            return description;
        }

        @Override
        public int concurrency() {
            return AbstractBackend.this.concurrency();
        }

        @Override
        public void close() {}
    }

    /** Drops what a failed step had just created; see {@link #undo}. */
    @FunctionalInterface
    protected interface Undo {
        void run() throws SQLException;
    }

    /**
     * After {@code failure}, drops the database (or user) this build created a moment ago, so nothing half-made
     * is left; a failure of the drop is attached to {@code failure}, which the caller rethrows.
     */
    protected static void undo(Throwable failure, Undo undo) {
        try {
            undo.run();
        } catch (SQLException | RuntimeException dropFailure) {
            failure.addSuppressed(dropFailure);
        }
    }
}
