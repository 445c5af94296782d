package io.github.dblifecycle.core.shard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardSettingsTest {
    @TempDir
    Path dir;

    @Test
    void theTestJvmsReadWhatPrepareWroteAndNothingOnceItIsCleared() {
        ShardSettings written = new ShardSettings(new Shard(2, 3), Map.of("a.SlowIT", 900L), "ci/d.properties");
        ShardSettings.writeOrClear(dir, written);
        assertThat(ShardSettings.read(dir)).contains(written);

        ShardSettings.writeOrClear(dir, null); // the next build runs the whole suite
        assertThat(ShardSettings.read(dir)).isEmpty();
    }

    @Test
    void theLineSaysWhatRunsHereAndWhatElsewhere() {
        List<String> classes = List.of("a.OneIT", "a.TwoIT", "a.ThreeIT", "a.FourIT");
        ShardSettings.Selection mine = new ShardSettings(new Shard(1, 2), Map.of(), null).select(classes);
        assertThat(mine.logLine())
                .startsWith("db-lifecycle: shard 1/2 runs 2 of 4 test classes (2 belong to the other shards; no "
                        + "recorded durations: split by count, split key ")
                .endsWith(ShardSplit.key(classes, 2, Map.of()) + ")");

        ShardSettings.Selection none = new ShardSettings(new Shard(2, 2), Map.of(), null).select(List.of("a.OneIT"));
        assertThat(none.classes()).isEmpty();
        assertThat(none.logLine()).contains("shard 2/2 has no test class to run (all 1 belong to the other shards");
    }
}
