package io.github.dblifecycle.core.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dblifecycle.core.DbLifecycleException;
import org.junit.jupiter.api.Test;

class ShardTest {
    @Test
    void parsesIndexOverCount() {
        assertThat(Shard.parse("2/4", "<shard>")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 1 / 1 ", "<shard>")).isEqualTo(new Shard(1, 1));
        assertThat(new Shard(3, 7)).hasToString("3/7");
    }

    @Test
    void badValuesNameTheParameterAndTheValue() {
        for (String bad : new String[] {"0/3", "4/3", "2", "a/b", "2/0", "", "-1/3", "1/3/4"}) {
            assertThatThrownBy(() -> Shard.parse(bad, "<shard> (-Ddb-lifecycle.shard)"))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("<shard> (-Ddb-lifecycle.shard) is '" + bad + "'")
                    .hasMessageContaining("i/n");
        }
    }
}
