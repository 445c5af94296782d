package io.github.dblifecycle.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.inject.Inject;

import io.github.dblifecycle.core.DbLifecycle;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.ForkSettings;
import io.github.dblifecycle.core.Manifest;
import io.github.dblifecycle.core.PrepareRequest;
import io.github.dblifecycle.core.Redact;
import io.github.dblifecycle.core.TestIncludes;
import io.github.dblifecycle.core.launcher.LauncherConfig;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedSettings;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedUrl;
import io.github.dblifecycle.core.report.ReportFiles;
import io.github.dblifecycle.core.report.TimingRecorder;
import io.github.dblifecycle.core.shard.ShardSettings;
import io.github.dblifecycle.core.source.FlywayMigrations;
import io.github.dblifecycle.core.source.LiquibaseChangelog;
import io.github.dblifecycle.core.source.TemplateSource;
import org.apache.maven.artifact.handler.manager.ArtifactHandlerManager;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * Builds the template database by running {@code scripts} in order, clones it concurrently (as many clones as
 * the {@code clones} parameter says), and writes the manifest that the db-lifecycle Surefire/Failsafe provider
 * reads, so that each forked test JVM binds to a clone of its own. Bound to {@code process-test-classes}, before
 * Surefire's {@code test} phase, so that one configuration serves {@code mvn test} (Surefire) and {@code mvn verify}
 * (Failsafe). Whatever ends the build afterwards (failing tests, another plugin, Ctrl-C), the end of the Maven
 * session drops what it created if the {@code teardown} goal has not. When the project declares no
 * {@code junit-platform-launcher}, it adds the one matching the project's JUnit Platform to the test classpath (see
 * {@link LauncherSupply}).
 */
