package io.github.dblifecycle.core;

import io.github.dblifecycle.core.report.TimingRecorder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import io.github.dblifecycle.core.reuse.TemplateCache;
import io.github.dblifecycle.core.reuse.TemplateStores;
import io.github.dblifecycle.core.source.SqlScripts;
import io.github.dblifecycle.core.source.TemplateSource;

/**
 * The lifecycle, the same for every backend: build the template from the scripts, clone it concurrently, write
 * the manifest; later drop everything this build created. Plain Java, called by the Maven goals and by tests.
 */
public final class DbLifecycle {
    private final Log log;
    private final Supplier<String> buildIds;
    private TimingRecorder timings = TimingRecorder.NONE;

    public DbLifecycle(Log log) {
        this(log, DatabaseNames::newBuildId);
    }

    /** Tests choose the build id to predict database names. */
    DbLifecycle(Log log, Supplier<String> buildIds) {
        this.log = Objects.requireNonNull(log, "log");
        this.buildIds = buildIds;
    }

    /** Reports template and clone timings to {@code timings} as they happen (for the report goal). */
    public DbLifecycle recordingTo(TimingRecorder timings) {
        this.timings = Objects.requireNonNull(timings, "timings");
        return this;
    }

    /**
     * Builds the template and the clones and writes {@code workDir/manifest.properties}. On any failure it drops
     * what it had created before rethrowing.
     */
    public Manifest prepare(PrepareRequest request) {
        validate(request);
        String buildId = DatabaseNames.requireBuildId(buildIds.get());
        Backend backend = Backends.forUrl(request.admin().url()).configure(buildId, request.options());
        if (request.inMemory() && !backend.supportsInMemory()) {
            throw new DbLifecycleException("In-memory clones are a SQLite feature; the " + backend.id() + " backend "
                    + "cannot load a clone into memory. Turn the in-memory option off.");
        }
        long start = System.nanoTime();
        prepareWorkDir(request.workDir());
        holdBuild(backend, request.admin(), buildId, request.workDir());
        try {
            checkClonesAllowed(backend, request);
        } catch (RuntimeException e) {
            BuildLocks.release(buildId);
            throw e;
        }
        purgeDeadBuilds(backend, request.admin(), request.namePrefix(), request.workDir());
        Created created = new Created();
        List<TemplateSource> sources = sources(request, backend);
        try {
            Database template;
            boolean templateOwned;
            String templateKey = null;
            List<Database> clones;
            // With reuse, the lease holds the prefix's template lock until the clones are made.
            try (TemplateCache.Lease lease = reusedTemplate(backend, request, buildId, sources)) {
                if (lease != null) {
                    template = lease.template();
                    templateOwned = false;
                    templateKey = lease.key();
                    timings.templateKept(template.name(), templateKey);
                } else {
                    template = sources.isEmpty() ? backend.existingTemplate(request.admin()) : null;
                    templateOwned = template == null;
                    if (templateOwned) {
                        template = buildTemplate(backend, sources, request,
                                DatabaseNames.template(request.namePrefix(), buildId), created);
                    } else {
                        log.info("No <scripts>: cloning the existing template " + backend.manifestTemplate(template)
                                + " as it is (it is never modified or dropped).");
                        timings.templateExisting(backend.manifestTemplate(template));
                    }
                }
                try {
                    log.info(backend.beforeCloning(request.admin(), template));
                    clones = createClones(backend, request, template, buildId, created);
                } finally {
                    backend.afterCloning(request.admin(), template);
                }
            }
            backend.drainWarnings().forEach(log::warn);
            if (verifyClones(request)) {
                CloneVerifier.verify(backend, request.admin(), template, clones, log);
            }
            Manifest manifest = new Manifest(buildId, request.mavenPid(), backend.id(),
                    backend.manifestTemplate(template), templateOwned, request.inMemory(),
                    workers(clones, request.admin()), request.forkProperties(), templateKey, request.leaseWait());
            Path written = manifest.write(request.workDir());
            log.info("db-lifecycle prepared " + clones.size() + " clone(s) of " + template.name() + " in "
                    + millis(start) + " ms; manifest: " + written);
            return manifest;
        } catch (SQLException | RuntimeException | Error e) {
            DbLifecycleException failure = rollback(backend, request.admin(), buildId, created, e);
            BuildLocks.release(buildId);
            throw failure;
        }
    }

