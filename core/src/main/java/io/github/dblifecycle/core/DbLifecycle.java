package io.github.dblifecycle.core;

import java.nio.file.Path;

/**
 * The lifecycle, the same for every backend: build the template from the scripts, clone it concurrently, write
 * the manifest; later drop everything this build created. Plain Java, called by the Maven goals and by tests.
 */
public final class DbLifecycle {
    private final Log log;

    public DbLifecycle(Log log) {
        this.log = log;
    }

    /**
     * Builds the template and the clones and writes {@code workDir/manifest.properties}. On any failure it drops
     * what it had created before rethrowing.
     */
    public Manifest prepare(PrepareRequest request) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Drops every clone and the template that the manifest in {@code workDir} lists as created by this build, then
     * removes the manifest and the lease files. Without a manifest there is nothing to do.
     */
    public void teardown(Path workDir, ConnectionSpec admin) {
        throw new UnsupportedOperationException("TODO");
    }
}
