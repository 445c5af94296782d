package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactTest {
    @Test
    void masksPasswordsInUrlsAndKnownSecrets() {
        assertThat(Redact.url("jdbc:postgresql://h:5432/db?user=u&password=s3cr3t&ssl=true"))
                .isEqualTo("jdbc:postgresql://h:5432/db?user=u&password=******&ssl=true");
        assertThat(Redact.url("jdbc:sqlserver://h;user=u;Password=s3cr3t;db=x"))
                .isEqualTo("jdbc:sqlserver://h;user=u;Password=******;db=x");
        assertThat(Redact.url("jdbc:mysql://u:s3cr3t@h:3306/db")).isEqualTo("jdbc:mysql://u:******@h:3306/db");
        assertThat(Redact.url("jdbc:postgresql://h:5432/db?sslpassword=k")).doesNotContain("=k");
        assertThat(Redact.text("FATAL: password authentication failed: s3cr3t", "s3cr3t"))
                .isEqualTo("FATAL: password authentication failed: ******");
        assertThat(Redact.url("jdbc:postgresql://h:5432/db?user=u")).isEqualTo("jdbc:postgresql://h:5432/db?user=u");
        assertThat(Redact.hasSecret("jdbc:postgresql://h/db?password=x")).isTrue();
        assertThat(Redact.hasSecret("jdbc:sqlite:/tmp/x.db")).isFalse();
    }
}
