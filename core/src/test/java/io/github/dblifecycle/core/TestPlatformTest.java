package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TestPlatformTest {
    @Test
    void suppliesTheLauncherOfTheProjectsPlatformVersion() {
        assertThat(TestPlatform.launcherToSupply(Map.of(
                        "org.junit.jupiter:junit-jupiter-engine",
                        "5.14.1",
                        TestPlatform.ENGINE,
                        "1.14.1",
                        TestPlatform.COMMONS,
                        "1.14.1")))
                .contains("1.14.1");
        assertThat(TestPlatform.launcherToSupply(Map.of(
                        "org.junit.jupiter:junit-jupiter-engine",
                        "6.1.3",
                        TestPlatform.ENGINE,
                        "6.1.3",
                        TestPlatform.COMMONS,
                        "6.1.3")))
                .contains("6.1.3");
        // Any engine: testng-engine or Vintage bring junit-platform-engine too.
        assertThat(TestPlatform.launcherToSupply(Map.of(
                        "org.junit.support:testng-engine",
                        "1.0.6",
                        "org.testng:testng",
                        "7.11.0",
                        TestPlatform.ENGINE,
                        "1.14.1")))
                .contains("1.14.1");
    }

    @Test
    void aProjectsOwnLauncherIsKeptWhateverItsVersion() {
        assertThat(TestPlatform.launcherToSupply(
                        Map.of(TestPlatform.ENGINE, "1.14.1", TestPlatform.LAUNCHER, "1.14.0")))
                .isEmpty();
    }

    @Test
    void testsOffThePlatformNameTheEngineToAdd() {
        assertThatThrownBy(() -> TestPlatform.launcherToSupply(Map.of("junit:junit", "4.13.2")))
                .hasMessageContaining("the tests use JUnit 4. Add org.junit.vintage:junit-vintage-engine with "
                        + "<scope>test</scope>");
        assertThatThrownBy(() -> TestPlatform.launcherToSupply(Map.of("org.testng:testng", "7.11.0")))
                .hasMessageContaining(
                        "the tests use TestNG. Add org.junit.support:testng-engine with " + "<scope>test</scope>");
        assertThatThrownBy(() -> TestPlatform.launcherToSupply(
                        Map.of("org.junit.jupiter:junit-jupiter-api", "5.14.1", TestPlatform.COMMONS, "1.14.1")))
                .hasMessageContaining("Add org.junit.jupiter:junit-jupiter with");
        assertThatThrownBy(() -> TestPlatform.launcherToSupply(Map.of()))
                .hasMessageContaining("no JUnit Platform engine")
                .hasMessageContaining("Add org.junit.jupiter:junit-jupiter with <scope>test</scope>");
    }
}
