package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.dblifecycle.core.postgresql.embedded.EmbeddedPostgres;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedSettings;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedUrl;
import io.github.dblifecycle.core.source.SqlScripts;
import io.github.dblifecycle.core.source.TemplateSource;
import io.github.dblifecycle.core.util.Concurrently;

/**
 * The lifecycle, the same for every backend: build the template from the scripts, clone it concurrently, write
 * the manifest; later drop everything this build created. Plain Java, called by the Maven goals and by tests.
 */
public final class DbLifecycle {
    private final Log log;
    private final PrepareListener listener;
    private final Supplier<String> buildIds;

    public DbLifecycle(Log log) {
        this(log, PrepareListener.NONE);
    }

    /** Tells {@code listener} what prepare does as it happens (e.g. timings, for the report goal). */
    public DbLifecycle(Log log, PrepareListener listener) {
        this(log, listener, DatabaseNames::newBuildId);
    }

    /** Tests choose the build id to predict database names. */
    DbLifecycle(Log log, Supplier<String> buildIds) {
        this(log, PrepareListener.NONE, buildIds);
    }

    private DbLifecycle(Log log, PrepareListener listener, Supplier<String> buildIds) {
        this.log = Objects.requireNonNull(log, "log");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.buildIds = buildIds;
    }

    /**
     * Builds the template and the clones and writes {@code workDir/manifest.properties}. On any failure it drops
     * what it had created before rethrowing.
     */
    public Manifest prepare(PrepareRequest request) {
        if (EmbeddedUrl.is(request.admin().url())) {
            throw new DbLifecycleException("The URL " + request.admin().url() + " asks for an embedded server: "
                    + "prepare it with prepare(request, EmbeddedSettings), which takes the server's binaries.");
        }
        validate(request);
        return prepare(request, DatabaseNames.requireBuildId(buildIds.get()));
    }

    /**
     * {@link #prepare(PrepareRequest)} on an embedded PostgreSQL server ({@code <url>embedded:postgresql…}) that this
     * starts first, for this build; the server stops when the build is torn down, and with a failed prepare.
     */
    public Manifest prepare(PrepareRequest request, EmbeddedSettings embedded) {
        EmbeddedUrl.parse(request.admin().url());
        validate(request);
        String buildId = DatabaseNames.requireBuildId(buildIds.get());
        ConnectionSpec admin = new EmbeddedPostgres(embedded, log).start(buildId, request.workDir());
        try {
            return prepare(request.withAdmin(admin), buildId);
        } catch (RuntimeException | Error e) {
            EmbeddedPostgres.pointer(request.workDir()).ifPresent(p -> p.stop(request.workDir(), log));
            throw e;
        }
    }

    private Manifest prepare(PrepareRequest request, String chosenBuildId) {
        Backend backend = backend(request, chosenBuildId);
        String buildId = backend.context().buildId();
        long start = System.nanoTime();
        WorkDir workDir = new WorkDir(request.workDir(), log);
        workDir.create();
        holdBuild(backend);
        try {
            workDir.takeOver(backend);
        } catch (RuntimeException e) {
            BuildLocks.release(buildId);
            throw e;
        }
        checkClonesAllowed(backend, request);
        if (purgeFirst(request)) {
            purgeDeadBuilds(backend, request.namePrefix());
        }
        List<TemplateSource> sources = sources(request, backend);
        Created created = new Created();
        try {
            TemplateResolver.Chosen template;
            List<Database> clones;
            try (TemplateResolver.Chosen chosen = new TemplateResolver(backend, listener, created::template)
                    .resolve(request, DatabaseNames.template(request.namePrefix(), buildId), sources)) {
                template = chosen;
                clones = createClones(backend, chosen.database(), request, created);
            }
            if (verifyClones(request)) {
                CloneVerifier.verify(backend, template.database(), clones, log);
            }
            Manifest manifest = new Manifest(
                    buildId,
                    request.mavenPid(),
                    backend.type().id(),
                    manifestTemplate(template.database()),
                    template.owned(),
                    request.inMemory(),
                    workers(clones),
                    request.forkProperties(),
                    template.reuseKey(),
                    request.leaseWait());
            Path written = manifest.write(request.workDir());
            log.info("db-lifecycle prepared " + clones.size() + " clone(s) of "
                    + template.database().name() + " in " + millis(start) + " ms; manifest: " + written);
            return manifest;
        } catch (SQLException | RuntimeException | Error e) {
            DbLifecycleException failure = rollback(backend, created, e);
            BuildLocks.release(buildId);
            throw failure;
        }
    }

    /** The backend of this build; refuses what it cannot do before anything is created. */
    private Backend backend(PrepareRequest request, String buildId) {
        BackendType type = Backends.forUrl(request.admin().url());
        if (request.inMemory() && !(type instanceof InMemoryClones)) {
            throw new DbLifecycleException("In-memory clones are a SQLite feature; the " + type.id() + " backend "
                    + "cannot load a clone into memory. Turn the in-memory option off.");
        }
        return type.forBuild(new BuildContext(buildId, request.admin(), request.workDir(), request.options(), log));
    }

