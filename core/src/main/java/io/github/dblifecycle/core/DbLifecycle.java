package io.github.dblifecycle.core;

import java.io.IOException;
import io.github.dblifecycle.core.report.TimingRecorder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
        Created created = new Created();
        try {
            Database template = null;
            if (request.scripts().isEmpty()) {
                template = backend.existingTemplate(request.admin());
            }
            boolean templateOwned = template == null;
            if (templateOwned) {
                template = buildTemplate(backend, request, DatabaseNames.template(request.namePrefix(), buildId),
                        created);
            } else {
                log.info("No <scripts>: cloning the existing template " + backend.manifestTemplate(template)
                        + " as it is (it is never modified or dropped).");
                timings.templateReused(backend.manifestTemplate(template));
            }
            log.info(backend.beforeCloning(request.admin(), template));
            List<Database> clones = createClones(backend, request, template, buildId, created);
            backend.drainWarnings().forEach(log::warn);
            if (verifyClones(request)) {
                CloneVerifier.verify(backend, request.admin(), template, clones, log);
            }
            Manifest manifest = new Manifest(buildId, request.mavenPid(), backend.id(),
                    backend.manifestTemplate(template), templateOwned, request.inMemory(),
                    workers(clones, request.admin()), request.forkProperties());
            Path written = manifest.write(request.workDir());
            log.info("db-lifecycle prepared " + clones.size() + " clone(s) of " + template.name() + " in "
                    + millis(start) + " ms; manifest: " + written);
            return manifest;
        } catch (SQLException | RuntimeException | Error e) {
            throw rollback(backend, request.admin(), created, e);
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

    private Database buildTemplate(Backend backend, PrepareRequest request, String name, Created created)
            throws SQLException {
        ScriptRunner runner = new ScriptRunner(backend.splitter());
        runner.load(request.scripts()); // a missing or empty script fails before anything is created
        long start = System.nanoTime();
        long startedAt = System.currentTimeMillis();
        Database template;
        try {
            template = backend.createTemplate(request.admin(), name, request.workDir());
        } catch (SQLException e) {
            throw new DbLifecycleException("Cannot create the template database " + name + ": " + e.getMessage(), e);
        }
        created.template = template;
        int statements;
        // Closed before cloning: PostgreSQL refuses to copy a database that has sessions.
        try (Connection c = backend.open(template.connection())) {
            statements = runner.run(c, request.scripts());
        }
        long took = millis(start);
        log.info("Template " + template.name() + " built from " + request.scripts().size() + " script(s), "
                + statements + " statement(s), in " + took + " ms");
        timings.templateBuilt(template.name(), request.scripts(), startedAt, took, statements);
        return template;
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
    private DbLifecycleException rollback(Backend backend, ConnectionSpec admin, Created created, Throwable cause) {
        List<Database> clones;
        synchronized (created.clones) {
            clones = List.copyOf(created.clones);
        }
        List<Database> databases = new ArrayList<>(clones);
        if (created.template != null) {
            databases.add(created.template);
        }
        String reason = cause instanceof DbLifecycleException ? cause.getMessage()
                : cause instanceof SQLException ? "database error: " + cause.getMessage() : cause.toString();
        StringBuilder message = new StringBuilder("db-lifecycle prepare failed. ").append(reason);
        if (!databases.isEmpty()) {
            boolean wasInterrupted = Thread.interrupted(); // clear it so the drops can run; restored below
            List<String> failures = dropAll(backend, admin, clones, created.template);
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
        List<String> failures = dropAll(backend, admin, clones, template);
        deleteLeases(workDir);
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
        log.info("db-lifecycle dropped " + names(databases) + " in " + millis(start) + " ms.");
    }

    /**
     * Drops the clones concurrently, then the template ({@code null}: none of ours). Every drop is tried; returns
     * one line per failure.
     */
    private List<String> dropAll(Backend backend, ConnectionSpec admin, List<Database> clones, Database template) {
        List<String> failures = new ArrayList<>(drop(backend, admin, clones));
        if (template != null) {
            failures.addAll(drop(backend, admin, List.of(template)));
        }
        return failures;
    }

    private List<String> drop(Backend backend, ConnectionSpec admin, List<Database> databases) {
        List<Concurrently.Task<Void>> tasks = new ArrayList<>();
        for (Database d : databases) {
            tasks.add(() -> {
                backend.drop(admin, d);
                log.debug("Dropped " + d.name());
                return null;
            });
        }
        Concurrently.Outcome<Void> outcome =
                Concurrently.run("db-lifecycle-drop", backend.cloneConcurrency(), tasks, false);
        return outcome.failures().stream()
                .map(f -> databases.get(f.index()).name() + ": " + f.error().getMessage())
                .collect(Collectors.toList());
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
