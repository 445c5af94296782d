package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A file's physical extents as the file system reports them ({@code filefrag -v}): reflinked files share them. */
final class Extents {
    /** "  0:   0..  31:   3145816..   3145847:   32:   shared": the physical start and length of each extent. */
    private static final Pattern EXTENT =
            Pattern.compile("^\\s*\\d+:\\s+\\d+\\.\\.\\s*\\d+:\\s+(\\d+)\\.\\.\\s*\\d+:\\s+(\\d+):");

    private Extents() {}

    /**
     * Whether every physical block of {@code copy} is one of {@code original}'s: shared, not copied. Block ranges,
     * not equal lists: XFS may keep a preallocated extent past the original's end that a reflink does not take.
     */
    static boolean sharedWith(Path copy, Path original) throws Exception {
        List<long[]> theirs = ranges(original);
        for (long[] mine : ranges(copy)) {
            if (theirs.stream().noneMatch(r -> r[0] <= mine[0] && mine[0] + mine[1] <= r[0] + r[1])) {
                return false;
            }
        }
        return true;
    }

    /** Whether no physical block of {@code copy} is one of {@code original}'s. */
    static boolean disjoint(Path copy, Path original) throws Exception {
        List<long[]> theirs = ranges(original);
        for (long[] mine : ranges(copy)) {
            if (theirs.stream().anyMatch(r -> mine[0] < r[0] + r[1] && r[0] < mine[0] + mine[1])) {
                return false;
            }
        }
        return true;
    }

    private static List<long[]> ranges(Path file) throws Exception {
        return of(file).stream()
                .map(e -> new long[] {Long.parseLong(e.split("\\+")[0]), Long.parseLong(e.split("\\+")[1])})
                .toList();
    }

    /** "start+length" of each extent of {@code file}, in order. */
    static List<String> of(Path file) throws Exception {
        Process p = new ProcessBuilder("filefrag", "-v", file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> extents = new ArrayList<>();
        for (String line : out.split("\n")) {
            Matcher m = EXTENT.matcher(line);
            if (m.find()) {
                extents.add(m.group(1) + "+" + m.group(2));
            }
        }
        assertThat(extents).as(out).isNotEmpty();
        return extents;
    }
}
