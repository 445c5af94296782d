package io.github.dblifecycle.core;

/**
 * A database that carries db-lifecycle's marker, as found on a server (or disk) by {@link Backend#marked}.
 *
 * @param database the database (its file for SQLite)
 * @param buildId the build its marker names
 */
public record BuildMark(Database database, String buildId) {}
