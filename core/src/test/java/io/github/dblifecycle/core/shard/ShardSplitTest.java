package io.github.dblifecycle.core.shard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Properties of the split, checked over generated class lists (seeded, so a failure names its case). */
class ShardSplitTest {
    private static final int CASES = 400;

    @Test
    void everyClassIsInExactlyOneShardForAnyListAndCount() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            List<String> classes = classes(random, 1 + random.nextInt(60));
            int count = 1 + random.nextInt(classes.size());
            Map<String, Long> durations = someDurations(random, classes);
            List<List<String>> shards = ShardSplit.split(classes, count, durations);

            assertThat(shards).as("seed %d", seed).hasSize(count);
            List<String> all = new ArrayList<>();
            shards.forEach(all::addAll);
            assertThat(all).as("seed %d: no class twice", seed).doesNotHaveDuplicates();
            assertThat(new HashSet<>(all))
                    .as("seed %d: union is the list", seed)
                    .isEqualTo(new HashSet<>(classes));
            for (int i = 1; i <= count; i++) {
                assertThat(ShardSplit.of(new Shard(i, count), classes, durations))
                        .isEqualTo(shards.get(i - 1));
            }
        }
    }

    @Test
    void theOrderOfTheListDoesNotMatter() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            List<String> classes = classes(random, 1 + random.nextInt(40));
            int count = 1 + random.nextInt(classes.size());
            Map<String, Long> durations = someDurations(random, classes);
            List<String> shuffled = new ArrayList<>(classes);
            Collections.shuffle(shuffled, random);
            assertThat(ShardSplit.split(shuffled, count, new HashMap<>(durations)))
                    .as("seed %d", seed)
                    .isEqualTo(ShardSplit.split(classes, count, durations));
        }
    }

    @Test
    void withDurationsTheLongestShardIsWithinFourThirdsOfTheBest() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            List<String> classes = classes(random, 2 + random.nextInt(7)); // brute force: count^8 at most
            int count = 2 + random.nextInt(Math.min(3, classes.size() - 1));
            Map<String, Long> durations = new HashMap<>();
            classes.forEach(c -> durations.put(c, 1 + (long) Math.pow(10, random.nextDouble() * 3)));

            long greedy = longest(ShardSplit.split(classes, count, durations), durations);
            long best = bestLongest(classes, count, durations);
            assertThat(greedy * 3)
                    .as("seed %d: greedy %d, best %d", seed, greedy, best)
                    .isLessThanOrEqualTo(best * 4);
        }
    }

    @Test
    void withoutDurationsTheCountsDifferByAtMostOne() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            List<String> classes = classes(random, 1 + random.nextInt(60));
            int count = 1 + random.nextInt(classes.size());
            List<Integer> sizes = ShardSplit.split(classes, count, Map.of()).stream()
                    .map(List::size)
                    .toList();
            assertThat(Collections.max(sizes) - Collections.min(sizes))
                    .as("seed %d: %s", seed, sizes)
                    .isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aClassAsLongAsAllOthersTogetherIsAloneInItsShard() {
        List<String> classes = List.of("a.BigIT", "a.OneIT", "a.TwoIT", "a.ThreeIT", "a.FourIT", "a.FiveIT");
        Map<String, Long> durations = Map.of(
                "a.BigIT",
                5000L,
                "a.OneIT",
                1000L,
                "a.TwoIT",
                1000L,
                "a.ThreeIT",
                1000L,
                "a.FourIT",
                1000L,
                "a.FiveIT",
                1000L);
        List<List<String>> shards = ShardSplit.split(classes, 3, durations);
        assertThat(shards).contains(List.of("a.BigIT"));
    }

    @Test
    void aChangedSuiteStillSplitsIntoAPartition() {
        // Durations of a suite that has since lost classes (recorded, now gone) and gained others (no record).
        Map<String, Long> recorded = Map.of("old.GoneIT", 9000L, "a.KeptIT", 3000L, "a.RenamedOldIT", 2000L);
        List<String> now = List.of("a.KeptIT", "a.RenamedNewIT", "a.NewIT", "b.OtherIT");
        List<List<String>> shards = ShardSplit.split(now, 3, recorded);
        List<String> all = new ArrayList<>();
        shards.forEach(all::addAll);
        assertThat(all).containsExactlyInAnyOrderElementsOf(now);
    }

    @Test
    void theKeyChangesWithTheClassesOrTheirDurationsOnly() {
        List<String> classes = List.of("a.OneIT", "a.TwoIT");
        String key = ShardSplit.key(classes, 2, Map.of("a.OneIT", 5L, "gone.OtherIT", 9L));
        assertThat(ShardSplit.key(List.of("a.TwoIT", "a.OneIT"), 2, Map.of("a.OneIT", 5L)))
                .isEqualTo(key);
        assertThat(ShardSplit.key(classes, 2, Map.of("a.OneIT", 6L))).isNotEqualTo(key);
        assertThat(ShardSplit.key(List.of("a.OneIT", "a.ThreeIT"), 2, Map.of("a.OneIT", 5L)))
                .isNotEqualTo(key);
        assertThat(ShardSplit.key(classes, 3, Map.of("a.OneIT", 5L))).isNotEqualTo(key);
    }

    @Test
    void moreShardsThanClassesLeavesSomeEmpty() {
        List<List<String>> shards = ShardSplit.split(List.of("a.OnlyIT"), 3, Map.of());
        assertThat(shards.stream().filter(List::isEmpty).count()).isEqualTo(2);
    }

    private static List<String> classes(Random random, int size) {
        Set<String> names = new HashSet<>();
        while (names.size() < size) {
            names.add("p" + random.nextInt(5) + ".C" + Integer.toString(random.nextInt(1_000_000), 36) + "IT");
        }
        return new ArrayList<>(names);
    }

    /** Durations for a random part of the classes (none, some, or all recorded), plus one for a removed class. */
    private static Map<String, Long> someDurations(Random random, List<String> classes) {
        Map<String, Long> durations = new HashMap<>();
        double recordedShare = random.nextInt(3) / 2.0;
        for (String c : classes) {
            if (random.nextDouble() < recordedShare) {
                durations.put(c, (long) random.nextInt(20_000));
            }
        }
        durations.put("gone.RemovedIT", 12_345L);
        return durations;
    }

    private static long longest(List<List<String>> shards, Map<String, Long> durations) {
        return shards.stream()
                .mapToLong(s -> s.stream().mapToLong(durations::get).sum())
                .max()
                .orElseThrow();
    }

    /** The optimal longest shard, by trying every assignment of classes to shards. */
    private static long bestLongest(List<String> classes, int count, Map<String, Long> durations) {
        long[] costs = classes.stream().mapToLong(durations::get).toArray();
        long best = Long.MAX_VALUE;
        int assignments = (int) Math.pow(count, costs.length);
        for (int code = 0; code < assignments; code++) {
            long[] totals = new long[count];
            int rest = code;
            for (long cost : costs) {
                totals[rest % count] += cost;
                rest /= count;
            }
            best = Math.min(
                    best,
                    IntStream.range(0, count).mapToLong(i -> totals[i]).max().orElseThrow());
        }
        return best;
    }
}
