package io.github.dblifecycle.core;

/**
 * What a forked test JVM uses once it holds its lease.
 *
 * @param url the JDBC URL the tests must use (the clone's, or for SQLite in-memory mode the private memory database)
 * @param keepAlive held open for the JVM's life (SQLite in-memory mode: the connection that keeps the memory
 *     database alive); {@code null} when nothing must stay open
 */
public record CloneBinding(String url, AutoCloseable keepAlive) {}
