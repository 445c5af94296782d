package io.github.dblifecycle.core.shard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.DbLifecycleException;

/**
 * One CI job's part of a suite split across {@code count} jobs: {@code index/count}, 1-based, as CI systems number
 * their parallel jobs (GitHub Actions matrix values, GitLab's {@code CI_NODE_INDEX/CI_NODE_TOTAL}).
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": need 1 <= index <= count");
        }
    }

    /**
     * Parses {@code i/n}.
     *
     * @param source how the user set it, for the message, e.g. {@code <shard> (-Ddb-lifecycle.shard)}
     */
    public static Shard parse(String text, String source) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            int count = Integer.parseInt(m.group(2));
            if (count >= 1 && index >= 1 && index <= count) {
                return new Shard(index, count);
            }
        }
        throw new DbLifecycleException("db-lifecycle: " + source + " is '" + text + "'; it must be i/n with "
                + "1 <= i <= n, e.g. 2/4 for the second of four CI jobs (GitHub Actions: ${{ matrix.shard }}/4; "
                + "GitLab parallel: $CI_NODE_INDEX/$CI_NODE_TOTAL).");
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
