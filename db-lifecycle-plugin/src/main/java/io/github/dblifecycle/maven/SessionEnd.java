package io.github.dblifecycle.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.dblifecycle.core.BuildEnd;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.Log;
import org.apache.maven.execution.AbstractExecutionListener;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;

/**
 * Hands the builds {@code prepare} made to the core's {@link BuildEnd} at the end of the Maven session. It is an
 * {@link ExecutionListener} chained in front of the request's own: Maven reads the request's listener at every event
 * and fires {@code SessionEnded} in a {@code finally}, after a successful or a failed build alike (LifecycleStarter,
 * Maven 3.6 to 3.9), so no {@code <extensions>true</extensions>} is needed. Our line comes before the delegate's
 * (Maven's summary and BUILD SUCCESS/FAILURE), which stay the last lines, unchanged.
 */
final class SessionEnd implements ExecutionListener {
    private final ExecutionListener delegate;
    private final BuildEnd end;
    private final Log log;
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    private SessionEnd(ExecutionListener delegate, Log log) {
        // Maven always sets one; a request built by hand (an embedder, a test) may not.
        this.delegate = delegate != null ? delegate : new AbstractExecutionListener() {};
        this.end = new BuildEnd(log);
        this.log = log;
    }

    /**
     * Registers a prepared build with the session's end, chaining the listener on first use in this session (and
     * this plugin's class loader: a module whose plugin has other dependencies gets a listener of its own).
     */
    static void register(MavenSession session, Log log, String buildId, Path workDir, ConnectionSpec admin) {
        SessionEnd listener = listener(session, log);
        listener.end.add(buildId, workDir, admin);
        listener.end.hookInto(Runtime.getRuntime());
    }

    /**
     * Runs {@code action} at the session's end, after every test of every module, before the drops; a failure
     * only warns.
     */
    static void beforeDrops(MavenSession session, Log log, Runnable action) {
        listener(session, log).actions.add(action);
    }

    private static SessionEnd listener(MavenSession session, Log log) {
        MavenExecutionRequest request = session.getRequest();
        SessionEnd listener;
        synchronized (request) { // modules of a parallel build (-T) prepare at the same time
            if (request.getExecutionListener() instanceof SessionEnd ours) {
                listener = ours;
            } else {
                listener = new SessionEnd(request.getExecutionListener(), log);
                request.setExecutionListener(listener);
            }
        }
        return listener;
    }

    @Override
    public void sessionEnded(ExecutionEvent event) {
        try {
            for (Runnable action : actions) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    log.warn("db-lifecycle: " + e.getMessage());
                }
            }
            end.unhook(Runtime.getRuntime());
            end.run();
        } finally {
            delegate.sessionEnded(event);
        }
    }

    @Override
    public void projectDiscoveryStarted(ExecutionEvent event) {
        delegate.projectDiscoveryStarted(event);
    }

    @Override
    public void sessionStarted(ExecutionEvent event) {
        delegate.sessionStarted(event);
    }

    @Override
    public void projectSkipped(ExecutionEvent event) {
        delegate.projectSkipped(event);
    }

    @Override
    public void projectStarted(ExecutionEvent event) {
        delegate.projectStarted(event);
    }

    @Override
    public void projectSucceeded(ExecutionEvent event) {
        delegate.projectSucceeded(event);
    }

    @Override
    public void projectFailed(ExecutionEvent event) {
        delegate.projectFailed(event);
    }

    @Override
    public void mojoSkipped(ExecutionEvent event) {
        delegate.mojoSkipped(event);
    }

    @Override
    public void mojoStarted(ExecutionEvent event) {
        delegate.mojoStarted(event);
    }

    @Override
    public void mojoSucceeded(ExecutionEvent event) {
        delegate.mojoSucceeded(event);
    }

    @Override
    public void mojoFailed(ExecutionEvent event) {
        delegate.mojoFailed(event);
    }

    @Override
    public void forkStarted(ExecutionEvent event) {
        delegate.forkStarted(event);
    }

    @Override
    public void forkSucceeded(ExecutionEvent event) {
        delegate.forkSucceeded(event);
    }

    @Override
    public void forkFailed(ExecutionEvent event) {
        delegate.forkFailed(event);
    }

    @Override
    public void forkedProjectStarted(ExecutionEvent event) {
        delegate.forkedProjectStarted(event);
    }

    @Override
    public void forkedProjectSucceeded(ExecutionEvent event) {
        delegate.forkedProjectSucceeded(event);
    }

    @Override
    public void forkedProjectFailed(ExecutionEvent event) {
        delegate.forkedProjectFailed(event);
    }
}
