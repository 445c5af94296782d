package io.github.dblifecycle.surefire;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.dblifecycle.core.shard.ShardSettings;
import org.apache.maven.surefire.api.provider.ProviderParameters;
import org.apache.maven.surefire.api.util.DefaultScanResult;
import org.apache.maven.surefire.api.util.ScanResult;
import org.apache.maven.surefire.api.util.TestsToRun;

/**
 * Runs only this build's shard ({@code -Ddb-lifecycle.shard=i/n}) of the test classes Surefire/Failsafe would run.
 *
 * <p>The split is always cut from Surefire's scan result: the class names after includes, excludes and
 * {@code -Dtest}/{@code -Dit.test}, which the plugin computes once and hands to every JVM of the run (booter
 * property {@code tc.N}), so each JVM cuts the same split without talking to the others. Where the classes reach
 * the tests decides where they are filtered, all in the test JVMs (the Maven JVM cannot see the manifest's
 * directory when it lists the classes for forkCount > 1):
 *
 * <ul>
 *   <li>forkCount=1 and forkCount=0: the JVM scans by itself ({@code invoke(null)}); the scan it sees holds only
 *       this shard's classes;
 *   <li>forkCount > 1, reuseForks=true: the Maven JVM hands out every class, one at a time; a fork skips those of
 *       other shards as it reads them, so they are neither run nor reported;
 *   <li>reuseForks=false: one JVM per class; a JVM given another shard's class ends at once, without a clone.
 * </ul>
 */
final class ShardFilter {
    private volatile ShardSettings.Selection selection;
    private volatile List<String> scanned = List.of();
    private volatile boolean announced;

    /** Parameters whose scan result, once {@link #select} found a shard, holds only this shard's classes. */
    ProviderParameters wrap(ProviderParameters parameters) {
        InvocationHandler handler = (proxy, method, args) -> {
            ShardSettings.Selection current = selection;
            if (current != null && "getScanResult".equals(method.getName()) && method.getParameterCount() == 0) {
                List<String> mine = new ArrayList<>();
                scanned.stream().filter(current::contains).forEach(mine::add);
                return new DefaultScanResult(mine);
            }
            try {
                return method.invoke(parameters, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (ProviderParameters) Proxy.newProxyInstance(
                ProviderParameters.class.getClassLoader(), new Class<?>[] {ProviderParameters.class}, handler);
    }

    /**
     * Reads the shard beside the manifest and cuts the split from the scan result.
     *
     * @param announce gets the build's one line about the split, in the one JVM that should print it
     * @return empty when the build is not sharded
     */
    Optional<ShardSettings.Selection> select(
            Path manifestDir, ProviderParameters original, Object forkTestSet, Consumer<String> announce) {
        Optional<ShardSettings> settings = ShardSettings.read(manifestDir);
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        ScanResult scan = original.getScanResult();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < scan.size(); i++) {
            if (!isAbstract(scan.getClassName(i), original.getTestClassLoader())) {
                names.add(scan.getClassName(i));
            }
        }
        ShardSettings.Selection current = settings.get().select(names);
        scanned = List.copyOf(names);
        selection = current;
        announced = announces(current, names, forkTestSet, forkNumber(original.getProviderProperties()));
        if (announced) {
            announce.accept(current.logLine());
        }
        return Optional.of(current);
    }

    /**
     * Abstract bases often match the includes ({@code AbstractRepositoryIT}) but never run: left out, they neither
     * count in the log nor take a shard's place. A class that does not load is kept; its test run reports why.
     */
    private static boolean isAbstract(String name, ClassLoader loader) {
        try {
            return Modifier.isAbstract(Class.forName(name, false, loader).getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * One line per build, not per JVM: the first fork (or the only JVM); with one JVM per class, the JVM of the
     * shard's first class (of the first class of all, when the shard has none).
     */
    private static boolean announces(
            ShardSettings.Selection selection, List<String> names, Object forkTestSet, Integer forkNumber) {
        if (forkTestSet instanceof Class<?> type) {
            List<String> pool = new ArrayList<>(selection.classes().isEmpty() ? names : selection.classes());
            return !pool.isEmpty() && Collections.min(pool).equals(type.getName());
        }
        return forkNumber == null || forkNumber == 1;
    }

    /** Whether {@link #select} gave this JVM the build's line about the split. */
    boolean announced() {
        return announced;
    }

    /** Surefire's fork number (booter property), {@code null} in the Maven JVM (forkCount=0). */
    static Integer forkNumber(Map<String, String> providerProperties) {
        String value = providerProperties == null ? null : providerProperties.get("forkNumber");
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** With one JVM per class (reuseForks=false): this JVM was given a class of another shard. */
    static boolean isOtherShardsClass(Object forkTestSet, ShardSettings.Selection selection) {
        return forkTestSet instanceof Class<?> type && !selection.contains(type.getName());
    }

    /** What to run of the fork's test set. */
    static Object restrict(Object forkTestSet, ShardSettings.Selection selection) {
        if (forkTestSet instanceof TestsToRun tests) {
            return new ShardTestsToRun(tests, selection);
        }
        return forkTestSet; // null: the JVM scans, and sees only this shard's classes
    }

    /** The classes handed to a fork, less those of other shards; lazy if the original is. */
    static final class ShardTestsToRun extends TestsToRun {
        private final TestsToRun all;
        private final ShardSettings.Selection selection;

        ShardTestsToRun(TestsToRun all, ShardSettings.Selection selection) {
            super(Collections.emptySet());
            this.all = all;
            this.selection = selection;
        }

        @Override
        public Iterator<Class<?>> iterator() {
            Iterator<Class<?>> source = all.iterator();
            return new Iterator<>() {
                private Class<?> next;

                @Override
                public boolean hasNext() {
                    while (next == null && source.hasNext()) {
                        Class<?> candidate = source.next();
                        if (selection.contains(candidate.getName())) {
                            next = candidate;
                        }
                    }
                    return next != null;
                }

                @Override
                public Class<?> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Class<?> result = next;
                    next = null;
                    return result;
                }
            };
        }

        @Override
        public boolean allowEagerReading() {
            return all.allowEagerReading();
        }

        // Counting a lazy list would take classes away from the fork's queue: only an eager one is counted here.
        @Override
        public boolean containsAtLeast(int count) {
            return all.allowEagerReading() ? located().size() >= count : all.containsAtLeast(count);
        }

        @Override
        public boolean containsExactly(int count) {
            return all.allowEagerReading() ? located().size() == count : all.containsExactly(count);
        }

        @Override
        public Class<?>[] getLocatedClasses() {
            return all.allowEagerReading() ? located().toArray(new Class<?>[0]) : all.getLocatedClasses();
        }

        private List<Class<?>> located() {
            List<Class<?>> located = new ArrayList<>();
            iterator().forEachRemaining(located::add);
            return located;
        }

        @Override
        public Class<?> getClassByName(String name) {
            return selection.contains(name) ? all.getClassByName(name) : null;
        }

        @Override
        public String toString() {
            return "shard " + selection.shard() + " of " + all;
        }
    }
}