    /**
     * Takes the build's liveness lock before creating anything, so that no database of a live build is ever
     * without it; it is held until teardown, or until this JVM (Maven's) dies.
     */
    private static void holdBuild(Backend backend) {
        ConnectionSpec admin = backend.context().admin();
        try {
            BuildLocks.register(
                    backend.context().buildId(),
                    backend.holdBuild(),
                    backend.context().log());
        } catch (SQLException e) {
            throw new DbLifecycleException(
                    "db-lifecycle cannot connect to the server (" + Redact.url(admin.url())
                            + "): "
                            + Redact.text(e.getMessage(), admin.password()).replaceAll("\\.$", "") // no ".."
                            + ". Check the parameters <url>, <username> and <password> (or <serverId>), and that the server "
                            + "is running.",
                    e);
        }
    }

    private static void checkClonesAllowed(Backend backend, PrepareRequest request) {
        if (request.clones() <= 1) {
            return; // a server takes one connection (this one's); asking costs an IDE run's start a connection
        }
        int max;
        try {
            max = backend.maxClones();
        } catch (SQLException e) {
            return; // not allowed to ask: creating the clones will say what is wrong, if anything
        } catch (RuntimeException e) {
            BuildLocks.release(backend.context().buildId());
            throw e;
        }
        if (request.clones() > max) {
            BuildLocks.release(backend.context().buildId());
            throw new DbLifecycleException("<clones> is " + request.clones() + " but the "
                    + backend.type().id()
                    + " server accepts at most " + max + " connections from ordinary users (max_connections less "
                    + "reserved ones), and every fork holds one to its clone. Lower <clones> and the forkCount, or "
                    + "raise the server's limit.");
        }
    }

    /** Leftovers of killed builds are dropped before this build adds its own; a failure here is only a warning. */
    private void purgeDeadBuilds(Backend backend, String prefix) {
        try {
            new Purge(log).run(backend, prefix);
        } catch (SQLException | RuntimeException e) {
            log.warn("db-lifecycle could not look for leftovers of dead builds: "
                    + Redact.text(e.getMessage(), backend.context().admin().password()));
        }
    }

    /**
     * Drops what builds that are no longer running left under {@code prefix} (on the server {@code admin} reaches;
     * SQLite: the template it names and the clones in {@code workDir}), and returns their names. Databases without
     * db-lifecycle's marker and those of running builds are never touched.
     */
    public List<String> purge(ConnectionSpec admin, String prefix, Path workDir) {
        Objects.requireNonNull(admin, "admin");
        if (EmbeddedUrl.is(admin.url())) {
            throw new DbLifecycleException("The URL " + admin.url() + " names an embedded server: purge it with "
                    + "purgeEmbedded, which needs its data directory.");
        }
        // The purge run's own id: it creates nothing, and drops the dead builds' databases under their markers.
        Backend backend = Backends.forUrl(admin.url())
                .forBuild(new BuildContext(DatabaseNames.newBuildId(), admin, workDir, Map.of(), log));
        try {
            List<String> dropped = new Purge(log).run(backend, prefix);
            if (dropped.isEmpty()) {
                log.info("db-lifecycle purge: no leftovers of dead builds under the prefix " + prefix + ".");
            }
            return dropped;
        } catch (SQLException e) {
            throw new DbLifecycleException(
                    "db-lifecycle purge failed on " + Redact.url(admin.url()) + ": "
                            + Redact.text(e.getMessage(), admin.password()),
                    e);
        }
    }

    /**
     * Stops the embedded servers of dead builds under {@code embedded}'s data directory (their databases go with
     * them) and removes the work directory's record of a dead build's server and manifest; returns the build ids
     * whose servers it stopped. Running builds' servers are left alone.
     */
    public List<String> purgeEmbedded(EmbeddedSettings embedded, Path workDir) {
        List<String> reclaimed = new EmbeddedPostgres(embedded, log).reclaim();
        EmbeddedPostgres.pointer(workDir)
                .filter(p -> !p.heldElsewhere() && !BuildLocks.holds(p.buildId()))
                .ifPresent(p -> {
                    p.stop(workDir, log);
                    new WorkDir(workDir, log).removeManifestOf(p.buildId());
                });
        if (reclaimed.isEmpty()) {
            log.info("db-lifecycle purge: no embedded server of a dead build in " + embedded.dataRoot() + ".");
        }
        return reclaimed;
    }

    /**
     * The option {@code purgeFirst} (default true): drop dead builds' leftovers before creating anything. A test run
     * without Maven turns it off and purges after its tests have their clone, off the path to the first test.
     */
    public static final String PURGE_FIRST_OPTION = "purgeFirst";

    private static boolean purgeFirst(PrepareRequest request) {
        return !"false"
                .equalsIgnoreCase(request.options()
                        .getOrDefault(PURGE_FIRST_OPTION, "true")
                        .strip());
    }

    /** The option {@code verifyClones}: compare every clone's fingerprint with the template's. */
    public static final String VERIFY_CLONES_OPTION = "verifyClones";