    /**
     * Takes the build's liveness lock before creating anything, so that no database of a live build is ever
     * without it; it is held until teardown, or until this JVM (Maven's) dies.
     */
    private static void holdBuild(Backend backend, ConnectionSpec admin, String buildId, Path workDir) {
        try {
            BuildLocks.register(buildId, backend.holdBuild(admin, buildId, workDir));
        } catch (SQLException e) {
            throw new DbLifecycleException("db-lifecycle cannot connect to the server (" + Redact.url(admin.url())
                    + "): " + Redact.text(e.getMessage(), admin.password()) + ". Check the parameters <url>, "
                    + "<username> and <password> (or <serverId>), and that the server is running.", e);
        }
    }

    private static void checkClonesAllowed(Backend backend, PrepareRequest request) {
        int max;
        try {
            max = backend.maxClones(request.admin());
        } catch (SQLException e) {
            return; // not allowed to ask: creating the clones will say what is wrong, if anything
        }
        if (request.clones() > max) {
            throw new DbLifecycleException("<clones> is " + request.clones() + " but the " + backend.id()
                    + " server accepts at most " + max + " connections from ordinary users (max_connections less "
                    + "reserved ones), and every fork holds one to its clone. Lower <clones> and the forkCount, or "
                    + "raise the server's limit.");
        }
    }

    /** Leftovers of killed builds are dropped before this build adds its own; a failure here is only a warning. */
    private void purgeDeadBuilds(Backend backend, ConnectionSpec admin, String prefix, Path workDir) {
        try {
            new Purge(log).run(backend, admin, prefix, workDir);
        } catch (SQLException | RuntimeException e) {
            log.warn("db-lifecycle could not look for leftovers of dead builds: "
                    + Redact.text(e.getMessage(), admin.password()));
        }
    }

    /**
     * Drops what builds that are no longer running left under {@code prefix} (on the server {@code admin} reaches;
     * SQLite: the template it names and the clones in {@code workDir}), and returns their names. Databases without
     * db-lifecycle's marker and those of running builds are never touched.
     */
    public List<String> purge(ConnectionSpec admin, String prefix, Path workDir) {
        Objects.requireNonNull(admin, "admin");
        Backend backend = Backends.forUrl(admin.url());
        try {
            List<String> dropped = new Purge(log).run(backend, admin, prefix, workDir);
            if (dropped.isEmpty()) {
                log.info("db-lifecycle purge: no leftovers of dead builds under the prefix " + prefix + ".");
            }
            return dropped;
        } catch (SQLException e) {
            throw new DbLifecycleException("db-lifecycle purge failed on " + Redact.url(admin.url()) + ": "
                    + Redact.text(e.getMessage(), admin.password()), e);
        }
    }

    /** The option {@code verifyClones}: compare every clone's fingerprint with the template's. */
    public static final String VERIFY_CLONES_OPTION = "verifyClones";

