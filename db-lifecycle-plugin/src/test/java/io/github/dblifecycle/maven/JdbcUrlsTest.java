package io.github.dblifecycle.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
    private final Path base = Path.of("/projects/app");

    @Test
    void relativeSqlitePathIsResolvedAgainstTheProject() {
        assertThat(JdbcUrls.resolveSqlitePath("jdbc:sqlite:target/t.db", base))
                .isEqualTo("jdbc:sqlite:/projects/app/target/t.db");
        assertThat(JdbcUrls.resolveSqlitePath("jdbc:sqlite:./db/../t.db?journal_mode=WAL", base))
                .isEqualTo("jdbc:sqlite:/projects/app/t.db?journal_mode=WAL");
    }

    @Test
    void otherUrlsAreLeftAlone() {
        assertThat(JdbcUrls.resolveSqlitePath("jdbc:sqlite:/abs/t.db", base)).isEqualTo("jdbc:sqlite:/abs/t.db");
        assertThat(JdbcUrls.resolveSqlitePath("jdbc:sqlite::memory:", base)).isEqualTo("jdbc:sqlite::memory:");
        assertThat(JdbcUrls.resolveSqlitePath("jdbc:postgresql://h/db", base)).isEqualTo("jdbc:postgresql://h/db");
    }
}
