package io.github.dblifecycle.core.shard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Cuts a list of test classes into {@code count} shards, the same way on every machine: only the set of names and
 * the durations decide, never the order of the list, the JVM or the time.
 *
 * <p>Classes with a recorded duration go longest first into the shard with the least total so far (greedy LPT:
 * at most 4/3 of the best possible longest shard). Classes with no record (new, renamed, or no durations file
 * yet) follow in the order of a stable hash of their name, each counted at the median recorded duration (or 1
 * when nothing is recorded), into the least-loaded shard: the first run, without any file, is then balanced by
 * count, and new classes join a recorded suite at a plausible cost; the hash order keeps classes of one package
 * (often alike in cost) from landing together. Ties go to the shard with fewer classes, then the lower number.
 * Each class is placed exactly once, so the shards always partition the list, whatever changed in the suite.
 */
public final class ShardSplit {
    private ShardSplit() {}

    /** The shards 1..count (index 0..count-1), each in name order. */
    public static List<List<String>> split(Collection<String> classes, int count, Map<String, Long> durations) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        TreeSet<String> names = new TreeSet<>(classes); // order of the input must not matter; duplicates neither
        List<String> recorded = new ArrayList<>();
        List<String> unrecorded = new ArrayList<>();
        for (String name : names) {
            (durations.containsKey(name) ? recorded : unrecorded).add(name);
        }
        recorded.sort(Comparator.comparingLong((String n) -> durations.get(n))
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
        unrecorded.sort(Comparator.comparing(ShardSplit::stableHash).thenComparing(Comparator.naturalOrder()));
        long estimate = median(recorded.stream().mapToLong(durations::get).toArray());

        long[] totals = new long[count];
        int[] sizes = new int[count];
        List<List<String>> shards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shards.add(new ArrayList<>());
        }
        for (String name : recorded) {
            place(name, Math.max(0, durations.get(name)), shards, totals, sizes);
        }
        for (String name : unrecorded) {
            place(name, estimate, shards, totals, sizes);
        }
        shards.forEach(s -> s.sort(Comparator.naturalOrder()));
        return shards;
    }

    /** The classes of one shard. */
    public static List<String> of(Shard shard, Collection<String> classes, Map<String, Long> durations) {
        return split(classes, shard.count(), durations).get(shard.index() - 1);
    }

    /**
     * A short digest of everything the split depends on (the class names, the durations of those classes, the
     * count): shards that print different keys did not cut the same split, and together may run a class twice or
     * never (different durations files, or different class lists).
     */
    public static String key(Collection<String> classes, int count, Map<String, Long> durations) {
        StringBuilder input = new StringBuilder().append(count);
        for (String name : new TreeSet<>(classes)) {
            input.append('\n').append(name).append('=').append(durations.getOrDefault(name, -1L));
        }
        return stableHash(input.toString()).substring(0, 8);
    }

    private static void place(String name, long cost, List<List<String>> shards, long[] totals, int[] sizes) {
        int best = 0;
        for (int i = 1; i < totals.length; i++) {
            if (totals[i] < totals[best] || (totals[i] == totals[best] && sizes[i] < sizes[best])) {
                best = i;
            }
        }
        shards.get(best).add(name);
        totals[best] += cost;
        sizes[best]++;
    }

    private static long median(long[] values) {
        if (values.length == 0) {
            return 1;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return Math.max(1, sorted[sorted.length / 2]);
    }

    /** SHA-256 of the name as hex: the same on every JVM and platform (String.hashCode clusters similar names). */
    static String stableHash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
