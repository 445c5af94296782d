package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite files: a killed build's template and clones are purged, a live build's and a user's file never are. */
class SqliteSafetyTest {
    @TempDir
    Path dir;

    final TestLog log = new TestLog();

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void purgeDeletesKilledBuildsFilesOnly() throws Exception {
        Path deadWork = dir.resolve("dead");
        Path liveWork = dir.resolve("live");
        String deadUrl = "jdbc:sqlite:" + dir.resolve("dead-template.db");
        String liveUrl = "jdbc:sqlite:" + dir.resolve("live-template.db");
        try (ChildBuild dead = ChildBuild.start(deadUrl, "dblc", deadWork, "aaaa0001");
                ChildBuild live = ChildBuild.start(liveUrl, "dblc", liveWork, "bbbb0002")) {
            // A user's file named like clone 3 of the dead build, without a marker.
            Files.writeString(deadWork.resolve("dblc_aaaa0001_3.db"), "not a database");
            assertThat(files(deadWork)).contains("dblc_aaaa0001_1.db", "dblc_aaaa0001_2.db", "manifest.properties");
            List<String> liveBefore = files(liveWork);

            assertThat(new DbLifecycle(log).purge(new ConnectionSpec(liveUrl, "", ""), "dblc", liveWork)).isEmpty();
            assertThat(new DbLifecycle(log).purge(new ConnectionSpec(deadUrl, "", ""), "dblc", deadWork))
                    .as("alive: nothing purged").isEmpty();

            dead.kill();
            List<String> dropped = new DbLifecycle(log).purge(new ConnectionSpec(deadUrl, "", ""), "dblc", deadWork);

            assertThat(dropped).containsExactlyInAnyOrder("dblc_aaaa0001_1", "dblc_aaaa0001_2", "dead-template.db");
            assertThat(files(deadWork)).as("the user's file stays; the manifest (it holds the password) goes")
                    .containsExactly("dblc_aaaa0001_3.db");
            assertThat(dir.resolve("dead-template.db")).doesNotExist();
            assertThat(files(liveWork)).isEqualTo(liveBefore);
            assertThat(dir.resolve("live-template.db")).exists();
        }
    }
}
