/**
 * The MySQL / MariaDB backend ({@code jdbc:mysql:} with MySQL Connector/J, {@code jdbc:mariadb:} with MariaDB
 * Connector/J; manifest id {@code mysql}).
 *
 * <h2>How a clone is made</h2>
 * Inside the server, no dump ({@link io.github.dblifecycle.core.mysql.MysqlCloner}): the template's definitions are
 * read once ({@link io.github.dblifecycle.core.mysql.MysqlTemplate}); per clone each table is created from its exact
 * SHOW CREATE TABLE text and filled by {@code INSERT … SELECT} (largest tables first, spread over
 * {@code mysql.tableSessions} sessions, default 2), then routines, views in dependency order, triggers (after the
 * rows, so they do not fire on the copy) and events. {@code mysql.cloneConcurrency} (default 4) clones are made at
 * once. Copy sessions run with {@code time_zone='+00:00'}, {@code foreign_key_checks=0}, {@code unique_checks=0},
 * {@code sql_mode='NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION'}, READ COMMITTED, and {@code sql_log_bin=0} when
 * binary logging is on and the account may switch it off.
 *
 * <h2>Exactness</h2>
 * Kept: engine, charset/collation, row format, table comment, AUTO_INCREMENT counter (not max(id)+1), generated
 * columns (not written, recomputed), partitions, CHECK constraints, FULLTEXT and spatial indexes, foreign keys,
 * TIMESTAMP values (no client time-zone round trip; also the DST gap and overlap), BLOB/JSON/BIT/ENUM/SET/DECIMAL,
 * zero dates, AUTO_INCREMENT zeros, trigger order, view SQL SECURITY and ALGORITHM, each object's sql_mode, each
 * event's time zone. MariaDB sequences go on from the template's next value not cached (as with mysqldump).
 * System-versioned tables get their current rows only (a warning says so). DEFINER: see
 * {@link io.github.dblifecycle.core.mysql.Definers}; the same rule applies to the template scripts.
 * {@code verifyClones=true} compares each clone's {@link io.github.dblifecycle.core.mysql.MysqlFingerprint} with the
 * template's.
 *
 * <h2>Ownership marker</h2>
 * MariaDB 10.5+: the database COMMENT {@code db-lifecycle build <id>}. MySQL 8 (no database comments): a one-row
 * table {@code _dblc_owner} in each database db-lifecycle creates; it is not copied into clones (each gets its own)
 * and not fingerprinted, but tests that list all tables will see it. A database without the marker of the build its
 * name names is never dropped.
 *
 * <h2>MySQL 8 differences (written for, tested on MariaDB 10.11 only)</h2>
 * Marker table instead of comment; {@code information_schema_stats_expiry=0} for the fingerprint's AUTO_INCREMENT;
 * naming another definer needs SET_USER_ID (8.0.22+: SET_ANY_DEFINER in 8.2+) instead of SUPER; sequences and
 * system versioning do not exist; the template scripts' {@code /*M! … *}{@code /} comments are ignored by MySQL.
 */
package io.github.dblifecycle.core.mysql;
