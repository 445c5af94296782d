package io.github.dblifecycle.surefire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dblifecycle.core.shard.Shard;
import io.github.dblifecycle.core.shard.ShardSettings;
import org.apache.maven.surefire.api.util.TestsToRun;
import org.junit.jupiter.api.Test;

class ShardFilterTest {
    static class AlphaIT {}

    static class BravoIT {}

    static class CharlieIT {}

    private static final List<String> ALL =
            List.of(AlphaIT.class.getName(), BravoIT.class.getName(), CharlieIT.class.getName());

    @Test
    void theForksTestSetKeepsOnlyThisShardsClassesInItsOrder() {
        List<Class<?>> seen = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            ShardSettings.Selection selection = new ShardSettings(new Shard(i, 2), Map.of(), null).select(ALL);
            TestsToRun all =
                    new TestsToRun(new LinkedHashSet<>(List.of(CharlieIT.class, AlphaIT.class, BravoIT.class)));
            TestsToRun mine = (TestsToRun) ShardFilter.restrict(all, selection);
            List<Class<?>> got = new ArrayList<>();
            mine.iterator().forEachRemaining(got::add);
            assertThat(got).allMatch(c -> selection.contains(c.getName()));
            assertThat(mine.containsExactly(selection.classes().size())).isTrue();
            seen.addAll(got);
        }
        assertThat(seen).containsExactlyInAnyOrder(AlphaIT.class, BravoIT.class, CharlieIT.class);
    }

    @Test
    void aClassOfAnotherShardIsRecognisedWithOneJvmPerClass() {
        ShardSettings.Selection first = new ShardSettings(new Shard(1, 3), Map.of(), null).select(ALL);
        Set<String> mine = first.classes();
        for (Class<?> type : List.of(AlphaIT.class, BravoIT.class, CharlieIT.class)) {
            assertThat(ShardFilter.isOtherShardsClass(type, first)).isEqualTo(!mine.contains(type.getName()));
        }
        assertThat(ShardFilter.restrict(null, first)).isNull();
    }

    @Test
    void theForkNumberComesFromTheBooterProperties() {
        assertThat(ShardFilter.forkNumber(Map.of("forkNumber", "2"))).isEqualTo(2);
        assertThat(ShardFilter.forkNumber(Map.of())).isNull();
        assertThat(ShardFilter.forkNumber(null)).isNull();
    }
}
