package io.github.dblifecycle.core.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.report.BuildRun;
import io.github.dblifecycle.core.report.TestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDurationsTest {
    @TempDir
    Path dir;

    @Test
    void writesSortedLinesAndReadsThemBack() throws Exception {
        Path file = dir.resolve("ci/durations.properties");
        ClassDurations.write(file, Map.of("b.SecondIT", 20L, "a.FirstIT", 10L, "a.Outer$InnerIT", 5L));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.subList(1, lines.size()))
                .containsExactly("a.FirstIT=10", "a.Outer$InnerIT=5", "b.SecondIT=20");
        assertThat(ClassDurations.read(file))
                .containsExactlyInAnyOrderEntriesOf(Map.of("b.SecondIT", 20L, "a.FirstIT", 10L, "a.Outer$InnerIT", 5L));
    }

    @Test
    void aMissingFileIsEmptyAsAnEmptyCacheIs() {
        assertThat(ClassDurations.read(dir.resolve("none.properties"))).isEmpty();
    }

    @Test
    void mergeKeepsWhatOtherShardsRecorded() {
        Path file = dir.resolve("d.properties");
        ClassDurations.write(file, Map.of("a.OtherShardIT", 700L, "a.MineIT", 1L));
        ClassDurations.merge(file, Map.of("a.MineIT", 300L));
        assertThat(ClassDurations.read(file))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a.OtherShardIT", 700L, "a.MineIT", 300L));
    }

    @Test
    void aBadValueNamesTheFileAndTheClass() throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "a.GoodIT=5\na.BadIT=12s\n");
        assertThatThrownBy(() -> ClassDurations.read(file))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("a.BadIT the value '12s'");
    }

    @Test
    void aBuildsDurationsAddUpEachClassesRunsOverAllForks() {
        BuildRun.ForkRun one = new BuildRun.ForkRun(
                1,
                1,
                1,
                "db1",
                0,
                0,
                List.of(
                        new BuildRun.ClassRun("a.FlakyIT", 100, 400, TestResult.FAILED, 1, 1, 0, 0),
                        new BuildRun.ClassRun("a.FlakyIT", 400, 500, TestResult.PASSED, 1, 0, 0, 0)));
        BuildRun.ForkRun two = new BuildRun.ForkRun(
                2,
                2,
                2,
                "db2",
                0,
                0,
                List.of(new BuildRun.ClassRun("a.OtherIT", 100, 1100, TestResult.PASSED, 1, 0, 0, 0)));
        BuildRun run = new BuildRun(Optional.empty(), List.of(one, two), Optional.empty());
        assertThat(ClassDurations.of(run))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a.FlakyIT", 400L, "a.OtherIT", 1000L));
    }
}
