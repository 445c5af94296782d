package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactTest {
    @Test
    void masksPasswordsInUrlsAndKnownSecrets() {
        assertThat(Redact.url("jdbc:postgresql://h:5432/db?user=u&password=s3cr3t&ssl=true"))
                .isEqualTo("jdbc:postgresql://h:5432/db?user=u&password=******&ssl=true");
        assertThat(Redact.url("jdbc:sqlserver://h;user=u;Password=s3cr3t;db=x"))
                .isEqualTo("jdbc:sqlserver://h;user=u;Password=******;db=x");
        assertThat(Redact.url("jdbc:mysql://u:s3cr3t@h:3306/db")).isEqualTo("jdbc:mysql://u:******@h:3306/db");
        assertThat(Redact.url("jdbc:postgresql://h:5432/db?sslpassword=k"))
                .isEqualTo("jdbc:postgresql://h:5432/db?sslpassword=******");
        assertThat(Redact.text("FATAL: password authentication failed: s3cr3t", "s3cr3t"))
                .isEqualTo("FATAL: password authentication failed: ******");
        assertThat(Redact.url("jdbc:postgresql://h:5432/db?user=u")).isEqualTo("jdbc:postgresql://h:5432/db?user=u");
        assertThat(Redact.hasSecret("jdbc:postgresql://h/db?password=x")).isTrue();
        assertThat(Redact.hasSecret("jdbc:sqlite:/tmp/x.db")).isFalse();
    }

    /** Every alias the class comment names, in both separators, any case: the whole output is pinned. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "password",
                "PASSWORD",
                "Password",
                "passwd",
                "pwd",
                "PWD",
                "secret",
                "sslpassword",
                "password1",
                "password2",
                "trustCertificateKeyStorePassword",
                "keyStorePassword",
                "oracle.net.wallet_password",
                "client_secret"
            })
    void masksEveryAlias(String key) {
        assertThat(Redact.url("jdbc:x://h/db?user=u&" + key + "=k3y&ssl=true"))
                .isEqualTo("jdbc:x://h/db?user=u&" + key + "=******&ssl=true");
        assertThat(Redact.url("jdbc:x://h;user=u;" + key + "=k3y;db=x"))
                .isEqualTo("jdbc:x://h;user=u;" + key + "=******;db=x");
        assertThat(Redact.url("jdbc:x://h/db?" + key + "=k3y")).isEqualTo("jdbc:x://h/db?" + key + "=******");
    }

    @Test
    void keysThatOnlyContainAnAliasAreLeftAlone() {
        assertThat(Redact.url("jdbc:x://h/db?passwordCharacterEncoding=UTF-8&user=pwdx"))
                .isEqualTo("jdbc:x://h/db?passwordCharacterEncoding=UTF-8&user=pwdx");
    }

    /** Safety audit F8: the mask stopped at {@code , ) " '} and printed the rest of the password. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "(jdbc:postgresql://h:5999/postgres?password=abc,UrlCanaryB) refused"
                        + "|(jdbc:postgresql://h:5999/postgres?password=****** refused",
                "url 'jdbc:x://h/db?pwd=a)b\"c'd' failed|url 'jdbc:x://h/db?pwd=****** failed",
                "a;password=x,y)z;b=1|a;password=******;b=1",
            })
    void masksThePasswordWholeWhateverItHolds(String text, String masked) {
        assertThat(Redact.text(text)).isEqualTo(masked);
    }

    @Test
    void maskingTwiceChangesNothing() {
        String once = Redact.text("cannot connect to the server (" + Redact.url("jdbc:x://h/db?password=a)b") + ")");
        assertThat(once).isEqualTo("cannot connect to the server (jdbc:x://h/db?password=******)");
        assertThat(Redact.text(once)).isEqualTo(once);
    }

    /** Safety audit F8: purge printed Oracle's user/password@ form in full. */
    @Test
    void masksOraclesUserSlashPasswordForm() {
        assertThat(Redact.text(
                        "db-lifecycle purge failed on jdbc:oracle:thin:system/OraCanary7@//127.0.0.1:1599/FREEPDB1"))
                .isEqualTo("db-lifecycle purge failed on jdbc:oracle:thin:system/******@//127.0.0.1:1599/FREEPDB1");
        assertThat(Redact.url("jdbc:oracle:oci:scott/tiger@myhost:1521:orcl"))
                .isEqualTo("jdbc:oracle:oci:scott/******@myhost:1521:orcl");
        assertThat(Redact.url("jdbc:oracle:thin:@//127.0.0.1:1521/FREEPDB1"))
                .isEqualTo("jdbc:oracle:thin:@//127.0.0.1:1521/FREEPDB1");
        assertThat(Redact.hasSecret("jdbc:oracle:thin:@//h:1521/FREEPDB1?user=system"))
                .isFalse();
    }
}
