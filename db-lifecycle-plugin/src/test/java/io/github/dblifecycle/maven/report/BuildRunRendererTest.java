package io.github.dblifecycle.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Optional;

import io.github.dblifecycle.core.report.BuildRun;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;

class BuildRunRendererTest {
    static String html() {
        return html(SampleRuns.twoForks());
    }

    static String html(BuildRun run) {
        StringWriter out = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(out);
        new BuildRunRenderer(sink, run).render();
        sink.flush();
        return out.toString();
    }

    @Test
    void tablesNameEveryForkCloneClassAndTheTeardown() {
        String html = html();
        assertThat(html)
                .contains(
                        BuildRunRenderer.TITLE,
                        "<svg",
                        "class=\"lane\"",
                        "built from 2 script(s), 12 statement(s)",
                        "180 ms", // template
                        "dblc_b1d_1",
                        "dblc_b1d_2",
                        "+210 ms",
                        "120 ms", // clones
                        "fork 1 (pid 4101)",
                        "fork 2 (pid 4102)", // forks
                        "com.example.CharlieIT",
                        "failed",
                        "com.example.BravoIT &lt;&amp;&gt;",
                        "dropped 3 database(s)");
        // fork 2 bound at +950 ms, busy 1.95 s, until the last class ended at 4.2 s: idle 1.30 s
        assertThat(html).contains("1.95 s</td>", "1.30 s</td>");
        assertThat(html).doesNotContain("<script");
        assertThat(html.split("<table", -1)).hasSize(1 + 6); // template, clones, forks, one per fork, teardown
        assertThat(html).doesNotContain("shard");
    }

    @Test
    void aShardedBuildSaysWhichShardThePageShows() {
        BuildRun whole = SampleRuns.twoForks();
        BuildRun.Prepare p = whole.prepare().orElseThrow();
        BuildRun sharded = new BuildRun(
                Optional.of(new BuildRun.Prepare(
                        p.result(),
                        p.message(),
                        p.buildId(),
                        p.backend(),
                        p.start(),
                        p.end(),
                        p.template(),
                        p.clones(),
                        "2/4")),
                whole.forks(),
                whole.teardown());
        assertThat(html(sharded)).contains("This build ran shard 2/4 of the suite");
    }
}
