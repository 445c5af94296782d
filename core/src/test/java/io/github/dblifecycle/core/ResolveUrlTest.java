package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ResolveUrlTest {
    private final Path base = Path.of("/projects/app");

    @Test
    void relativeSqlitePathIsResolvedAgainstTheProject() {
        assertThat(Backends.resolveUrl("jdbc:sqlite:target/t.db", base))
                .isEqualTo("jdbc:sqlite:/projects/app/target/t.db");
        assertThat(Backends.resolveUrl("jdbc:sqlite:./db/../t.db?journal_mode=WAL", base))
                .isEqualTo("jdbc:sqlite:/projects/app/t.db?journal_mode=WAL");
    }

    @Test
    void otherUrlsAreLeftAlone() {
        assertThat(Backends.resolveUrl("jdbc:sqlite:/abs/t.db", base)).isEqualTo("jdbc:sqlite:/abs/t.db");
        assertThat(Backends.resolveUrl("jdbc:sqlite::memory:", base)).isEqualTo("jdbc:sqlite::memory:");
        assertThat(Backends.resolveUrl("jdbc:postgresql://h/db", base)).isEqualTo("jdbc:postgresql://h/db");
    }
}
