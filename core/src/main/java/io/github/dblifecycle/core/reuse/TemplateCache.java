package io.github.dblifecycle.core.reuse;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.source.TemplateSource;

/**
 * Finds the finished template whose key matches, or builds it once and drops the prefix's older ones. Everything
 * happens under the prefix's lock, which the returned {@link Checkout} holds until the clones are made, so no build
 * drops a template while another clones it, and two builds needing one template build it once.
 */
public final class TemplateCache {
    private final Backend backend;
    private final ConnectionSpec admin;
    private final TemplateStore store;
    private final Log log;

    /** For {@code backend}'s build; refuses a product that cannot keep templates. */
    public TemplateCache(Backend backend) {
        this.backend = backend;
        this.admin = backend.context().admin();
        this.store = backend.type()
                .templateStore()
                .orElseThrow(
                        () -> new DbLifecycleException("Reusing the template across builds is not supported by the "
                                + backend.type().id() + " backend yet. Set <reuse>false</reuse>."));
        this.log = backend.context().log();
    }

    /** Fills an empty template (runs the sources). */
    @FunctionalInterface
    public interface Builder {
        void build(Database empty) throws SQLException;
    }

    /** The template to clone, and the prefix's lock until {@link #close}. */
    public record Checkout(Database template, String key, boolean reused, TemplateStore.Lock lock)
            implements AutoCloseable {
        @Override
        public void close() {
            lock.close();
        }
    }

    /** The key of what the sources would build on this server; see README "Reuse and migrations". */
    public String key(List<TemplateSource> sources) throws SQLException {
        TemplateKey key = new TemplateKey();
        key.add("backend", backend.type().id());
        key.add("server", store.serverVersion(admin));
        int q = admin.url().indexOf('?');
        // Connection options such as SQLite's foreign_keys=true change what the scripts do.
        key.add("urlOptions", q >= 0 ? admin.url().substring(q + 1) : "");
        for (TemplateSource source : sources) {
            source.addTo(key);
        }
        return key.hex();
    }

    public Checkout obtain(String prefix, List<TemplateSource> sources, Duration lockTimeout, Builder builder)
            throws SQLException {
        String key = key(sources);
        String name = TemplateNames.template(prefix, key);
        TemplateStore.Lock lock = store.lock(admin, prefix, lockTimeout, log);
        try {
            List<TemplateStore.Stored> stored = store.list(admin, prefix);
            for (TemplateStore.Stored s : stored) {
                if (s.name().equals(name) && s.finishedWith(key)) {
                    log.info("Reusing the template " + name + " (key " + key + "), built by an earlier build: "
                            + "nothing to build, only cloning.");
                    return new Checkout(store.open(admin, name), key, true, lock);
                }
            }
            dropUnfinished(stored, name);
            Database template = build(name, key, builder);
            for (TemplateStore.Stored s : stored) {
                if (s.finished() && !s.name().equals(name)) {
                    log.info("Dropping the old template " + s.name() + " (key " + s.key() + "): its sources changed.");
                    store.drop(admin, s);
                }
            }
            return new Checkout(template, key, false, lock);
        } catch (SQLException | RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Under the lock nobody is building, so a template with a per-build marker was left by a killed build. A
     * database named like ours without any of our markers is someone else's: refuse to touch it.
     */
    private void dropUnfinished(List<TemplateStore.Stored> stored, String name) throws SQLException {
        for (TemplateStore.Stored s : stored) {
            if (s.unfinished() || (s.finished() && s.name().equals(name))) {
                log.info("Dropping " + s.name() + ": "
                        + (s.unfinished()
                                ? "a template left unfinished by a build that was killed (" + s.marker() + ")"
                                : "a template of another key under the same short name"));
                store.drop(admin, s);
            } else if (!s.finished() && s.name().startsWith(name)) {
                throw new DbLifecycleException("The database " + s.name() + " has the name of a db-lifecycle template "
                        + "but not its marker (found: " + s.marker() + "), so it is not db-lifecycle's and is left "
                        + "alone. Rename or drop it, or choose another <namePrefix>.");
            }
        }
    }

    private Database build(String name, String key, Builder builder) throws SQLException {
        log.info("Building the reusable template " + name + " (key " + key + ")");
        Database building = store.createBuilding(backend, name);
        try {
            builder.build(building);
            return store.publish(admin, building, name, key);
        } catch (SQLException | RuntimeException | Error e) {
            try {
                store.drop(admin, new TemplateStore.Stored(building.name(), store.marker(admin, building.name())));
            } catch (SQLException | RuntimeException dropFailure) {
                e.addSuppressed(dropFailure);
            }
            throw e;
        }
    }

    /**
     * For {@code teardown -Ddb-lifecycle.dropTemplate=true}: drops the finished template a manifest names, under its
     * prefix's lock. Returns whether it was there.
     */
    public boolean drop(String manifestTemplate, Duration lockTimeout) throws SQLException {
        String name = store.nameOf(manifestTemplate);
        String prefix = TemplateNames.prefixOf(name);
        if (prefix == null) {
            throw new DbLifecycleException("Not dropping " + name + ": it is not named like a db-lifecycle template.");
        }
        try (TemplateStore.Lock lock = store.lock(admin, prefix, lockTimeout, log)) {
            String marker = store.marker(admin, name);
            if (marker == null) {
                return false;
            }
            store.drop(admin, new TemplateStore.Stored(name, marker));
            log.info("Dropped the reusable template " + name + ".");
            return true;
        }
    }
}
