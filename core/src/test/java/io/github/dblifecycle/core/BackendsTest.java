package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import io.github.dblifecycle.core.mysql.MysqlBackendType;
import io.github.dblifecycle.core.oracle.OracleBackendType;
import io.github.dblifecycle.core.postgresql.PostgresBackendType;
import io.github.dblifecycle.core.postgresql.PostgresUrl;
import io.github.dblifecycle.core.sqlite.SqliteBackend;
import io.github.dblifecycle.core.sqlite.SqliteBackendType;
import org.junit.jupiter.api.Test;

class BackendsTest {
    @Test
    void findsBackendsByUrlAndId() {
        assertThat(Backends.forUrl("jdbc:postgresql://localhost/postgres")).isInstanceOf(PostgresBackendType.class);
        assertThat(Backends.forUrl("jdbc:sqlite:target/t.db")).isInstanceOf(SqliteBackendType.class);
        assertThat(Backends.forId("postgresql").id()).isEqualTo("postgresql");
        assertThat(Backends.forId("sqlite").id()).isEqualTo("sqlite");
        assertThat(Backends.forUrl("jdbc:mysql://127.0.0.1:3306/")).isInstanceOf(MysqlBackendType.class);
        assertThat(Backends.forUrl("jdbc:mariadb://127.0.0.1:3306/")).isInstanceOf(MysqlBackendType.class);
        assertThat(Backends.forId("mysql").id()).isEqualTo("mysql");
        assertThat(Backends.forUrl("jdbc:oracle:thin:@//localhost:1521/FREEPDB1"))
                .isInstanceOf(OracleBackendType.class);
        assertThat(Backends.forId("oracle").id()).isEqualTo("oracle");
    }

    @Test
    void unknownSchemeNamesItAndTheSupportedOnesButNotTheRestOfTheUrl() {
        assertThatThrownBy(() -> Backends.forUrl("jdbc:h2:mem:app;PASSWORD=s3cret"))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("'jdbc:h2:'")
                .hasMessageContaining("jdbc:postgresql:, jdbc:sqlite:, jdbc:mysql:, jdbc:mariadb:, jdbc:oracle:")
                .message()
                .doesNotContain("s3cret");
        assertThatThrownBy(() -> Backends.forId("db2")).hasMessageContaining("Unknown db-lifecycle backend 'db2'");
    }

    @Test
    void postgresUrlKeepsHostsPortAndParameters() {
        assertThat(PostgresUrl.withDatabase(
                        "jdbc:postgresql://127.0.0.1:5432/postgres?ssl=false&connectTimeout=5", "c_1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/c_1?ssl=false&connectTimeout=5");
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://h1:5432,h2:5433/app", "c_1"))
                .isEqualTo("jdbc:postgresql://h1:5432,h2:5433/c_1");
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://localhost", "c_1"))
                .isEqualTo("jdbc:postgresql://localhost/c_1");
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://localhost/?user=me", "c_1"))
                .isEqualTo("jdbc:postgresql://localhost/c_1?user=me");
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql:app?user=me", "c_1"))
                .isEqualTo("jdbc:postgresql:c_1?user=me");
    }

    @Test
    void sqliteTemplateFileIsAbsolute() {
        assertThat(SqliteBackend.templateFile("jdbc:sqlite:target/t.db?foreign_keys=true"))
                .isEqualTo(Path.of("target/t.db").toAbsolutePath());
        assertThatThrownBy(() -> SqliteBackend.templateFile("jdbc:sqlite::memory:"))
                .hasMessageContaining("must name the template's file");
    }
}
