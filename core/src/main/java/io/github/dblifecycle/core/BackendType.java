package io.github.dblifecycle.core;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.github.dblifecycle.core.reuse.TemplateStore;

/**
 * What db-lifecycle knows about one database product, without any build: its URL schemes, driver, script dialect,
 * Flyway module, how a fork binds to a clone, and how to make the {@link Backend} of one build. One shared instance
 * per product, listed by {@link Backends}; stateless. Implementations use only {@code java.sql}: the driver comes
 * from the plugin's or the test JVM's classpath.
 */
public interface BackendType {
    /** Short stable id written into the manifest, e.g. {@code postgresql}. */
    String id();

    /** The JDBC URL prefixes this product serves, e.g. {@code jdbc:postgresql:}. */
    List<String> urlPrefixes();

    /** Whether this type serves the given JDBC URL (by its scheme). */
    default boolean handles(String jdbcUrl) {
        return urlPrefixes().stream().anyMatch(jdbcUrl::startsWith);
    }

    /** Maven coordinates of the JDBC driver, for the message when a test JVM lacks it. */
    String driverArtifact();

    /** How this product's scripts are cut into statements. */
    ScriptSplitter splitter();

    /** The Flyway module this product needs since Flyway 10, for the message when it is missing. */
    default String flywayModule() {
        return "the Flyway module for " + id();
    }

    /**
     * The URL as the user meant it when written in a project in {@code baseDir} (SQLite: a relative file is
     * relative to the project, not to the working directory). Most products need no fix-up.
     */
    default String resolveUrl(String url, Path baseDir) {
        return url;
    }

    /**
     * The admin URL for a build that builds its own template in {@code workDir} while other builds of the same
     * project may run (a test run without Maven, without {@code <reuse>}): server products create the template under
     * the build's own name anyway; a product whose URL names the template's file (SQLite) moves it into
     * {@code workDir}, so that two such builds never share one.
     */
    default String privateTemplateUrl(String adminUrl, Path workDir) {
        return adminUrl;
    }

    /** This product set up for one build; checks the build's options ({@code <id>.*} keys) first. */
    Backend forBuild(BuildContext context);

    /**
     * In the forked test JVM: checks that the clone answers and that a connection really reaches it (not some
     * other database), and returns the URL the tests must use.
     */
    CloneBinding bindFork(Manifest manifest, Manifest.Worker worker) throws SQLException;

    /** The template a manifest names, for teardown: by default a database of that name on the admin's server. */
    default Database template(Manifest manifest, ConnectionSpec admin) {
        return new Database(manifest.template(), admin, null);
    }

    /** Where templates are kept between builds ({@code <reuse>}); empty when this product cannot keep them yet. */
    default Optional<TemplateStore> templateStore() {
        return Optional.empty();
    }
}