    private static boolean verifyClones(PrepareRequest request) {
        String value =
                request.options().getOrDefault(VERIFY_CLONES_OPTION, "false").strip();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new DbLifecycleException("Invalid value '" + value + "' for verifyClones: use true or false.");
        }
        return value.equalsIgnoreCase("true");
    }

    private static void validate(PrepareRequest request) {
        Objects.requireNonNull(request.admin(), "admin");
        Objects.requireNonNull(request.workDir(), "workDir");
        if (request.clones() > DatabaseNames.MAX_CLONES) {
            throw new DbLifecycleException("<clones> is " + request.clones() + "; db-lifecycle numbers clones up to "
                    + DatabaseNames.MAX_CLONES + " (one per forked test JVM). Lower <clones>.");
        }
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

    /** One cloning run of the template: {@code <clones>} copies, made concurrently. */
    private List<Database> createClones(Backend backend, Database template, PrepareRequest request, Created created)
            throws SQLException {
        try (Cloner cloner = backend.cloner(template)) {
            log.info(cloner.describe());
            return createClones(cloner, request, backend.context().buildId(), created);
        }
    }

    private List<Database> createClones(Cloner cloner, PrepareRequest request, String buildId, Created created) {
        int n = request.clones();
        int threads = Math.max(1, Math.min(cloner.concurrency(), n));
        long start = System.nanoTime();
        List<Concurrently.Task<Database>> tasks = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            int number = i;
            String name = DatabaseNames.clone(request.namePrefix(), buildId, number);
            tasks.add(() -> {
                long t0 = System.nanoTime();
                long startedAt = System.currentTimeMillis();
                Database clone = cloner.createClone(name);
                created.clones.add(clone);
                long took = millis(t0);
                log.info("Clone " + number + "/" + n + " " + name + " created in " + took + " ms");
                listener.cloneCreated(number, clone.name(), startedAt, took);
                return clone;
            });
        }
        Concurrently.Outcome<Database> outcome = Concurrently.run("db-lifecycle-clone", threads, tasks, true);
        if (!outcome.failures().isEmpty()) {
            Concurrently.Failure first = outcome.failures().get(0);
            DbLifecycleException e = new DbLifecycleException(
                    "Cannot create clone " + (first.index() + 1) + " of "
                            + n + " (" + DatabaseNames.clone(request.namePrefix(), buildId, first.index() + 1) + "): "
                            + first.error().getMessage(),
                    first.error());
            outcome.failures().stream().skip(1).forEach(f -> e.addSuppressed(f.error()));
            throw e;
        }
        if (outcome.interrupted()) {
            throw new DbLifecycleException("Interrupted while creating the database clones");
        }
        log.info(n + " clone(s) created in " + millis(start) + " ms (" + threads + " at a time)");
        return outcome.results();
    }

    private static List<Manifest.Worker> workers(List<Database> clones) {
        List<Manifest.Worker> workers = new ArrayList<>();
        for (int i = 0; i < clones.size(); i++) {
            Database clone = clones.get(i);
            // The clone's own account: the admin's for most backends, a user per clone for Oracle.
            workers.add(new Manifest.Worker(
                    i + 1,
                    clone.connection().url(),
                    clone.connection().username(),
                    clone.connection().password(),
                    clone.name(),
                    clone.file()));
        }
        return workers;
    }

    /** Drops what prepare created (clones first, then the template), and says so in the exception it returns. */
    private DbLifecycleException rollback(Backend backend, Created created, Throwable cause) {
        String buildId = backend.context().buildId();
        ConnectionSpec admin = backend.context().admin();
        List<Database> clones;
        synchronized (created.clones) {
            clones = List.copyOf(created.clones);
        }
        List<Database> databases = new ArrayList<>(clones);
        if (created.template != null) {
            databases.add(created.template);
        }
        String reason = Redact.text(
                cause instanceof DbLifecycleException
                        ? cause.getMessage()
                        : cause instanceof SQLException ? "database error: " + cause.getMessage() : cause.toString(),
                admin.password());
        StringBuilder message = new StringBuilder("db-lifecycle prepare failed. ").append(reason);
        if (!databases.isEmpty()) {
            boolean wasInterrupted = Thread.interrupted(); // clear it so the drops can run; restored below
            List<String> failures = new Drops(backend, buildId, log)
                    .dropAll(clones, created.template)
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
        new Teardown(log).run(workDir, admin, dropReusedTemplate);
    }

    /** What the manifest records as the template: its name, or for a file-based product its file's path. */
    static String manifestTemplate(Database template) {
        return template.file() != null ? template.file() : template.name();
    }

    /** What prepare has created so far; clone tasks add to it concurrently. */
    private static final class Created {
        volatile Database template;
        final List<Database> clones = Collections.synchronizedList(new ArrayList<>());

        void template(Database template) {
            this.template = template;
        }
    }

    private static String names(List<Database> databases) {
        return databases.stream().map(Database::name).collect(Collectors.joining(", "));
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
