/**
 * The PostgreSQL backend ({@code jdbc:postgresql:} with pgJDBC; manifest id {@code postgresql}).
 *
 * <h2>How a clone is made</h2>
 * The template is a database the scripts build; each clone is {@code CREATE DATABASE <clone> TEMPLATE <template>},
 * a copy made by the server. From PostgreSQL 15 the copy {@code STRATEGY} is chosen once per template by
 * {@link io.github.dblifecycle.core.postgresql.PostgresBackend} ({@code postgresql.strategy}: {@code auto}, the
 * default, takes {@code FILE_COPY} above 64 MB and {@code WAL_LOG} below; see the site's PostgreSQL page for the
 * measurements). The server refuses to copy a database with other sessions, so db-lifecycle ends them first.
 *
 * <h2>Ownership marker and liveness</h2>
 * Every database created carries the comment {@code db-lifecycle build <id>, alive while a session holds
 * pg_advisory_lock(…)}: a database without the marker of the build its name names is never dropped. The build's
 * liveness lock is that session-level advisory lock, held by Maven's JVM for the whole build; the server releases
 * it when the session ends, so a purge (on any machine sharing the server) sees a killed build as dead.
 *
 * <h2>Reuse</h2>
 * {@link io.github.dblifecycle.core.postgresql.PostgresTemplateStore} keeps finished templates under their key's
 * marker and renames a template into place only once it is complete.
 */
package io.github.dblifecycle.core.postgresql;