@Mojo(
        name = "prepare",
        defaultPhase = LifecyclePhase.PROCESS_TEST_CLASSES,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class PrepareMojo extends AbstractDbLifecycleMojo {

    /** SQL scripts that build the template, run in the order given. */
    @Parameter
    private List<File> scripts = new ArrayList<>();

    /**
     * How many clones (one per concurrently running test JVM). Default: the largest {@code forkCount} configured
     * for maven-failsafe-plugin or maven-surefire-plugin in this project ({@code 2C} counts as 2 × cores), or 1
     * when neither sets one, which is Surefire's own default.
     */
    @Parameter(property = ForkContract.CLONES)
    private Integer clones;

    /** Start of every database name db-lifecycle creates: {@code <prefix>_<build id>_<n>}. */
    @Parameter(property = "db-lifecycle.namePrefix", defaultValue = "dblc")
    private String namePrefix;

    /**
     * SQLite only: each forked JVM loads its clone into a private in-memory database
     * ({@code file:…?mode=memory&cache=shared}) that lives as long as the fork; {@code db-lifecycle.url} then
     * points at it.
     */
    @Parameter(property = "db-lifecycle.inMemory", defaultValue = "false")
    private boolean inMemory;

    /**
     * PostgreSQL only: how {@code CREATE DATABASE … TEMPLATE} copies: {@code WAL_LOG} (15+), {@code FILE_COPY},
     * {@code CLONE} (18+: FILE_COPY with {@code file_copy_method = clone}, reflinked files), or {@code auto} (FILE_COPY
     * for templates over 64 MB, where it measured faster, cloning on 18+ unless the server cannot; WAL_LOG below).
     */
    @Parameter(property = "db-lifecycle.postgresqlStrategy", defaultValue = "auto")
    private String postgresqlStrategy;

    /**
     * PostgreSQL only: run a dump's ownership and privilege statements ({@code OWNER TO}, {@code GRANT},
     * {@code REVOKE}, {@code SET ROLE}) as written, so one naming a role the server lacks fails the build. By
     * default those for missing roles are skipped with one warning listing the roles (like {@code pg_restore
     * --no-owner --no-privileges}): a production dump names roles a CI server rarely has.
     */
    @Parameter(property = "db-lifecycle.keepOwnership", defaultValue = "false")
    private boolean keepOwnership;

    /**
     * Compare every clone with the template after cloning (MySQL/MariaDB: a fingerprint of tables, columns, indexes,
     * constraints, views, triggers, routines, events, AUTO_INCREMENT counters and per-table row checksums) and fail
     * on any difference, naming it. Costs a full read of every clone.
     */
    @Parameter(property = "db-lifecycle.verifyClones", defaultValue = "false")
    private boolean verifyClones;

    /**
     * Backend options by name, e.g. {@code <mysql.tableSessions>2</mysql.tableSessions>} (sessions copying tables
     * into one clone), {@code <mysql.cloneConcurrency>2</mysql.cloneConcurrency>} (clones made at once) or
     * {@code <mysql.cloneMethod>auto</mysql.cloneMethod>} ({@code auto}, {@code sql} or {@code tablespace}: InnoDB
     * tablespace import when the server's datadir is usable from this JVM, else INSERT … SELECT).
     */
    @Parameter
    private Map<String, String> backendOptions = new HashMap<>();

    /**
     * How long a forked JVM waits for a free clone when all are leased (more forks than clones, or a fork of
     * {@code reuseForks=false} starting before the previous one exited) before it fails.
     */
    @Parameter(property = "db-lifecycle.leaseWaitSeconds", defaultValue = "30")
    private int leaseWaitSeconds;

    /**
     * Extra system properties set in every forked JVM, for frameworks that read their own names. Values may use
     * {@code {url}}, {@code {username}}, {@code {password}}, {@code {worker}} and {@code {database}}, e.g.
     * {@code <spring.datasource.url>{url}</spring.datasource.url>}.
     */
    @Parameter
    private Map<String, String> forkProperties = new HashMap<>();

    /**
     * Keep the template on the server between builds, keyed by a SHA-256 of everything that shapes it (scripts,
     * migrations, changelog, db-lifecycle version, backend and server version, connection options): the next build
     * with the same key only clones it; a changed key builds a new one and drops this prefix's old one. Off by
     * default: it leaves a database on the server after the build, which a throw-away CI server does not want and
     * a shared server must expect.
     */
    @Parameter(property = "db-lifecycle.reuse", defaultValue = "false")
    private boolean reuse;

    /** Seconds to wait for another build that is building or cloning the same prefix's reusable template. */
    @Parameter(property = "db-lifecycle.reuseLockTimeout", defaultValue = "600")
    private int reuseLockTimeout;

    /**
     * Build the template with Flyway migrations (before {@link #scripts}, which may then add seed data). Needs
     * {@code org.flywaydb:flyway-core} and the database's Flyway module in the plugin's {@code <dependencies>}.
     * Setting {@link #flywayLocations} turns it on too.
     */
    @Parameter(property = "db-lifecycle.flyway", defaultValue = "false")
    private boolean flyway;

    /**
     * Directories of the Flyway migrations, as in flyway-maven-plugin: {@code filesystem:<dir>} or a plain path,
     * relative to the project. Default {@code filesystem:src/main/resources/db/migration}.
     */
    @Parameter
    private List<String> flywayLocations = new ArrayList<>();

    /** Further Flyway settings by their {@code flyway.*} names, e.g. {@code <flyway.placeholders.owner>app</…>}. */
    @Parameter
    private Map<String, String> flywayConfiguration = new HashMap<>();

    /**
     * A Liquibase changelog that builds the template (before {@link #scripts}). Needs
     * {@code org.liquibase:liquibase-core} 4.33.x in the plugin's {@code <dependencies>}. Includes resolve relative to
     * the changelog's directory.
     */
    @Parameter(property = "db-lifecycle.liquibaseChangelog")
    private File liquibaseChangelog;

    /** Liquibase contexts, comma-separated. */
    @Parameter(property = "db-lifecycle.liquibaseContexts")
    private String liquibaseContexts;

    /** Liquibase label expression. */
    @Parameter(property = "db-lifecycle.liquibaseLabels")
    private String liquibaseLabels;

    /**
     * Run only this CI job's share of the test classes: {@code i/n}, e.g. {@code 2/4} for the second of four jobs.
     * Every class of the suite (after includes, excludes, {@code -Dtest}/{@code -Dit.test}) runs in exactly one of
     * the n shards, balanced by {@link #durations} when given. Unset: the whole suite.
     */
    @Parameter(property = ForkContract.SHARD)
    private String shard;

    /**
     * Recorded test class durations (a file written with {@link #recordDurations}) to balance the shards by time.
     * Every shard of one pipeline must read the same file. Missing or empty: the shards are balanced by count.
     */
    @Parameter(property = "db-lifecycle.durations")
    private File durations;

    /**
     * At the end of the build, write what each test class took into this file (merged: entries of classes this
     * build did not run, such as other shards', are kept), for {@link #durations}.
     */
    @Parameter(property = "db-lifecycle.recordDurations")
    private File recordDurations;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    private final RepositorySystem repositorySystem;
    private final ArtifactHandlerManager artifactHandlers;

    @Inject
    public PrepareMojo(
            SettingsDecrypter decrypter, RepositorySystem repositorySystem, ArtifactHandlerManager artifactHandlers) {
        super(decrypter);
        this.repositorySystem = repositorySystem;
        this.artifactHandlers = artifactHandlers;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String skipReason = skipReason();
        if (skipReason != null) {
            getLog().info("db-lifecycle: prepare skipped (" + skipReason + ")");
            return;
        }
        ShardSettings sharding;
        try {
            sharding = Sharding.settings(shard, durations, log());
        } catch (DbLifecycleException e) {
            throw failure(e);
        }
        if (!TestPlugins.withProvider(project).isEmpty()) { // else the tests are not ours
            try {
                LauncherSupply.supply(
                        project, repositorySystem, session.getRepositorySession(), artifactHandlers, getLog());
            } catch (DbLifecycleException e) {
                throw failure(e);
            }
        }
        int cloneCount = clones != null ? clones : ForkCounts.defaultClones(project, getLog());
        if (cloneCount < 1) {
            throw new MojoExecutionException("db-lifecycle: <clones> is " + cloneCount
                    + "; it must be at least 1 (one clone per concurrently running test JVM).");
        }
        try {
            ForkSettings.check(TestPlugins.forkSettings(project));
        } catch (DbLifecycleException e) {
            throw failure(e);
        }
        warnAboutTestPlugins(cloneCount);
        SitePluginCheck.warn(project, getLog());
        if (leaseWaitSeconds < 0) {
            throw new MojoExecutionException(
                    "db-lifecycle: <leaseWaitSeconds> is " + leaseWaitSeconds + "; it must be 0 or more.");
        }
        List<Path> scriptPaths =
                scripts.stream().map(f -> f.toPath().toAbsolutePath()).toList();
        Map<String, String> options = new HashMap<>(backendOptions);
        options.put("postgresql.strategy", postgresqlStrategy);
        options.put("postgresql.keepOwnership", Boolean.toString(keepOwnership));
        options.put(DbLifecycle.VERIFY_CLONES_OPTION, Boolean.toString(verifyClones));
        if (reuseLockTimeout < 1) {
            throw new MojoExecutionException(
                    "db-lifecycle: <reuseLockTimeout> is " + reuseLockTimeout + "; it must be at least 1 (seconds).");
        }
        PrepareRequest request = new PrepareRequest(
                connectionSpec(),
                scriptPaths,
                cloneCount,
                namePrefix,
                workDir(),
                inMemory,
                forkProperties,
                options,
                ProcessHandle.current().pid(),
                migrations(),
                reuse ? PrepareRequest.Reuse.on(Duration.ofSeconds(reuseLockTimeout)) : PrepareRequest.Reuse.OFF,
                Duration.ofSeconds(leaseWaitSeconds));
        Manifest manifest;
        EmbeddedSettings embedded = null;
        try {
            TimingRecorder timings = new TimingRecorder(
                    ReportFiles.dirFor(workDir()), log(), request.admin().password());
            if (sharding != null) {
                timings.shard(sharding.shard().toString());
            }
            DbLifecycle lifecycle = new DbLifecycle(log(), timings);
            if (EmbeddedUrl.is(url)) {
                EmbeddedBinaries.Resolved binaries = new EmbeddedBinaries(
                                repositorySystem,
                                session.getRepositorySession(),
                                project.getRemoteProjectRepositories())
                        .resolve(url);
                embedded = embeddedSettings(binaries.jar(), binaries.version());
                EmbeddedSettings settings = embedded;
                manifest = timings.prepare(() -> lifecycle.prepare(request, settings));
            } else {
                manifest = timings.prepare(() -> lifecycle.prepare(request));
            }
        } catch (DbLifecycleException e) {
            throw failure(e);
        }
        // Whatever ends the build from here on (failing tests under Surefire, mvn test, another plugin, Ctrl-C),
        // the session's end drops what this build created, unless the teardown goal did it first.
        SessionEnd.register(session, log(), manifest.buildId(), workDir(), request.admin());
        exportProjectProperties(manifest);
        try {
            ShardSettings.writeOrClear(workDir(), sharding);
        } catch (DbLifecycleException e) {
            throw failure(e);
        }
        if (recordDurations != null) {
            Sharding.recordAtEnd(session, log(), recordDurations, workDir());
        }
        recordForLauncherRuns(request, scriptPaths, embedded);
    }

    /**
     * What a test run without Maven (an IDE's, with db-lifecycle-junit) needs to take a clone of its own; kept after
     * the build, without the password; on an embedded server, how to start one of its own.
     */
    private void recordForLauncherRuns(PrepareRequest request, List<Path> scriptPaths, EmbeddedSettings embedded) {
        boolean flywayOn = flyway || !flywayLocations.isEmpty();
        Path written = new LauncherConfig(
                        request.admin().url(),
                        request.admin().username(),
                        !request.admin().password().isEmpty(),
                        serverId,
                        scriptPaths,
                        namePrefix,
                        inMemory,
                        forkProperties,
                        request.options(),
                        reuse,
                        Duration.ofSeconds(reuseLockTimeout),
                        request.leaseWait(),
                        flywayOn ? flywayLocations : null,
                        flywayConfiguration,
                        liquibaseChangelog == null ? null : liquibaseChangelog.toPath(),
                        liquibaseContexts,
                        liquibaseLabels,
                        project.getBasedir().toPath(),
                        embedded)
                .write(launcherDirectory());
        getLog().debug("db-lifecycle: recorded the configuration for test runs without Maven in " + written);
    }

    /**
     * Clones that no fork will use are made for nothing, silently: a test plugin whose includes match no test class,
     * or more forks than clones (the extra forks wait leaseWaitSeconds, then fail).
     */
    private void warnAboutTestPlugins(int cloneCount) {
        int forks = ForkCounts.largest(project);
        if (clones != null && cloneCount < forks) {
            getLog().warn("db-lifecycle: <clones> is " + cloneCount + " but the forkCount of Surefire/Failsafe is "
                    + forks + ": only " + cloneCount + " fork(s) can hold a clone at a time; the others wait "
                    + leaseWaitSeconds + " s (leaseWaitSeconds) for one and then fail. Set <clones> to " + forks
                    + ", or leave it unset: it then follows the forkCount.");
        }
        Properties user = session.getUserProperties();
        if (user.getProperty("test") != null || user.getProperty("it.test") != null) {
            return; // -Dtest/-Dit.test replace the includes
        }
        Path testClasses = Path.of(project.getBuild().getTestOutputDirectory());
        for (Plugin plugin : TestPlugins.withProvider(project)) {
            boolean failsafe = plugin.getArtifactId().equals("maven-failsafe-plugin");
            if ((failsafe && plugin.getExecutions().isEmpty())
                    || !TestPlugins.values(plugin, "test").isEmpty()) {
                continue; // Failsafe runs only when bound; <test> replaces the includes
            }
            List<String> includes = TestPlugins.values(plugin, "includes");
            TestIncludes.unmatched(
                            plugin.getArtifactId(),
                            includes.isEmpty() ? (failsafe ? TestIncludes.FAILSAFE : TestIncludes.SUREFIRE) : includes,
                            testClasses)
                    .ifPresent(getLog()::warn);
        }
    }

    private List<TemplateSource> migrations() {
        List<TemplateSource> sources = new ArrayList<>();
        Path baseDir = project.getBasedir().toPath();
        if (flyway || !flywayLocations.isEmpty()) {
            sources.add(new FlywayMigrations(flywayLocations, flywayConfiguration, baseDir));
        }
        if (liquibaseChangelog != null) {
            sources.add(new LiquibaseChangelog(liquibaseChangelog.toPath(), liquibaseContexts, liquibaseLabels));
        }
        return sources;
    }

    /**
     * Later plugins in the same build (or a plain Failsafe {@code systemPropertyVariables}) can read the clones as
     * {@code ${db-lifecycle.url.1}} and so on. Passwords are not exported (nor kept in the URLs).
     */
    private void exportProjectProperties(Manifest manifest) {
        Properties props = project.getProperties();
        props.setProperty(
                ForkContract.MANIFEST, ForkContract.manifest(workDir()).toString());
        props.setProperty(
                ForkContract.CLONES, Integer.toString(manifest.workers().size()));
        for (Manifest.Worker w : manifest.workers()) {
            props.setProperty(ForkContract.cloneUrlProperty(w.number()), Redact.url(w.url()));
            props.setProperty(ForkContract.cloneDatabaseProperty(w.number()), w.database());
        }
    }
}