    private static boolean verifyClones(PrepareRequest request) {
        String value = request.options().getOrDefault(VERIFY_CLONES_OPTION, "false").strip();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new DbLifecycleException("Invalid value '" + value + "' for verifyClones: use true or false.");
        }
        return value.equalsIgnoreCase("true");
    }

    private static void validate(PrepareRequest request) {
        Objects.requireNonNull(request.admin(), "admin");
        Objects.requireNonNull(request.workDir(), "workDir");
        if (request.clones() < 1) {
            throw new DbLifecycleException("<clones> is " + request.clones() + "; it must be at least 1 (one clone "
                    + "per forked test JVM: set it to the Surefire/Failsafe forkCount).");
        }
        DatabaseNames.requirePrefix(request.namePrefix());
    }

    /** Migrations first, then the scripts (seed data may follow migrations); each checked before anything exists. */
    private List<TemplateSource> sources(PrepareRequest request, Backend backend) {
        List<TemplateSource> sources = new ArrayList<>(request.migrations());
        if (!request.scripts().isEmpty()) {
            sources.add(new SqlScripts(request.scripts(), backend, log));
        }
        sources.forEach(TemplateSource::check);
        return sources;
    }

    /** {@code null} unless reuse is on: then the finished template of this key, found or built now. */
    private TemplateCache.Lease reusedTemplate(Backend backend, PrepareRequest request, String buildId,
            List<TemplateSource> sources) throws SQLException {
        if (!request.reuse().enabled()) {
            return null;
        }
        if (sources.isEmpty()) {
            throw new DbLifecycleException("<reuse> keeps a template built from <scripts>, Flyway migrations or a "
                    + "Liquibase changelog, and none is configured. Configure one, or set <reuse>false</reuse>.");
        }
        return new TemplateCache(backend, TemplateStores.of(backend), log).obtain(request.admin(),
                request.namePrefix(), buildId, request.workDir(), sources, request.reuse().lockTimeout(),
                empty -> fill(backend, sources, empty));
    }

    private Database buildTemplate(Backend backend, List<TemplateSource> sources, PrepareRequest request,
            String name, Created created) throws SQLException {
        Database template;
        try {
            template = backend.createTemplate(request.admin(), name, request.workDir());
        } catch (SQLException e) {
            throw new DbLifecycleException("Cannot create the template database " + name + ": " + e.getMessage(), e);
        }
        created.template = template;
        fill(backend, sources, template);
        return template;
    }

    private void fill(Backend backend, List<TemplateSource> sources, Database template) throws SQLException {
        long start = System.nanoTime();
        long startedAt = System.currentTimeMillis();
        List<String> done = new ArrayList<>();
        for (TemplateSource source : sources) {
            done.add(source.apply(backend, template));
        }
        long took = millis(start);
        log.info("Template " + template.name() + " built from " + String.join("; ", done) + ", in " + took + " ms");
        timings.templateBuilt(template.name(), String.join("; ", done), startedAt, took);
    }

    private List<Database> createClones(Backend backend, PrepareRequest request, Database template, String buildId,
            Created created) {
        int n = request.clones();
        int threads = Math.max(1, Math.min(backend.cloneConcurrency(), n));
        long start = System.nanoTime();
        List<Concurrently.Task<Database>> tasks = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            int number = i;
            String name = DatabaseNames.clone(request.namePrefix(), buildId, number);
            tasks.add(() -> {
                long t0 = System.nanoTime();
                long startedAt = System.currentTimeMillis();
                Database clone = backend.createClone(request.admin(), template, name, request.workDir());
                created.clones.add(clone);
                long took = millis(t0);
                log.info("Clone " + number + "/" + n + " " + name + " created in " + took + " ms");
                timings.cloneCreated(number, clone.name(), startedAt, took);
                return clone;
            });
        }
        Concurrently.Outcome<Database> outcome = Concurrently.run("db-lifecycle-clone", threads, tasks, true);
        if (!outcome.failures().isEmpty()) {
            Concurrently.Failure first = outcome.failures().get(0);
            DbLifecycleException e = new DbLifecycleException("Cannot create clone " + (first.index() + 1) + " of "
                    + n + " (" + DatabaseNames.clone(request.namePrefix(), buildId, first.index() + 1) + "): "
                    + first.error().getMessage(), first.error());
            outcome.failures().stream().skip(1).forEach(f -> e.addSuppressed(f.error()));
            throw e;
        }
        if (outcome.interrupted()) {
            throw new DbLifecycleException("Interrupted while creating the database clones");
        }
        log.info(n + " clone(s) created in " + millis(start) + " ms (" + threads + " at a time)");
        return outcome.results();
    }

    private static List<Manifest.Worker> workers(List<Database> clones, ConnectionSpec admin) {
        List<Manifest.Worker> workers = new ArrayList<>();
        for (int i = 0; i < clones.size(); i++) {
            Database clone = clones.get(i);
            // The clone's own account: the admin's for most backends, a user per clone for Oracle.
            workers.add(new Manifest.Worker(i + 1, clone.connection().url(), clone.connection().username(),
                    clone.connection().password(), clone.name(), clone.file()));
        }
        return workers;
    }

    /** Drops what prepare created (clones first, then the template), and says so in the exception it returns. */
    private DbLifecycleException rollback(Backend backend, ConnectionSpec admin, String buildId, Created created,
            Throwable cause) {
        List<Database> clones;
        synchronized (created.clones) {
            clones = List.copyOf(created.clones);
        }
        List<Database> databases = new ArrayList<>(clones);
        if (created.template != null) {
            databases.add(created.template);
        }
        String reason = Redact.text(cause instanceof DbLifecycleException ? cause.getMessage()
                : cause instanceof SQLException ? "database error: " + cause.getMessage() : cause.toString(),
                admin.password());
        StringBuilder message = new StringBuilder("db-lifecycle prepare failed. ").append(reason);
        if (!databases.isEmpty()) {
            boolean wasInterrupted = Thread.interrupted(); // clear it so the drops can run; restored below
            List<String> failures = new Drops(backend, admin, buildId, log).dropAll(clones, created.template)
                    .failures();
            message.append("\nDropped what this build had created");
            if (failures.isEmpty()) {
                message.append(": ").append(names(databases)).append('.');
            } else {
                message.append(" except the following; drop them by hand:\n  ").append(String.join("\n  ", failures));
            }
            if (wasInterrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return new DbLifecycleException(message.toString(), cause);
    }

    /**
     * Removes the manifest and lease files of this build. Without a manifest there is nothing to do. If some drops
     * fail, the others are still tried and the manifest is kept, so that running teardown again retries.
     */
    public void teardown(Path workDir, ConnectionSpec admin) {
        teardown(workDir, admin, false);
    }

    /**
     * As {@link #teardown(Path, ConnectionSpec)}; with {@code dropReusedTemplate} also drops the reusable template
     * the manifest names, which is otherwise kept for the next build.
     */
    public void teardown(Path workDir, ConnectionSpec admin, boolean dropReusedTemplate) {
        Objects.requireNonNull(admin, "admin: teardown connects like prepare did (parameter <url>)");
        Path file = workDir.resolve(Manifest.FILE_NAME);
        if (!Files.exists(file)) {
            log.info("No db-lifecycle manifest in " + workDir + ": nothing to tear down.");
            return;
        }
        long start = System.nanoTime();
        Manifest manifest = Manifest.read(file);
        Backend backend = Backends.forId(manifest.backend());
        if (!backend.handles(admin.url())) {
            log.warn("The manifest was written by the " + backend.id() + " backend but <url> is now "
                    + Backends.scheme(admin.url()) + "...; dropping what the manifest lists anyway.");
        }
        List<Database> clones = manifest.workers().stream().map(backend::clone).toList();
        Database template = manifest.templateOwned() ? backend.template(manifest, admin) : null;
        List<Database> databases = new ArrayList<>(clones);
        if (template != null) {
            databases.add(template);
        }
        Drops.Outcome outcome = new Drops(backend, admin, manifest.buildId(), log).dropAll(clones, template);
        List<String> failures = new ArrayList<>(outcome.failures());
        deleteLeases(workDir);
        if (manifest.templateKey() != null) {
            failures.addAll(reusedTemplate(backend, admin, manifest, dropReusedTemplate));
        }
        if (!failures.isEmpty()) {
            throw new DbLifecycleException("db-lifecycle teardown could not drop " + failures.size() + " of "
                    + databases.size() + " database(s):\n  " + String.join("\n  ", failures)
                    + "\nThe manifest " + file + " is kept: run db-lifecycle:teardown again, or drop them by hand.");
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new DbLifecycleException("Dropped the databases but cannot delete the manifest " + file + ": " + e, e);
        }
        BuildLocks.release(manifest.buildId()); // last: until now a purge elsewhere must see this build as alive
        log.info("db-lifecycle dropped " + (outcome.dropped().isEmpty() ? "nothing" : String.join(", ",
                outcome.dropped())) + " in " + millis(start) + " ms"
                + (outcome.foreign().isEmpty() ? "." : "; left alone (not created by this build): "
                        + String.join(", ", outcome.foreign()) + "."));
    }

    private List<String> reusedTemplate(Backend backend, ConnectionSpec admin, Manifest manifest, boolean drop) {
        if (!drop) {
            log.info("Kept the reusable template " + manifest.template() + " for the next build (drop it with "
                    + "-Ddb-lifecycle.dropTemplate=true).");
            return List.of();
        }
        try {
            new TemplateCache(backend, TemplateStores.of(backend), log).drop(admin, manifest.template(),
                    PrepareRequest.Reuse.DEFAULT_LOCK_TIMEOUT);
            return List.of();
        } catch (SQLException | RuntimeException e) {
            return List.of(manifest.template() + ": " + e.getMessage());
        }
    }

    /** Creates the work directory; removes lease files a previous build left, and warns about its manifest. */
    private void prepareWorkDir(Path workDir) {
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot create the db-lifecycle directory " + workDir + ": " + e, e);
        }
        Path old = workDir.resolve(Manifest.FILE_NAME);
        if (Files.exists(old)) {
            String what;
            try {
                Manifest m = Manifest.read(old);
                what = "build " + m.buildId() + ", databases "
                        + m.workers().stream().map(Manifest.Worker::database).collect(Collectors.joining(", "))
                        + (m.templateOwned() ? " and template " + m.template() : "");
            } catch (DbLifecycleException e) {
                what = "unreadable";
            }
            log.warn("An earlier build's manifest " + old + " (" + what + ") was never torn down; it is replaced "
                    + "now. Drop its databases by hand if they are still there.");
        }
        deleteLeases(workDir);
    }

    private void deleteLeases(Path workDir) {
        Path dir = workDir.resolve("leases");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            log.warn("Cannot delete the lease files in " + dir + ": " + e);
        }
    }

    /** What prepare has created so far; clone tasks add to it concurrently. */
    private static final class Created {
        volatile Database template;
        final List<Database> clones = Collections.synchronizedList(new ArrayList<>());
    }

    private static String names(List<Database> databases) {
        return databases.stream().map(Database::name).collect(Collectors.joining(", "));
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
