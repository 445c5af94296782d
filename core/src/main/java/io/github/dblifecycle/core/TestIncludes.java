package io.github.dblifecycle.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a test plugin whose forks run on the clones would run any test class at all: clones made for a plugin
 * whose includes match nothing (e.g. {@code *IT} classes under Surefire, whose defaults are Failsafe's opposite)
 * cost their creation and test nothing, silently.
 */
public final class TestIncludes {
    /** maven-surefire-plugin's default includes. */
    public static final List<String> SUREFIRE =
            List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");
    /** maven-failsafe-plugin's default includes. */
    public static final List<String> FAILSAFE = List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java");

    private TestIncludes() {}

    /**
     * A warning when {@code includes} match none of the top-level classes in {@code testClasses}; empty when some
     * match, when there are no test classes, or when a pattern is one it does not judge ({@code %regex[…]}).
     */
    public static Optional<String> unmatched(String plugin, List<String> includes, Path testClasses) {
        List<String> patterns = new ArrayList<>();
        for (String include : includes) {
            for (String p : include.split(",")) {
                if (p.contains("%regex[") || p.contains("#")) {
                    return Optional.empty();
                }
                if (!p.isBlank()) {
                    patterns.add(p.strip());
                }
            }
        }
        List<String> classes = classes(testClasses);
        if (classes.isEmpty() || patterns.isEmpty()) {
            return Optional.empty();
        }
        List<Pattern> regexes = patterns.stream().map(TestIncludes::regex).toList();
        if (classes.stream()
                .anyMatch(c -> regexes.stream().anyMatch(r -> r.matcher(c).matches()))) {
            return Optional.empty();
        }
        String example = classes.get(0).replace('/', '.');
        return Optional.of("db-lifecycle: clones are made for the forks of " + plugin + ", but its includes "
                + patterns + " match none of the " + classes.size() + " test classes in " + testClasses
                + " (e.g. " + example + "): it will run no test on them. "
                + (plugin.contains("surefire")
                        ? "*IT classes are maven-failsafe-plugin's (mvn verify); "
                        : "Test classes named *Test are maven-surefire-plugin's; ")
                + "rename the classes, set <includes>, or put the provider on the plugin that runs them.");
    }

    /** Top-level classes as paths without extension, e.g. {@code it/dblc/AlphaIT}. */
    private static List<String> classes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".class"))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .filter(f ->
                            !f.contains("$") && !f.endsWith("module-info.class") && !f.endsWith("package-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire's Ant-style pattern, without its .java/.class extension; one without a directory matches in any. */
    static Pattern regex(String pattern) {
        String p = pattern.replace('\\', '/').replaceAll("\\.(java|class)$", "");
        if (!p.contains("/")) {
            p = "**/" + p;
        }
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (p.startsWith("**/", i)) {
                r.append("(?:.*/)?");
                i += 2;
            } else if (p.startsWith("**", i)) {
                r.append(".*");
                i++;
            } else if (c == '*') {
                r.append("[^/]*");
            } else if (c == '?') {
                r.append("[^/]");
            } else {
                r.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(r.toString());
    }
}
