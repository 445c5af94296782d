/**
 * An embedded PostgreSQL for projects without a server ({@code <url>embedded:postgresql</url>}): the platform
 * binaries of io.zonky.test.postgres (a jar the Maven plugin resolves and hands over as a path, so this package
 * stays Maven-free), unpacked and {@code initdb}-ed once per version into a cache, then one server per build on a
 * free loopback port with a data directory of its own. The server carries the build's liveness like every database
 * db-lifecycle creates (a {@link io.github.dblifecycle.core.FileBuildLock} beside its directory), so a server left
 * by a killed build is stopped by the next {@code prepare} or {@code purge}.
 */
package io.github.dblifecycle.core.postgresql.embedded;
