package io.github.dblifecycle.core;

/**
 * A database (PostgreSQL, MySQL), schema/user (Oracle) or file (SQLite) that a backend created or uses.
 *
 * @param name the name on the server (SQLite: the file name without directory)
 * @param connection how a client reaches it
 * @param file SQLite only: the database file; {@code null} for server backends
 */
public record Database(String name, ConnectionSpec connection, String file) {}
