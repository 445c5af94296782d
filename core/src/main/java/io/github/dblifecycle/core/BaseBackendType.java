package io.github.dblifecycle.core;

import java.util.List;
import java.util.function.Supplier;

/**
 * What every backend type states the same way: its id, the JDBC URL schemes it serves, its driver and its script
 * dialect. Subclasses hold only what differs between products.
 */
public abstract class BaseBackendType implements BackendType {
    private final String id;
    private final String driverArtifact;
    private final Supplier<ScriptSplitter> splitter;
    private final List<String> urlPrefixes;

    protected BaseBackendType(
            String id, String driverArtifact, Supplier<ScriptSplitter> splitter, String... urlPrefixes) {
        this.id = id;
        this.driverArtifact = driverArtifact;
        this.splitter = splitter;
        this.urlPrefixes = List.of(urlPrefixes);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<String> urlPrefixes() {
        return urlPrefixes;
    }

    @Override
    public final String driverArtifact() {
        return driverArtifact;
    }

    @Override
    public final ScriptSplitter splitter() {
        return splitter.get();
    }

    @Override
    public String toString() {
        return id;
    }
}
