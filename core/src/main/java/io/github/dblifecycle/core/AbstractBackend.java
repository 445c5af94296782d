package io.github.dblifecycle.core;

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
}
