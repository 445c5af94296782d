package io.github.dblifecycle.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForkCountsTest {
    @Test
    void parsesSurefireForkCountSyntax() {
        assertThat(ForkCounts.parse("3", 2)).isEqualTo(3);
        assertThat(ForkCounts.parse("1C", 2)).isEqualTo(2);
        assertThat(ForkCounts.parse("1.5C", 4)).isEqualTo(6);
        assertThat(ForkCounts.parse("0", 2)).isEqualTo(1);
        assertThat(ForkCounts.parse("${unresolved}", 2)).isEqualTo(1);
    }
}
