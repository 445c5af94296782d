package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Says whether the PostgreSQL version matrix (core/pom.xml profile postgresql-versions) runs in this build: on a
 * developer's machine without the servers it does not, and this prints so; under CI=true it must, and this fails.
 * The matrix executions themselves need no guard: a server that is down fails their tests.
 */
class PostgresVersionMatrixTest {
    @Test
    void theMatrixRunsUnderCi() {
        String matrix =
                System.getProperty("db-lifecycle.test.postgres.matrix", "").strip();
        if (matrix.isEmpty()) {
            System.out.println("[WARNING] The PostgreSQL version matrix did not run (only the server at "
                    + Pg.SERVER + " was tested): run .ci/pg-versions start, then the build with "
                    + "DB_LIFECYCLE_PG_VERSIONS=1 in the environment.");
        }
        if ("true".equals(System.getenv("CI")) && System.getProperty(Pg.URL_PROPERTY) == null) {
            assertThat(matrix)
                    .as("under CI=true the PostgreSQL version matrix must run: .ci/run starts .ci/pg-versions and "
                            + "exports DB_LIFECYCLE_PG_VERSIONS")
                    .isNotEmpty();
        }
    }
}
