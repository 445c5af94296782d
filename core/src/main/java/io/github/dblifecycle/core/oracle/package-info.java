/**
 * The Oracle backend ({@code jdbc:oracle:thin:} with ojdbc; manifest id {@code oracle}). Never run against a real
 * server by this project's tests: see the site's Oracle page.
 *
 * <h2>How a clone is made</h2>
 * The unit of isolation is a schema, i.e. a user ({@code oracle.mode=schema}, the only mode implemented; a
 * pluggable database per clone is designed, not built). The template is a user the scripts build while connected
 * as it. Its DDL is read once per build from DBMS_METADATA ({@link io.github.dblifecycle.core.oracle.TemplateReader}
 * into a {@link io.github.dblifecycle.core.oracle.TemplateSnapshot}); each clone is a new user with a generated
 * password, into which {@link io.github.dblifecycle.core.oracle.ClonePlan} re-creates the objects and copies the
 * rows by direct-path {@code INSERT … SELECT}, all in the server; then the clone must compile and hold the same
 * objects as the template. {@code oracle.tablespace} overrides the default permanent tablespace.
 *
 * <h2>Ownership marker and liveness</h2>
 * Each user db-lifecycle creates holds a one-row marker table naming its build; a user is dropped only when its
 * generated name ({@link io.github.dblifecycle.core.oracle.OracleNames}) and its marker name the same build. There
 * is no liveness lock yet (it would need DBMS_LOCK), so Oracle builds always count as alive and purge never drops
 * Oracle users.
 */
package io.github.dblifecycle.core.oracle;
