package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The properties a bound JVM gets (fork or IDE run alike). */
class CloneLeaseTest {
    private static final Manifest.Worker W2 =
            new Manifest.Worker(2, "jdbc:postgresql://h/db_2", "app", "s3cret", "db_2", null);

    private static Manifest manifest(Map<String, String> forkProperties) {
        return new Manifest(
                "b1",
                4242,
                "postgresql",
                "tpl",
                true,
                false,
                List.of(new Manifest.Worker(1, "jdbc:postgresql://h/db_1", "app", "s3cret", "db_1", null), W2),
                forkProperties);
    }

    private static String prop(Map<String, String> props, String key) {
        return props.get(key);
    }

    @Test
    void setsTheStandardPropertiesAndSubstitutesPlaceholders() {
        Manifest m = manifest(Map.of(
                "spring.datasource.url", "{url}",
                "spring.datasource.password", "{password}",
                "app.jdbc", "{url}?user={username}&password={password}",
                "app.label", "w{worker}-{database}-{unknown}-{"));
        Map<String, String> props = CloneLease.systemProperties(m, W2, "jdbc:postgresql://h/db_2?x=1");
        assertThat(prop(props, "db-lifecycle.url")).isEqualTo("jdbc:postgresql://h/db_2?x=1");
        assertThat(prop(props, "db-lifecycle.username")).isEqualTo("app");
        assertThat(prop(props, "db-lifecycle.password")).isEqualTo("s3cret");
        assertThat(prop(props, "db-lifecycle.worker")).isEqualTo("2");
        assertThat(prop(props, "db-lifecycle.database")).isEqualTo("db_2");
        assertThat(prop(props, "spring.datasource.url")).isEqualTo("jdbc:postgresql://h/db_2?x=1");
        assertThat(prop(props, "spring.datasource.password")).isEqualTo("s3cret");
        assertThat(prop(props, "app.jdbc")).isEqualTo("jdbc:postgresql://h/db_2?x=1?user=app&password=s3cret");
        assertThat(prop(props, "app.label")).isEqualTo("w2-db_2-{unknown}-{");
    }

    @Test
    void substitutedValuesAreNotScannedAgain() {
        assertThat(CloneLease.substitute("{password}", Map.of("password", "{url}", "url", "U")))
                .isEqualTo("{url}");
    }

    @Test
    void secretKeysAreThePasswordAndEveryPropertyBuiltFromIt() {
        Manifest m = manifest(Map.of("a", "{url}", "b", "x{password}y", "c", "{password}"));
        assertThat(CloneLease.secretKeys(m)).containsExactlyInAnyOrder("db-lifecycle.password", "b", "c");
    }
}
