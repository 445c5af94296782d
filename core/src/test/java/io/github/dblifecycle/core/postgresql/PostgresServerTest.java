package io.github.dblifecycle.core.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dblifecycle.core.DbLifecycleException;
import org.junit.jupiter.api.Test;

/** The version gate; the SQL each version gets is tested on real servers by the version matrix. */
class PostgresServerTest {
    @Test
    void aServerOlderThan13IsRefusedNamingItsVersionAndTheMinimum() {
        assertThatThrownBy(() -> new PostgresServer(120022, "12.22").requireSupported())
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("version 12.22")
                .hasMessageContaining("needs PostgreSQL 13 or later");
        assertThat(new PostgresServer(130022, "13.22").requireSupported().major())
                .isEqualTo(13);
    }

    @Test
    void featuresByMajor() {
        assertThat(new PostgresServer(140019, "14.19").hasStrategy()).isFalse();
        assertThat(new PostgresServer(150014, "15.14").hasStrategy()).isTrue();
        assertThat(new PostgresServer(170006, "17.6").hasFileCopyMethod()).isFalse();
        assertThat(new PostgresServer(180001, "18.1").hasFileCopyMethod()).isTrue();
    }
}
