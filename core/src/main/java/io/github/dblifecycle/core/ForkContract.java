package io.github.dblifecycle.core;

import java.nio.file.Path;

/**
 * The names that the plugin ({@code prepare}), the forks (db-lifecycle-surefire-provider) and the tests agree on,
 * in one place: where the manifest is, how leases are laid out, which system properties a fork gets and which
 * project properties {@code prepare} exports. Renaming one is a change of the public contract (README, "Fork
 * properties").
 *
 * <p><b>{@code db-lifecycle.url} has two meanings</b>, by design of the user-facing names: as a Maven user property
 * ({@code -Ddb-lifecycle.url=…} on the command line, {@link #ADMIN_URL}) it is the plugin's {@code <url>}, the admin
 * URL the template and clones are created through; inside a fork (a system property the provider sets,
 * {@link #URL}) it is that fork's clone. The two never meet: the provider sets the fork's value itself, after the
 * JVM has started, whatever Surefire's {@code systemPropertyVariables} passed in.
 */
public final class ForkContract {
    /** Fork system property: the JDBC URL of this fork's clone (no password in it). See the class comment. */
    public static final String URL = "db-lifecycle.url";
    /** Fork system property: the account to log in to the clone with. */
    public static final String USERNAME = "db-lifecycle.username";
    /** Fork system property: its password. Never shown in reports ({@link Redact}). */
    public static final String PASSWORD = "db-lifecycle.password";
    /** Fork system property: the worker number 1..N of the clone this fork leased. */
    public static final String WORKER = "db-lifecycle.worker";
    /** Fork system property: the clone's database name (SQLite: its file). */
    public static final String DATABASE = "db-lifecycle.database";
    /**
     * Where the forks read the manifest: a system property of the forks, also exported by {@code prepare} as a
     * project property; without it a fork looks in {@link #defaultManifest}.
     */
    public static final String MANIFEST = "db-lifecycle.manifest";

    /**
     * Set by the provider in every JVM it runs in, before any launcher session opens: the JUnit Platform listener
     * of db-lifecycle-junit then leaves the binding to the provider (a fork binds once, by the provider).
     */
    public static final String PROVIDER = "db-lifecycle.provider";

    /** Plugin user property: skip every goal. Surefire passes it on to the forks, which then say why no manifest. */
    public static final String SKIP = "db-lifecycle.skip";
    /** Plugin user property: the admin {@code <url>} (the same name as {@link #URL}: see the class comment). */
    public static final String ADMIN_URL = URL;
    /** Project property exported by {@code prepare}: the number of clones. Also the {@code <clones>} user property. */
    public static final String CLONES = "db-lifecycle.clones";
    /** Project property exported by {@code prepare}, with {@code .N} appended: clone N's URL (password masked). */
    public static final String CLONE_URL_PREFIX = "db-lifecycle.url.";
    /** Project property exported by {@code prepare}, with {@code .N} appended: clone N's database name. */
    public static final String CLONE_DATABASE_PREFIX = "db-lifecycle.database.";

    /** The work directory under the build directory ({@code target}), where {@code prepare} writes the manifest. */
    public static final String WORK_DIRECTORY_NAME = "db-lifecycle";
    /** The plugin's {@code <workDirectory>} default, as a Maven expression. */
    public static final String DEFAULT_WORK_DIRECTORY = "${project.build.directory}/" + WORK_DIRECTORY_NAME;
    /** The manifest's file name in the work directory. */
    public static final String MANIFEST_FILE = "manifest.properties";
    /** The directory beside the manifest holding one lock file per worker ({@link Lease}). */
    public static final String LEASES_DIRECTORY = "leases";
    /** The file beside the manifest that tells the test JVMs this build's shard ({@code ShardSettings}). */
    public static final String SHARD_FILE = "shard.properties";
    /** Plugin user property: this build's shard, {@code i/n}. */
    public static final String SHARD = "db-lifecycle.shard";

    private ForkContract() {}

    /** {@code <basedir>/target/db-lifecycle/manifest.properties}: where a fork looks without {@link #MANIFEST}. */
    public static Path defaultManifest(Path basedir) {
        return basedir.resolve("target").resolve(WORK_DIRECTORY_NAME).resolve(MANIFEST_FILE);
    }

    /** The manifest in a work directory. */
    public static Path manifest(Path workDir) {
        return workDir.resolve(MANIFEST_FILE);
    }

    /** The directory of the lease files of the manifest in {@code manifestDir}. */
    public static Path leasesDirectory(Path manifestDir) {
        return manifestDir.resolve(LEASES_DIRECTORY);
    }

    /** {@code leases/worker-N.lock} beside the manifest: the lock a fork holds while it uses clone N. */
    public static Path leaseFile(Path manifestDir, int worker) {
        return leasesDirectory(manifestDir).resolve("worker-" + worker + ".lock");
    }

    /** The exported project property with clone N's URL. */
    public static String cloneUrlProperty(int worker) {
        return CLONE_URL_PREFIX + worker;
    }

    /** The exported project property with clone N's database name. */
    public static String cloneDatabaseProperty(int worker) {
        return CLONE_DATABASE_PREFIX + worker;
    }
}
