package io.github.dblifecycle.core.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the build's report data lives and how it is written. It sits beside the work directory (default
 * {@code target/db-lifecycle-report}), not inside it, because teardown cleans the work directory and the site is
 * usually built after teardown. Every writer derives the directory from the work directory the same way, so the
 * forks (which only know the manifest's path) and the goals agree without configuration.
 */
public final class ReportFiles {
    public static final String DIRECTORY_NAME = "db-lifecycle-report";
    public static final String PREPARE = "prepare.properties";
    public static final String TEARDOWN = "teardown.properties";
    public static final String FORK_PREFIX = "fork-";
    public static final String FORK_SUFFIX = ".tsv";

    private ReportFiles() {}

    /** The report data directory that belongs to a db-lifecycle work directory. */
    public static Path dirFor(Path workDir) {
        return workDir.toAbsolutePath().resolveSibling(DIRECTORY_NAME);
    }

    /** True when a build left any report data there. */
    public static boolean hasData(Path dir) {
        if (Files.isRegularFile(dir.resolve(PREPARE))) {
            return true;
        }
        try (DirectoryStream<Path> forks = Files.newDirectoryStream(dir, FORK_PREFIX + "*" + FORK_SUFFIX)) {
            return forks.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes an earlier build's data, so the report only ever shows one build. */
    static void reset(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.equals(PREPARE)
                        || name.equals(TEARDOWN)
                        || (name.startsWith(FORK_PREFIX) && name.endsWith(FORK_SUFFIX))) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** One field of a tab-separated event line: tabs, line breaks and backslashes are escaped. */
    static String escape(String field) {
        if (field == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(field.length());
        for (char c : field.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String field) {
        StringBuilder b = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char n = field.charAt(++i);
                b.append(
                        switch (n) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> n;
                        });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
