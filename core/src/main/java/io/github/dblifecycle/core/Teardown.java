package io.github.dblifecycle.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.dblifecycle.core.postgresql.embedded.EmbeddedPostgres;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedUrl;
import io.github.dblifecycle.core.reuse.TemplateCache;
import io.github.dblifecycle.core.util.UrlSchemes;

/**
 * Drops what the manifest in a work directory lists, each database only if it carries the manifest's build marker,
 * then removes the manifest and lease files. If some drops fail, the others are still tried and the manifest is
 * kept, so that running teardown again retries.
 */
final class Teardown {
    private final Log log;

    Teardown(Log log) {
        this.log = log;
    }

    /**
     * @param admin the account prepare used; for an embedded server ({@code embedded:postgresql…}) the server the
     *     work directory records is used, and stopped afterwards
     * @param dropReusedTemplate also drop the reusable template the manifest names, otherwise kept
     */
    void run(Path dir, ConnectionSpec admin, boolean dropReusedTemplate) {
        Optional<EmbeddedPostgres.Pointer> embedded = EmbeddedPostgres.pointer(dir);
        if (embedded.isEmpty()) {
            if (EmbeddedUrl.is(admin.url()) && Files.exists(ForkContract.manifest(dir))) {
                throw new DbLifecycleException("The manifest in " + dir + " has no record of its embedded server ("
                        + EmbeddedPostgres.POINTER + "): nothing to tear down on. Its server, if it still runs, is "
                        + "stopped by db-lifecycle:purge or the next prepare.");
            }
            runOn(dir, admin, dropReusedTemplate);
            return;
        }
        EmbeddedPostgres.Pointer server = embedded.get();
        if (server.heldElsewhere()) {
            runOn(dir, server.admin(), dropReusedTemplate); // refuses: another build's server, in use
            return;
        }
        try {
            if (server.serverRuns()) {
                runOn(dir, server.admin(), dropReusedTemplate);
            } else {
                log.info("db-lifecycle: the embedded server of build " + server.buildId() + " no longer runs; its "
                        + "databases went with it.");
            }
        } finally {
            server.stop(dir, log);
            new WorkDir(dir, log).removeManifestOf(server.buildId());
            BuildLocks.release(server.buildId());
        }
    }

    private void runOn(Path dir, ConnectionSpec admin, boolean dropReusedTemplate) {
        WorkDir workDir = new WorkDir(dir, log);
        Path file = workDir.manifest();
        if (!Files.exists(file)) {
            log.info("No db-lifecycle manifest in " + dir + ": nothing to tear down.");
            return;
        }
        long start = System.nanoTime();
        Manifest manifest = Manifest.read(file);
        BackendType type = Backends.forId(manifest.backend());
        if (!type.handles(admin.url())) {
            log.warn("The manifest was written by the " + type.id() + " backend but <url> is now "
                    + UrlSchemes.scheme(admin.url()) + "...; dropping what the manifest lists anyway.");
        }
        Backend backend = type.forBuild(new BuildContext(manifest.buildId(), admin, dir, Map.of(), log));
        String buildId = manifest.buildId();
        if (!BuildLocks.holds(buildId) && WorkDir.isRunning(manifest, backend)) {
            throw new DbLifecycleException("Not tearing down " + dir + ": its manifest belongs to build " + buildId
                    + ", which is still running in another process (its liveness lock is held), and whose tests use "
                    + "its databases. A build tears down its own databases when it ends; a dead build's are "
                    + "dropped by db-lifecycle:purge or the next prepare. Nothing was dropped.");
        }
        Instant lost = BuildLocks.lostSince(buildId);
        List<Database> clones = manifest.workers().stream().map(Teardown::clone).toList();
        Database template = manifest.templateOwned() ? type.template(manifest, admin) : null;
        int listed = clones.size() + (template != null ? 1 : 0);
        Drops.Outcome outcome = new Drops(backend, manifest.buildId(), log).dropAll(clones, template);
        List<String> failures = new ArrayList<>(outcome.failures());
        workDir.deleteLeases();
        if (manifest.templateKey() != null) {
            failures.addAll(reusedTemplate(backend, manifest, dropReusedTemplate));
        }
        if (!failures.isEmpty()) {
            throw new DbLifecycleException("db-lifecycle teardown could not drop " + failures.size() + " of "
                    + listed + " database(s):\n  " + String.join("\n  ", failures)
                    + "\nThe manifest " + file + " is kept: run db-lifecycle:teardown again, or drop them by hand.");
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new DbLifecycleException(
                    "Dropped the databases but cannot delete the manifest " + file + ": " + e, e);
        }
        BuildLocks.release(manifest.buildId()); // last: until now a purge elsewhere must see this build as alive
        if (lost != null) {
            throw new DbLifecycleException("db-lifecycle lost the liveness lock of build " + buildId + " at " + lost
                    + " and could not take it again: since then other builds saw this build as dead, and their "
                    + "purges may have dropped its databases during the tests (they spare databases with connected "
                    + "sessions). The tests' results cannot be trusted: run the build again, and check the server's "
                    + "idle timeouts and any proxy between the build and the server. Teardown dropped "
                    + (outcome.dropped().isEmpty() ? "nothing" : String.join(", ", outcome.dropped())) + ".");
        }
        log.info("db-lifecycle dropped "
                + (outcome.dropped().isEmpty() ? "nothing" : String.join(", ", outcome.dropped())) + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms"
                + (outcome.foreign().isEmpty()
                        ? "."
                        : "; left alone (not created by this build): " + String.join(", ", outcome.foreign()) + "."));
    }

    /** A clone a manifest lists. */
    private static Database clone(Manifest.Worker worker) {
        return new Database(
                worker.database(),
                new ConnectionSpec(worker.url(), worker.username(), worker.password()),
                worker.file());
    }

    private List<String> reusedTemplate(Backend backend, Manifest manifest, boolean drop) {
        if (!drop) {
            log.info("Kept the reusable template " + manifest.template() + " for the next build (drop it with "
                    + "-Ddb-lifecycle.dropTemplate=true).");
            return List.of();
        }
        try {
            new TemplateCache(backend).drop(manifest.template(), PrepareRequest.Reuse.DEFAULT_LOCK_TIMEOUT);
            return List.of();
        } catch (SQLException | RuntimeException e) {
            return List.of(manifest.template() + ": " + e.getMessage());
        }
    }
}
