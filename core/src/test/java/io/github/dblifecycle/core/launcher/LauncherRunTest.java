package io.github.dblifecycle.core.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.ForkContract;
import io.github.dblifecycle.core.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a run finds the recorded configuration, and when it leaves the JVM alone. */
class LauncherRunTest {
    @TempDir
    Path root;

    private static Path record(Path buildDir) throws Exception {
        Path file = LauncherConfig.directory(buildDir).resolve(LauncherConfig.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "format=1\n");
        return file;
    }

    @Test
    void theWorkingDirectorysModuleFirst() throws Exception {
        Path module = root.resolve("app");
        Path file = record(module.resolve("target"));
        Map<String, String> sys = Map.of("user.dir", module.toString(), "java.class.path", "");
        assertThat(LauncherRun.find(sys::get)).isEqualTo(file);
    }

    @Test
    void aModuleOfAMultiModuleBuildFromItsTestClassesWhenTheIdeRunsInTheRoot() throws Exception {
        Path module = root.resolve("services").resolve("orders");
        Files.createDirectories(module.resolve("target/test-classes"));
        Path file = record(module.resolve("target"));
        String classPath = String.join(
                File.pathSeparator,
                module.resolve("target/test-classes").toString(),
                module.resolve("target/classes").toString(),
                root.resolve("lib.jar").toString());
        Map<String, String> sys = Map.of("user.dir", root.toString(), "java.class.path", classPath);
        assertThat(LauncherRun.find(sys::get)).isEqualTo(file);
    }

    @Test
    void noBuildYetNamesTheOneMavenCommand() throws Exception {
        Path module = root.resolve("fresh");
        Files.createDirectories(module.resolve("target/test-classes"));
        Map<String, String> sys = Map.of(
                "user.dir",
                root.toString(),
                "java.class.path",
                module.resolve("target/test-classes").toString());
        assertThatThrownBy(() -> LauncherRun.find(sys::get))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("Run 'mvn verify' once in " + module)
                .hasMessageContaining(LauncherConfig.FILE);
    }

    @Test
    void aJvmTheProviderBindsOrThatIsBoundIsLeftAlone() {
        // No configuration anywhere: binding would throw, so null means the JVM was left alone.
        Map<String, String> sys = new HashMap<>(Map.of("user.dir", root.toString(), "java.class.path", ""));
        sys.put(ForkContract.PROVIDER, "true");
        assertThat(LauncherRun.bindThisJvm(sys::get, k -> null, Log.NONE)).isNull();
        sys.remove(ForkContract.PROVIDER);
        sys.put(ForkContract.URL, "jdbc:postgresql://h/dblc_abcdefgh_1");
        assertThat(LauncherRun.bindThisJvm(sys::get, k -> null, Log.NONE)).isNull();
        sys.remove(ForkContract.URL);
        assertThatThrownBy(() -> LauncherRun.bindThisJvm(sys::get, k -> null, Log.NONE))
                .isInstanceOf(DbLifecycleException.class);
    }
}
