package io.github.dblifecycle.surefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dblifecycle.core.DbLifecycleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurefireLineTest {
    @ParameterizedTest
    @ValueSource(strings = {"3.5.4", "3.5.5", "3.5.6", "3.5.10", "3.5.4-SNAPSHOT"})
    void the35LineRunsTheEmbedded35Copy(String version) {
        assertThat(SurefireLine.forVersion(version)).isEqualTo(SurefireLine.S35);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.6.0", "3.6.1", "3.6.0-M1", "3.6.2-SNAPSHOT", "3.6.12"})
    void the36LineRunsTheEmbedded36Copy(String version) {
        assertThat(SurefireLine.forVersion(version)).isEqualTo(SurefireLine.S36);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3.5.3",
                "3.5.2",
                "3.5.0",
                "3.2.5",
                "3.0.0-M7",
                "2.22.2",
                "3.7.0",
                "4.0.0-M1",
                "garbage",
                " ",
                "2.5.9",
                "2.6.0",
                "2.6.1",
                "4.5.4",
                "4.5.10",
                "4.6.0",
                "4.6.1",
                "1.5.4",
                "13.5.4",
                "3.56.1"
            })
    void anyOtherVersionFailsLoudlyNamingItAndTheSupportedRange(String version) {
        assertThatThrownBy(() -> SurefireLine.forVersion(version))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining(SurefireLine.SUPPORTED);
        if (!version.isBlank()) {
            assertThatThrownBy(() -> SurefireLine.forVersion(version)).hasMessageContaining(version);
        }
    }

    @Test
    void unknownVersionFailsToo() {
        assertThatThrownBy(() -> SurefireLine.forVersion(null)).hasMessageContaining(SurefireLine.SUPPORTED);
    }

    @Test
    void readsTheVersionOfTheSurefireApiOnTheClasspath() {
        // This module compiles and tests against surefire-api ${surefireApiVersion}.
        assertThat(SurefireLine.runningVersion()).isEqualTo(System.getProperty("expectedSurefireApiVersion", "3.5.4"));
    }
}
