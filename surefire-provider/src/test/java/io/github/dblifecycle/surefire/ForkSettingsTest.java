package io.github.dblifecycle.surefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Manifest;
import org.junit.jupiter.api.Test;

class ForkSettingsTest {
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

    @Test
    void manifestPathFromExplicitProperty() {
        Map<String, String> sys = Map.of("db-lifecycle.manifest", "/x/y/m.properties", "basedir", "/b");
        assertThat(ForkSettings.manifestPath(sys::get)).isEqualTo(Path.of("/x/y/m.properties"));
    }

    @Test
    void manifestPathUnderBasedirThenUserDir() {
        Map<String, String> sys = new HashMap<>(Map.of("basedir", "/proj", "user.dir", "/elsewhere"));
        assertThat(ForkSettings.manifestPath(sys::get))
                .isEqualTo(Path.of("/proj/target/db-lifecycle/manifest.properties"));
        sys.remove("basedir");
        assertThat(ForkSettings.manifestPath(sys::get))
                .isEqualTo(Path.of("/elsewhere/target/db-lifecycle/manifest.properties"));
        sys.put("db-lifecycle.manifest", "  ");
        assertThat(ForkSettings.manifestPath(sys::get))
                .isEqualTo(Path.of("/elsewhere/target/db-lifecycle/manifest.properties"));
    }

    @Test
    void mavenPidComesFromSurefireInAForkAndIsOwnPidInProcess() {
        assertThat(ForkSettings.mavenPid(Map.of("pluginPid", "123"), true, 9)).isEqualTo(123);
        assertThat(ForkSettings.mavenPid(Map.of(), false, 9)).isEqualTo(9);
        assertThatThrownBy(() -> ForkSettings.mavenPid(Map.of(), true, 9))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("pluginPid");
    }

    @Test
    void aManifestOfAnotherBuildIsRejectedNamingFileBothPidsAndFix() {
        Path file = Path.of("/p/target/db-lifecycle/manifest.properties");
        ForkSettings.checkSameBuild(file, manifest(Map.of()), 4242);
        assertThatThrownBy(() -> ForkSettings.checkSameBuild(file, manifest(Map.of()), 77))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("4242")
                .hasMessageContaining("77")
                .hasMessageContaining("mvn verify");
    }

    @Test
    void preferredWorkerIsTheForkNumberOrOne() {
        assertThat(ForkSettings.preferredWorker(Map.of("forkNumber", "3"))).isEqualTo(3);
        assertThat(ForkSettings.preferredWorker(Map.of())).isEqualTo(1);
        assertThat(ForkSettings.preferredWorker(Map.of("forkNumber", "x"))).isEqualTo(1);
        assertThat(ForkSettings.preferredWorker(null)).isEqualTo(1);
    }
}
