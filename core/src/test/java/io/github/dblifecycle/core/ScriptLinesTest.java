package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScriptLinesTest {
    /** Hands out a few bytes per read, as a pipe from pg_restore does. */
    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
    }

    private static List<String> lines(byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        try (ScriptLines lines = new ScriptLines(trickle(bytes))) {
            while (lines.next()) {
                out.add(lines.number() + ":" + lines.decode(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void linesKeepTheirBreaksAndTheLastNeedsNone() throws IOException {
        assertThat(lines("\uFEFFa;\r\n\nb\u00e9".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("1:a;\r\n", "2:\n", "3:b\u00e9");
    }

    @Test
    void aLineLongerThanTheBufferIsWhole() throws IOException {
        String longLine = "x".repeat(300_000);
        assertThat(lines(("1\n" + longLine + "\n2\n").getBytes(StandardCharsets.UTF_8)))
                .containsExactly("1:1\n", "2:" + longLine + "\n", "3:2\n");
    }

    @Test
    void isComparesWithoutTheLineBreak() throws IOException {
        try (ScriptLines lines =
                new ScriptLines(new ByteArrayInputStream("\\.\r\n\\.x\n\\.".getBytes(StandardCharsets.US_ASCII)))) {
            List<Boolean> ends = new ArrayList<>();
            while (lines.next()) {
                ends.add(lines.is("\\."));
            }
            assertThat(ends).containsExactly(true, false, true);
        }
    }
}
