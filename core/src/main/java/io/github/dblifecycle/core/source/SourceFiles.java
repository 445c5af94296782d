package io.github.dblifecycle.core.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.reuse.TemplateKey;

/** Every file below a directory, in a stable order, for the key: a migration added, changed or renamed changes it. */
final class SourceFiles {
    private SourceFiles() {}

    static List<Path> under(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            // Sorted by relative path with '/' separators: the same order on every operating system.
            return files.filter(Files::isRegularFile)
                    .sorted((a, b) -> relative(dir, a).compareTo(relative(dir, b)))
                    .toList();
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot list the files in " + dir + ": " + e, e);
        }
    }

    static void addTree(TemplateKey key, Path dir) {
        for (Path file : under(dir)) {
            key.addFile(relative(dir, file), file);
        }
    }

    static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /** Whether a class can be loaded, without initializing it. */
    static boolean present(String className) {
        try {
            Class.forName(className, false, SourceFiles.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
