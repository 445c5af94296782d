package io.github.dblifecycle.maven;

import java.io.File;
import java.nio.file.Path;

import io.github.dblifecycle.core.Backends;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.Redact;
import io.github.dblifecycle.core.launcher.LauncherConfig;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedSettings;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What both goals share: where the databases live, the account, the work directory and the skip switches. The
 * goals only translate this configuration; the lifecycle itself is {@code DbLifecycle} in the core module.
 */
abstract class AbstractDbLifecycleMojo extends AbstractMojo {

    /**
     * JDBC URL to create databases with. PostgreSQL: the server's maintenance database, e.g.
     * {@code jdbc:postgresql://127.0.0.1:5432/postgres}; or {@code embedded:postgresql} (optionally
     * {@code embedded:postgresql:17} or {@code embedded:postgresql:17.6.0}) for a server db-lifecycle starts from
     * the io.zonky.test.postgres binaries for the build. SQLite: {@code jdbc:sqlite:<path of the template file>},
     * a relative path being relative to the project's base directory.
     *
     * <p>As a user property ({@code -Ddb-lifecycle.url=…}) this is the admin URL; inside a test fork the system
     * property of the same name is that fork's clone ({@link ForkContract}).
     */
    @Parameter(property = ForkContract.ADMIN_URL, required = true)
    protected String url;

    /** User name for {@link #url}. */
    @Parameter(property = "db-lifecycle.username")
    protected String username;

    /** Password for {@link #url}. Prefer {@link #serverId} so that no password needs to be in the POM. */
    @Parameter(property = "db-lifecycle.password")
    protected String password;

    /**
     * Id of a {@code <server>} in {@code settings.xml} whose username and password (encrypted or not) are used
     * instead of {@link #username} and {@link #password}.
     */
    @Parameter(property = "db-lifecycle.serverId")
    protected String serverId;

    /**
     * Where the manifest, the lease files and SQLite clones are kept during the build. The data of the
     * {@code report} goal goes to its sibling directory {@code db-lifecycle-report}, which teardown keeps. The forks
     * look for the manifest in {@code target/db-lifecycle}: if you change this, pass
     * {@code db-lifecycle.manifest} to them (see the fork properties page). Two builds running at once need
     * different directories: {@code prepare} refuses one whose manifest belongs to a build that is still running.
     */
    @Parameter(property = "db-lifecycle.workDirectory", defaultValue = ForkContract.DEFAULT_WORK_DIRECTORY)
    protected File workDirectory;

    /**
     * Embedded PostgreSQL ({@code <url>embedded:postgresql</url>}) only: where each build's server keeps its data,
     * in a directory named by the build id ({@code <this>/<build id>/data}), deleted when the server stops. Put it
     * on a copy-on-write file system (XFS with reflink, btrfs, APFS) for PostgreSQL 18's cloning. {@code purge} and
     * the next {@code prepare} stop the servers of dead builds found here.
     */
    @Parameter(
            property = "db-lifecycle.embeddedDataDirectory",
            defaultValue = "${project.build.directory}/db-lifecycle-postgresql")
    protected File embeddedDataDirectory;

    /**
     * Embedded PostgreSQL only: where the unpacked binaries and an {@code initdb} result are kept across builds, one
     * directory per binaries version. Default {@code $XDG_CACHE_HOME/db-lifecycle} or
     * {@code ~/.cache/db-lifecycle}; when the build runs as root, the {@code .cache/db-lifecycle} of
     * {@link #embeddedUser}'s home, which that user can read.
     */
    @Parameter(property = "db-lifecycle.embeddedCacheDirectory")
    protected File embeddedCacheDirectory;

    /**
     * Embedded PostgreSQL only, when the build runs as root (PostgreSQL refuses to run as root): the unprivileged
     * user the server runs as. Default {@code postgres}; the build fails, naming this parameter, if there is no such
     * user. Ignored when the build does not run as root.
     */
    @Parameter(property = "db-lifecycle.embeddedUser")
    protected String embeddedUser;

    /** Skips the goal: prepare, teardown and purge all honour it. */
    @Parameter(property = ForkContract.SKIP, defaultValue = "false")
    protected boolean skip;

    /**
     * Failsafe's switch: when integration tests are skipped there is nothing to prepare or tear down. Purge ignores
     * it (it is run on purpose).
     */
    @Parameter(property = "skipITs", defaultValue = "false")
    protected boolean skipITs;

    /**
     * Surefire's and Failsafe's switch: when tests are skipped there is nothing to prepare or tear down. Purge
     * ignores it.
     */
    @Parameter(property = "skipTests", defaultValue = "false")
    protected boolean skipTests;

    /** Skips compiling and running tests, so there is nothing to prepare or tear down. Purge ignores it. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    protected boolean mavenTestSkip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    protected Settings settings;

    private final SettingsDecrypter decrypter;
    /** The password in use, masked in every message this goal shows. */
    private String secret = "";

    protected AbstractDbLifecycleMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /** Why this execution is skipped, or {@code null} to run it. Both goals use the same rule. */
    protected String skipReason() {
        if (skip) {
            return "db-lifecycle.skip is set";
        }
        if (mavenTestSkip) {
            return "maven.test.skip is set";
        }
        if (skipTests) {
            return "skipTests is set";
        }
        if (skipITs) {
            return "skipITs is set";
        }
        if ("pom".equals(project.getPackaging())) {
            return "the project has pom packaging";
        }
        return null;
    }

    protected ConnectionSpec connectionSpec() throws MojoExecutionException {
        // purge outside a project: Maven's stub project may have no base directory; relative paths are the cwd's
        Path basedir = project.getBasedir() != null
                ? project.getBasedir().toPath()
                : Path.of("").toAbsolutePath();
        String resolvedUrl = Backends.resolveUrl(url, basedir);
        ConnectionSpec spec = new Credentials(decrypter, settings).resolve(serverId, resolvedUrl, username, password);
        secret = spec.password();
        return spec;
    }

    /** The embedded server's settings; {@code binaries} {@code null} for goals that only stop servers. */
    protected EmbeddedSettings embeddedSettings(Path binaries, String version) {
        return new EmbeddedSettings(
                binaries,
                version,
                embeddedDataDirectory.toPath(),
                embeddedCacheDirectory != null ? embeddedCacheDirectory.toPath() : null,
                embeddedUser);
    }

    /** Where prepare records the configuration for test runs without Maven, and those runs keep their clones. */
    protected Path launcherDirectory() {
        return LauncherConfig.directory(
                Path.of(project.getBuild().getDirectory()).toAbsolutePath());
    }

    protected Path workDir() {
        return workDirectory.toPath().toAbsolutePath();
    }

    /**
     * The core's message is complete (cause, place, fix); the causes behind it are for {@code -X} only, since Maven
     * would otherwise append every cause's message again.
     */
    protected MojoExecutionException failure(DbLifecycleException e) {
        if (getLog().isDebugEnabled()) {
            // Causes are drivers' exceptions, which may repeat the URL: only their redacted messages are shown.
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                getLog().debug("db-lifecycle failure cause: " + t.getClass().getName() + ": "
                        + Redact.text(t.getMessage(), secret));
            }
        }
        String message = Redact.text(e.getMessage(), secret);
        return new MojoExecutionException(message.startsWith("db-lifecycle") ? message : "db-lifecycle: " + message);
    }

    protected MavenLog log() {
        return new MavenLog(getLog());
    }
}
