package io.github.dblifecycle.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.dblifecycle.core.reuse.TemplateCache;
import io.github.dblifecycle.core.source.TemplateSource;

/**
 * Chooses the template a build clones: one kept by an earlier build ({@code <reuse>}), an existing one the user
 * provides (SQLite without scripts), or one built now from the sources.
 */
final class TemplateResolver {
    private final Backend backend;
    private final Log log;
    private final PrepareListener listener;
    private final Consumer<Database> created;

    /** @param created told of a template the moment it exists, so a failure after it drops it */
    TemplateResolver(Backend backend, PrepareListener listener, Consumer<Database> created) {
        this.backend = backend;
        this.log = backend.context().log();
        this.listener = listener;
        this.created = created;
    }

    /** The template to clone; closing it releases what it holds (a reused template's prefix lock). */
    sealed interface Chosen extends AutoCloseable {
        Database database();

        /** Whether this build made it and teardown drops it. */
        boolean owned();

        /** The reuse key it is kept under, or {@code null}. */
        default String reuseKey() {
            return null;
        }

        @Override
        default void close() {}
    }

    /** Built now by this build, dropped by its teardown. */
    record Built(Database database) implements Chosen {
        @Override
        public boolean owned() {
            return true;
        }
    }

    /** The user's, cloned as it is: never modified or dropped. */
    record Existing(Database database) implements Chosen {
        @Override
        public boolean owned() {
            return false;
        }
    }

    /** Kept between builds: the checkout holds the prefix's lock until the clones are made. */
    record Reused(TemplateCache.Checkout checkout) implements Chosen {
        @Override
        public Database database() {
            return checkout.template();
        }

        @Override
        public boolean owned() {
            return false;
        }

        @Override
        public String reuseKey() {
            return checkout.key();
        }

        @Override
        public void close() {
            checkout.close();
        }
    }

    Chosen resolve(PrepareRequest request, String templateName, List<TemplateSource> sources) throws SQLException {
        if (request.reuse().enabled()) {
            return reused(request, sources);
        }
        Optional<Database> existing =
                sources.isEmpty() && backend instanceof ExistingTemplate e ? e.existingTemplate() : Optional.empty();
        if (existing.isPresent()) {
            String shown = DbLifecycle.manifestTemplate(existing.get());
            log.info("No <scripts>: cloning the existing template " + shown
                    + " as it is (it is never modified or dropped).");
            listener.templateExisting(shown);
            return new Existing(existing.get());
        }
        return new Built(build(templateName, sources));
    }

    private Reused reused(PrepareRequest request, List<TemplateSource> sources) throws SQLException {
        if (sources.isEmpty()) {
            throw new DbLifecycleException("<reuse> keeps a template built from <scripts>, Flyway migrations or a "
                    + "Liquibase changelog, and none is configured. Configure one, or set <reuse>false</reuse>.");
        }
        TemplateCache.Checkout checkout = new TemplateCache(backend)
                .obtain(request.namePrefix(), sources, request.reuse().lockTimeout(), empty -> fill(sources, empty));
        listener.templateKept(checkout.template().name(), checkout.key());
        return new Reused(checkout);
    }

    private Database build(String name, List<TemplateSource> sources) throws SQLException {
        Database template;
        try {
            template = backend.createTemplate(name);
        } catch (SQLException e) {
            throw new DbLifecycleException("Cannot create the template database " + name + ": " + e.getMessage(), e);
        }
        created.accept(template);
        fill(sources, template);
        return template;
    }

    private void fill(List<TemplateSource> sources, Database template) throws SQLException {
        // The scripts connect with the template's URL; a URL parameter may choose another database (F5).
        try (Connection c = template.connection().open()) {
            backend.requireReaches(c, template.name());
        }
        long start = System.nanoTime();
        long startedAt = System.currentTimeMillis();
        List<String> done = new ArrayList<>();
        for (TemplateSource source : sources) {
            done.add(source.apply(backend, template));
        }
        long took = (System.nanoTime() - start) / 1_000_000;
        String detail = done.isEmpty() ? "no scripts or migrations (empty)" : String.join("; ", done);
        log.info("Template " + template.name() + (done.isEmpty() ? " created empty (" : " built from ")
                + (done.isEmpty() ? "no scripts or migrations)" : detail) + ", in " + took + " ms");
        listener.templateBuilt(template.name(), detail, startedAt, took);
    }
}
